import { expect } from '@open-wc/testing';
import {
  createPreferences,
  IndexedDbAdapter,
  LocalStorageAdapter,
  MemoryAdapter,
  type ExternalChange,
  type PreferencesAdapter,
  type StoredRecord,
} from '../../../src/core/prefs/index.js';
import { collectUnhandledRejections, TestStorage, tasks, unique } from './helpers.js';

const RECORD: StoredRecord = { version: 1, user: { theme: 'dark' }, updatedAt: 1 };

/** Replaces a window property (localStorage, indexedDB) with a getter for the length of `body`. */
async function withGlobal(name: 'localStorage' | 'indexedDB', get: () => unknown, body: () => Promise<void>) {
  const original = Object.getOwnPropertyDescriptor(window, name)!;
  Object.defineProperty(window, name, { configurable: true, get });
  try {
    await body();
  } finally {
    Object.defineProperty(window, name, original);
  }
}

function deleteDatabase(name: string): Promise<void> {
  return new Promise((resolve) => {
    const request = indexedDB.deleteDatabase(name);
    request.onsuccess = request.onerror = request.onblocked = () => resolve();
  });
}

const kinds: [string, () => PreferencesAdapter][] = [
  ['MemoryAdapter', () => new MemoryAdapter()],
  ['LocalStorageAdapter', () => new LocalStorageAdapter({ namespace: unique('tk-adapter') })],
  ['IndexedDbAdapter', () => new IndexedDbAdapter({ name: unique('tk-adapter') })],
];

for (const [name, make] of kinds) {
  describe(name, () => {
    let adapter: PreferencesAdapter;
    beforeEach(() => {
      adapter = make();
    });
    afterEach(() => adapter.dispose?.());

    it('tells absent from present, and round-trips a record with an etag', async () => {
      expect(await adapter.read('doc')).to.deep.equal({ status: 'absent' });
      const written = await adapter.write('doc', RECORD);
      expect(written.status).to.equal('ok');
      const read = await adapter.read('doc');
      expect(read.status).to.equal('present');
      if (read.status !== 'present' || written.status !== 'ok') return;
      expect(read.record).to.deep.equal(RECORD);
      expect(read.etag).to.be.a('string').and.equal(written.etag);
      expect(adapter.fallback).to.equal(undefined);
    });

    it('checks conditions: ifMatch against the stored etag, ifNoneMatch against an existing record', async () => {
      const first = await adapter.write('doc', RECORD, { ifNoneMatch: '*' });
      expect(first.status).to.equal('ok');
      const again = await adapter.write('doc', { ...RECORD, updatedAt: 2 }, { ifNoneMatch: '*' });
      expect(again.status).to.equal('conflict');
      const stale = await adapter.write('doc', { ...RECORD, updatedAt: 3 }, { ifMatch: 'not-the-etag' });
      expect(stale.status).to.equal('conflict');
      if (stale.status === 'conflict') expect(stale.current).to.deep.include({ status: 'present', record: RECORD });
      const etag = first.status === 'ok' ? first.etag : undefined;
      expect((await adapter.write('doc', { ...RECORD, updatedAt: 4 }, { ifMatch: etag })).status).to.equal('ok');
      expect((await adapter.remove('doc', { ifMatch: etag })).status).to.equal('conflict');
      expect((await adapter.remove('doc')).status).to.equal('ok');
      expect(await adapter.read('doc')).to.deep.equal({ status: 'absent' });
    });

    it('tells watchers about changes, after the write has finished', async () => {
      const heard: ExternalChange[] = [];
      const unwatch = adapter.watch!((change) => heard.push(change));
      await adapter.write('doc', RECORD);
      await tasks();
      expect(heard).to.deep.equal([{ key: 'doc' }]);
      unwatch();
      await adapter.write('doc', { ...RECORD, updatedAt: 2 });
      await tasks();
      expect(heard).to.have.length(1);
    });
  });
}

