// Preferences under faults (issue 13): storage that never answers, unusable bytes, `__proto__` keys.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import fc from 'fast-check';
import type { PreferencesError } from '../../../src/core/prefs/index.js';
import { withoutProtoKeys } from '../../../src/core/prefs/json.js';
import {
  createPreferences,
  IndexedDbAdapter,
  LocalStorageAdapter,
  MemoryAdapter,
  type PreferencesAdapter,
  type ReadResult,
  type StoredRecord,
  type WriteOptions,
  type WriteResult,
} from '../../../src/core/prefs/index.js';
import { CountingAdapter, tasks, unique } from './helpers.js';

interface Panel {
  x: number;
  y: number;
  theme: string;
}
const DEFAULTS: Panel = { x: 0, y: 0, theme: 'light' };

/**
 * Storage that accepts every call and answers none until `answer()`, like a server that accepts the
 * connection and never responds.
 */
class HangingAdapter implements PreferencesAdapter {
  readonly kind = 'hanging';
  readonly reads: string[] = [];
  private readonly waiting: (() => void)[] = [];
  constructor(readonly inner: PreferencesAdapter = new MemoryAdapter()) {}

  read(key: string): Promise<ReadResult> {
    this.reads.push(key);
    return this.hold(() => this.inner.read(key));
  }

  write(key: string, record: StoredRecord, options?: WriteOptions): Promise<WriteResult> {
    return this.hold(() => this.inner.write(key, record, options));
  }

  remove(key: string, options?: WriteOptions): Promise<WriteResult> {
    return this.hold(() => this.inner.remove(key, options));
  }

  /** Lets every held call (and every later one) through. */
  answer(): void {
    this.hanging = false;
    for (const release of this.waiting.splice(0)) release();
  }

  private hanging = true;
  private hold<R>(call: () => Promise<R>): Promise<R> {
    if (!this.hanging) return call();
    return new Promise<void>((resolve) => this.waiting.push(resolve)).then(call);
  }
}

describe('storage that never answers (fault 1)', () => {
  it('shows the defaults and a change at once while loading, and stops waiting at the load deadline', async () => {
    const storage = new HangingAdapter();
    const prefs = createPreferences({ adapter: storage, loadTimeout: 50 });
    const errors: PreferencesError[] = [];
    prefs.onError((error) => errors.push(error));
    const doc = prefs.open('panel', { defaults: DEFAULTS });
    expect(doc.status).to.equal('loading');
    expect(doc.value).to.deep.equal(DEFAULTS);

    const seen: number[] = [];
    doc.subscribe((change) => seen.push(change.value.x));
    const saved = doc.set({ ...doc.value, x: 5 });
    // Synchronously: the user's own change never waits on storage.
    expect(doc.value.x).to.equal(5);
    expect(seen).to.deep.equal([5]);

    const opened = await doc.ready;
    expect(opened.status).to.equal('degraded');
    expect(opened.value.x, 'the change survives the deadline').to.equal(5);
    expect(errors.map((error) => error.code)).to.include('unavailable');
    expect(errors.find((error) => error.code === 'unavailable')!.message).to.match(/did not answer within 50 ms/);

    // Storage answers at last: the change is written, and the document is in sync.
    storage.answer();
    expect(await saved).to.deep.equal({ status: 'ok' });
    await waitUntil(() => doc.status === 'ready', 'the late answer was not taken in');
    const stored = await storage.inner.read('panel');
    expect(stored.status === 'present' && stored.record.user).to.deep.equal({ x: 5 });
    await prefs.dispose();
  });

  it('reads the personalization switch and the document in parallel', async () => {
    const storage = new HangingAdapter();
    const prefs = createPreferences({ adapter: storage, loadTimeout: 10_000 });
    prefs.open('panel', { defaults: DEFAULTS });
    await tasks(2);
    // Both reads are out before either answered.
    expect(storage.reads).to.have.members(['__tailorkit/personalization', 'panel']);
    storage.answer();
    await prefs.dispose();
  });

  it('merges a late answer with a change made meanwhile: an edit of another field elsewhere survives', async () => {
    const inner = new MemoryAdapter();
    await inner.write('panel', { version: 1, user: { y: 6 }, updatedAt: 1 });
    const storage = new HangingAdapter(inner);
    const prefs = createPreferences({ adapter: storage, loadTimeout: 20 });
    const doc = prefs.open('panel', { defaults: DEFAULTS });
    void doc.set({ ...doc.value, x: 5 });
    await doc.ready;
    expect(doc.value).to.deep.include({ x: 5, y: 0 });
    storage.answer();
    await waitUntil(() => doc.value.y === 6 && doc.status === 'ready', 'the stored edit did not arrive');
    expect(doc.value).to.deep.include({ x: 5, y: 6 });
    await waitUntil(async () => {
      const stored = await inner.read('panel');
      const user = stored.status === 'present' ? (stored.record.user as Partial<Panel>) : {};
      return user.x === 5 && user.y === 6;
    }, 'both edits were not stored');
    await prefs.dispose();
  });
});

