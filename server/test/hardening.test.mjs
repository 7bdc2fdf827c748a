// The endpoint as a deployment sees it (issue 13): preconditions, per-user limits, pagination,
// connections and timeouts, hostile input, look-alike keys, etags, the dev authenticator.
// Runs on every storage, like the protocol suite.
import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { startServer } from '../app.mjs';
import { storageBackends } from './support/backends.mjs';

const { backends, stop } = await storageBackends();
after(() => stop());

let counter = 0;
const user = () => `h-${process.pid}-${++counter}`;
const record = (value = { theme: 'dark' }, version = 1) => ({ version, user: value, updatedAt: 1_700_000_000_000 });

/**
 * @param {string} base
 * @param {string} path
 * @param {{ method?: string, token?: string, headers?: Record<string, string>, body?: unknown }} [options]
 */
async function call(base, path, { method = 'GET', token, headers = {}, body } = {}) {
  const all = { ...headers };
  if (token) all.Authorization = `Bearer ${token}`;
  let payload;
  if (body !== undefined) {
    payload = typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body);
    all['Content-Type'] ??= 'application/json';
  }
  const response = await fetch(`${base}${path}`, { method, headers: all, body: payload });
  const text = await response.text();
  let json;
  try {
    json = JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, json, text };
}

/** Sends raw bytes over one connection and resolves with everything the server sent back before closing. */
function raw(url, bytes, { destroyAfterMs } = {}) {
  const { hostname, port } = new URL(url);
  return new Promise((resolve) => {
    const socket = connect(Number(port), hostname);
    let received = '';
    socket.on('data', (chunk) => (received += chunk));
    socket.on('close', () => resolve(received));
    socket.on('error', () => {});
    socket.write(bytes);
    // A guard, not a measurement: a server that never closes fails the test instead of hanging it.
    setTimeout(() => socket.destroy(), destroyAfterMs ?? 10_000);
  });
}

