import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { HttpAdapter, HttpChange } from '../../../src/core/prefs/http-adapter.js';
import type { ReadResult, StoredRecord } from '../../../src/core/prefs/adapter.js';
import { createPreferences, type Preferences } from '../../../src/core/prefs/index.js';
import {
  goOffline,
  goOnline,
  httpAdapterFor as adapterFor,
  PREFS_SERVER as SERVER,
  resetNetwork,
  setOnline,
} from './helpers.js';

interface Call {
  method: string;
  key: string;
  headers: Record<string, string>;
  body?: string;
  /** ETag of the answer, when one came. */
  etag?: string | null;
}

/** A unique user per test: the endpoint keeps users apart, so tests cannot see each other's data. */
function newUser(): string {
  return `u-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 10)}`;
}

function rec(user: unknown, updatedAt = 1_700_000_000_000, version = 1): StoredRecord {
  return { version, user, updatedAt };
}

function keyOf(url: string): string {
  const path = new URL(url).pathname;
  return decodeURIComponent(path.slice('/documents/'.length));
}

/** Wraps the real fetch so a test can see what went over the wire and inject failures. */
function spyFetch(intercept?: (call: Call, index: number) => Promise<Response | undefined> | Response | undefined) {
  const calls: Call[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const call: Call = {
      method: init?.method ?? 'GET',
      key: keyOf(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url),
      headers: { ...(init?.headers as Record<string, string>) },
      ...(typeof init?.body === 'string' ? { body: init.body } : {}),
    };
    calls.push(call);
    const response = (await intercept?.(call, calls.length - 1)) ?? (await fetch(input, init));
    call.etag = response.headers.get('ETag');
    return response;
  };
  return { calls, fetch: fetchImpl };
}

/** What the server holds, read around the adapter. */
async function stored(
  user: string,
  key: string,
): Promise<{ status: number; json?: StoredRecord; etag: string | null }> {
  const response = await fetch(`${SERVER}/documents/${encodeURIComponent(key)}`, {
    headers: { Authorization: `Bearer ${user}` },
    cache: 'no-store',
  });
  const text = await response.text();
  return {
    status: response.status,
    etag: response.headers.get('ETag'),
    ...(response.ok ? { json: JSON.parse(text) } : {}),
  };
}

async function storedKeys(user: string): Promise<string[]> {
  const response = await fetch(`${SERVER}/documents`, {
    headers: { Authorization: `Bearer ${user}` },
    cache: 'no-store',
  });
  const { documents } = (await response.json()) as { documents: { key: string }[] };
  return documents.map((d) => d.key).sort();
}

function presentUser(result: ReadResult): unknown {
  expect(result.status).to.equal('present');
  return result.status === 'present' ? result.record.user : undefined;
}

afterEach(resetNetwork);

