// Node-side tests of the reference preferences endpoint: node --test server/test/
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as rawRequest } from 'node:http';
import { startServer } from '../app.mjs';
import { storageBackends } from './support/backends.mjs';

/** @type {{ url: string, close(): Promise<void> }} */
let server;
/** @type {unknown[]} */
const loggedErrors = [];

// The same protocol suite runs against every storage (SQLite, and PostgreSQL when installed).
const { backends, skipped, stop } = await storageBackends();
after(() => stop());
if (skipped) it(`the protocol suite on PostgreSQL: ${skipped}`, { skip: skipped }, () => {});

let counter = 0;
/** A fresh user id per test, so tests never see each other's documents. */
function user(name = 'u') {
  counter += 1;
  return `${name}-${process.pid}-${counter}`;
}

function record(user = { theme: 'dark' }, version = 1) {
  return { version, user, updatedAt: 1_700_000_000_000 };
}

/**
 * @param {string} path
 * @param {{ method?: string, token?: string | null, headers?: Record<string, string>, body?: unknown }} [options]
 */
async function call(path, { method = 'GET', token = null, headers = {}, body } = {}) {
  /** @type {Record<string, string>} */
  const all = { ...headers };
  if (token) all.Authorization = `Bearer ${token}`;
  let payload;
  if (body !== undefined) {
    payload = typeof body === 'string' ? body : JSON.stringify(body);
    all['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(`${server.url}${path}`, { method, headers: all, body: payload });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** Creates a document and returns its etag. */
async function create(token, key, value = record()) {
  const response = await call(`/documents/${encodeURIComponent(key)}`, {
    method: 'PUT',
    token,
    headers: { 'If-None-Match': '*' },
    body: value,
  });
  assert.equal(response.status, 201, response.text);
  return /** @type {string} */ (response.headers.get('etag'));
}

/** @param {{ status: number, json: any, text: string }} response @param {number} status @param {string} code */
function assertError(response, status, code) {
  assert.equal(response.status, status, response.text);
  assert.equal(typeof response.json?.error?.message, 'string');
  assert.equal(response.json.error.code, code);
  assert.doesNotMatch(response.text, /\bat .+:\d+:\d+|node:internal|\.mjs/);
}

for (const backend of backends) {
  describe(`protocol on ${backend.name}`, () => {
    before(async () => {
      server = await backend.start({ maxBodyBytes: 4096, onError: (error) => loggedErrors.push(error) });
    });
    after(() => server.close());

    describe('documents of one user', () => {
      it('round-trips a record with a strong etag that changes on every write', async () => {
        const alice = user('alice');
        const etag1 = await create(alice, 'home');
        assert.match(etag1, /^"[^"]+"$/);
        const read = await call('/documents/home', { token: alice });
        assert.equal(read.status, 200);
        assert.deepEqual(read.json, record());
        assert.equal(read.headers.get('etag'), etag1);
        assert.equal(read.headers.get('cache-control'), 'no-store');

        const put = await call('/documents/home', {
          method: 'PUT',
          token: alice,
          headers: { 'If-Match': etag1 },
          body: record({ theme: 'light' }),
        });
        assert.equal(put.status, 200);
        const etag2 = put.headers.get('etag');
        assert.notEqual(etag2, etag1);
        assert.deepEqual((await call('/documents/home', { token: alice })).json.user, { theme: 'light' });
      });

      it('answers 304 to a conditional GET with the current etag', async () => {
        const alice = user();
        const etag = await create(alice, 'doc');
        const response = await call('/documents/doc', { token: alice, headers: { 'If-None-Match': etag } });
        assert.equal(response.status, 304);
        assert.equal(response.text, '');
      });

      it('refuses a stale If-Match with 412 and keeps the newer document', async () => {
        const alice = user();
        const stale = await create(alice, 'doc');
        const newer = await call('/documents/doc', {
          method: 'PUT',
          token: alice,
          headers: { 'If-Match': stale },
          body: record({ n: 2 }),
        });
        assert.equal(newer.status, 200);
        const lost = await call('/documents/doc', {
          method: 'PUT',
          token: alice,
          headers: { 'If-Match': stale },
          body: record({ n: 3 }),
        });
        assertError(lost, 412, 'precondition_failed');
        assert.deepEqual((await call('/documents/doc', { token: alice })).json.user, { n: 2 });
      });

      it('refuses If-None-Match: * over an existing document with 412', async () => {
        const alice = user();
        await create(alice, 'doc');
        const again = await call('/documents/doc', {
          method: 'PUT',
          token: alice,
          headers: { 'If-None-Match': '*' },
          body: record({ other: true }),
        });
        assertError(again, 412, 'precondition_failed');
      });

      it('never reuses an etag after a delete and re-create', async () => {
        const alice = user();
        const first = await create(alice, 'doc');
        assert.equal(
          (await call('/documents/doc', { method: 'DELETE', token: alice, headers: { 'If-Match': first } })).status,
          204,
        );
        const second = await create(alice, 'doc');
        assert.notEqual(second, first);
        const stale = await call('/documents/doc', {
          method: 'PUT',
          token: alice,
          headers: { 'If-Match': first },
          body: record({ stale: true }),
        });
        assert.equal(stale.status, 412);
      });

      it('requires a precondition (428) to replace or delete an existing document', async () => {
        const alice = user();
        await create(alice, 'doc');
        assertError(
          await call('/documents/doc', { method: 'PUT', token: alice, body: record({ x: 1 }) }),
          428,
          'precondition_required',
        );
        assertError(await call('/documents/doc', { method: 'DELETE', token: alice }), 428, 'precondition_required');
        assert.deepEqual((await call('/documents/doc', { token: alice })).json, record());
      });

      it('creates without a precondition when nothing exists yet', async () => {
        const alice = user();
        const response = await call('/documents/fresh', { method: 'PUT', token: alice, body: record() });
        assert.equal(response.status, 201);
      });

      it('deletes with If-Match, then answers 404', async () => {
        const alice = user();
        const etag = await create(alice, 'doc');
        assert.equal(
          (await call('/documents/doc', { method: 'DELETE', token: alice, headers: { 'If-Match': '"nope"' } })).status,
          412,
        );
        assert.equal(
          (await call('/documents/doc', { method: 'DELETE', token: alice, headers: { 'If-Match': etag } })).status,
          204,
        );
        assertError(await call('/documents/doc', { token: alice }), 404, 'not_found');
        assertError(await call('/documents/doc', { method: 'DELETE', token: alice }), 404, 'not_found');
      });

      it('stores hostile keys verbatim, each as its own document', async () => {
        const alice = user();
        const keys = [
          '../../etc/passwd',
          'a/b',
          '?x=1#y',
          '%2e%2e',
          'préférences 💾',
          'k'.repeat(1024),
          "'; DROP TABLE documents;--",
        ];
        for (const [index, key] of keys.entries()) await create(alice, key, record({ index }));
        for (const [index, key] of keys.entries()) {
          const response = await call(`/documents/${encodeURIComponent(key)}`, { token: alice });
          assert.equal(response.status, 200, key);
          assert.deepEqual(response.json.user, { index });
        }
        const list = await call('/documents', { token: alice });
        assert.deepEqual(list.json.documents.map((d) => d.key).sort(), [...keys].sort());
      });

      it('rejects keys that are too long (414), badly encoded or with control characters (400)', async () => {
        const alice = user();
        assertError(await call(`/documents/${'k'.repeat(1025)}`, { token: alice }), 414, 'key_too_long');
        assertError(await call('/documents/%E0%A4%A', { token: alice }), 400, 'invalid_key');
        assertError(await call('/documents/a%00b', { token: alice }), 400, 'invalid_key');
        assertError(await call('/documents/a/b', { token: alice }), 404, 'not_found');
      });
    });

    describe('isolation between users', () => {
      it('never lets user B read, list, overwrite or delete user A documents', async () => {
        const alice = user('alice');
        const bob = user('bob');
        const etag = await create(alice, 'shared-name', record({ secret: 'alice' }));

        assertError(await call('/documents/shared-name', { token: bob }), 404, 'not_found');
        assert.deepEqual((await call('/documents', { token: bob })).json, { documents: [] });
        // Alice's etag does not unlock her document for Bob.
        assertError(
          await call('/documents/shared-name', {
            method: 'PUT',
            token: bob,
            headers: { 'If-Match': etag },
            body: record({ bob: 1 }),
          }),
          412,
          'precondition_failed',
        );
        assertError(
          await call('/documents/shared-name', { method: 'DELETE', token: bob, headers: { 'If-Match': etag } }),
          412,
          'precondition_failed',
        );
        assertError(await call('/documents/shared-name', { method: 'DELETE', token: bob }), 404, 'not_found');
        // Bob creating the same key creates his own document.
        const bobs = await call('/documents/shared-name', {
          method: 'PUT',
          token: bob,
          body: record({ secret: 'bob' }),
        });
        assert.equal(bobs.status, 201);

        const aliceSees = await call('/documents/shared-name', { token: alice });
        assert.deepEqual(aliceSees.json.user, { secret: 'alice' });
        assert.equal(aliceSees.headers.get('etag'), etag);
        const aliceList = await call('/documents', { token: alice });
        assert.deepEqual(
          aliceList.json.documents.map((d) => d.key),
          ['shared-name'],
        );
        assert.equal(aliceList.json.documents[0].etag, etag);
        assert.deepEqual((await call('/documents/shared-name', { token: bob })).json.user, { secret: 'bob' });
      });

      it('uses a pluggable authenticate hook, and a throwing hook is a generic 500', async () => {
        const errors = [];
        const custom = await backend.start({
          authenticate: (request) => {
            if (request.headers['x-explode']) throw new Error('secret internals /srv/app.mjs:12:3');
            return request.headers['x-user'] === 'carol' ? 'carol' : null;
          },
          onError: (error) => errors.push(error),
        });
        try {
          const put = await fetch(`${custom.url}/documents/doc`, {
            method: 'PUT',
            headers: { 'X-User': 'carol', 'Content-Type': 'application/json' },
            body: JSON.stringify(record()),
          });
          assert.equal(put.status, 201);
          assert.equal(
            (await fetch(`${custom.url}/documents/doc`, { headers: { Authorization: 'Bearer carol' } })).status,
            401,
          );
          const boom = await fetch(`${custom.url}/documents/doc`, { headers: { 'X-Explode': '1' } });
          assert.equal(boom.status, 500);
          const text = await boom.text();
          assert.deepEqual(JSON.parse(text), { error: { code: 'internal', message: 'Internal server error.' } });
          assert.doesNotMatch(text, /secret|mjs/);
          assert.equal(errors.length, 1);
        } finally {
          await custom.close();
        }
      });
    });

    describe('request validation', () => {
      it('answers 401 without credentials or with a malformed token', async () => {
        const none = await call('/documents/doc');
        assertError(none, 401, 'unauthenticated');
        assert.match(none.headers.get('www-authenticate') ?? '', /^Bearer/);
        assertError(
          await call('/documents', { headers: { Authorization: 'Basic YWxpY2U6eA==' } }),
          401,
          'unauthenticated',
        );
        assertError(await call('/documents', { headers: { Authorization: 'Bearer ' } }), 401, 'unauthenticated');
        assertError(await call('/documents', { headers: { Authorization: 'Bearer a b' } }), 401, 'unauthenticated');
      });

      it('answers 413 for a body over the limit, declared or streamed, and stores nothing', async () => {
        const alice = user();
        const big = record({ blob: 'x'.repeat(5000) });
        assertError(await call('/documents/big', { method: 'PUT', token: alice, body: big }), 413, 'payload_too_large');

        // Chunked upload without Content-Length: the limit is enforced while reading.
        const status = await new Promise((resolve, reject) => {
          const url = new URL(`${server.url}/documents/big`);
          const req = rawRequest(
            {
              host: url.hostname,
              port: url.port,
              path: url.pathname,
              method: 'PUT',
              headers: { Authorization: `Bearer ${alice}`, 'Content-Type': 'application/json' },
            },
            (res) => {
              res.resume();
              resolve(res.statusCode);
            },
          );
          req.on('error', reject);
          for (let i = 0; i < 10; i++) req.write('x'.repeat(1000));
          req.end();
        });
        assert.equal(status, 413);
        assertError(await call('/documents/big', { token: alice }), 404, 'not_found');
      });

      it('answers 400 for malformed JSON', async () => {
        const alice = user();
        for (const body of ['{"version":1,', 'not json', '']) {
          assertError(await call('/documents/doc', { method: 'PUT', token: alice, body }), 400, 'invalid_json');
        }
      });

      it('answers 422 for JSON that is not a stored record', async () => {
        const alice = user();
        const bad = [
          [],
          'a string',
          null,
          { user: {}, updatedAt: 1 },
          { version: '1', user: {}, updatedAt: 1 },
          { version: -1, user: {}, updatedAt: 1 },
          { version: 1.5, user: {}, updatedAt: 1 },
          { version: 1, updatedAt: 1 },
          { version: 1, user: {}, updatedAt: 'yesterday' },
          { version: 1, user: {}, updatedAt: 1, extra: true },
          { version: 1, user: JSON.parse('['.repeat(65) + ']'.repeat(65)), updatedAt: 1 },
        ];
        for (const body of bad) {
          const response = await call('/documents/doc', { method: 'PUT', token: alice, body: JSON.stringify(body) });
          assertError(response, 422, 'invalid_record');
        }
        assertError(await call('/documents/doc', { token: alice }), 404, 'not_found');
      });

      it('answers 422, not a crash, for nesting deep enough to overflow a serializer', async () => {
        const alice = user();
        const nested = (depth) => `{"version":1,"user":${'['.repeat(depth)}${']'.repeat(depth)},"updatedAt":1}`;
        // The default 256 KiB limit leaves room for 100 000 levels, far past JSON.stringify's stack.
        const roomy = await backend.start({ onError: (error) => loggedErrors.push(error) });
        try {
          /** @param {string} body */
          const put = (body) =>
            fetch(`${roomy.url}/documents/deep`, {
              method: 'PUT',
              headers: { Authorization: `Bearer ${alice}`, 'Content-Type': 'application/json' },
              body,
            });
          assert.equal((await put(nested(100_000))).status, 422);
          assert.equal((await put(nested(65))).status, 422);
          assert.equal((await put(nested(64))).status, 201);
        } finally {
          await roomy.close();
        }
      });

      it('answers 415 for a body that is not declared as JSON', async () => {
        const alice = user();
        const response = await call('/documents/doc', {
          method: 'PUT',
          token: alice,
          headers: { 'Content-Type': 'text/plain' },
          body: JSON.stringify(record()),
        });
        assertError(response, 415, 'unsupported_media_type');
      });

      it('answers 405 with Allow for unsupported methods and 404 for unknown routes', async () => {
        const alice = user();
        const post = await call('/documents/doc', { method: 'POST', token: alice, body: record() });
        assertError(post, 405, 'method_not_allowed');
        assert.match(post.headers.get('allow') ?? '', /PUT/);
        assertError(await call('/documents', { method: 'DELETE', token: alice }), 405, 'method_not_allowed');
        assertError(await call('/admin', { token: alice }), 404, 'not_found');
        assertError(await call('/', { token: alice }), 404, 'not_found');
      });

      it('never reveals stack traces or internals, and logs nothing unexpected for client errors', async () => {
        assert.deepEqual(loggedErrors, []);
      });
    });

    describe('CORS', () => {
      it('answers a preflight without credentials and allows the headers the adapter sends', async () => {
        const response = await fetch(`${server.url}/documents/any%20key`, {
          method: 'OPTIONS',
          headers: {
            Origin: 'http://localhost:8000',
            'Access-Control-Request-Method': 'PUT',
            'Access-Control-Request-Headers': 'authorization, content-type, if-match',
          },
        });
        assert.equal(response.status, 204);
        assert.equal(response.headers.get('access-control-allow-origin'), '*');
        assert.match(response.headers.get('access-control-allow-methods') ?? '', /PUT/);
        assert.match(response.headers.get('access-control-allow-methods') ?? '', /DELETE/);
        const allowed = (response.headers.get('access-control-allow-headers') ?? '').toLowerCase();
        for (const header of ['authorization', 'content-type', 'if-match', 'if-none-match'])
          assert.ok(allowed.includes(header), header);
      });

      it('exposes ETag to scripts on every response, errors included', async () => {
        const alice = user();
        await create(alice, 'doc');
        const ok = await call('/documents/doc', { token: alice, headers: { Origin: 'http://localhost:8000' } });
        assert.equal(ok.headers.get('access-control-expose-headers'), 'ETag');
        const denied = await call('/documents/doc', { headers: { Origin: 'http://localhost:8000' } });
        assert.equal(denied.headers.get('access-control-allow-origin'), '*');
      });

      it('with an allow-list, echoes listed origins only', async () => {
        const strict = await backend.start({ allowedOrigins: ['https://app.example'] });
        try {
          const listed = await fetch(`${strict.url}/documents/doc`, {
            method: 'OPTIONS',
            headers: { Origin: 'https://app.example', 'Access-Control-Request-Method': 'GET' },
          });
          assert.equal(listed.headers.get('access-control-allow-origin'), 'https://app.example');
          assert.match(listed.headers.get('vary') ?? '', /Origin/);
          const other = await fetch(`${strict.url}/documents/doc`, {
            method: 'OPTIONS',
            headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
          });
          assert.equal(other.headers.get('access-control-allow-origin'), null);
        } finally {
          await strict.close();
        }
      });

      it('with an allow-list, lets listed origins send cookies: Allow-Credentials and Vary: Origin (issue 13, fault 4)', async () => {
        const strict = await backend.start({
          allowedOrigins: ['https://app.example'],
          authenticate: (request) => /(?:^|; )session=(\w+)/.exec(request.headers.cookie ?? '')?.[1] ?? null,
        });
        try {
          const origin = { Origin: 'https://app.example' };
          const preflight = await fetch(`${strict.url}/documents/doc`, {
            method: 'OPTIONS',
            headers: { ...origin, 'Access-Control-Request-Method': 'PUT' },
          });
          assert.equal(preflight.headers.get('access-control-allow-credentials'), 'true');
          const put = await fetch(`${strict.url}/documents/doc`, {
            method: 'PUT',
            headers: { ...origin, Cookie: 'session=alice', 'Content-Type': 'application/json', 'If-None-Match': '*' },
            body: JSON.stringify(record()),
          });
          assert.equal(put.status, 201);
          assert.equal(put.headers.get('access-control-allow-origin'), 'https://app.example');
          assert.equal(put.headers.get('access-control-allow-credentials'), 'true');
          assert.match(put.headers.get('vary') ?? '', /Origin/);
          const other = await fetch(`${strict.url}/documents/doc`, {
            headers: { Origin: 'https://evil.example', Cookie: 'session=alice' },
          });
          assert.equal(other.headers.get('access-control-allow-credentials'), null);
          assert.equal(other.headers.get('access-control-allow-origin'), null);
        } finally {
          await strict.close();
        }
      });
    });

    describe('concurrency', () => {
      it('lets exactly one of many concurrent writers with the same etag win', async () => {
        const alice = user();
        const etag = await create(alice, 'race');
        const results = await Promise.all(
          Array.from({ length: 8 }, (_, n) =>
            call('/documents/race', {
              method: 'PUT',
              token: alice,
              headers: { 'If-Match': etag },
              body: record({ n }),
            }),
          ),
        );
        const statuses = results.map((r) => r.status).sort();
        assert.deepEqual(statuses, [200, 412, 412, 412, 412, 412, 412, 412]);
        const winner = results.find((r) => r.status === 200);
        const stored = await call('/documents/race', { token: alice });
        assert.equal(stored.headers.get('etag'), winner?.headers.get('etag'));
      });
    });
  });
}

describe('persistence', () => {
  it('keeps documents in the database file across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tk-prefs-'));
    const database = join(dir, 'nested', 'prefs.sqlite');
    try {
      const first = await startServer({ port: 0, database });
      const put = await fetch(`${first.url}/documents/doc`, {
        method: 'PUT',
        headers: { Authorization: 'Bearer dora', 'Content-Type': 'application/json' },
        body: JSON.stringify(record({ kept: true })),
      });
      const etag = put.headers.get('etag');
      await first.close();

      const second = await startServer({ port: 0, database });
      try {
        const read = await fetch(`${second.url}/documents/doc`, { headers: { Authorization: 'Bearer dora' } });
        assert.equal(read.headers.get('etag'), etag);
        assert.deepEqual((await read.json()).user, { kept: true });
        const next = await fetch(`${second.url}/documents/doc`, {
          method: 'PUT',
          headers: { Authorization: 'Bearer dora', 'Content-Type': 'application/json', 'If-Match': etag },
          body: JSON.stringify(record({ kept: 'again' })),
        });
        assert.notEqual(next.headers.get('etag'), etag);
      } finally {
        await second.close();
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
