// The preferences engine loads on first use: a component that persists on its own shows its
// defaults as `loading` until then, and what it changes meanwhile reaches the document in order.
// This file must not import the engine itself (src/core/prefs runtime), or there is nothing to load.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { shown } from './probe.js';

const loaded = (): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    // The error class is the one piece loaded up front (it reports a failed engine load).
    .filter((path) => path.includes('/core/prefs/') && !path.endsWith('/errors.ts'));

describe('PersistController, before the preferences engine has loaded', () => {
  afterEach(() => localStorage.removeItem('tailorkit:early-probe'));

  it('shows the defaults as loading, then applies changes made meanwhile in order', async () => {
    expect(loaded(), 'nothing has needed the engine yet').to.deep.equal([]);
    const probe = document.createElement('prefs-probe');
    probe.persistKey = 'early-probe';
    document.body.append(probe);
    // Connected, but the engine is still on its way: defaults, loading, no document.
    expect(probe.persist.document).to.equal(undefined);
    expect(probe.persist.status).to.equal('loading');
    expect(probe.persist.value).to.deep.equal({ color: 'blue', x: 0 });
    expect(probe.persist.isCustomized()).to.equal(false);
    const set = probe.persist.set({ color: 'red', x: 1 });
    void probe.persist.stage({ color: 'red', x: 9 });
    probe.persist.revert();
    void probe.persist.stage({ color: 'green', x: 4 });
    const committed = probe.persist.commit();
    expect(await set).to.deep.equal({ status: 'ok' });
    expect(await committed).to.deep.equal({ status: 'ok' });
    const opened = await probe.persist.ready;
    expect(opened.value).to.deep.equal({ color: 'green', x: 4 });
    expect(loaded().some((path) => path.endsWith('/core/prefs/store.ts'))).to.equal(true);
    await waitUntil(() => shown(probe) === 'green at 4, ready', `shows the result: ${shown(probe)}`);
    await waitUntil(() => localStorage.getItem('tailorkit:early-probe') !== null, 'written to localStorage');
    expect(JSON.parse(localStorage.getItem('tailorkit:early-probe')!).user).to.deep.equal({ color: 'green', x: 4 });
    probe.remove();
  });
});
