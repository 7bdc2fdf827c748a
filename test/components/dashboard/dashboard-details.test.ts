import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { liveRegionText } from '../../../src/base/announcer.js';
import { createPreferences, MemoryAdapter } from '../../../src/core/prefs/index.js';
import type { TkDashboardItemType } from '../../../src/components/dashboard/index.js';
import { basic, item, mount, rects } from './helpers.js';

const catalog: TkDashboardItemType[] = [{ type: 'kpi', title: 'Win rate', w: 3, h: 1, create: () => html`<b>42%</b>` }];

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
    const undoAt = (): number =>
      dashboard.shadowRoot!.querySelector('[part="undo-button"]')!.getBoundingClientRect().left;
    const before = undoAt();
    expect(await dashboard.moveItem('a', 8, 0)).to.equal(true);
    await dashboard.updateComplete;
    expect(undoAt(), 'the toolbar does not jump when Reset appears').to.equal(before);
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

  it('says why a step down into empty rows leaves the widget where it is', async () => {
    const dashboard = await mount(
      html`<tk-dashboard editable>
        <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="1">A</tk-dashboard-item>
        <tk-dashboard-item item-id="t" heading="Tasks" x="4" y="0" w="4" h="3">T</tk-dashboard-item>
      </tk-dashboard>`,
    );
    item(dashboard, 'a').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => liveRegionText().startsWith('Picked up Revenue'), `announced: ${liveRegionText()}`);
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => !liveRegionText().startsWith('Picked up'), `announced: ${liveRegionText()}`);
    expect(liveRegionText()).to.equal(
      'Revenue stays in place: nothing is below it to go past, and widgets rise to fill empty rows.',
    );
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => liveRegionText().startsWith('Revenue, row 1'), `announced: ${liveRegionText()}`);
    await sendKeys({ press: 'Escape' });
    expect(rects(dashboard)).to.include('a:0,0,4,1');
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

  it('lists what can be added first, searches a catalog of more than eight, and shows icons as text', async () => {
    const many: TkDashboardItemType[] = Array.from({ length: 10 }, (_, i) => ({
      type: `t${i}`,
      title: i === 0 ? 'Win rate' : `Chart ${i}`,
      description: i === 3 ? 'Quarterly revenue' : undefined,
      icon: i === 1 ? '<img src=x onerror=alert(1)>' : undefined,
      single: i === 0,
      w: 2,
      h: 1,
      create: () => html`<b>${i}</b>`,
    }));
    const dashboard = await mount(html`<tk-dashboard editable .catalog=${many}></tk-dashboard>`);
    await dashboard.addItem('t0');
    await dashboard.updateComplete;
    const root = dashboard.shadowRoot!;
    const entries = (): string[] =>
      [...root.querySelectorAll('tk-menu-item')].map((entry) => entry.getAttribute('value')!);
    expect(entries().at(-1), 'the single type already there comes last').to.equal('t0');
    expect(root.querySelector('tk-menu-item[value="t1"] .catalog-icon')!.textContent).to.equal(
      '<img src=x onerror=alert(1)>',
    );
    expect(root.querySelector('.catalog-icon img')).to.equal(null);
    const search = root.querySelector<HTMLInputElement>('[part="catalog-search"]')!;
    expect(search.getAttribute('aria-label')).to.equal('Search widgets');
    search.value = 'revenue';
    search.dispatchEvent(new Event('input'));
    await dashboard.updateComplete;
    expect(entries()).to.deep.equal(['t3']);
    search.value = 'nothing like it';
    search.dispatchEvent(new Event('input'));
    await dashboard.updateComplete;
    expect(entries()).to.deep.equal([]);
    expect(root.querySelector('.catalog-none')!.textContent).to.equal('No widget matches.');
    const few = await mount(html`<tk-dashboard editable .catalog=${many.slice(0, 8)}></tk-dashboard>`);
    expect(few.shadowRoot!.querySelector('[part="catalog-search"]'), 'eight entries need no search').to.equal(null);
  });

  it('gives every control on a widget a target of at least 24 by 24 pixels', async () => {
    const dashboard = await mount(basic());
    const d = item(dashboard, 'd');
    for (const selector of ['[part="handle"]', '[part="remove-button"]', '[data-resize="se"]']) {
      const box = d.shadowRoot!.querySelector(selector)!.getBoundingClientRect();
      expect(box.width, selector).to.be.at.least(24);
      expect(box.height, selector).to.be.at.least(24);
    }
    expect(d.shadowRoot!.querySelector('[data-resize="e"]')!.getBoundingClientRect().width).to.be.at.least(24);
    expect(d.shadowRoot!.querySelector('[data-resize="s"]')!.getBoundingClientRect().height).to.be.at.least(24);
    await expect(dashboard).to.be.accessible();
  });

  it('paints a lifted widget in full (its shadow is not clipped) and skips off-screen rendering at rest', async () => {
    const dashboard = await mount(basic());
    const a = item(dashboard, 'a');
    expect(getComputedStyle(a).contentVisibility).to.equal('auto');
    a.focus();
    await sendKeys({ press: 'Enter' });
    expect(a.matches(':state(grab)')).to.equal(true);
    expect(getComputedStyle(a).contentVisibility).to.equal('visible');
    await sendKeys({ press: 'Escape' });
    expect(getComputedStyle(a).contentVisibility).to.equal('auto');
  });

  it('shows sighted keyboard users the keys while a widget has keyboard focus in edit mode', async () => {
    const dashboard = await mount(basic());
    const hint = dashboard.shadowRoot!.querySelector<HTMLElement>('[part="hint"]')!;
    expect(getComputedStyle(hint).visibility).to.equal('hidden');
    const height = dashboard.getBoundingClientRect().height;
    item(dashboard, 'a').focus();
    await sendKeys({ press: 'Shift' });
    await dashboard.updateComplete;
    expect(getComputedStyle(hint).visibility).to.equal('visible');
    expect(hint.textContent).to.contain('Arrows: move');
    expect(dashboard.getBoundingClientRect().height, 'nothing jumps when it shows').to.equal(height);
    (document.activeElement as HTMLElement).blur();
    await dashboard.updateComplete;
    expect(getComputedStyle(hint).visibility).to.equal('hidden');
  });

  it('scrolls a widget just added into view and highlights it for a moment', async () => {
    await setViewport({ width: 1400, height: 500 });
    try {
      const tall = Array.from(
        { length: 8 },
        (_, i) =>
          html`<tk-dashboard-item item-id=${`w${i}`} heading=${`W${i}`} x="0" y=${i * 2} w="12" h="2"
            >${i}</tk-dashboard-item
          >`,
      );
      const dashboard = await mount(html`<tk-dashboard editable .catalog=${catalog}>${tall}</tk-dashboard>`);
      const added = (await dashboard.addItem('kpi'))!;
      expect(added.matches(':state(added)'), 'highlighted').to.equal(true);
      await waitUntil(() => {
        const box = added.getBoundingClientRect();
        return box.top >= 0 && box.bottom <= window.innerHeight;
      }, 'the new widget is scrolled into view');
      expect(document.activeElement === added, 'and has focus').to.equal(true);
      await waitUntil(() => !added.matches(':state(added)'), 'the highlight fades', { timeout: 3000 });
    } finally {
      window.scrollTo(0, 0);
      await setViewport({ width: 1400, height: 1000 });
    }
  });
});