describe('HttpAdapter against the reference endpoint', () => {
  before(function () {
    expect(SERVER, 'window.__TK_TEST__.prefsServer (started by web-test-runner.config.mjs)').to.match(/^http:/);
  });

  describe('read, write, remove', () => {
    it('reads absent, creates, reads back with an etag, and replaces with the remembered etag', async () => {
      const user = newUser();
      const spy = spyFetch();
      const adapter = adapterFor(user, { fetch: spy.fetch });

      expect(await adapter.read('home')).to.deep.equal({ status: 'absent' });
      const created = await adapter.write('home', rec({ theme: 'dark' }));
      expect(created.status).to.equal('ok');
      expect(spy.calls.at(-1)!.headers['If-None-Match']).to.equal('*');

      const first = await adapter.read('home');
      expect(presentUser(first)).to.deep.equal({ theme: 'dark' });
      const etag = first.status === 'present' ? first.etag : undefined;
      expect(etag).to.be.a('string');
      expect(etag).to.equal(created.status === 'ok' ? created.etag : 'no etag');

      const replaced = await adapter.write('home', rec({ theme: 'light' }, 2));
      expect(replaced.status).to.equal('ok');
      expect(spy.calls.at(-1)!.headers['If-Match']).to.equal(etag);
      const onServer = await stored(user, 'home');
      expect(onServer.json).to.deep.equal(rec({ theme: 'light' }, 2));
      expect(onServer.etag)
        .to.equal(replaced.status === 'ok' ? replaced.etag : 'no etag')
        .and.not.equal(etag);
    });

    it('honours explicit preconditions: a stale ifMatch and ifNoneMatch over an existing document conflict', async () => {
      const user = newUser();
      const adapter = adapterFor(user);
      const first = await adapter.write('doc', rec({ v: 1 }));
      const stale = first.status === 'ok' ? first.etag : undefined;
      expect((await adapter.write('doc', rec({ v: 2 }))).status).to.equal('ok');

      const withStale = await adapter.write('doc', rec({ v: 3 }), { ifMatch: stale });
      expect(withStale.status).to.equal('conflict');
      expect(withStale.status === 'conflict' && presentUser(withStale.current)).to.deep.equal({ v: 2 });
      const create = await adapter.write('doc', rec({ v: 4 }), { ifNoneMatch: '*' });
      expect(create.status).to.equal('conflict');
      expect((await stored(user, 'doc')).json?.user).to.deep.equal({ v: 2 });
      expect((await adapter.write('new', rec({ v: 1 }), { ifNoneMatch: '*' })).status).to.equal('ok');
    });

    it('sends only the record fields, whatever else the object carries', async () => {
      const user = newUser();
      const adapter = adapterFor(user);
      const extra = { ...rec({ a: 1 }), transient: 'not stored' } as StoredRecord;
      expect((await adapter.write('doc', extra)).status).to.equal('ok');
      expect((await stored(user, 'doc')).json).to.deep.equal(rec({ a: 1 }));
    });

    it('removes with If-Match; removing an absent document is ok', async () => {
      const user = newUser();
      const spy = spyFetch();
      const adapter = adapterFor(user, { fetch: spy.fetch });
      const written = await adapter.write('doc', rec({ a: 1 }));
      expect(await adapter.remove('doc')).to.deep.equal({ status: 'ok' });
      const del = spy.calls.at(-1)!;
      expect(del.method).to.equal('DELETE');
      expect(del.headers['If-Match']).to.equal(written.status === 'ok' ? written.etag : 'no etag');
      expect((await stored(user, 'doc')).status).to.equal(404);
      expect(await adapter.read('doc')).to.deep.equal({ status: 'absent' });
      expect(await adapter.remove('doc')).to.deep.equal({ status: 'ok' });
      // A document created again after the delete is created, not replaced.
      expect((await adapter.write('doc', rec({ b: 2 }))).status).to.equal('ok');
      expect(spy.calls.at(-1)!.headers['If-None-Match']).to.equal('*');
    });

    it('calls a headers function before every request, so a refreshed token is used', async () => {
      const before = newUser();
      const after = newUser();
      let current = before;
      let calls = 0;
      const adapter = adapterFor('', {
        headers: () => {
          calls += 1;
          return { Authorization: `Bearer ${current}` };
        },
      });
      expect((await adapter.write('doc', rec({ who: 'before' }))).status).to.equal('ok');
      current = after;
      expect(await adapter.read('doc')).to.deep.equal({ status: 'absent' });
      expect(calls).to.equal(2);
      expect((await stored(before, 'doc')).json?.user).to.deep.equal({ who: 'before' });
    });

    it('answers unavailable, without throwing or queueing, when not authenticated or the headers function throws', async () => {
      const adapter = adapterFor('', { headers: {} });
      const read = await adapter.read('doc');
      expect(read.status).to.equal('unavailable');
      expect(read.status === 'unavailable' && read.error).to.contain('401');
      const write = await adapter.write('doc', rec({}));
      expect(write.status).to.equal('unavailable');
      expect(adapter.pendingWrites).to.equal(0);

      const broken = adapterFor('', {
        headers: () => {
          throw new Error('token refresh failed');
        },
      });
      const result = await broken.read('doc');
      expect(result.status).to.equal('unavailable');
      expect(result.status === 'unavailable' && result.error).to.contain('token refresh failed');
      expect((await broken.write('doc', rec({}))).status).to.equal('unavailable');
    });

    it('reports a document over the size limit as quota, keeps nothing queued, and later writes succeed', async () => {
      const user = newUser();
      const adapter = adapterFor(user);
      const huge = rec({ blob: 'x'.repeat(300 * 1024) });
      const result = await adapter.write('doc', huge);
      expect(result.status).to.equal('quota');
      expect(adapter.pendingWrites).to.equal(0);
      expect((await stored(user, 'doc')).status).to.equal(404);
      expect((await adapter.write('doc', rec({ small: true }))).status).to.equal('ok');
    });
  });

  describe('two clients on one document (rule 7)', () => {
    it('gives the second writer a conflict with the current record and never overwrites it', async () => {
      const user = newUser();
      const seed = adapterFor(user);
      await seed.write('shared', rec({ a: 0, b: 0 }));
      const one = adapterFor(user);
      const two = adapterFor(user);
      await one.read('shared');
      await two.read('shared');

      expect((await one.write('shared', rec({ a: 1, b: 0 }, 2))).status).to.equal('ok');
      const second = await two.write('shared', rec({ a: 0, b: 2 }, 3));
      expect(second.status).to.equal('conflict');
      const current = second.status === 'conflict' ? second.current : undefined;
      expect(current?.status).to.equal('present');
      expect(current?.status === 'present' && current.record.user).to.deep.equal({ a: 1, b: 0 });
      expect((await stored(user, 'shared')).json?.user).to.deep.equal({ a: 1, b: 0 });
    });

    it('loses no update when concurrent writers merge and retry on conflict, and the result is deterministic', async () => {
      type Fields = Record<string, number>;
      const user = newUser();
      await adapterFor(user).write('shared', rec({}));
      const clients = ['a', 'b', 'c', 'd'].map((field) => ({ field, adapter: adapterFor(user) }));
      await Promise.all(clients.map(({ adapter }) => adapter.read('shared')));

      // Each client changes its own field; on conflict it re-applies that change onto what is stored now.
      const results = await Promise.all(
        clients.map(async ({ field, adapter }, index) => {
          let base: Fields = {};
          let conflicts = 0;
          for (let attempt = 0; attempt < 10; attempt++) {
            const result = await adapter.write('shared', rec({ ...base, [field]: index + 1 }, 1, attempt + 1));
            if (result.status === 'ok') return conflicts;
            expect(result.status).to.equal('conflict');
            conflicts += 1;
            const current = result.status === 'conflict' ? result.current : undefined;
            base = (current?.status === 'present' ? current.record.user : {}) as Fields;
          }
          throw new Error('never converged');
        }),
      );
      expect((await stored(user, 'shared')).json?.user).to.deep.equal({ a: 1, b: 2, c: 3, d: 4 });
      // Four writers from one snapshot: exactly one can win the first round.
      expect(results.filter((conflicts) => conflicts === 0)).to.have.length(1);
    });
  });

  describe('offline then online (rule 8)', () => {
    it('queues writes while navigator.onLine is false, one per key (coalesced), and replays them in order on "online"', async () => {
      const user = newUser();
      const spy = spyFetch();
      const adapter = adapterFor(user, { fetch: spy.fetch });
      await adapter.write('gone', rec({ soon: 'deleted' }));
      await adapter.read('draft');
      const changes: HttpChange[] = [];
      adapter.watch((change) => changes.push(change));
      const sentBefore = spy.calls.length;

      goOffline();
      const results = [
        await adapter.write('draft', rec({ step: 1 }, 1)),
        await adapter.write('draft', rec({ step: 2 }, 2)),
        await adapter.write('other', rec({ x: true })),
        await adapter.remove('gone'),
        await adapter.write('draft', rec({ step: 3 }, 3)),
      ];
      expect(results.map((r) => r.status)).to.deep.equal(['queued', 'queued', 'queued', 'queued', 'queued']);
      expect(spy.calls.length, 'nothing is sent while offline').to.equal(sentBefore);
      expect(adapter.pendingWrites, 'the latest draft replaces the queued one').to.equal(3);
      expect(presentUser(await adapter.read('draft')), 'reads see queued writes').to.deep.equal({ step: 3 });
      expect(await adapter.read('gone')).to.deep.equal({ status: 'absent' });
      expect((await stored(user, 'draft')).status).to.equal(404);

      goOnline();
      await waitUntil(() => adapter.pendingWrites === 0, 'queue drained', { timeout: 5000 });

      const replayed = spy.calls.slice(sentBefore).filter((c) => c.method !== 'GET');
      expect(replayed.map((c) => `${c.method} ${c.key} ${c.body ?? ''}`)).to.deep.equal([
        `PUT draft ${JSON.stringify(rec({ step: 3 }, 3))}`,
        `PUT other ${JSON.stringify(rec({ x: true }))}`,
        'DELETE gone ',
      ]);
      // The coalesced write keeps the first write's precondition: the draft did not exist.
      expect(replayed[0].headers['If-None-Match']).to.equal('*');
      expect(changes.map((c) => `${c.reason} ${c.key}`)).to.deep.equal([
        'replayed draft',
        'replayed other',
        'replayed gone',
      ]);
      expect((await stored(user, 'draft')).json).to.deep.equal(rec({ step: 3 }, 3));
      expect((await stored(user, 'other')).json?.user).to.deep.equal({ x: true });
      expect(await storedKeys(user)).to.deep.equal(['draft', 'other']);
      // The replay left the adapter knowing the latest etag: the next write is a plain update.
      expect((await adapter.write('draft', rec({ step: 4 }, 4))).status).to.equal('ok');
    });

    it('queues when the network fails through every retry, and replays after the next request that gets through', async () => {
      const user = newUser();
      let down = false;
      const spy = spyFetch(() => {
        if (down) throw new TypeError('Failed to fetch');
        return undefined;
      });
      const adapter = adapterFor(user, { fetch: spy.fetch, retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 5000 } });
      await adapter.read('doc');

      down = true;
      expect((await adapter.write('doc', rec({ n: 1 }))).status).to.equal('queued');
      expect((await adapter.write('doc', rec({ n: 2 }))).status).to.equal('queued');
      expect(adapter.pendingWrites).to.equal(1);

      down = false;
      // A read of another document reaches the server: proof enough that the queue can go.
      expect(await adapter.read('unrelated')).to.deep.equal({ status: 'absent' });
      await waitUntil(() => adapter.pendingWrites === 0, 'queue drained', { timeout: 5000 });
      expect((await stored(user, 'doc')).json?.user).to.deep.equal({ n: 2 });
      const delivered = spy.calls.filter((c) => c.method === 'PUT' && c.key === 'doc' && c.etag !== undefined);
      const bodies = [...new Set(delivered.map((c) => c.body))];
      expect(bodies.map((b) => (JSON.parse(b!) as StoredRecord).user)).to.deep.equal([{ n: 2 }]);
    });

    it('does not apply a write twice when its answer was lost and the retry meets its own 412', async () => {
      const user = newUser();
      let loseNext = false;
      const spy = spyFetch(async (call) => {
        if (!loseNext || call.method !== 'PUT') return undefined;
        loseNext = false;
        // The server applies the write; the response never arrives.
        await fetch(`${SERVER}/documents/${encodeURIComponent(call.key)}`, {
          method: 'PUT',
          headers: call.headers,
          body: call.body!,
        });
        throw new TypeError('Failed to fetch');
      });
      const adapter = adapterFor(user, { fetch: spy.fetch });
      expect((await adapter.write('doc', rec({ n: 1 }))).status).to.equal('ok');

      loseNext = true;
      const result = await adapter.write('doc', rec({ n: 2 }));
      expect(result.status).to.equal('ok');
      const puts = spy.calls.filter((c) => c.method === 'PUT');
      expect(puts).to.have.length(3);
      expect(puts[1].headers['If-Match']).to.equal(puts[2].headers['If-Match']);
      const onServer = await stored(user, 'doc');
      expect(onServer.json?.user).to.deep.equal({ n: 2 });
      expect(result.status === 'ok' && result.etag).to.equal(onServer.etag);
      expect((await adapter.write('doc', rec({ n: 3 }))).status).to.equal('ok');
    });

    it('reports a replay that meets a concurrent edit as a conflict to watchers and overwrites nothing', async () => {
      const user = newUser();
      const mine = adapterFor(user);
      const theirs = adapterFor(user);
      await mine.write('shared', rec({ color: 'red', size: 1 }));
      await theirs.read('shared');
      const changes: HttpChange[] = [];
      mine.watch((change) => changes.push(change));

      goOffline();
      expect((await mine.write('shared', rec({ color: 'red', size: 2 }))).status).to.equal('queued');
      expect((await mine.write('shared', rec({ color: 'red', size: 3 }))).status).to.equal('queued');
      expect((await mine.write('elsewhere', rec({ ok: true }))).status).to.equal('queued');
      // Another device, still online, changes the same document meanwhile.
      setOnline(true);
      expect((await theirs.write('shared', rec({ color: 'blue', size: 1 }))).status).to.equal('ok');
      setOnline(false);

      goOnline();
      await waitUntil(() => mine.pendingWrites === 0, 'queue drained', { timeout: 5000 });
      expect(changes.map((c) => `${c.reason} ${c.key}`)).to.deep.equal(['conflict shared', 'replayed elsewhere']);
      const conflict = changes[0];
      if (conflict.reason !== 'conflict') throw new Error('expected a conflict');
      expect(presentUser(conflict.current)).to.deep.equal({ color: 'blue', size: 1 });
      expect(conflict.pending?.user).to.deep.equal({ color: 'red', size: 3 });
      expect((await stored(user, 'shared')).json?.user).to.deep.equal({ color: 'blue', size: 1 });

      // The owner merges (their colour, my size) and writes over the version it now knows.
      expect((await mine.write('shared', rec({ color: 'blue', size: 3 }))).status).to.equal('ok');
      expect((await stored(user, 'shared')).json?.user).to.deep.equal({ color: 'blue', size: 3 });
    });

    it('replays by itself after a backoff when the server comes back without an online event', async () => {
      const user = newUser();
      let down = true;
      const spy = spyFetch(() => {
        if (down) throw new TypeError('Failed to fetch');
        return undefined;
      });
      const adapter = adapterFor(user, { fetch: spy.fetch, retry: { attempts: 1, baseDelayMs: 20, maxDelayMs: 40 } });
      const changes: HttpChange[] = [];
      adapter.watch((change) => changes.push(change));
      expect((await adapter.write('doc', rec({ v: 1 }))).status).to.equal('queued');
      down = false;
      await waitUntil(() => changes.length === 1, 'replayed', { timeout: 5000 });
      expect(changes[0]).to.include({ key: 'doc', reason: 'replayed' });
      expect((await stored(user, 'doc')).json?.user).to.deep.equal({ v: 1 });
    });
  });

  describe('retries', () => {
    it('retries a 503 with growing delays and succeeds', async () => {
      const user = newUser();
      const times: number[] = [];
      const spy = spyFetch((_call, index) => {
        times.push(performance.now());
        return index < 2 ? new Response('{"error":{"code":"busy","message":"busy"}}', { status: 503 }) : undefined;
      });
      const adapter = adapterFor(user, { fetch: spy.fetch, retry: { attempts: 3, baseDelayMs: 40, maxDelayMs: 1000 } });
      expect((await adapter.write('doc', rec({ ok: 1 }))).status).to.equal('ok');
      expect(spy.calls).to.have.length(3);
      // Equal jitter: the first delay is at least half the base, the second at least the base.
      expect(times[1] - times[0]).to.be.at.least(19);
      expect(times[2] - times[1]).to.be.at.least(39);
      expect((await stored(user, 'doc')).json?.user).to.deep.equal({ ok: 1 });
    });

    it('gives up after the configured attempts with unavailable, queueing nothing', async () => {
      const spy = spyFetch(() => new Response('', { status: 503 }));
      const adapter = adapterFor(newUser(), {
        fetch: spy.fetch,
        retry: { attempts: 3, baseDelayMs: 1, maxDelayMs: 2 },
      });
      const write = await adapter.write('doc', rec({}));
      expect(write.status).to.equal('unavailable');
      expect(write.status === 'unavailable' && write.error).to.contain('503');
      expect(spy.calls).to.have.length(3);
      expect(adapter.pendingWrites).to.equal(0);
      expect((await adapter.read('doc')).status).to.equal('unavailable');
      expect(spy.calls).to.have.length(6);
    });

    it('does not retry a client error', async () => {
      const spy = spyFetch(() => new Response('{"error":{"code":"invalid_record","message":"nope"}}', { status: 422 }));
      const adapter = adapterFor(newUser(), { fetch: spy.fetch });
      const write = await adapter.write('doc', rec({}));
      expect(write).to.deep.equal({ status: 'unavailable', error: 'HTTP 422: nope' });
      expect(spy.calls).to.have.length(1);
    });

    it('treats a request that never answers as a network failure after timeoutMs', async () => {
      let aborted = 0;
      // Answers only by being aborted: without the timeout this test would hang until mocha fails it.
      const hanging = ((_input: RequestInfo | URL, init?: RequestInit) =>
        new Promise<Response>((_resolve, reject) => {
          init?.signal?.addEventListener('abort', () => {
            aborted += 1;
            reject(new DOMException('The operation was aborted.', 'AbortError'));
          });
        })) as typeof fetch;
      const adapter = adapterFor(newUser(), { fetch: hanging, timeoutMs: 20, retry: { attempts: 2, baseDelayMs: 1 } });
      const read = await adapter.read('doc');
      expect(read.status).to.equal('unavailable');
      expect(aborted).to.equal(2);
      // Online, yet no answer request after request: not "offline", so it says so (and keeps the write).
      expect((await adapter.write('doc', rec({ kept: true }))).status).to.equal('unavailable');
      expect(presentUser(await adapter.read('doc'))).to.deep.equal({ kept: true });
    });
  });

  describe('bad input', () => {
    it('reports a body that is not JSON as corrupt, keeps the raw bytes, and can replace it', async () => {
      const user = newUser();
      await adapterFor(user).write('doc', rec({ fine: true }));
      const etag = (await stored(user, 'doc')).etag!;
      const raw = '{"version":1,"user":{"half';
      const spy = spyFetch((call) =>
        call.method === 'GET' ? new Response(raw, { status: 200, headers: { ETag: etag } }) : undefined,
      );
      const adapter = adapterFor(user, { fetch: spy.fetch });
      const result = await adapter.read('doc');
      expect(result.status).to.equal('corrupt');
      expect(result.status === 'corrupt' && result.raw).to.equal(raw);
      expect(result.status === 'corrupt' && result.error).to.match(/JSON/);
      // The user's next change replaces the corrupt version it saw, not a blind create.
      expect((await adapter.write('doc', rec({ fixed: true }))).status).to.equal('ok');
      expect(spy.calls.at(-1)!.headers['If-Match']).to.equal(etag);
    });

    it('reports JSON of the wrong shape as corrupt', async () => {
      const shapes = [
        '[]',
        'null',
        '"text"',
        '{"user":{},"updatedAt":1}',
        '{"version":"1","user":{},"updatedAt":1}',
        '{"version":1,"updatedAt":1}',
        '{"version":1,"user":1}',
      ];
      for (const body of shapes) {
        const spy = spyFetch(() => new Response(body, { status: 200 }));
        const result = await adapterFor(newUser(), { fetch: spy.fetch }).read('doc');
        expect(result.status, body).to.equal('corrupt');
        expect(result.status === 'corrupt' && result.raw).to.equal(body);
      }
    });

    it('reports an HTML page served with 200 (a misrouted proxy) as corrupt', async () => {
      const spy = spyFetch(() => new Response('<!doctype html><title>Login</title>', { status: 200 }));
      const result = await adapterFor(newUser(), { fetch: spy.fetch }).read('doc');
      expect(result.status).to.equal('corrupt');
    });

    it('encodes hostile keys so each addresses exactly its own document', async () => {
      const user = newUser();
      const adapter = adapterFor(user);
      const keys = [
        '../',
        '../../etc/passwd',
        'a/b?c=d#e',
        '%2e%2e',
        '..%2F..',
        ' spaced key ',
        'préférences 💾 ありがとう',
        '<script>alert(1)</script>',
        'k'.repeat(1000),
        'documents',
      ];
      for (const [index, key] of keys.entries()) {
        expect((await adapter.write(key, rec({ index }))).status, key).to.equal('ok');
      }
      for (const [index, key] of keys.entries()) {
        expect(presentUser(await adapter.read(key)), key).to.deep.equal({ index });
      }
      expect(await storedKeys(user)).to.deep.equal([...keys].sort());
    });

    it('refuses keys that cannot be a path segment, and keys the server finds too long, without throwing', async () => {
      const spy = spyFetch();
      const adapter = adapterFor(newUser(), { fetch: spy.fetch });
      for (const key of ['', '.', '..', 'lone \ud800 surrogate']) {
        const read = await adapter.read(key);
        expect(read.status, JSON.stringify(key)).to.equal('unavailable');
        expect((await adapter.write(key, rec({}))).status).to.equal('unavailable');
        expect((await adapter.remove(key)).status).to.equal('unavailable');
      }
      expect(spy.calls, 'nothing was sent for unsendable keys').to.have.length(0);

      const tooLong = 'x'.repeat(2000);
      expect((await adapter.read(tooLong)).status).to.equal('unavailable');
      expect((await adapter.write(tooLong, rec({}))).status).to.equal('unavailable');
      expect(adapter.pendingWrites).to.equal(0);
    });

    it('answers unavailable for a record that cannot be serialized', async () => {
      const cyclic: Record<string, unknown> = {};
      cyclic.self = cyclic;
      const result = await adapterFor(newUser()).write('doc', rec(cyclic));
      expect(result.status).to.equal('unavailable');
    });
  });

  describe('watch', () => {
    it('polls for remote changes when asked, notifies once per version, and leaves the etag to the owner', async () => {
      const user = newUser();
      const watcher = adapterFor(user, { pollIntervalMs: 25 });
      const other = adapterFor(user);
      await watcher.write('doc', rec({ v: 1 }));
      await other.read('doc');
      const changes: HttpChange[] = [];
      watcher.watch((change) => changes.push(change));

      await other.write('doc', rec({ v: 2 }));
      await waitUntil(() => changes.length > 0, 'remote change seen', { timeout: 5000 });
      await new Promise((resolve) => setTimeout(resolve, 120));
      expect(changes).to.deep.equal([{ key: 'doc', reason: 'remote' }]);

      // Polling did not move the etag: writing without reading first is still a conflict, not an overwrite.
      const blind = await watcher.write('doc', rec({ v: 3 }));
      expect(blind.status).to.equal('conflict');
      expect((await stored(user, 'doc')).json?.user).to.deep.equal({ v: 2 });
    });

    it('does not poll unless pollIntervalMs is set, and stops when the last watcher leaves', async () => {
      const spy = spyFetch();
      const adapter = adapterFor(newUser(), { fetch: spy.fetch });
      await adapter.read('doc');
      const off = adapter.watch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(spy.calls).to.have.length(1);
      off();

      const polling = spyFetch();
      const poller = adapterFor(newUser(), { fetch: polling.fetch, pollIntervalMs: 10 });
      await poller.read('doc');
      const stop = poller.watch(() => undefined);
      await waitUntil(() => polling.calls.length >= 3, 'polled', { timeout: 5000 });
      stop();
      await new Promise((resolve) => setTimeout(resolve, 30));
      const after = polling.calls.length;
      await new Promise((resolve) => setTimeout(resolve, 80));
      expect(polling.calls.length).to.equal(after);
    });

    it('keeps notifying the other watchers when one throws', async () => {
      const user = newUser();
      const adapter = adapterFor(user);
      const seen: string[] = [];
      const originalError = console.error;
      console.error = () => undefined;
      try {
        adapter.watch(() => {
          throw new Error('watcher bug');
        });
        adapter.watch((change) => seen.push(change.reason));
        goOffline();
        await adapter.write('doc', rec({}));
        goOnline();
        await waitUntil(() => adapter.pendingWrites === 0, 'drained', { timeout: 5000 });
      } finally {
        console.error = originalError;
      }
      expect(seen).to.deep.equal(['replayed']);
    });
  });
});

