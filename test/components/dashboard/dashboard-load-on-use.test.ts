// What a dashboard loads only when it is needed: the gesture code (edit mode) and the catalog's
// popover and menu (first catalog in edit mode). This file must not import them, or there is nothing
// to load.
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { liveRegionText } from '../../../src/base/announcer.js';
import type { TkDashboardItemType } from '../../../src/components/dashboard/index.js';
import { item, mount } from './helpers.js';

const catalog: TkDashboardItemType[] = [{ type: 'kpi', title: 'Win rate', w: 3, h: 1, create: () => html`<b>42%</b>` }];

const fetched = (part: string): boolean =>
  performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.includes(part));

describe('tk-dashboard loads what editing needs on first use', () => {
  it('a widget grabbed with the keyboard the moment the dashboard turns editable is grabbed', async () => {
    const dashboard = await mount(
      html`<tk-dashboard>
        <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="2">A</tk-dashboard-item>
      </tk-dashboard>`,
    );
    expect(fetched('/components/dashboard/pointer'), 'gestures fetched in view mode').to.equal(false);
    dashboard.editable = true;
    await waitUntil(() => item(dashboard, 'a').tabIndex === 0, 'the widget becomes focusable');
    item(dashboard, 'a').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => liveRegionText().startsWith('Picked up Revenue'), `announced: ${liveRegionText()}`);
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    expect(dashboard.layout).to.deep.equal([{ id: 'a', x: 1, y: 0, w: 4, h: 2 }]);
    expect(fetched('/components/dashboard/pointer')).to.equal(true);
  });

  it('a viewed dashboard does not load the popover or the menu; editing with a catalog does', async () => {
    const dashboard = await mount(
      html`<tk-dashboard .catalog=${catalog}>
        <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="2">A</tk-dashboard-item>
      </tk-dashboard>`,
    );
    expect(fetched('/components/popover/'), 'popover fetched in view mode').to.equal(false);
    expect(fetched('/components/menu/'), 'menu fetched in view mode').to.equal(false);
    expect(customElements.get('tk-popover')).to.equal(undefined);

    dashboard.editable = true;
    await dashboard.updateComplete;
    const button = dashboard.shadowRoot!.querySelector<HTMLButtonElement>('[part~="catalog-button"]')!;
    // Until the menu is defined, its entries do not spill into the toolbar.
    const menu = dashboard.shadowRoot!.querySelector('tk-menu')!;
    if (!customElements.get('tk-menu')) expect(getComputedStyle(menu).display).to.equal('none');
    // A click at once (before or after the popover is defined) opens the catalog.
    button.click();
    await waitUntil(() => customElements.get('tk-popover') !== undefined, 'the popover is defined');
    const popover = dashboard.shadowRoot!.querySelector('tk-popover')!;
    await waitUntil(() => popover.open, 'the catalog opens');
    await waitUntil(() => menu.matches(':focus-within'), 'with focus in it');
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(menu.querySelector('tk-menu-item')!.textContent).to.contain('Win rate');
  });
});
