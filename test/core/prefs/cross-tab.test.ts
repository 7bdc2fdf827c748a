import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import {
  IndexedDbAdapter,
  LocalStorageAdapter,
  type PreferenceDocument,
  type Preferences,
  type PreferencesAdapter,
  type PreferencesOptions,
} from '../../../src/core/prefs/index.js';
import { CountingAdapter, unique } from './helpers.js';

/** What a "tab" exposes: its own copy of the engine, running in its own window. */
interface Tab {
  createPreferences(options: PreferencesOptions): Preferences;
  LocalStorageAdapter: typeof LocalStorageAdapter;
  IndexedDbAdapter: typeof IndexedDbAdapter;
}

declare global {
  interface Window {
    /** Set by the engine loaded in a tab frame. */
    tab?: Tab;
  }
}

const source = (path: string): string => new URL(`../../../src/core/prefs/${path}`, import.meta.url).href;
const frames: HTMLIFrameElement[] = [];

/** A same-origin iframe that loads the engine itself: separate realm, timers and storage events. */
async function openTab(): Promise<Tab> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><script type="module">
    import { createPreferences } from '${source('store.ts')}';
    import { LocalStorageAdapter } from '${source('local-storage-adapter.ts')}';
    import { IndexedDbAdapter } from '${source('indexeddb-adapter.ts')}';
    window.tab = { createPreferences, LocalStorageAdapter, IndexedDbAdapter };
  </script>`;
  document.body.append(frame);
  frames.push(frame);
  const view = (): Tab | undefined => frame.contentWindow?.tab;
  await waitUntil(view, 'the tab did not load the engine', { timeout: 10_000 });
  return view()!;
}

interface Panel {
  left: string;
  right: string;
}

const storages: [string, (tab: Tab, id: string) => PreferencesAdapter, (id: string) => PreferencesAdapter][] = [
  [
    'localStorage',
    (tab, id) => new tab.LocalStorageAdapter({ namespace: id }),
    (id) => new LocalStorageAdapter({ namespace: id }),
  ],
  ['IndexedDB', (tab, id) => new tab.IndexedDbAdapter({ name: id }), (id) => new IndexedDbAdapter({ name: id })],
];

describe('two tabs (rule 6)', () => {
  afterEach(() => {
    for (const frame of frames.splice(0)) frame.remove();
  });

  for (const [name, inTab, here] of storages) {
    it(`rule 6: two tabs on ${name} editing different fields: both edits survive, each sees the other's, no echo loop`, async () => {
      const id = unique('tk-tabs');
      const [one, two] = await Promise.all([openTab(), openTab()]);
      const storageOne = new CountingAdapter(inTab(one, id));
      const storageTwo = new CountingAdapter(inTab(two, id));
      const prefsOne = one.createPreferences({ adapter: storageOne });
      const prefsTwo = two.createPreferences({ adapter: storageTwo });
      const defaults: Panel = { left: 'left', right: 'right' };
      const docOne: PreferenceDocument<Panel> = prefsOne.open('panel', { defaults });
      const docTwo: PreferenceDocument<Panel> = prefsTwo.open('panel', { defaults });
      await Promise.all([docOne.ready, docTwo.ready]);
      let heardOne = 0;
      let heardTwo = 0;
      docOne.subscribe(() => heardOne++);
      docTwo.subscribe(() => heardTwo++);

      // Both edit at the same moment, before either can have heard of the other.
      const [savedOne, savedTwo] = await Promise.all([
        docOne.set({ ...docOne.value, left: 'edited in one' }),
        docTwo.set({ ...docTwo.value, right: 'edited in two' }),
      ]);
      expect([savedOne.status, savedTwo.status]).to.deep.equal(['ok', 'ok']);
      const both = JSON.stringify({ left: 'edited in one', right: 'edited in two' });
      await waitUntil(
        () => JSON.stringify(docOne.value) === both && JSON.stringify(docTwo.value) === both,
        'the tabs did not converge on both edits',
        { timeout: 2000 },
      );

      // A later edit in one tab reaches the other.
      await docTwo.set({ ...docTwo.value, left: 'edited again in two' });
      await waitUntil(() => docOne.value.left === 'edited again in two', 'tab one did not see the edit', {
        timeout: 2000,
      });

      // Quiet: nobody writes or re-renders again in response to the other's writes.
      const writes = storageOne.writes + storageTwo.writes;
      const heard = [heardOne, heardTwo];
      await aTimeout(300);
      expect(storageOne.writes + storageTwo.writes).to.equal(writes);
      expect([heardOne, heardTwo]).to.deep.equal(heard);
      // One write per edit, plus at most one retry for the edit that lost the race.
      expect(writes).to.be.within(3, 4);

      const stored = await here(id).read('panel');
      expect(stored.status === 'present' && stored.record.user).to.deep.equal({
        left: 'edited again in two',
        right: 'edited in two',
      });
      await Promise.all([prefsOne.dispose(), prefsTwo.dispose()]);
      if (name === 'localStorage') localStorage.removeItem(`${id}:panel`);
    });
  }

  it('rule 6: the personalization switch follows from one tab to the other', async () => {
    const id = unique('tk-tabs');
    const [one, two] = await Promise.all([openTab(), openTab()]);
    const prefsOne = one.createPreferences({ adapter: new one.LocalStorageAdapter({ namespace: id }) });
    const prefsTwo = two.createPreferences({
      adapter: new two.LocalStorageAdapter({ namespace: id }),
      defaults: () => ({ value: { left: 'suggested' }, reason: 'Suggested for testing' }),
    });
    const doc = prefsTwo.open('panel', { defaults: { left: 'left', right: 'right' } });
    await doc.ready;
    expect(doc.value.left).to.equal('suggested');
    await prefsOne.open('other', { defaults: {} }).ready;
    await prefsOne.setPersonalization(false);
    await waitUntil(() => doc.value.left === 'left', 'tab two kept personalized defaults', { timeout: 2000 });
    expect(prefsTwo.personalization).to.equal(false);
    expect(doc.layers.reason).to.equal(undefined);
    await Promise.all([prefsOne.dispose(), prefsTwo.dispose()]);
    for (const key of Object.keys(localStorage)) if (key.startsWith(id)) localStorage.removeItem(key);
  });
});