describe('createPreferences over HttpAdapter', () => {
  interface Settings {
    color: string;
    size: number;
    density: string;
  }
  const defaults: Settings = { color: 'grey', size: 1, density: 'comfortable' };
  const stores: Preferences[] = [];
  function storeFor(adapter: HttpAdapter): Preferences {
    const store = createPreferences({ adapter });
    stores.push(store);
    return store;
  }
  afterEach(async () => {
    for (const store of stores.splice(0)) await store.dispose();
  });

  it('two devices editing different fields of one document: both edits survive, each device sees the other (rule 7)', async () => {
    const user = newUser();
    const laptop = storeFor(adapterFor(user, { pollIntervalMs: 25 })).open<Settings>('settings', { defaults });
    const phone = storeFor(adapterFor(user, { pollIntervalMs: 25 })).open<Settings>('settings', { defaults });
    await Promise.all([laptop.ready, phone.ready]);

    const [fromLaptop, fromPhone] = await Promise.all([
      laptop.update((draft) => void (draft.color = 'teal')),
      phone.update((draft) => void (draft.size = 3)),
    ]);
    expect([fromLaptop.status, fromPhone.status]).to.deep.equal(['ok', 'ok']);
    expect((await stored(user, 'settings')).json?.user).to.deep.equal({ color: 'teal', size: 3 });
    await waitUntil(() => laptop.value.size === 3 && phone.value.color === 'teal', 'both devices converge', {
      timeout: 5000,
    });
    expect(laptop.value).to.deep.equal({ color: 'teal', size: 3, density: 'comfortable' });
    expect(phone.value).to.deep.equal(laptop.value);
  });

  it('offline edits are saved as one write when the connection returns, the last one wins (rule 8)', async () => {
    const user = newUser();
    const spy = spyFetch();
    const doc = storeFor(adapterFor(user, { fetch: spy.fetch })).open<Settings>('settings', { defaults });
    await doc.ready;

    goOffline();
    const results = [];
    for (const size of [2, 3, 4]) results.push(await doc.update((draft) => void (draft.size = size)));
    expect(results.map((r) => r.status)).to.deep.equal(['queued', 'queued', 'queued']);
    expect(doc.status, 'not "ready" while writes wait').to.equal('unsaved');
    expect(doc.value.size).to.equal(4);
    expect((await stored(user, 'settings')).status).to.equal(404);

    goOnline();
    await waitUntil(async () => (await stored(user, 'settings')).json?.user !== undefined, 'replayed', {
      timeout: 5000,
    });
    await waitUntil(() => doc.status === 'ready', 'back to ready once stored', { timeout: 5000 });
    await new Promise((resolve) => setTimeout(resolve, 100));
    const puts = spy.calls.filter((c) => c.method === 'PUT').map((c) => (JSON.parse(c.body!) as StoredRecord).user);
    expect(puts).to.deep.equal([{ size: 4 }]);
    expect((await stored(user, 'settings')).json?.user).to.deep.equal({ size: 4 });
    expect(doc.value.size).to.equal(4);
  });

  it('an offline edit meets a concurrent edit of another field: after reconnecting both survive (rules 7 and 8)', async () => {
    const user = newUser();
    const laptop = storeFor(adapterFor(user)).open<Settings>('settings', { defaults });
    const phone = storeFor(adapterFor(user)).open<Settings>('settings', { defaults });
    await laptop.ready;
    expect((await laptop.update((draft) => void (draft.density = 'compact'))).status).to.equal('ok');
    await phone.ready;

    goOffline();
    expect((await laptop.update((draft) => void (draft.color = 'teal'))).status).to.equal('queued');
    // The phone is on another network and still online.
    setOnline(true);
    expect((await phone.update((draft) => void (draft.size = 3))).status).to.equal('ok');
    setOnline(false);

    goOnline();
    await waitUntil(
      async () => {
        const json = (await stored(user, 'settings')).json;
        return json !== undefined && (json.user as Partial<Settings>).color === 'teal';
      },
      'the laptop edit reached the server',
      { timeout: 5000 },
    );
    expect((await stored(user, 'settings')).json?.user).to.deep.equal({ density: 'compact', color: 'teal', size: 3 });
    expect(laptop.value).to.deep.equal({ color: 'teal', size: 3, density: 'compact' });
  });
});
