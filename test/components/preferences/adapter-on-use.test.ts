// <tk-preferences> loads the code of the adapter it uses, and only that one, when the store first
// reads or writes: a page on localStorage never fetches the HTTP or IndexedDB adapters.
// This file must not import either adapter (nor core/prefs/index, which exports both).
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import '../../../src/components/preferences/define.js';
import type { TkPreferences } from '../../../src/components/preferences/index.js';
import { LazyAdapter } from '../../../src/components/preferences/lazy-adapter.js';
import type { PreferencesAdapter, StoredRecord } from '../../../src/core/prefs/adapter.js';
import { MemoryAdapter } from '../../../src/core/prefs/memory-adapter.js';
import { shown, type PrefsProbe } from './probe.js';
import './probe.js';

const fetched = (name: string): boolean =>
  performance
    .getEntriesByType('resource')
    .some((entry) => new URL(entry.name).pathname.endsWith(`/core/prefs/${name}.ts`));

let counter = 0;
const unique = (prefix: string): string => `${prefix}-${Date.now().toString(36)}-${++counter}`;

describe('<tk-preferences> adapters, loaded on use', () => {
  it('adapter="local" stores without fetching the HTTP or IndexedDB adapter', async () => {
    const namespace = unique('tk-lazy-local');
    const provider = await fixture<TkPreferences>(html`
      <tk-preferences adapter="local" namespace=${namespace}
        ><prefs-probe persist-key="swatch"></prefs-probe
      ></tk-preferences>
    `);
    const probe = provider.querySelector<PrefsProbe>('prefs-probe')!;
    await waitUntil(() => shown(probe) === 'blue at 0, ready', `loads: ${shown(probe)}`);
    expect(await probe.persist.set({ color: 'red', x: 3 })).to.deep.equal({ status: 'ok' });
    expect(JSON.parse(localStorage.getItem(`${namespace}:swatch`)!).user).to.deep.equal({ color: 'red', x: 3 });
    expect(fetched('local-storage-adapter'), 'the localStorage adapter is part of the store').to.equal(true);
    expect(fetched('http-adapter'), 'HTTP adapter fetched').to.equal(false);
    expect(fetched('indexeddb-adapter'), 'IndexedDB adapter fetched').to.equal(false);
    await expect(provider).to.be.accessible();
    localStorage.removeItem(`${namespace}:swatch`);
  });

  it('adapter="indexeddb" fetches its adapter on first use, stores in IndexedDB and reads it back', async () => {
    const name = unique('tk-lazy-idb');
    const markup = html`<tk-preferences adapter="indexeddb" namespace=${name}
      ><prefs-probe persist-key="swatch"></prefs-probe
    ></tk-preferences>`;
    const provider = await fixture<TkPreferences>(markup);
    expect(provider.store.adapter.kind).to.equal('indexedDB');
    const probe = provider.querySelector<PrefsProbe>('prefs-probe')!;
    await waitUntil(() => shown(probe) === 'blue at 0, ready', `loads: ${shown(probe)}`);
    expect(fetched('indexeddb-adapter')).to.equal(true);
    expect(fetched('http-adapter'), 'HTTP adapter fetched').to.equal(false);
    expect(await probe.persist.set({ color: 'green', x: 7 })).to.deep.equal({ status: 'ok' });
    provider.remove();

    // A new page: the value comes back from IndexedDB.
    const again = await fixture<TkPreferences>(markup);
    const reloaded = again.querySelector<PrefsProbe>('prefs-probe')!;
    await waitUntil(() => shown(reloaded) === 'green at 7, ready', `reads back: ${shown(reloaded)}`);
    again.remove();
    indexedDB.deleteDatabase(name);
  });

  it('an adapter whose code cannot be loaded answers unavailable, and the next call tries again', async () => {
    const memory = new MemoryAdapter();
    let attempts = 0;
    const adapter = new LazyAdapter('http', () => {
      attempts++;
      return attempts === 1
        ? Promise.reject(new TypeError('Failed to fetch dynamically imported module'))
        : Promise.resolve<PreferencesAdapter>(memory);
    });
    const record: StoredRecord = { version: 1, user: { color: 'red' }, updatedAt: 1 };
    const failed = await adapter.read('swatch');
    expect(failed.status).to.equal('unavailable');
    expect((failed as { error: string }).error)
      .to.contain('could not be loaded')
      .and.contain('dynamically imported');
    expect(adapter.loaded).to.equal(undefined);
    expect((await adapter.write('swatch', record)).status).to.equal('ok');
    expect(attempts).to.equal(2);
    expect(adapter.loaded).to.equal(memory);
    expect(await memory.read('swatch')).to.deep.include({ status: 'present', record });
  });

  it('watchers added before the code arrives hear of changes once it has, and unsubscribe', async () => {
    const changes: string[] = [];
    let notify: ((key: string) => void) | undefined;
    let unwatched = 0;
    const loaded: PreferencesAdapter = {
      kind: 'http',
      read: () => Promise.resolve({ status: 'absent' }),
      write: () => Promise.resolve({ status: 'ok' }),
      remove: () => Promise.resolve({ status: 'ok' }),
      watch: (listener) => {
        notify = (key) => listener({ key });
        return () => unwatched++;
      },
    };
    const adapter = new LazyAdapter('http', () => Promise.resolve(loaded));
    const stop = adapter.watch((change) => changes.push(change.key));
    await waitUntil(() => notify !== undefined, 'the loaded adapter was never watched');
    notify!('home');
    expect(changes).to.deep.equal(['home']);
    stop();
    expect(unwatched).to.equal(1);
  });
});
