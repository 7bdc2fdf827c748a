// HttpAdapter under faults (issue 13): a bounded offline queue that survives a reload, and a server
// that cannot be reached although the browser is online (a CORS refusal).
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import fc from 'fast-check';
import type { HttpAdapter } from '../../../src/core/prefs/index.js';
import {
  createPreferences,
  type HttpAdapterOptions,
  type PreferencesError,
  type StoredRecord,
} from '../../../src/core/prefs/index.js';
import { goOffline, goOnline, httpAdapterFor, PREFS_SERVER as SERVER, resetNetwork, unique } from './helpers.js';

interface Big {
  rows: string[];
  edits: number;
}

/** Counts the requests that reached the server, by method. */
function countingFetch() {
  const sent: { method: string; body?: string }[] = [];
  const fetchImpl = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const response = await fetch(input, init);
    sent.push({ method: init?.method ?? 'GET', ...(typeof init?.body === 'string' ? { body: init.body } : {}) });
    return response;
  };
  return { sent, fetch: fetchImpl };
}

const adapterFor = (user: string, options: Partial<HttpAdapterOptions> = {}): HttpAdapter =>
  httpAdapterFor(user, { retry: { attempts: 2, baseDelayMs: 5, maxDelayMs: 40 }, ...options });

async function storedUser(user: string, key: string): Promise<unknown> {
  const response = await fetch(`${SERVER}/documents/${key}`, {
    headers: { Authorization: `Bearer ${user}` },
    cache: 'no-store',
  });
  return response.ok ? ((await response.json()) as StoredRecord).user : undefined;
}

afterEach(() => {
  resetNetwork();
  for (const key of Object.keys(localStorage))
    if (key.startsWith('tailorkit:http-queue:')) localStorage.removeItem(key);
});

describe('the offline queue (fault 2)', () => {
  it('300 offline edits queue one write, status "unsaved"; back online exactly one PUT stores the last', async () => {
    const user = unique('u');
    const spy = countingFetch();
    const adapter = adapterFor(user, { fetch: spy.fetch });
    const prefs = createPreferences({ adapter });
    const doc = await prefs.open<Big>('big', { defaults: { rows: [], edits: 0 } }).ready;
    expect(doc.status).to.equal('ready');

    goOffline();
    for (let edit = 1; edit <= 300; edit++) {
      expect((await doc.update((draft) => void (draft.edits = edit))).status).to.equal('queued');
    }
    expect(adapter.pendingWrites).to.equal(1);
    expect(doc.status).to.equal('unsaved');
    const putsBefore = spy.sent.filter((call) => call.method === 'PUT').length;

    goOnline();
    await waitUntil(() => doc.status === 'ready', 'back to ready once stored', { timeout: 5000 });
    const puts = spy.sent.filter((call) => call.method === 'PUT').slice(putsBefore);
    expect(puts.map((call) => (JSON.parse(call.body!) as StoredRecord).user)).to.deep.equal([{ edits: 300 }]);
    expect(await storedUser(user, 'big')).to.deep.equal({ edits: 300 });
    await prefs.dispose();
  });

  it('property: any offline sequence of writes queues one write per key; back online the last of each is stored', async () => {
    const writes = fc.array(fc.record({ key: fc.constantFrom('a', 'b', 'c'), n: fc.nat(1000) }), {
      minLength: 1,
      maxLength: 25,
    });
    await fc.assert(
      fc.asyncProperty(writes, async (sequence) => {
        const user = unique('p');
        const adapter = adapterFor(user);
        goOffline();
        for (const { key, n } of sequence) {
          expect((await adapter.write(key, { version: 1, user: { n }, updatedAt: 1 })).status).to.equal('queued');
        }
        const last = new Map(sequence.map(({ key, n }) => [key, n]));
        expect(adapter.pendingWrites).to.equal(last.size);
        goOnline();
        await waitUntil(() => adapter.pendingWrites === 0, 'the queue did not drain', { timeout: 5000 });
        for (const [key, n] of last) expect(await storedUser(user, key)).to.deep.equal({ n });
      }),
      { numRuns: 15 },
    );
  });

  it('caps the queue: a write past maxQueueBytes answers quota and the change stays in memory', async () => {
    const user = unique('u');
    const adapter = adapterFor(user, { maxQueueBytes: 2000 });
    const prefs = createPreferences({ adapter });
    const errors: PreferencesError[] = [];
    prefs.onError((error) => errors.push(error));
    const small = await prefs.open<Big>('small', { defaults: { rows: [], edits: 0 } }).ready;
    const big = await prefs.open<Big>('big', { defaults: { rows: [], edits: 0 } }).ready;
    goOffline();
    expect((await small.update((draft) => void (draft.edits = 1))).status).to.equal('queued');
    const result = await big.update((draft) => void (draft.rows = Array.from({ length: 400 }, (_, i) => `row ${i}`)));
    expect(result.status).to.equal('quota');
    expect(big.value.rows).to.have.length(400);
    expect(big.status).to.equal('degraded');
    expect(errors.at(-1)?.message).to.match(/offline queue is full/);
    expect(adapter.pendingWrites).to.equal(1);
    await prefs.dispose();
  });

  it('keeps the queue across a reload: the next page shows the change as "unsaved" and stores it once online', async () => {
    const user = unique('u');
    const first = adapterFor(user);
    const prefs = createPreferences({ adapter: first });
    const doc = await prefs.open<Big>('doc', { defaults: { rows: [], edits: 0 } }).ready;
    goOffline();
    expect((await doc.update((draft) => void (draft.edits = 7))).status).to.equal('queued');
    await prefs.dispose();
    first.dispose(); // the page goes away

    // The reloaded page: a new adapter and store, still offline.
    const second = adapterFor(user);
    await second.flush();
    expect(second.pendingWrites).to.equal(1);
    const again = createPreferences({ adapter: second });
    const reloaded = await again.open<Big>('doc', { defaults: { rows: [], edits: 0 } }).ready;
    expect(reloaded.value.edits).to.equal(7);
    expect(reloaded.status).to.equal('unsaved');
    expect(await storedUser(user, 'doc')).to.equal(undefined);

    goOnline();
    await waitUntil(() => reloaded.status === 'ready', 'stored after the reload', { timeout: 5000 });
    expect(await storedUser(user, 'doc')).to.deep.equal({ edits: 7 });
    expect(second.pendingWrites).to.equal(0);
    await again.dispose();
  });
});