for (const backend of backends) {
  describe(`hardening on ${backend.name}`, () => {
    /** @type {unknown[]} */
    const logged = [];
    /** @type {Awaited<ReturnType<typeof startServer>>} */
    let server;
    const open = async (options = {}) => {
      server = await backend.start({ onError: (error) => logged.push(error), ...options });
      return server.url;
    };
    const close = () => server?.close();

    it('preconditions: If-Match with If-None-Match: * is 412; a non-matching If-None-Match does not allow a replace', async () => {
      const base = await open();
      try {
        const alice = user();
        const created = await call(base, '/documents/doc', { method: 'PUT', token: alice, body: record() });
        const etag = created.headers.get('etag');
        for (const headers of [
          { 'If-Match': etag, 'If-None-Match': '*' },
          { 'If-Match': '"nope"', 'If-None-Match': '*' },
        ]) {
          const both = await call(base, '/documents/doc', {
            method: 'PUT',
            token: alice,
            headers,
            body: record({ x: 1 }),
          });
          assert.equal(both.status, 412, JSON.stringify(headers));
        }
        const absent = await call(base, '/documents/new', {
          method: 'PUT',
          token: alice,
          headers: { 'If-Match': '"any"', 'If-None-Match': '*' },
          body: record(),
        });
        assert.equal(absent.status, 412);
        const other = await call(base, '/documents/doc', {
          method: 'PUT',
          token: alice,
          headers: { 'If-None-Match': '"some-other-version"' },
          body: record({ overwritten: true }),
        });
        assert.equal(other.status, 428);
        const deleted = await call(base, '/documents/doc', {
          method: 'DELETE',
          token: alice,
          headers: { 'If-None-Match': '"some-other-version"' },
        });
        assert.equal(deleted.status, 428);
        assert.deepEqual((await call(base, '/documents/doc', { token: alice })).json, record());
      } finally {
        await close();
      }
    });

    it('per-user limits: the document count and total bytes answer 507 with a clear message; others are unaffected', async () => {
      const base = await open({ maxDocumentsPerUser: 3, maxBytesPerUser: 600, maxBodyBytes: 400 });
      try {
        const alice = user();
        for (const key of ['a', 'b', 'c']) {
          assert.equal(
            (await call(base, `/documents/${key}`, { method: 'PUT', token: alice, body: record() })).status,
            201,
          );
        }
        const fourth = await call(base, '/documents/d', { method: 'PUT', token: alice, body: record() });
        assert.equal(fourth.status, 507);
        assert.equal(fourth.json.error.code, 'too_many_documents');
        assert.match(fourth.json.error.message, /limit per user/);
        // Replacing one of the three is no new document.
        const etag = (await call(base, '/documents/a', { token: alice })).headers.get('etag');
        const big = record({ text: 'x'.repeat(300) });
        const replaced = await call(base, '/documents/a', {
          method: 'PUT',
          token: alice,
          headers: { 'If-Match': etag },
          body: big,
        });
        assert.equal(replaced.status, 200);
        const etagB = (await call(base, '/documents/b', { token: alice })).headers.get('etag');
        const full = await call(base, '/documents/b', {
          method: 'PUT',
          token: alice,
          headers: { 'If-Match': etagB },
          body: big,
        });
        assert.equal(full.status, 507);
        assert.equal(full.json.error.code, 'user_storage_full');
        assert.match(full.json.error.message, /over the 600 bytes allowed per user/);
        const tooBig = await call(base, '/documents/b', {
          method: 'PUT',
          token: alice,
          headers: { 'If-Match': etagB },
          body: record({ text: 'x'.repeat(500) }),
        });
        assert.equal(tooBig.status, 413);
        assert.equal((await call(base, '/documents/d', { method: 'PUT', token: user(), body: record() })).status, 201);
      } finally {
        await close();
      }
    });

    it('lists a page at a time, by key, with `next` until the last page', async () => {
      const base = await open({ pageSize: 3 });
      try {
        const alice = user();
        const keys = ['e', 'a', 'd', 'b', 'c', 'Z', 'é'];
        for (const key of keys)
          await call(base, `/documents/${encodeURIComponent(key)}`, { method: 'PUT', token: alice, body: record() });
        const seen = [];
        let after;
        let pages = 0;
        do {
          const page = await call(
            base,
            `/documents?limit=2${after === undefined ? '' : `&after=${encodeURIComponent(after)}`}`,
            { token: alice },
          );
          assert.equal(page.status, 200);
          assert.ok(page.json.documents.length <= 2);
          seen.push(...page.json.documents.map((d) => d.key));
          after = page.json.next;
          pages++;
        } while (after !== undefined);
        assert.deepEqual(seen, [...keys].sort());
        assert.equal(pages, 4);
        assert.equal((await call(base, '/documents', { token: alice })).json.documents.length, 3);
        assert.equal((await call(base, '/documents?limit=4', { token: alice })).status, 400);
        assert.equal((await call(base, '/documents?limit=0', { token: alice })).status, 400);
      } finally {
        await close();
      }
    });

    it('refuses connections past maxConnections', async () => {
      const base = await open({ maxConnections: 1 });
      try {
        const { hostname, port } = new URL(base);
        const holder = connect(Number(port), hostname);
        await new Promise((resolve) => holder.on('connect', resolve));
        await new Promise((resolve) => setTimeout(resolve, 50));
        const second = await raw(base, `GET /documents HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${user()}\r\n\r\n`);
        assert.equal(second, '', 'the connection past the limit is closed without an answer');
        holder.destroy();
      } finally {
        await close();
      }
    });

    it('closes connections that send headers or a body too slowly (408), and logs nothing', async () => {
      const base = await open({ headersTimeoutMs: 200, requestTimeoutMs: 300 });
      try {
        const headers = await raw(base, 'GET /documents HTTP/1.1\r\nHost: x\r\n');
        assert.match(headers, /^HTTP\/1\.1 408/);
        const body = await raw(
          base,
          `PUT /documents/slow HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${user()}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"version":1`,
        );
        assert.match(body, /^HTTP\/1\.1 408/);
        assert.deepEqual(logged, []);
      } finally {
        await close();
      }
    });

    it('a client that aborts mid-body is not an internal error', async () => {
      const base = await open();
      try {
        logged.length = 0;
        await raw(
          base,
          `PUT /documents/gone HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer ${user()}\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{"version":1,"user":`,
          { destroyAfterMs: 30 },
        );
        await new Promise((resolve) => setTimeout(resolve, 100));
        assert.deepEqual(logged, []);
      } finally {
        await close();
      }
    });

    it('invalid UTF-8 is 400; version 0 is 422, as the library reads it', async () => {
      const base = await open();
      try {
        const alice = user();
        const bytes = Buffer.concat([
          Buffer.from('{"version":1,"user":"'),
          Buffer.from([0xc3, 0x28]),
          Buffer.from('","updatedAt":1}'),
        ]);
        const invalid = await call(base, '/documents/doc', {
          method: 'PUT',
          token: alice,
          body: new Uint8Array(bytes),
        });
        assert.equal(invalid.status, 400);
        assert.equal(invalid.json.error.code, 'invalid_utf8');
        const zero = await call(base, '/documents/doc', { method: 'PUT', token: alice, body: record({}, 0) });
        assert.equal(zero.status, 422);
        assert.match(zero.json.error.message, /version/);
      } finally {
        await close();
      }
    });

    it('keys are NFC-normalized; bidi controls and zero-width characters are refused', async () => {
      const base = await open();
      try {
        const alice = user();
        const decomposed = 'caf\u0065\u0301';
        const composed = 'caf\u00e9';
        assert.equal(
          (
            await call(base, `/documents/${encodeURIComponent(decomposed)}`, {
              method: 'PUT',
              token: alice,
              body: record({ n: 1 }),
            })
          ).status,
          201,
        );
        const read = await call(base, `/documents/${encodeURIComponent(composed)}`, { token: alice });
        assert.deepEqual(read.json.user, { n: 1 });
        assert.deepEqual(
          (await call(base, '/documents', { token: alice })).json.documents.map((d) => d.key),
          [composed],
        );
        for (const key of ['admin\u202Etxt', 'a\u200Bb', 'a\u2066b', '\uFEFFkey', 'a\u200Db']) {
          const refused = await call(base, `/documents/${encodeURIComponent(key)}`, {
            method: 'PUT',
            token: alice,
            body: record(),
          });
          assert.equal(refused.status, 400, JSON.stringify(key));
          assert.equal(refused.json.error.code, 'invalid_key');
        }
      } finally {
        await close();
      }
    });

    it('etags carry no counter: another user writing in between changes nothing about them', async () => {
      const base = await open();
      try {
        const [alice, bob] = [user(), user()];
        const first = (await call(base, '/documents/doc', { method: 'PUT', token: alice, body: record() })).headers.get(
          'etag',
        );
        for (let n = 0; n < 20; n++)
          await call(base, `/documents/b${n}`, { method: 'PUT', token: bob, body: record() });
        const second = (
          await call(base, '/documents/doc', {
            method: 'PUT',
            token: alice,
            headers: { 'If-Match': first },
            body: record({ n: 2 }),
          })
        ).headers.get('etag');
        // 12 random bytes, nothing else: no revision number that counts everyone's writes.
        for (const etag of [first, second]) assert.match(etag, /^"[A-Za-z0-9_-]{16}"$/);
        assert.notEqual(first, second);
      } finally {
        await close();
      }
    });
  });
}

describe('the development authenticator', () => {
  it('refuses a HOST that is not loopback unless forced, with a clear message', async () => {
    await assert.rejects(
      startServer({ host: '0.0.0.0', port: 0, database: ':memory:' }),
      /Refusing to listen on 0\.0\.0\.0 with the development authenticator.*ALLOW_DEV_AUTH=1/s,
    );
    for (const host of ['127.0.0.1', 'localhost']) {
      const local = await startServer({ host, port: 0, database: ':memory:' });
      await local.close();
    }
    const custom = await startServer({ host: '0.0.0.0', port: 0, database: ':memory:', authenticate: () => null });
    await custom.close();
  });
});
