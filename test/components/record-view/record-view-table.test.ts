import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { liveRegionText } from '../../../src/base/announcer.js';
import {
  FIELDS,
  column,
  deals,
  focused,
  grid,
  header,
  headers,
  mount,
  rows,
  settle,
  shadow,
  until,
} from './helpers.js';

describe('tk-record-view table', () => {
  it('is an ARIA grid: row count with the header, column headers, cells formatted by type', async () => {
    const view = await mount({ records: deals(20) });
    expect(grid(view).getAttribute('aria-rowcount')).to.equal('21');
    expect(headers(view).map((each) => each.textContent.trim())).to.deep.equal([
      'Name',
      'Amount',
      'Stage',
      'Close date',
    ]);
    expect(headers(view).every((each) => each.getAttribute('aria-sort') === 'none')).to.equal(true);
    const first = rows(view).find((row) => row.getAttribute('aria-rowindex') === '2')!;
    const cells = [...first.querySelectorAll('[role="gridcell"]')].map((cell) => cell.textContent.trim());
    expect(cells).to.deep.equal(['Acme 0', '$0.00', 'Lead', 'Jan 1, 2026']);
    await expect(view).to.be.accessible();
  });

  it('sorts by header click: ascending, descending, none; Shift adds a key', async () => {
    const view = await mount({ records: deals(8) });
    header(view, 'Amount').click();
    await settle(view);
    expect(header(view, 'Amount').getAttribute('aria-sort')).to.equal('ascending');
    const ascending = column(view, 1);
    expect(liveRegionText()).to.equal('Sorted by Amount, ascending.');
    header(view, 'Amount').click();
    await settle(view);
    expect(header(view, 'Amount').getAttribute('aria-sort')).to.equal('descending');
    expect(column(view, 1)).to.deep.equal([...ascending].reverse());
    header(view, 'Amount').click();
    await settle(view);
    expect(header(view, 'Amount').getAttribute('aria-sort')).to.equal('none');
    expect(column(view, 0)[0]).to.equal('Acme 0');

    header(view, 'Stage').click();
    await settle(view);
    const stage = header(view, 'Stage').getBoundingClientRect();
    const amount = header(view, 'Amount').getBoundingClientRect();
    await sendKeys({ down: 'Shift' });
    await sendMouse({ type: 'click', position: [Math.round(amount.x + 10), Math.round(amount.y + amount.height / 2)] });
    await sendKeys({ up: 'Shift' });
    await settle(view);
    expect(header(view, 'Stage').getAttribute('aria-sort')).to.equal('ascending');
    expect(header(view, 'Amount').getAttribute('aria-sort')).to.equal('ascending');
    expect(stage.width).to.be.greaterThan(0);
    expect(column(view, 2).slice(0, 2)).to.deep.equal(['Lead', 'Lead']);
    const leadAmounts = column(view, 1).slice(0, 2);
    expect(leadAmounts).to.deep.equal([...leadAmounts].sort((a, b) => parseFloat(a.slice(1)) - parseFloat(b.slice(1))));
  });

  it('sorts by Enter on a focused header and moves between cells with arrows, Home, End, Ctrl+Home/End', async () => {
    const view = await mount({ records: deals(30) });
    header(view, 'Name').focus();
    await sendKeys({ press: 'Enter' });
    await settle(view);
    expect(header(view, 'Name').getAttribute('aria-sort')).to.equal('ascending');
    await sendKeys({ press: 'ArrowDown' });
    await settle(view);
    expect(focused(view)?.getAttribute('role')).to.equal('gridcell');
    expect(focused(view)?.closest('[role="row"]')?.getAttribute('aria-rowindex')).to.equal('2');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(view)?.getAttribute('aria-colindex')).to.equal('2');
    await sendKeys({ press: 'End' });
    expect(focused(view)?.getAttribute('aria-colindex')).to.equal('4');
    await sendKeys({ press: 'Home' });
    expect(focused(view)?.getAttribute('aria-colindex')).to.equal('1');
    await sendKeys({ press: 'Control+End' });
    await settle(view);
    expect(focused(view)?.closest('[role="row"]')?.getAttribute('aria-rowindex')).to.equal('31');
    expect(focused(view)?.getAttribute('aria-colindex')).to.equal('4');
    await sendKeys({ press: 'Control+Home' });
    await settle(view);
    expect(focused(view)).to.equal(header(view, 'Name'));
  });

  it('keeps aria-rowindex right after scrolling through 100,000 records', async () => {
    const view = await mount({ records: deals(100_000) });
    expect(grid(view).getAttribute('aria-rowcount')).to.equal('100001');
    expect(rows(view).length, 'rows in the DOM stay bounded').to.be.below(80);
    header(view, 'Name').focus();
    await sendKeys({ press: 'Control+End' });
    await until(() => focused(view)?.closest('[role="row"]')?.getAttribute('aria-rowindex') === '100001');
    const last = focused(view)!.closest('[role="row"]')!;
    expect(last.querySelector('[role="gridcell"]')!.textContent.trim()).to.equal('Soylent 99999');
    await sendKeys({ press: 'ArrowUp' });
    await settle(view);
    const row = focused(view)!.closest('[role="row"]')!;
    expect(row.getAttribute('aria-rowindex')).to.equal('100000');
    expect(row.querySelector('[role="gridcell"]')!.textContent.trim()).to.equal('Tyrell 99998');
    expect(rows(view).length).to.be.below(80);
    for (const each of rows(view)) {
      const index = Number(each.getAttribute('aria-rowindex'));
      expect(each.querySelector('[role="gridcell"]')!.textContent.trim()).to.match(new RegExp(` ${index - 2}$`));
    }
  });

  it('shows the next records in the row elements already there when scrolled far, each with its own text and aria-rowindex', async () => {
    const view = await mount({ records: deals(100_000) });
    const scroller = shadow(view).querySelector<HTMLElement>('.scroller')!;
    const before = rows(view);
    const first = before.find((row) => row.getAttribute('aria-rowindex') === '2')!;
    expect(first.querySelector('[role="gridcell"]')!.textContent.trim()).to.equal('Acme 0');
    scroller.scrollTop += 40_000;
    await until(() => !rows(view).some((row) => row.getAttribute('aria-rowindex') === '2'));
    await settle(view);
    const after = rows(view);
    expect(after.includes(first), 'the first row element still shows a row').to.equal(true);
    expect(
      before.every((row) => after.includes(row)),
      'every row element shown before the jump shows a row after it',
    ).to.equal(true);
    const index = Number(first.getAttribute('aria-rowindex'));
    expect(index).to.be.above(900);
    expect(first.querySelector('[role="gridcell"]')!.textContent.trim()).to.equal(deals(index - 1)[index - 2].name);
    for (const row of after) {
      const shown = Number(row.getAttribute('aria-rowindex'));
      expect(row.querySelector('[role="gridcell"]')!.textContent.trim()).to.match(new RegExp(` ${shown - 2}$`));
      expect(row.querySelector('[role="gridcell"]')!.getAttribute('data-row')).to.equal(String(shown - 1));
    }
    expect(grid(view).getAttribute('aria-rowcount')).to.equal('100001');
    await expect(view).to.be.accessible();
  });

  it("keeps focus on the active record's cell when rows scroll under it, and arrows move on from that record", async () => {
    const view = await mount({ records: deals(1000) });
    const scroller = shadow(view).querySelector<HTMLElement>('.scroller')!;
    header(view, 'Name').focus();
    for (let step = 0; step < 8; step++) await sendKeys({ press: 'ArrowDown' });
    await settle(view);
    const cellText = (): string | undefined => focused(view)?.textContent.trim();
    expect(cellText()).to.equal('Wonka 7');
    const held = focused(view);
    const rowHeight = rows(view)[0].getBoundingClientRect().height;
    scroller.scrollTop += Math.round(rowHeight * 5);
    await settle(view);
    expect(cellText(), 'focus stayed with the record, not with the element').to.equal('Wonka 7');
    expect(held?.textContent.trim(), 'the element that held focus shows another record now').not.to.equal('Wonka 7');
    expect(focused(view)?.closest('[role="row"]')?.getAttribute('aria-rowindex')).to.equal('9');
    await sendKeys({ press: 'ArrowDown' });
    await settle(view);
    expect(cellText()).to.equal('Tyrell 8');
    expect(focused(view)?.closest('[role="row"]')?.getAttribute('aria-rowindex')).to.equal('10');

    scroller.scrollTop += 20_000;
    await until(() => !rows(view).some((row) => row.getAttribute('aria-rowindex') === '10'));
    await settle(view);
    expect(focused(view), 'no cell of another record holds focus').to.equal(null);
    expect(header(view, 'Name').getAttribute('tabindex'), 'the header holds the tab stop meanwhile').to.equal('0');
    scroller.scrollTop = 0;
    await until(() => rows(view).some((row) => row.getAttribute('aria-rowindex') === '10'));
    await settle(view);
    const active = shadow(view).querySelector<HTMLElement>('.body [role="gridcell"][tabindex="0"]')!;
    expect(active.textContent.trim(), 'the tab stop is still on the active record').to.equal('Tyrell 8');
    active.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(view);
    expect(cellText()).to.equal('Soylent 9');
    await expect(view).to.be.accessible();
  });

  it('resizes a column by dragging its handle and by Shift+arrows, saving the width', async () => {
    const view = await mount({ records: deals(5) });
    const name = header(view, 'Name');
    const before = name.getBoundingClientRect().width;
    const handle = name.querySelector<HTMLElement>('[data-resize]')!.getBoundingClientRect();
    const x = Math.round(handle.x + handle.width / 2);
    const y = Math.round(handle.y + handle.height / 2);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    for (let step = 1; step <= 5; step++) await sendMouse({ type: 'move', position: [x + step * 10, y] });
    await sendMouse({ type: 'up' });
    await settle(view);
    expect(header(view, 'Name').getBoundingClientRect().width).to.be.closeTo(before + 50, 2);
    expect(header(view, 'Name').getAttribute('aria-sort'), 'the drag did not sort').to.equal('none');
    header(view, 'Name').focus();
    await sendKeys({ press: 'Shift+ArrowLeft' });
    await settle(view);
    expect(header(view, 'Name').getBoundingClientRect().width).to.be.closeTo(before + 34, 2);
    expect(liveRegionText()).to.equal('Name, 234 pixels wide.');
  });

  it('selects rows with the mouse, Space and Shift, reporting tk-selection-change', async () => {
    const view = await mount({ records: deals(10) });
    const events: unknown[][] = [];
    view.addEventListener('tk-selection-change', (event) => events.push(event.detail.ids));
    const cell = (rowindex: number): HTMLElement =>
      rows(view)
        .find((row) => row.getAttribute('aria-rowindex') === String(rowindex))!
        .querySelector('[role="gridcell"]')!;
    cell(3).click();
    await settle(view);
    expect(events.at(-1)).to.deep.equal(['d1']);
    const target = cell(5).getBoundingClientRect();
    await sendKeys({ down: 'Shift' });
    await sendMouse({ type: 'click', position: [Math.round(target.x + 5), Math.round(target.y + 5)] });
    await sendKeys({ up: 'Shift' });
    await settle(view);
    expect(events.at(-1)).to.deep.equal(['d1', 'd2', 'd3']);
    cell(8).focus();
    await sendKeys({ press: 'Space' });
    await settle(view);
    expect(events.at(-1)).to.deep.equal(['d1', 'd2', 'd3', 'd6']);
    await sendKeys({ press: 'Shift+ArrowDown' });
    await settle(view);
    expect(events.at(-1)).to.deep.equal(['d6', 'd7']);
    expect(liveRegionText()).to.equal('2 records selected.');
    expect(rows(view).filter((row) => row.getAttribute('aria-selected') === 'true')).to.have.length(2);
    expect(view.selected).to.deep.equal(['d6', 'd7']);
    // Selected rows stay readable without a theme on the page (the fallback once painted SelectedItem
    // blue under black text).
    await expect(view).to.be.accessible();
  });

  it('searches the shown fields as displayed and shows a designed no-match state', async () => {
    const view = await mount({ records: deals(20) });
    const search = shadow(view).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'initech' });
    await settle(view);
    expect(column(view, 0)).to.deep.equal(['Initech 2', 'Initech 12']);
    expect(grid(view).getAttribute('aria-rowcount')).to.equal('3');
    await sendKeys({ type: ' zzz' });
    await settle(view);
    const state = shadow(view).querySelector('[part="state"]')!;
    expect(state.textContent).to.contain('No records match');
    await expect(view).to.be.accessible();
    state.querySelector('button')!.click();
    await settle(view);
    expect(grid(view).getAttribute('aria-rowcount')).to.equal('21');
  });

  it('shows empty, loading and error states, the host message as text', async () => {
    const view = await mount({ records: [] });
    expect(shadow(view).querySelector('[part="state"]')!.textContent).to.contain('No records yet.');
    view.loading = true;
    await settle(view);
    expect(shadow(view).querySelector('[part="state"]')!.textContent).to.contain('Loading records');
    view.error = '<img src=x onerror=alert(1)> Server said no';
    await settle(view);
    const alert = shadow(view).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('<img src=x onerror=alert(1)> Server said no');
    expect(alert.querySelector('img')).to.equal(null);
    await expect(view).to.be.accessible();
  });

  it('renders hostile strings in values and labels as text', async () => {
    const hostile = '<script>alert(1)</script><a href="javascript:alert(1)">x</a>';
    const fields = FIELDS.map((field) => (field.id === 'name' ? { ...field, label: hostile } : field));
    const view = await mount({
      fields,
      records: [{ id: 1, name: hostile, amount: 'javascript:alert(1)', stage: '<b>bold</b>', close: '<i>' }],
    });
    expect(headers(view)[0].textContent).to.contain(hostile);
    const cells = [...rows(view)[0].querySelectorAll('[role="gridcell"]')].map((cell) => cell.textContent.trim());
    expect(cells).to.deep.equal([hostile, 'javascript:alert(1)', '<b>bold</b>', '<i>']);
    expect(shadow(view).querySelector('script, a, b, i')).to.equal(null);
  });

  it('switches views through the "View" radio group; view reflects what is on screen', async () => {
    const view = await mount({ records: deals(6) });
    const changes: string[] = [];
    view.addEventListener('tk-view-change', (event) => changes.push(event.detail.view));
    const group = shadow(view).querySelector('[role="radiogroup"]')!;
    expect(group.getAttribute('aria-label')).to.equal('View');
    const radios = [...group.querySelectorAll<HTMLInputElement>('input[type="radio"]')];
    expect(radios.map((radio) => radio.closest('label')!.textContent.trim())).to.deep.equal([
      'Table',
      'List',
      'Kanban',
    ]);
    radios[0].focus();
    await sendKeys({ press: 'ArrowRight' });
    await settle(view);
    expect(view.view).to.equal('list');
    expect(changes).to.deep.equal(['list']);
    view.view = 'table';
    await settle(view);
    expect(view.view, "the user's choice wins over the host's default").to.equal('list');
  });
});