describe('unusable stored bytes (fault 5)', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('tk-faults')) localStorage.removeItem(key);
  });

  for (const [name, bytes] of [
    ['not JSON', '{"version":1,"user":{"x":'],
    ['the wrong shape', JSON.stringify({ version: 1, user: ['not', 'a', 'panel'], updatedAt: 1 })],
  ] as const) {
    it(`keeps stored bytes that are ${name} in "<key>.corrupt" on the first change, and says so`, async () => {
      const namespace = unique('tk-faults');
      localStorage.setItem(`${namespace}:panel`, bytes);
      const prefs = createPreferences({ adapter: new LocalStorageAdapter({ namespace }) });
      const errors: PreferencesError[] = [];
      prefs.onError((error) => errors.push(error));
      const doc = await prefs.open('panel', { defaults: DEFAULTS }).ready;
      expect(doc.status).to.equal('degraded');
      expect(localStorage.getItem(`${namespace}:panel`), 'untouched until a change').to.equal(bytes);

      expect((await doc.set({ ...doc.value, x: 1 })).status).to.equal('ok');
      const backup = JSON.parse(localStorage.getItem(`${namespace}:panel.corrupt`) ?? 'null') as StoredRecord;
      expect(backup?.user).to.deep.equal({ raw: bytes });
      expect(JSON.parse(localStorage.getItem(`${namespace}:panel`)!)).to.deep.include({ user: { x: 1 } });
      const report = errors.find((error) => /kept in "panel\.corrupt"/.test(error.message));
      expect(report?.code).to.equal('corrupt');

      // A second change does not copy again, and an earlier backup is never overwritten.
      await doc.set({ ...doc.value, x: 2 });
      expect(JSON.parse(localStorage.getItem(`${namespace}:panel.corrupt`)!)).to.deep.equal(backup);
      await prefs.dispose();
    });
  }

  it('replaces nothing when the backup cannot be written', async () => {
    const inner = new MemoryAdapter();
    const raw = 'garbage';
    // Bytes that are not a record, and a backup key that refuses every write.
    const storage = new CountingAdapter(inner);
    const refusing: PreferencesAdapter = {
      kind: 'refusing-backups',
      read: (key) =>
        key === 'panel' ? Promise.resolve({ status: 'corrupt', raw, error: 'not JSON' }) : storage.read(key),
      write: (key, record, options) =>
        key.includes('.corrupt')
          ? Promise.resolve({ status: 'unavailable', error: 'disk error' })
          : storage.write(key, record, options),
      remove: (key, options) => storage.remove(key, options),
    };
    const prefs = createPreferences({ adapter: refusing });
    const doc = await prefs.open('panel', { defaults: DEFAULTS }).ready;
    const result = await doc.set({ ...doc.value, x: 1 });
    expect(result.status).to.equal('unavailable');
    expect(storage.written.map((record) => record.user)).to.not.deep.include({ x: 1 });
    expect(doc.value.x, 'the change stays in memory').to.equal(1);
    await prefs.dispose();
  });
});

describe('a user\'s own "__proto__" key (fault 6)', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('tk-faults')) localStorage.removeItem(key);
  });

  it('is dropped on load and reported, so Object.assign of the value cannot set a prototype', async () => {
    const namespace = unique('tk-faults');
    localStorage.setItem(
      `${namespace}:panel`,
      '{"version":1,"user":{"theme":"dark","__proto__":{"polluted":true},"nested":{"__proto__":{"polluted":true}}},"updatedAt":1}',
    );
    const prefs = createPreferences({ adapter: new LocalStorageAdapter({ namespace }) });
    const errors: PreferencesError[] = [];
    prefs.onError((error) => errors.push(error));
    const doc = await prefs.open<Panel & { nested?: object }>('panel', { defaults: DEFAULTS }).ready;
    expect(doc.value.theme).to.equal('dark');
    const copy = Object.assign({}, doc.value) as { polluted?: boolean };
    const nested = Object.assign({}, doc.value.nested) as { polluted?: boolean };
    expect(copy.polluted).to.equal(undefined);
    expect(nested.polluted).to.equal(undefined);
    expect(Object.hasOwn(doc.value, '__proto__')).to.equal(false);
    const dropped = errors.filter((error) => error.code === 'invalid-field').map((error) => error.path);
    expect(dropped).to.deep.equal([['__proto__'], ['nested', '__proto__']]);
    await prefs.dispose();
  });

  it('is dropped on set and reported; what is stored has none', async () => {
    const namespace = unique('tk-faults');
    const prefs = createPreferences({ adapter: new LocalStorageAdapter({ namespace }) });
    const errors: PreferencesError[] = [];
    prefs.onError((error) => errors.push(error));
    const doc = await prefs.open('panel', { defaults: DEFAULTS }).ready;
    const hostile = JSON.parse('{"x":3,"y":0,"theme":"light","__proto__":{"polluted":true}}') as Panel;
    expect((await doc.set(hostile)).status).to.equal('ok');
    expect(doc.value.x).to.equal(3);
    expect((Object.assign({}, doc.value) as { polluted?: boolean }).polluted).to.equal(undefined);
    expect(localStorage.getItem(`${namespace}:panel`)).to.not.include('__proto__');
    expect(errors.map((error) => [error.code, error.path])).to.deep.equal([['invalid-field', ['__proto__']]]);

    // A value whose only change is such a key changes nothing: the user's layer stays as it was.
    const before = doc.layers.user;
    await doc.set(JSON.parse('{"x":3,"y":0,"theme":"light","__proto__":{"polluted":true}}') as Panel);
    expect(doc.layers.user).to.equal(before);
    await prefs.dispose();
  });
});

