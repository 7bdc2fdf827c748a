import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TkDashboardItemType, TkLayoutChangeDetail } from '../../../src/components/dashboard/index.js';
import { waitUntil } from '../../support/wait.js';
import { mount } from './helpers.js';

const many: TkDashboardItemType[] = Array.from({ length: 10 }, (_, i) => ({
  type: `t${i}`,
  title: `Chart ${i}`,
  description: i === 3 ? 'Quarterly revenue' : undefined,
  w: 2,
  h: 1,
  create: () => html`<b>${i}</b>`,
}));

describe('tk-dashboard while the user types a catalog search', () => {
  it('keeps the letters typed when the host hands back the layout it was told of', async () => {
    const dashboard = await mount(html`<tk-dashboard editable .catalog=${many}></tk-dashboard>`);
    // A host that keeps each layout change and sets it back.
    const changes: TkLayoutChangeDetail[] = [];
    dashboard.addEventListener('tk-layout-change', (event) => changes.push(event.detail));
    await dashboard.addItem('t1');
    await waitUntil(() => changes.length > 0, 'the layout change is reported');
    const root = dashboard.shadowRoot!;
    root.querySelector<HTMLButtonElement>('[part~="catalog-button"]')!.click();
    const popover = root.querySelector('tk-popover')!;
    await waitUntil(() => customElements.get('tk-popover') && popover.open, 'the catalog opens');
    const search = root.querySelector<HTMLInputElement>('[part="catalog-search"]')!;
    search.focus();
    await sendKeys({ type: 'reve' });
    dashboard.layout = structuredClone(changes.at(-1)!.layout);
    await dashboard.updateComplete;
    await sendKeys({ type: 'nue' });
    await dashboard.updateComplete;
    expect(search.value).to.equal('revenue');
    expect([...root.querySelectorAll('tk-menu-item')].map((entry) => entry.getAttribute('value'))).to.deep.equal([
      't3',
    ]);
    await expect(dashboard).to.be.accessible();
  });
});
