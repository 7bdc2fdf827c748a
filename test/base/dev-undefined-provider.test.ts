// A page that wraps components in <tk-preferences> but never registers it: nothing would load or
// save, silently. Development builds say which import is missing. (Its own file: no other test here
// may register tk-preferences.)
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../components/preferences/probe.js';

describe('development warning: <tk-preferences> never defined', () => {
  it('names the import that registers it', async () => {
    const warnings: string[] = [];
    const { warn } = console;
    console.warn = (...args: unknown[]) => void warnings.push(args.join(' '));
    try {
      const el = await fixture(html`<tk-preferences><prefs-probe persist-key="dev-d"></prefs-probe></tk-preferences>`);
      expect(el.querySelector('prefs-probe')!.persist.status).to.equal('loading');
      await waitUntil(() => warnings.length > 0, 'no warning about the undefined provider', { timeout: 5000 });
      expect(warnings[0]).to.include('<tk-preferences> encloses <prefs-probe> but is not defined');
      expect(warnings[0]).to.include("Import 'tailorkit/components/preferences/define'");
    } finally {
      console.warn = warn;
    }
  });
});