describe('LocalStorageAdapter', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('tk-adapter')) localStorage.removeItem(key);
  });

  it('stores under namespaced keys, and namespaces do not see each other', async () => {
    const namespace = unique('tk-adapter');
    const one = new LocalStorageAdapter({ namespace });
    const other = new LocalStorageAdapter({ namespace: `${namespace}-other` });
    await one.write('home', RECORD);
    expect(JSON.parse(localStorage.getItem(`${namespace}:home`)!)).to.deep.equal(RECORD);
    expect(await other.read('home')).to.deep.equal({ status: 'absent' });
  });

  it('reads bytes that are not a record as corrupt, keeping them', async () => {
    const namespace = unique('tk-adapter');
    localStorage.setItem(`${namespace}:home`, '{oops');
    const read = await new LocalStorageAdapter({ namespace }).read('home');
    expect(read).to.deep.include({ status: 'corrupt', raw: '{oops' });
  });

  it('answers quota when storage is full', async () => {
    const storage = new TestStorage();
    const adapter = new LocalStorageAdapter({ namespace: 'n', storage });
    storage.full = true;
    const result = await adapter.write('home', RECORD);
    expect(result.status).to.equal('quota');
    expect(adapter.fallback).to.equal(undefined);
  });

  it('answers quota when real localStorage is full', async () => {
    const namespace = unique('tk-adapter');
    const adapter = new LocalStorageAdapter({ namespace });
    const filler = `${namespace}-filler`;
    let chunk = 'x'.repeat(1024 * 1024);
    let index = 0;
    try {
      // Fill this origin's storage, halving the chunk when it no longer fits, down to 1 KB.
      while (chunk.length >= 1024) {
        try {
          localStorage.setItem(`${filler}-${index++}`, chunk);
        } catch {
          chunk = chunk.slice(0, chunk.length / 2);
        }
      }
      const result = await adapter.write('home', { ...RECORD, user: { blob: 'y'.repeat(64 * 1024) } });
      expect(result.status).to.equal('quota');
    } finally {
      for (let each = 0; each < index; each++) localStorage.removeItem(`${filler}-${each}`);
    }
    expect((await adapter.write('home', RECORD)).status).to.equal('ok');
  });

  it('rule 5: storage that throws falls back to memory, reported, with no unhandled rejection', async () => {
    const storage = new TestStorage();
    storage.broken = true;
    const adapter = new LocalStorageAdapter({ namespace: 'n', storage });
    const rejections = await collectUnhandledRejections(async () => {
      expect(await adapter.read('home')).to.deep.equal({ status: 'absent' });
      expect((await adapter.write('home', RECORD)).status).to.equal('ok');
      expect(await adapter.read('home')).to.deep.include({ status: 'present', record: RECORD });
    });
    expect(rejections).to.deep.equal([]);
    expect(adapter.fallback?.kind).to.equal('memory');
    expect(adapter.fallback?.reason).to.contain('SecurityError');
  });

  it('rule 5: a localStorage that throws on access (private mode, blocked cookies) falls back to memory', async () => {
    await withGlobal(
      'localStorage',
      () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      },
      async () => {
        const rejections = await collectUnhandledRejections(async () => {
          const prefs = createPreferences();
          const errors: string[] = [];
          prefs.onError((error) => errors.push(`${error.key} ${error.code}`));
          const doc = prefs.open('home', { defaults: { theme: 'light' } });
          await doc.ready;
          expect(doc.status).to.equal('degraded');
          expect(errors).to.include('home unavailable');
          expect(doc.lastError?.message).to.contain('SecurityError');
          expect(await doc.set({ theme: 'dark' })).to.deep.equal({ status: 'ok' });
          expect(doc.value).to.deep.equal({ theme: 'dark' });
          expect(prefs.adapter.fallback?.kind).to.equal('memory');
          await prefs.dispose();
        });
        expect(rejections).to.deep.equal([]);
      },
    );
  });

  it('rule 5: a missing localStorage falls back to memory', async () => {
    await withGlobal(
      'localStorage',
      () => undefined,
      async () => {
        const adapter = new LocalStorageAdapter();
        expect((await adapter.write('home', RECORD)).status).to.equal('ok');
        expect(adapter.fallback?.reason).to.contain('not available');
      },
    );
  });

  it('hears writes of other adapters on the same storage and namespace in this page', async () => {
    const namespace = unique('tk-adapter');
    const reader = new LocalStorageAdapter({ namespace });
    const writer = new LocalStorageAdapter({ namespace });
    const stranger = new LocalStorageAdapter({ namespace: `${namespace}-x` });
    const heard: string[] = [];
    reader.watch((change) => heard.push(`reader:${change.key}`));
    stranger.watch((change) => heard.push(`stranger:${change.key}`));
    await writer.write('home', RECORD);
    await tasks();
    expect(heard).to.deep.equal(['reader:home']);
    reader.dispose();
    stranger.dispose();
  });

  it('hears storage events from other documents for its namespace only', async () => {
    const namespace = unique('tk-adapter');
    const adapter = new LocalStorageAdapter({ namespace });
    const heard: string[] = [];
    adapter.watch((change) => heard.push(change.key));
    for (const key of [`${namespace}:home`, `${namespace}-x:home`, 'unrelated']) {
      window.dispatchEvent(new StorageEvent('storage', { key, storageArea: localStorage, newValue: '{}' }));
    }
    window.dispatchEvent(new StorageEvent('storage', { key: `${namespace}:home`, storageArea: sessionStorage }));
    await tasks();
    expect(heard).to.deep.equal(['home']);
    adapter.dispose();
  });
});

