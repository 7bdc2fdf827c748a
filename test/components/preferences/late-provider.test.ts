import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { TkPreferences } from '../../../src/components/preferences/index.js';
import { createPreferences, MemoryAdapter } from '../../../src/core/prefs/index.js';
import { shown, type PrefsProbe } from './probe.js';

describe('<tk-preferences> defined after the components inside it', () => {
  it('the components wait for it instead of falling back to the embedded store', async () => {
    expect(customElements.get('tk-preferences')).to.equal(undefined);
    const prefs = createPreferences({ adapter: new MemoryAdapter() });
    await prefs.open('late', { defaults: { color: 'blue', x: 0 } }).set({ color: 'gold', x: 0 });
    const el = await fixture<HTMLElement & { preferences?: unknown }>(html`
      <tk-preferences .preferences=${prefs}><prefs-probe persist-key="late"></prefs-probe></tk-preferences>
    `);
    const probe = el.querySelector<PrefsProbe>('prefs-probe')!;
    await probe.updateComplete;
    expect(shown(probe)).to.equal('blue at 0, loading');

    TkPreferences.define('tk-preferences');
    await waitUntil(() => shown(probe) === 'gold at 0, ready', 'the component did not find the late provider');
    expect(localStorage.getItem('tailorkit:late')).to.equal(null);
    await prefs.dispose();
  });
});
