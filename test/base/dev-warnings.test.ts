// Development builds (and the sources the tests run) warn about an integrator's mistakes, once each.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import '../../src/components/preferences/define.js';
import type { TkPreferences } from '../../src/components/preferences/index.js';
import { ruleDefaults, type Rule } from '../../src/core/personalize/index.js';
import '../components/preferences/probe.js';

const rules: Rule[] = [{ when: { role: 'sales' }, reason: 'Suggested for the Sales role', values: {} }];

describe('development warnings', () => {
  const warnings: string[] = [];
  const { warn } = console;
  beforeEach(() => (console.warn = (...args: unknown[]) => void warnings.push(args.join(' '))));
  afterEach(() => {
    console.warn = warn;
    warnings.length = 0;
  });

  it('a component persisting with no <tk-preferences> around it says where it stores, once', async () => {
    const first = await fixture(
      html`<div><prefs-probe persist-key="dev-a"></prefs-probe><prefs-probe persist-key="dev-b"></prefs-probe></div>`,
    );
    await waitUntil(() => warnings.length > 0, 'no warning about the missing <tk-preferences>');
    await Promise.all([...first.querySelectorAll('prefs-probe')].map((probe) => probe.persist.ready));
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('<prefs-probe persist-key="dev-a"> has no <tk-preferences> around it');
    expect(warnings[0]).to.include('development builds only');
    for (const key of ['dev-a', 'dev-b']) localStorage.removeItem(`tailorkit:${key}`);
  });

  it('a provider given objects of the wrong shape says what to pass instead', async () => {
    const el = await fixture<TkPreferences>(html`<tk-preferences .defaults=${rules}></tk-preferences>`);
    el.adapter = { kind: 'mine' } as unknown as TkPreferences['adapter'];
    await el.updateComplete;
    expect(warnings.join('\n')).to.include('.defaults must be a function').and.include('use ruleDefaults(rules)');
    expect(warnings.join('\n')).to.include('.adapter is an object without read() and write()');

    const stray = await fixture<TkPreferences>(html`<tk-preferences .preferences=${{}}></tk-preferences>`);
    expect(stray.isConnected).to.equal(true);
    expect(warnings.join('\n')).to.include('.preferences is not a preferences store');
  });

  it('a correct setup warns about nothing', async () => {
    const el = await fixture<TkPreferences>(
      html`<tk-preferences adapter="memory" .defaults=${ruleDefaults(rules)}>
        <prefs-probe persist-key="dev-c"></prefs-probe>
      </tk-preferences>`,
    );
    await el.querySelector('prefs-probe')!.persist.ready;
    expect(warnings).to.deep.equal([]);
    await expect(el).to.be.accessible();
  });
});
