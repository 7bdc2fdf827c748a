import { expect, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { createPreferences, LocalStorageAdapter, type Preferences } from '../../../src/core/prefs/index.js';
import { ruleDefaults } from '../../../src/core/personalize/index.js';
import type { PreferencesErrorDetail } from '../../../src/base/preferences/persist-controller.js';
import type { TkDashboard } from '../../../src/components/dashboard/index.js';
import { item, mount, nextFrame, rects } from './helpers.js';

const NAMESPACE = 'tk-test-suggested';
const KEY = 'home-dashboard';

/** What localStorage holds for the dashboard's document: the user's layer, or nothing. */
function storedUser(): unknown {
  const raw = localStorage.getItem(`${NAMESPACE}:${KEY}`);
  return raw === null ? undefined : (JSON.parse(raw) as { user: unknown }).user;
}

const sales = {
  when: { role: 'sales' },
  reason: 'Suggested for the Sales role',
  values: {
    [KEY]: {
      layouts: {
        '12': [
          { id: 'pipeline', x: 0, y: 0, w: 6, h: 2 },
          { id: 'winrate', x: 6, y: 0, w: 6, h: 2 },
          { id: 'tasks', x: 0, y: 2, w: 12, h: 1 },
        ],
      },
    },
  },
};
const support = {
  when: { role: 'support' },
  reason: 'Suggested for the Support role',
  values: {
    [KEY]: {
      layouts: {
        '12': [
          { id: 'tasks', x: 0, y: 0, w: 4, h: 2 },
          { id: 'tickets', x: 4, y: 0, w: 8, h: 2 },
          { id: 'winrate', x: 0, y: 2, w: 4, h: 1 },
          { id: 'pipeline', x: 4, y: 2, w: 8, h: 1 },
        ],
      },
    },
  },
};

function store(role: string, rules: Parameters<typeof ruleDefaults>[0] = [sales, support]): Preferences {
  return createPreferences({
    adapter: new LocalStorageAdapter({ namespace: NAMESPACE }),
    defaults: ruleDefaults(rules),
    context: { role },
  });
}

async function crm(preferences: Preferences): Promise<TkDashboard> {
  const dashboard = await mount(
    html`<tk-dashboard editable persist-key=${KEY} .preferences=${preferences}>
      <tk-dashboard-item item-id="pipeline" heading="Pipeline" w="4" h="2">P</tk-dashboard-item>
      <tk-dashboard-item item-id="winrate" heading="Win rate" w="4" h="2">W</tk-dashboard-item>
      <tk-dashboard-item item-id="tasks" heading="Tasks" w="4" h="2">T</tk-dashboard-item>
      <tk-dashboard-item item-id="tickets" heading="Tickets" w="4" h="2">K</tk-dashboard-item>
    </tk-dashboard>`,
  );
  await waitUntil(() => dashboard.shadowRoot!.querySelector('[part="grid"]')!.getAttribute('aria-busy') === 'false');
  await dashboard.updateComplete;
  await nextFrame();
  return dashboard;
}

const part = (dashboard: TkDashboard, name: string): HTMLElement | null =>
  dashboard.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);

async function keyboardMove(dashboard: TkDashboard, id: string, keys: string[]): Promise<void> {
  item(dashboard, id).focus();
  await sendKeys({ press: 'Enter' });
  for (const key of keys) await sendKeys({ press: key });
  await sendKeys({ press: 'Enter' });
  await dashboard.updateComplete;
}

describe('tk-dashboard suggested layouts', () => {
  beforeEach(() => localStorage.removeItem(`${NAMESPACE}:${KEY}`));
  after(() => localStorage.removeItem(`${NAMESPACE}:${KEY}`));

  it('undo back to the suggestion leaves no user layer in storage, and no Reset', async () => {
    const dashboard = await crm(store('sales'));
    const suggested = rects(dashboard);
    await keyboardMove(dashboard, 'pipeline', ['ArrowDown']);
    await waitUntil(() => storedUser() !== undefined, 'the move is stored');
    expect(part(dashboard, 'reset-button')).to.exist;

    await sendKeys({ press: 'Control+z' });
    await dashboard.updateComplete;
    expect(rects(dashboard)).to.deep.equal(suggested);
    await waitUntil(() => storedUser() === undefined, 'the user layer is emptied');
    await dashboard.updateComplete;
    expect(part(dashboard, 'reset-button'), 'Reset shows exactly when the user has a layer').to.equal(null);
    expect(part(dashboard, 'reason')!.textContent).to.equal('Suggested for the Sales role');
  });

  it('a role switch keeps a customized layout as the user left it, adding only widgets they never had', async () => {
    const preferences = store('sales', [sales, support]);
    const dashboard = await crm(preferences);
    await keyboardMove(dashboard, 'winrate', [
      'ArrowLeft',
      'ArrowLeft',
      'ArrowLeft',
      'ArrowLeft',
      'ArrowLeft',
      'ArrowLeft',
    ]);
    const mine = rects(dashboard).filter((rect) => !rect.startsWith('tickets:'));
    await waitUntil(() => storedUser() !== undefined);

    await preferences.setContext({ role: 'support' });
    await waitUntil(() => part(dashboard, 'reason')?.textContent !== 'Suggested for the Sales role');
    await dashboard.updateComplete;
    const now = rects(dashboard);
    for (const rect of mine) expect(now, 'the user’s widgets stay where they put them').to.include(rect);
    expect(part(dashboard, 'reason')!.textContent, 'the label says what is shown').to.equal('Your own layout');
    expect(part(dashboard, 'reset-button')!.textContent.trim()).to.equal('Reset to suggested (Support role)');
  });

  it('a personalized default of the wrong shape is rejected with invalid-default, a warning and no reason', async () => {
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      const wrong = {
        when: { role: 'sales' },
        reason: 'Suggested for the Sales role',
        values: { [KEY]: [{ id: 'pipeline', x: 0, y: 0, w: 6, h: 2 }] },
      };
      const holder = document.createElement('div');
      document.body.append(holder);
      const errors: PreferencesErrorDetail[] = [];
      holder.addEventListener('tk-preferences-error', (event) => errors.push(event.detail));
      const error = oneEvent(holder, 'tk-preferences-error');
      const dashboard = document.createElement('tk-dashboard');
      dashboard.persistKey = KEY;
      dashboard.preferences = store('sales', [wrong]);
      holder.append(dashboard);
      await error;
      await dashboard.updateComplete;
      expect(errors.map((detail) => detail.error.code)).to.include('invalid-default');
      expect(part(dashboard, 'reason'), 'no reason for a default that is not used').to.equal(null);
      expect(warnings.map((args) => String(args[0])).join('\n')).to.contain(KEY);
      holder.remove();
    } finally {
      console.warn = warn;
    }
  });
});
