import { expect, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { liveRegionText } from '../../../src/base/announcer.js';
import type { TkDashboard, TkItemAddDetail, TkDashboardItemType } from '../../../src/components/dashboard/index.js';
import { basic, domOrder, item, mount, nextFrame, recordChanges, rects } from './helpers.js';

const catalog: TkDashboardItemType[] = [
  {
    type: 'kpi',
    title: 'Win rate',
    description: 'Deals won this quarter',
    w: 3,
    h: 1,
    create: () => html`<strong>42%</strong>`,
  },
  {
    type: 'notes',
    title: 'Notes',
    description: 'A scratch pad',
    w: 4,
    h: 2,
    minW: 2,
    create: () => {
      const p = document.createElement('p');
      p.textContent = 'Remember the milk';
      return p;
    },
  },
];

describe('tk-dashboard', () => {
  it('places items with CSS grid from x, y, w, h', async () => {
    const dashboard = await mount(basic());
    const b = item(dashboard, 'b');
    expect(getComputedStyle(b).gridColumnStart).to.equal('5');
    expect(getComputedStyle(b).gridRowStart).to.equal('1');
    const box = b.getBoundingClientRect();
    expect(box.width).to.be.closeTo(400, 1);
    expect(box.height).to.be.closeTo(160, 1);
    expect(dashboard.layout).to.deep.equal([
      { id: 'a', x: 0, y: 0, w: 4, h: 2 },
      { id: 'b', x: 4, y: 0, w: 4, h: 2 },
      { id: 'c', x: 8, y: 0, w: 4, h: 2 },
      { id: 'd', x: 0, y: 2, w: 4, h: 1 },
    ]);
  });

  it('places items without a position in the first free slot and writes the position back', async () => {
    const dashboard = await mount(
      html`<tk-dashboard>
        <tk-dashboard-item item-id="a" x="0" y="0" w="6" h="2">A</tk-dashboard-item>
        <tk-dashboard-item item-id="b" w="6" h="1">B</tk-dashboard-item>
      </tk-dashboard>`,
    );
    expect(rects(dashboard)).to.deep.equal(['a:0,0,6,2', 'b:6,0,6,1']);
    expect(item(dashboard, 'b').getAttribute('x')).to.equal('6');
  });

  it('keeps the layout property and the children in sync both ways', async () => {
    const dashboard = await mount(basic());
    const changes = recordChanges(dashboard);
    dashboard.layout = [
      { id: 'd', x: 0, y: 0, w: 12, h: 1 },
      { id: 'a', x: 0, y: 1, w: 4, h: 2 },
      { id: 'b', x: 4, y: 1, w: 4, h: 2 },
      { id: 'c', x: 8, y: 1, w: 4, h: 2 },
    ];
    await dashboard.updateComplete;
    expect(item(dashboard, 'd').w).to.equal(12);
    expect(item(dashboard, 'a').y).to.equal(1);
    // Reading order follows in an idle moment, and at the latest when the user comes to the dashboard
    // (focus, a key or a press flushes it), which is when it is read.
    item(dashboard, 'a').focus();
    await waitUntil(
      () => domOrder(dashboard).join() === 'd,a,b,c',
      () =>
        `DOM order follows the assigned layout: ${domOrder(dashboard).join()} (layout ${rects(dashboard).join(' ')})`,
      { timeout: 5000 },
    );
    expect(document.activeElement, 'focus stays on the item it was on').to.equal(item(dashboard, 'a'));
    expect(changes, 'assigning is not a user change').to.have.length(0);

    item(dashboard, 'c').x = 0;
    item(dashboard, 'c').y = 5;
    await item(dashboard, 'c').updateComplete;
    await dashboard.updateComplete;
    expect(rects(dashboard)).to.include('c:0,3,4,2');
  });

  it('keeps an assigned layout when a child is added and the dashboard lays itself out again', async () => {
    const dashboard = await mount(basic());
    dashboard.layout = [
      { id: 'd', x: 0, y: 0, w: 12, h: 1 },
      { id: 'a', x: 0, y: 1, w: 4, h: 2 },
      { id: 'b', x: 4, y: 1, w: 4, h: 2 },
      { id: 'c', x: 8, y: 1, w: 4, h: 2 },
    ];
    await dashboard.updateComplete;
    const added = document.createElement('tk-dashboard-item');
    added.itemId = 'e';
    added.heading = 'Added';
    dashboard.append(added);
    await waitUntil(() => dashboard.layout.some((entry) => entry.id === 'e'), 'the added item is placed');
    await dashboard.updateComplete;
    expect(rects(dashboard).filter((rect) => !rect.startsWith('e:'))).to.deep.equal([
      'a:0,1,4,2',
      'b:4,1,4,2',
      'c:8,1,4,2',
      'd:0,0,12,1',
    ]);
  });

  it('reports an invalid assigned layout and shows a valid one', async () => {
    const dashboard = await mount(basic());
    const error = oneEvent(dashboard, 'tk-layout-error');
    dashboard.layout = [
      { id: 'a', x: 0, y: 0, w: 4, h: 2 },
      { id: 'b', x: 0, y: 0, w: 4, h: 2 },
      { id: 'c', x: -1, y: Number.NaN, w: 40, h: 2 },
    ];
    const detail = (await error).detail;
    expect(detail.source).to.equal('property');
    expect(detail.problems.length).to.be.greaterThan(0);
    await dashboard.updateComplete;
    const layout = dashboard.layout;
    for (const one of layout) {
      expect(one.x + one.w).to.be.at.most(12);
      for (const other of layout) {
        if (one !== other)
          expect(
            one.x < other.x + other.w &&
              other.x < one.x + one.w &&
              one.y < other.y + other.h &&
              other.y < one.y + one.h,
          ).to.equal(false);
      }
    }
  });

  it('renders hostile headings as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script>';
    const dashboard = await mount(
      html`<tk-dashboard editable>
        <tk-dashboard-item item-id="x" heading=${hostile} x="0" y="0" w="4" h="2">X</tk-dashboard-item>
      </tk-dashboard>`,
    );
    const x = item(dashboard, 'x');
    const heading = x.shadowRoot!.querySelector('[part="heading"]')!;
    expect(heading.textContent).to.equal(hostile);
    expect(heading.querySelector('img, script')).to.equal(null);
    expect(x.getAttribute('aria-label')).to.equal(hostile);
    x.focus();
    await sendKeys({ press: 'Enter' });
    expect(liveRegionText()).to.contain(hostile);
    await sendKeys({ press: 'Escape' });
    await nextFrame();
    expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    expect(document.querySelector('[data-tk-live-region] img')).to.equal(null);
  });

  it('describes each item to screen readers in edit mode only', async () => {
    const dashboard = await mount(basic());
    const a = item(dashboard, 'a');
    expect(a.getAttribute('role')).to.equal('listitem');
    expect(a.getAttribute('tabindex')).to.equal('0');
    expect(a.getAttribute('aria-label')).to.equal('Revenue');
    expect(a.getAttribute('aria-description')).to.contain('row 1, column 1');
    expect(a.getAttribute('aria-description')).to.contain('Press Enter or Space to pick up');
    dashboard.editable = false;
    await dashboard.updateComplete;
    await a.updateComplete;
    expect(a.hasAttribute('tabindex')).to.equal(false);
    expect(a.hasAttribute('aria-description')).to.equal(false);
    expect(a.shadowRoot!.querySelector('[part="remove-button"]')).to.equal(null);
  });

  it('takes overridden strings, including functions with parameters', async () => {
    const dashboard = await mount(basic());
    dashboard.strings = {
      position: (heading: string, row: number, column: number) => `${heading} @ ${row}/${column}`,
      grabbed: (position: string) => `Aufgenommen: ${position}`,
    };
    await dashboard.updateComplete;
    item(dashboard, 'b').focus();
    await sendKeys({ press: 'Enter' });
    expect(liveRegionText()).to.equal('Aufgenommen: Pipeline @ 1/5');
    await sendKeys({ press: 'Escape' });
  });

  it('follows its own width through breakpoints and says so', async () => {
    const dashboard = await mount(
      html`<tk-dashboard .breakpoints=${{ 0: 1, 500: 6, 1000: 12 }}>
        <tk-dashboard-item item-id="a" x="0" y="0" w="4" h="2">A</tk-dashboard-item>
        <tk-dashboard-item item-id="b" x="4" y="0" w="8" h="2">B</tk-dashboard-item>
      </tk-dashboard>`,
    );
    expect(dashboard.currentColumns).to.equal(12);
    const wide = rects(dashboard);
    const event = oneEvent(dashboard, 'tk-breakpoint-change');
    dashboard.parentElement!.style.width = '400px';
    const detail = (await event).detail;
    expect(detail).to.include({ columns: 1, previousColumns: 12, breakpoint: 0 });
    expect(rects(dashboard)).to.deep.equal(['a:0,0,1,2', 'b:0,2,1,2']);
    expect(
      getComputedStyle(dashboard.shadowRoot!.querySelector('[part="grid"]')!).gridTemplateColumns.split(' '),
    ).to.have.length(1);
    const back = oneEvent(dashboard, 'tk-breakpoint-change');
    dashboard.parentElement!.style.width = '1200px';
    await back;
    expect(rects(dashboard), '12 -> 1 -> 12 gives the same positions').to.deep.equal(wide);
  });

  it('adds a widget from the catalog with the keyboard alone', async () => {
    const dashboard = await mount(
      html`<tk-dashboard editable .catalog=${catalog}>
        <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="2">A</tk-dashboard-item>
        <tk-dashboard-item item-id="b" heading="Pipeline" x="4" y="0" w="8" h="1">B</tk-dashboard-item>
      </tk-dashboard>`,
    );
    const changes = recordChanges(dashboard);
    const added = oneEvent(dashboard, 'tk-item-add');
    const button = dashboard.shadowRoot!.querySelector<HTMLButtonElement>('[part~="catalog-button"]')!;
    button.focus();
    await sendKeys({ press: 'Enter' });
    const menu = dashboard.shadowRoot!.querySelector('tk-menu')!;
    await waitUntil(() => menu.matches(':focus-within'), 'the catalog opens with focus in it');
    const entries = [...menu.querySelectorAll('tk-menu-item')].map((entry) =>
      entry.textContent.replace(/\s+/g, ' ').trim(),
    );
    expect(entries).to.deep.equal(['Win rate Deals won this quarter', 'Notes A scratch pad']);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const detail: TkItemAddDetail = (await added).detail;
    expect(detail.type).to.equal('notes');
    await waitUntil(() => document.activeElement === detail.item, 'focus moves to the new widget');
    expect(rects(dashboard)).to.include(`${detail.id}:4,1,4,2`);
    expect(detail.item.heading).to.equal('Notes');
    expect(detail.item.textContent).to.contain('Remember the milk');
    expect(liveRegionText()).to.contain('Added Notes, row 2, column 5');
    expect(changes.map((c) => c.reason)).to.deep.equal(['add']);
    await dashboard.undo();
    expect(detail.item.isConnected).to.equal(false);
    await dashboard.redo();
    expect(detail.item.isConnected).to.equal(true);
  });

  it('offers a single-instance widget type only while none is on the dashboard', async () => {
    const single: TkDashboardItemType[] = [{ ...catalog[0], single: true }, catalog[1]];
    const dashboard = await mount(html`<tk-dashboard editable .catalog=${single}></tk-dashboard>`);
    const entry = (type: string): HTMLElement =>
      dashboard.shadowRoot!.querySelector<HTMLElement>(`tk-menu-item[value="${type}"]`)!;
    expect(entry('kpi').hasAttribute('disabled')).to.equal(false);
    const first = await dashboard.addItem('kpi');
    expect(first).to.not.equal(undefined);
    await dashboard.updateComplete;
    expect(entry('kpi').getAttribute('aria-disabled')).to.equal('true');
    expect(entry('kpi').textContent).to.contain('Already on the dashboard');
    expect(await dashboard.addItem('kpi'), 'a second one is refused').to.equal(undefined);
    expect(dashboard.querySelectorAll('tk-dashboard-item[type="kpi"]')).to.have.length(1);
    // Types without `single` can be added again and again.
    await dashboard.addItem('notes');
    await dashboard.addItem('notes');
    expect(dashboard.querySelectorAll('tk-dashboard-item[type="notes"]')).to.have.length(2);
    await dashboard.removeItem(first!.itemId);
    await dashboard.updateComplete;
    expect(entry('kpi').hasAttribute('disabled'), 'offered again once removed').to.equal(false);
    expect(await dashboard.addItem('kpi')).to.not.equal(undefined);
  });

  it('renders a catalog template into a new item', async () => {
    const dashboard = await mount(html`<tk-dashboard editable .catalog=${catalog}></tk-dashboard>`);
    // addWidget is addItem's deprecated name, kept for integrators.
    const widget = await dashboard.addWidget('kpi');
    expect(widget!.querySelector('strong')!.textContent).to.equal('42%');
    expect(rects(dashboard)).to.deep.equal([`${widget!.itemId}:0,0,3,1`]);
    expect(await dashboard.addItem('unknown')).to.equal(undefined);
  });

  it('removes with the remove button', async () => {
    const dashboard = await mount(basic());
    const changes = recordChanges(dashboard);
    const removeButton = item(dashboard, 'c').shadowRoot!.querySelector<HTMLButtonElement>('[part="remove-button"]')!;
    expect(removeButton.getAttribute('aria-label')).to.equal('Remove Tasks');
    removeButton.click();
    await nextFrame();
    expect(item(dashboard, 'c').hidden).to.equal(true);
    expect(changes.map((c) => c.reason)).to.deep.equal(['remove']);
  });

  it('is accessible in view mode', async () => {
    const dashboard = await mount(
      html`<tk-dashboard .catalog=${catalog}>
        <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="2"><p>$1.2M</p></tk-dashboard-item>
        <tk-dashboard-item item-id="b" heading="Pipeline" x="4" y="0" w="4" h="2"
          ><a href="#deals">Deals</a></tk-dashboard-item
        >
      </tk-dashboard>`,
    );
    await expect(dashboard.parentElement).to.be.accessible();
  });

  it('is accessible in edit mode, while a widget is grabbed, and with the catalog open', async () => {
    const dashboard: TkDashboard = await mount(
      html`<tk-dashboard editable .catalog=${catalog}>
        <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="2"><p>$1.2M</p></tk-dashboard-item>
        <tk-dashboard-item item-id="b" heading="Pipeline" x="4" y="0" w="4" h="2"
          ><a href="#deals">Deals</a></tk-dashboard-item
        >
      </tk-dashboard>`,
    );
    await expect(dashboard.parentElement).to.be.accessible();
    item(dashboard, 'a').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    await expect(dashboard.parentElement).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    const popover = dashboard.shadowRoot!.querySelector('tk-popover')!;
    await popover.show();
    await expect(dashboard.parentElement).to.be.accessible();
    await popover.hide();
  });
});