describe('IndexedDB edge cases (fault 3)', () => {
  it('an open that never fires an event falls back to memory after openTimeoutMs, and says so', async () => {
    const factory = { open: () => ({}) as IDBOpenDBRequest } as unknown as IDBFactory;
    const prefs = createPreferences({ adapter: new IndexedDbAdapter({ factory, openTimeoutMs: 50 }) });
    const doc = prefs.open('home', { defaults: { theme: 'light' } });
    await doc.ready;
    expect(doc.status).to.equal('degraded');
    expect(doc.lastError?.code).to.equal('unavailable');
    expect(doc.lastError?.message).to.match(/did not open within 50 ms.*memory/);
    expect(await doc.set({ theme: 'dark' })).to.deep.equal({ status: 'ok' });
    expect(doc.value.theme).to.equal('dark');
    await prefs.dispose();
  });

  it('after another tab upgrades the database (versionchange), it closes, reopens and keeps writing', async () => {
    const name = unique('tk-faults-idb');
    const adapter = new IndexedDbAdapter({ name });
    const record = (theme: string): StoredRecord => ({ version: 1, user: { theme }, updatedAt: 1 });
    expect((await adapter.write('home', record('dark'))).status).to.equal('ok');

    // Another tab's newer app version upgrades the database (it waits for this one to close).
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.open(name, 2);
      request.onupgradeneeded = () => request.result.createObjectStore('another-store');
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('upgrade failed'));
    });

    const etag = await adapter.read('home').then((read) => (read.status === 'present' ? read.etag : undefined));
    expect(etag).to.be.a('string');
    expect((await adapter.write('home', record('light'), { ifMatch: etag })).status).to.equal('ok');
    expect(await adapter.read('home')).to.deep.include({ status: 'present', record: record('light') });
    expect(adapter.fallback).to.equal(undefined);
    adapter.dispose();
    await new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = resolve;
    });
  });
});

describe('withoutProtoKeys (property)', () => {
  /** Every own `__proto__` key anywhere in a value. */
  const protoKeys = (value: unknown): number =>
    value === null || typeof value !== 'object'
      ? 0
      : Object.entries(value).reduce(
          (sum, [key, child]) => sum + (key === '__proto__' && !Array.isArray(value) ? 1 : 0) + protoKeys(child),
          0,
        );

  it('drops exactly the own __proto__ keys, anywhere, reports each, and keeps everything else', () => {
    /** A copy of `value` with an own `__proto__` key in every object. */
    const inject = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(inject);
      if (value === null || typeof value !== 'object') return value;
      const out: Record<string, unknown> = {};
      Object.defineProperty(out, '__proto__', { value: { polluted: 1 }, enumerable: true, writable: true });
      for (const [key, child] of Object.entries(value)) {
        if (key !== '__proto__') Object.defineProperty(out, key, { value: inject(child), enumerable: true });
      }
      return out;
    };
    // JSON text with __proto__ keys in it, parsed as the engine parses stored bytes.
    const withProto = fc.jsonValue().map((value) => JSON.stringify(inject(value)));
    fc.assert(
      fc.property(withProto, (text) => {
        const parsed = JSON.parse(text) as unknown;
        const { value, dropped } = withoutProtoKeys(parsed);
        expect(protoKeys(value)).to.equal(0);
        expect(dropped).to.have.length(protoKeys(parsed));
        // What is left is the input with those keys removed (a reviver that deletes them).
        const expected = JSON.parse(text, (key, child: unknown) =>
          key === '__proto__' ? undefined : child,
        ) as unknown;
        expect(JSON.stringify(value)).to.equal(JSON.stringify(expected));
        expect(({} as { polluted?: number }).polluted).to.equal(undefined);
      }),
      { numRuns: 300 },
    );
  });
});