describe('IndexedDbAdapter', () => {
  it('rule 5: a missing IndexedDB falls back to memory with no unhandled rejection', async () => {
    await withGlobal(
      'indexedDB',
      () => undefined,
      async () => {
        const rejections = await collectUnhandledRejections(async () => {
          const adapter = new IndexedDbAdapter({ name: unique('tk-idb') });
          expect((await adapter.write('home', RECORD)).status).to.equal('ok');
          expect(await adapter.read('home')).to.deep.include({ status: 'present', record: RECORD });
          expect(adapter.fallback?.kind).to.equal('memory');
        });
        expect(rejections).to.deep.equal([]);
      },
    );
  });

  it('rule 5: an IndexedDB that throws on open falls back to memory', async () => {
    const factory = {
      open() {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      },
    } as unknown as IDBFactory;
    const adapter = new IndexedDbAdapter({ name: 'x', factory });
    expect((await adapter.write('home', RECORD)).status).to.equal('ok');
    expect(adapter.fallback?.reason).to.contain('SecurityError');
  });

  it('rule 5: a blocked IndexedDB falls back to memory', async () => {
    const factory = {
      open() {
        const request = {} as IDBOpenDBRequest;
        setTimeout(() => void request.onblocked?.call(request, new Event('blocked') as IDBVersionChangeEvent));
        return request;
      },
    } as unknown as IDBFactory;
    const prefs = createPreferences({ adapter: new IndexedDbAdapter({ factory }) });
    const doc = prefs.open('home', { defaults: { theme: 'light' } });
    await doc.ready;
    expect(doc.status).to.equal('degraded');
    expect(doc.lastError?.code).to.equal('unavailable');
    expect(doc.lastError?.message).to.contain('blocked');
    expect(await doc.set({ theme: 'dark' })).to.deep.equal({ status: 'ok' });
    await prefs.dispose();
  });

  it('a database of a newer version without its store: the store is added in the next version, not memory', async () => {
    const name = unique('tk-idb');
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(name, 7);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
    });
    const rejections = await collectUnhandledRejections(async () => {
      const adapter = new IndexedDbAdapter({ name });
      expect((await adapter.write('home', RECORD)).status).to.equal('ok');
      expect(adapter.fallback).to.equal(undefined);
      expect(await adapter.read('home')).to.deep.include({ status: 'present' });
      adapter.dispose();
    });
    expect(rejections).to.deep.equal([]);
    await deleteDatabase(name);
  });

  it('reads a stored value that is not a record as corrupt', async () => {
    const name = unique('tk-idb');
    const adapter = new IndexedDbAdapter({ name });
    await adapter.read('warm-up');
    await new Promise<void>((resolve) => {
      const request = indexedDB.open(name, 1);
      request.onsuccess = () => {
        const transaction = request.result.transaction('documents', 'readwrite');
        transaction.objectStore('documents').put({ not: 'a record' }, 'home');
        transaction.oncomplete = () => {
          request.result.close();
          resolve();
        };
      };
    });
    expect(await adapter.read('home')).to.deep.include({ status: 'corrupt', raw: '{"not":"a record"}' });
    adapter.dispose();
    await deleteDatabase(name);
  });
});