describe('offline queues of two tabs (fault 2)', () => {
  it('two pages queueing at once keep both queues, and the next page replays both', async () => {
    const user = unique('u');
    const [one, two] = [adapterFor(user), adapterFor(user)];
    goOffline();
    expect((await one.write('left', { version: 1, user: { from: 'one' }, updatedAt: 1 })).status).to.equal('queued');
    expect((await two.write('right', { version: 1, user: { from: 'two' }, updatedAt: 1 })).status).to.equal('queued');
    one.dispose();
    two.dispose(); // both tabs close while offline

    const next = adapterFor(user);
    await next.flush();
    expect(next.pendingWrites).to.equal(2);
    goOnline();
    await waitUntil(() => next.pendingWrites === 0, 'the adopted queues did not drain', { timeout: 5000 });
    expect(await storedUser(user, 'left')).to.deep.equal({ from: 'one' });
    expect(await storedUser(user, 'right')).to.deep.equal({ from: 'two' });
  });
});

describe('a server out of reach while the browser is online (fault 4)', () => {
  it('a cross-origin request with cookies the endpoint refuses (no Allow-Credentials) shows as unavailable, not queued', async () => {
    // The page and the endpoint are on different origins; the test endpoint answers
    // Access-Control-Allow-Origin: *, which a browser refuses for requests with credentials.
    expect(new URL(SERVER).origin).to.not.equal(location.origin);
    const user = unique('u');
    const adapter = adapterFor(user, { credentials: 'include' });
    const prefs = createPreferences({ adapter, loadTimeout: 10_000 });
    const errors: PreferencesError[] = [];
    prefs.onError((error) => errors.push(error));
    const doc = await prefs.open<Big>('doc', { defaults: { rows: [], edits: 0 } }).ready;
    const result = await doc.update((draft) => void (draft.edits = 1));
    expect(result.status).to.equal('unavailable');
    expect(doc.status).to.equal('degraded');
    expect(doc.value.edits, 'the change stays on screen').to.equal(1);
    expect(errors.at(-1)?.code).to.equal('unavailable');
    expect(errors.at(-1)?.message).to.match(/cannot be reached although the browser is online/);
    await prefs.dispose();
  });
});

describe('version 0 (endpoint hardening)', () => {
  it('means the same to client and server: the endpoint refuses it, and the adapter reads it as corrupt', async () => {
    const user = unique('u');
    const adapter = adapterFor(user);
    const refused = await adapter.write('doc', { version: 0, user: { x: 1 }, updatedAt: 1 });
    expect(refused.status).to.equal('unavailable');
    expect(refused.status === 'unavailable' && refused.error).to.match(/HTTP 422.*version/);
    const served = adapterFor(user, {
      fetch: () => Promise.resolve(new Response('{"version":0,"user":{},"updatedAt":1}', { headers: { ETag: '"e"' } })),
    });
    expect(await served.read('doc')).to.deep.include({ status: 'corrupt' });
  });
});
