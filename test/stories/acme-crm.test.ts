import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createPreferences } from '../../src/core/prefs/store.js';
import { MemoryAdapter } from '../../src/core/prefs/memory-adapter.js';
import type { TkDashboard, TkDashboardItem } from '../../src/components/dashboard/index.js';
import type { AcmeCrmHome } from '../../stories/Demo/acme-crm/acme-crm-home.js';
import '../../stories/Demo/acme-crm/acme-crm-home.js';
import { acmeDefaults, HOME_KEY } from '../../stories/Demo/acme-crm/acme-data.js';
import { adoptThemes } from '../themes/theme-sheets.js';

const salesWidgets = ['deals-by-stage', 'pipeline-value', 'revenue-trend', 'tasks', 'top-deals', 'win-rate'];
const supportWidgets = ['csat', 'open-tickets', 'sla', 'tasks', 'ticket-volume'];

async function setup() {
  await setViewport({ width: 1280, height: 900 });
  const adapter = new MemoryAdapter();
  const preferences = createPreferences({
    adapter,
    defaults: acmeDefaults,
    context: { userId: 'u1', role: 'sales' },
  });
  const home = await fixture<AcmeCrmHome>(html`<acme-crm-home .preferences=${preferences}></acme-crm-home>`);
  const root = home.shadowRoot!;
  const dashboard = root.querySelector<TkDashboard>('tk-dashboard')!;
  const visible = (): string[] =>
    [...dashboard.querySelectorAll<TkDashboardItem>('tk-dashboard-item')]
      .filter((item) => !item.hidden)
      .map((item) => item.itemId)
      .sort();
  const reason = (): string => dashboard.shadowRoot!.querySelector('[part="reason"]')?.textContent?.trim() ?? '';
  const pickRole = (role: string): void => {
    const select = root.querySelector<HTMLSelectElement>('#role')!;
    select.value = role;
    select.dispatchEvent(new Event('change'));
  };
  const storedUser = async (): Promise<unknown> => {
    const read = await adapter.read(HOME_KEY);
    return read.status === 'present' ? read.record.user : undefined;
  };
  await waitUntil(() => visible().length === salesWidgets.length, 'the sales home is shown');
  return { home, root, dashboard, visible, reason, pickRole, storedUser };
}

describe('Acme CRM home demo', () => {
  it('suggests a home per role, with the reason', async () => {
    const { dashboard, visible, reason, pickRole } = await setup();
    expect(visible()).to.deep.equal(salesWidgets);
    expect(reason()).to.equal('Suggested for the Sales role');
    const chart = dashboard.querySelector('acme-sparkline')!;
    await chart.updateComplete;
    expect(chart.shadowRoot!.querySelector('svg')!.getAttribute('aria-label')).to.match(/^Monthly revenue/);

    pickRole('support');
    await waitUntil(() => reason() === 'Suggested for the Support role', 'the support reason');
    await waitUntil(() => visible().join() === supportWidgets.join(), 'the support home is shown');
    expect(visible()).not.to.include('pipeline-value');
  });

  it('keeps what the user removed and added across role switches, and shows it as the stored layer', async () => {
    const { root, dashboard, visible, reason, pickRole, storedUser } = await setup();

    root.querySelector<HTMLButtonElement>('button[slot="toolbar"]')!.click();
    await waitUntil(() => dashboard.editable, 'edit mode');
    const tasks = dashboard.querySelector<TkDashboardItem>('tk-dashboard-item[item-id="tasks"]')!;
    await tasks.updateComplete;
    tasks.focus();
    await sendKeys({ press: 'Delete' });
    await waitUntil(() => !visible().includes('tasks'), 'tasks removed');
    await waitUntil(async () => JSON.stringify((await storedUser()) ?? '').includes('tasks'), 'the removal is stored');
    await waitUntil(() => root.querySelector('pre[aria-labelledby="user-title"]')!.textContent.includes('"tasks"'));

    // The user has a layout of their own now: the label says so, and Reset names the suggestion.
    const resetLabel = (): string =>
      dashboard.shadowRoot!.querySelector('[part="reset-button"]')?.textContent?.trim() ?? '';
    pickRole('support');
    await waitUntil(() => resetLabel() === 'Reset to suggested (Support role)');
    expect(reason()).to.equal('Your own layout');
    await waitUntil(
      () => visible().join() === supportWidgets.filter((id) => id !== 'tasks').join(),
      'support widgets, still without the removed tasks',
    );

    const added = await dashboard.addWidget('team-quota');
    expect(added?.itemId).to.equal('team-quota-1');
    await waitUntil(async () => JSON.stringify((await storedUser()) ?? '').includes('team-quota-1'));

    pickRole('sales');
    await waitUntil(() => resetLabel() === 'Reset to suggested (Sales role)');
    await waitUntil(
      () => visible().join() === [...salesWidgets.filter((id) => id !== 'tasks'), 'team-quota-1'].sort().join(),
      'sales widgets with the added one, without the removed one',
    );
  });

  it('resets to the suggestion of the current role', async () => {
    const { root, dashboard, visible, storedUser } = await setup();
    const edit = root.querySelector<HTMLButtonElement>('button[slot="toolbar"]')!;
    expect(edit.textContent.trim()).to.equal('Edit dashboard');
    edit.click();
    await waitUntil(() => dashboard.editable);
    await waitUntil(() => edit.textContent.trim() === 'Done', 'the edit button reads Done while editing');
    expect(await dashboard.removeItem('win-rate')).to.equal(true);
    await dashboard.updateComplete;
    const reset = dashboard.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset-button"]')!;
    expect(reset.textContent.trim()).to.equal('Reset to suggested (Sales role)');
    reset.click();
    await waitUntil(() => visible().join() === salesWidgets.join(), 'the suggestion is back');
    await waitUntil(async () => (await storedUser()) === undefined, 'nothing of the user is stored');
  });

  it('starts over: the user layer is removed, the role is Sales again and edit mode ends', async () => {
    const { root, dashboard, visible, reason, pickRole, storedUser } = await setup();
    pickRole('support');
    await waitUntil(() => reason() === 'Suggested for the Support role');
    root.querySelector<HTMLButtonElement>('button[slot="toolbar"]')!.click();
    await waitUntil(() => dashboard.editable);
    expect(await dashboard.removeItem('csat')).to.equal(true);
    await waitUntil(async () => (await storedUser()) !== undefined, 'the removal is stored');
    const startOver = [...root.querySelectorAll('button')].find(
      (button) => button.textContent.trim() === 'Start over',
    )!;
    startOver.click();
    await waitUntil(() => reason() === 'Suggested for the Sales role', 'the sales suggestion again');
    await waitUntil(() => visible().join() === salesWidgets.join(), 'the sales home is shown');
    await waitUntil(async () => (await storedUser()) === undefined, 'nothing of the user is stored');
    expect(root.querySelector<HTMLSelectElement>('#role')!.value).to.equal('sales');
    expect(dashboard.editable).to.equal(false);
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe in view and edit mode, ${theme} theme`, async () => {
      await adoptThemes();
      document.documentElement.className = `tk-theme-${theme}`;
      try {
        const { home, root, dashboard } = await setup();
        await expect(home).to.be.accessible();
        root.querySelector<HTMLButtonElement>('button[slot="toolbar"]')!.click();
        await waitUntil(() => dashboard.editable);
        await dashboard.updateComplete;
        await expect(home).to.be.accessible();
      } finally {
        document.documentElement.className = '';
      }
    });
  }
});
