import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { liveRegionText } from '../../../src/base/announcer.js';
import { createPreferences, MemoryAdapter } from '../../../src/core/prefs/index.js';
import type { TkWidgetType } from '../../../src/components/dashboard/index.js';
import { basic, item, mount, rects } from './helpers.js';

const catalog: TkWidgetType[] = [{ type: 'kpi', title: 'Win rate', w: 3, h: 1, create: () => html`<b>42%</b>` }];

describe('tk-dashboard details', () => {
  it('keeps focus in the toolbar after "Reset layout" (on Undo, which brings the layout back)', async () => {
    const dashboard = await mount(
      html`<tk-dashboard
        editable
        persist-key="details-reset"
        .preferences=${createPreferences({ adapter: new MemoryAdapter() })}
      >
        <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="2">A</tk-dashboard-item>
        <tk-dashboard-item item-id="b" heading="Pipeline" x="4" y="0" w="4" h="2">B</tk-dashboard-item>
      </tk-dashboard>`,
    );
    await waitUntil(() => dashboard.shadowRoot!.querySelector('[part="grid"]')!.getAttribute('aria-busy') === 'false');
    expect(dashboard.moveItem('a', 8, 0)).to.equal(true);
    await dashboard.updateComplete;
    const reset = dashboard.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset-button"]')!;
    reset.focus();
    await sendKeys({ press: 'Enter' });
    await dashboard.updateComplete;
    expect(rects(dashboard)).to.include('a:0,0,4,2');
    expect(document.activeElement?.localName, 'focus stays in the dashboard').to.equal('tk-dashboard');
    expect(dashboard.shadowRoot!.activeElement?.getAttribute('part')).to.equal('undo-button');
  });

  it('says why a step down went further than one row', async () => {
    const dashboard = await mount(
      html`<tk-dashboard editable>
        <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="1">A</tk-dashboard-item>
        <tk-dashboard-item item-id="t" heading="Tasks" x="0" y="1" w="4" h="3">T</tk-dashboard-item>
      </tk-dashboard>`,
    );
    item(dashboard, 'a').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => liveRegionText().startsWith('Revenue, row'), `announced: ${liveRegionText()}`);
    const said = liveRegionText();
    await sendKeys({ press: 'Enter' });
    expect(rects(dashboard)).to.include('a:0,3,4,1');
    expect(said).to.contain('Revenue, row 4');
    expect(said).to.contain('Went 3 rows, past the widget in the way: widgets rise to fill empty rows.');
  });

  it('names the undo keys of the platform: Command Z on a Mac', async () => {
    const platform = Object.getOwnPropertyDescriptor(Navigator.prototype, 'platform')!;
    Object.defineProperty(navigator, 'platform', { get: () => 'MacIntel', configurable: true });
    try {
      const dashboard = await mount(basic());
      await dashboard.removeItem('d');
      expect(liveRegionText()).to.contain('Press Command Z to undo');
    } finally {
      Object.defineProperty(Navigator.prototype, 'platform', platform);
      delete (navigator as unknown as Record<string, unknown>)['platform'];
    }
    const dashboard = await mount(basic());
    await dashboard.removeItem('d');
    expect(liveRegionText()).to.contain('Press Control Z to undo');
  });

  it('keeps the catalog’s own events inside the dashboard', async () => {
    const escaped: string[] = [];
    const types = [
      'tk-select',
      'tk-show',
      'tk-hide',
      'tk-before-show',
      'tk-after-show',
      'tk-after-hide',
      'tk-before-hide',
    ];
    const listener = (event: Event): void => void escaped.push(event.type);
    for (const type of types) document.addEventListener(type, listener);
    try {
      const dashboard = await mount(html`<tk-dashboard editable .catalog=${catalog}></tk-dashboard>`);
      const added: string[] = [];
      dashboard.addEventListener('tk-item-add', (event) => added.push(event.detail.type));
      const button = dashboard.shadowRoot!.querySelector<HTMLButtonElement>('[part~="catalog-button"]')!;
      button.click();
      const popover = dashboard.shadowRoot!.querySelector('tk-popover')!;
      await waitUntil(() => customElements.get('tk-popover') && popover.open, 'the catalog opens');
      await waitUntil(() => dashboard.shadowRoot!.querySelector('tk-menu')!.matches(':focus-within'));
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => added.length === 1, 'the widget is added');
      expect(escaped).to.deep.equal([]);
    } finally {
      for (const type of types) document.removeEventListener(type, listener);
    }
  });
});
