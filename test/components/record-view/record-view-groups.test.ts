import { expect } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import fc from 'fast-check';
import { createPreferences, MemoryAdapter } from '../../../src/core/prefs/index.js';
import { groupRows, type RecordField, type RecordItem } from '../../../src/core/records/index.js';
import type { TkRecordView } from '../../../src/components/record-view/index.js';
import { hostileStrings, pwned } from '../../support/hostile-strings.js';
import { FIELDS, deals, focused, grid, header, mount, rows, settle, shadow, until } from './helpers.js';

const groupRowsOf = (view: TkRecordView): HTMLElement[] =>
  [...shadow(view).querySelectorAll<HTMLElement>('.body [role="row"].group-row')].sort(
    (a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')),
  );
const text = (element: Element): string => element.textContent.replace(/\s+/g, ' ').trim();
const expanded = (row: Element): string | null => row.querySelector('[role="gridcell"]')!.getAttribute('aria-expanded');
const groupCell = (view: TkRecordView, label: string): HTMLElement =>
  groupRowsOf(view)
    .find((row) => row.querySelector('.group-label')!.textContent === label)!
    .querySelector<HTMLElement>('[role="gridcell"]')!;

/** A view tall enough to render all 25 rows of 20 records in 4 groups (rows beyond the view are not rendered). */
async function tall(view: TkRecordView): Promise<TkRecordView> {
  await setViewport({ width: 1200, height: 1400 });
  view.style.setProperty('--tk-record-view-height', '1100px');
  await settle(view);
  return view;
}

async function grouped(options: Parameters<typeof mount>[0] = {}): Promise<TkRecordView> {
  const view = await mount({ groupBy: 'stage', ...options });
  view.sumField = 'amount';
  return tall(view);
}

describe('tk-record-view table grouped by a field', () => {
  it("keeps focus on a group row as rows scroll under it, the group row taking another row's place", async () => {
    const view = await mount({ groupBy: 'stage', records: deals(40) });
    header(view, 'Name').focus();
    for (let step = 0; step < 12; step++) await sendKeys({ press: 'ArrowDown' });
    await settle(view);
    const label = (): string | undefined => focused(view)?.querySelector('.group-label')?.textContent ?? undefined;
    expect(label()).to.equal('Qualified');
    const held = focused(view)!.closest('[role="row"]')!;
    const place = rows(view).indexOf(held as HTMLElement);
    const scroller = shadow(view).querySelector<HTMLElement>('.scroller')!;
    scroller.scrollTop += Math.round(held.getBoundingClientRect().height * 3);
    await settle(view);
    const now = focused(view)!.closest<HTMLElement>('[role="row"]')!;
    expect(rows(view).indexOf(now), 'the group row shows in another place among the row elements').not.to.equal(place);
    expect(label(), 'focus stayed on the group row').to.equal('Qualified');
    expect(now.getAttribute('aria-rowindex')).to.equal('13');
    expect(focused(view)!.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'ArrowDown' });
    await settle(view);
    expect(focused(view)?.textContent.trim()).to.equal('Globex 1');
    await expect(view).to.be.accessible();
  });

  it('shows group rows in the option order with their count and sum, counted in aria-rowcount', async () => {
    const records = deals(20);
    const view = await grouped({ records });
    const money = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });
    const sum = (stage: string): string =>
      money.format(records.filter((r) => r.stage === stage).reduce((total, r) => total + Number(r.amount), 0));
    expect(groupRowsOf(view).map(text)).to.deep.equal([
      `Lead 5 records, ${sum('lead')}`,
      `Qualified 5 records, ${sum('qualified')}`,
      `Proposal 5 records, ${sum('proposal')}`,
      `Won 5 records, ${sum('won')}`,
    ]);
    expect(groupRowsOf(view).map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(['2', '8', '14', '20']);
    expect(grid(view).getAttribute('aria-rowcount')).to.equal('25');
    expect(groupRowsOf(view).map(expanded)).to.deep.equal(['true', 'true', 'true', 'true']);
    // Arrow keys pass through the group rows to the records under them.
    // The rows after "Lead" are the leads, in record order (no sort yet).
    const leads = rows(view).filter((row) => ['3', '4', '5', '6', '7'].includes(row.getAttribute('aria-rowindex')!));
    expect(leads.map((row) => row.querySelector('[role="gridcell"]')!.textContent.trim())).to.deep.equal([
      'Acme 0',
      'Hooli 4',
      'Tyrell 8',
      'Initech 12',
      'Wayne 16',
    ]);
    await expect(view).to.be.accessible();
  });

  it('sorts within each group, and groups by a text field in text order', async () => {
    const view = await grouped();
    header(view, 'Name').click();
    header(view, 'Name').click();
    await settle(view);
    const cells = (from: number, to: number): string[] =>
      rows(view)
        .filter((row) => {
          const index = Number(row.getAttribute('aria-rowindex'));
          return index >= from && index <= to;
        })
        .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
        .map((row) => row.querySelector('[role="gridcell"]')!.textContent.trim());
    expect(header(view, 'Name').getAttribute('aria-sort')).to.equal('descending');
    expect(cells(3, 7)).to.deep.equal(['Wayne 16', 'Tyrell 8', 'Initech 12', 'Hooli 4', 'Acme 0']);
    expect(cells(9, 13)).to.deep.equal(['Wonka 17', 'Umbrella 13', 'Stark 5', 'Soylent 9', 'Globex 1']);

    view.groupBy = 'owner';
    await settle(view);
    expect(groupRowsOf(view).map((row) => row.querySelector('.group-label')!.textContent)).to.deep.equal(['Ana', 'Li']);
  });

  it('collapses and expands a group by keyboard (Enter, Space, arrows) and by mouse, with aria-expanded', async () => {
    const view = await grouped();
    header(view, 'Name').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(view);
    const lead = groupCell(view, 'Lead');
    expect(focused(view)).to.equal(lead);
    await sendKeys({ press: 'Enter' });
    await settle(view);
    expect(expanded(groupRowsOf(view)[0])).to.equal('false');
    expect(grid(view).getAttribute('aria-rowcount')).to.equal('20');
    expect(groupRowsOf(view).map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(['2', '3', '9', '15']);
    expect(focused(view)).to.equal(groupCell(view, 'Lead'));
    await sendKeys({ press: 'ArrowRight' });
    await settle(view);
    expect(expanded(groupRowsOf(view)[0])).to.equal('true');
    expect(grid(view).getAttribute('aria-rowcount')).to.equal('25');
    await sendKeys({ press: 'ArrowLeft' });
    await settle(view);
    expect(expanded(groupRowsOf(view)[0])).to.equal('false');
    await sendKeys({ press: ' ' });
    await settle(view);
    expect(expanded(groupRowsOf(view)[0])).to.equal('true');
    // Down passes from the group row into its records and on to the next group's row.
    for (let step = 0; step < 6; step++) await sendKeys({ press: 'ArrowDown' });
    await settle(view);
    expect(focused(view)).to.equal(groupCell(view, 'Qualified'));
    // Mouse: a click on a group row toggles it.
    const box = groupCell(view, 'Qualified').getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + 40), Math.round(box.y + box.height / 2)] });
    await settle(view);
    expect(expanded(groupRowsOf(view)[1])).to.equal('false');
    expect(grid(view).getAttribute('aria-rowcount')).to.equal('20');
    await expect(view).to.be.accessible();
  });

  it('keeps aria-rowindex right after scrolling 100,000 grouped records, with rows in the DOM bounded', async () => {
    const view = await mount({ records: deals(100_000), groupBy: 'owner' });
    await settle(view);
    // 100,000 records, the "Ana" and "Li" group rows, the header row.
    expect(grid(view).getAttribute('aria-rowcount')).to.equal('100003');
    expect(rows(view).length, 'rows in the DOM stay bounded').to.be.below(80);
    header(view, 'Name').focus();
    await sendKeys({ press: 'Control+End' });
    await until(() => focused(view)?.closest('[role="row"]')?.getAttribute('aria-rowindex') === '100003');
    // The last row is Li's last record (the even ones are Li's).
    expect(focused(view)!.closest('[role="row"]')!.querySelector('[role="gridcell"]')!.textContent.trim()).to.equal(
      'Tyrell 99998',
    );
    for (const row of rows(view)) {
      if (row.classList.contains('group-row')) continue;
      const index = Number(row.getAttribute('aria-rowindex'));
      // Li's records sit after the header, Ana's group of 50,000 and the two group rows: record 2k at 50,004 + k.
      const n = Number(/ (\d+)$/.exec(row.querySelector('[role="gridcell"]')!.textContent.trim())![1]);
      expect(index).to.equal(50_004 + n / 2);
    }
    expect(rows(view).length).to.be.below(80);
  });

  it('sets the grouping with "Group by" in the toolbar, and the grouping and collapse survive a reload', async () => {
    const adapter = new MemoryAdapter();
    const view = await tall(await mount({ persistKey: 'groups', preferences: createPreferences({ adapter }) }));
    expect(groupRowsOf(view)).to.have.length(0);
    const select = shadow(view).querySelector<HTMLSelectElement>('[part="group-by"] select')!;
    expect([...select.options].map((option) => option.textContent)).to.deep.equal([
      'None',
      'Name',
      'Stage',
      'VIP',
      'Owner',
    ]);
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(view);
    expect(view.groupBy).to.equal('name');
    await sendKeys({ press: 'ArrowDown' });
    await settle(view);
    expect(view.groupBy).to.equal('stage');
    groupCell(view, 'Proposal').focus();
    await sendKeys({ press: 'Enter' });
    await settle(view);
    await until(async () => (await adapter.read('groups')).status === 'present');
    view.remove();

    const again = await tall(await mount({ persistKey: 'groups', preferences: createPreferences({ adapter }) }));
    await until(() => groupRowsOf(again).length === 4);
    expect(again.groupBy).to.equal('stage');
    expect(shadow(again).querySelector<HTMLSelectElement>('[part="group-by"] select')!.value).to.equal('stage');
    expect(groupRowsOf(again).map(expanded)).to.deep.equal(['true', 'true', 'false', 'true']);
    expect(grid(again).getAttribute('aria-rowcount')).to.equal('20');
    await expect(again).to.be.accessible();
  });

  it('renders hostile group values as text', async () => {
    const records: RecordItem[] = hostileStrings.slice(0, 40).map((owner, index) => ({
      id: `h${index}`,
      name: `Deal ${index}`,
      owner,
    }));
    const view = await mount({ records, fields: FIELDS, groupBy: 'owner' });
    await settle(view);
    expect(shadow(view).querySelector('.body img, .body script, .body a, .body iframe')).to.equal(null);
    const labels = groupRowsOf(view).map((row) => row.querySelector('.group-label')!.textContent);
    expect(labels.length).to.be.above(1);
    for (const label of labels) expect([...hostileStrings, 'No value']).to.include(label);
    expect(pwned()).to.equal(false);
  });
});

describe('groupRows', () => {
  const STAGE: RecordField = FIELDS.find((field) => field.id === 'stage')!;
  const record = fc.record({
    id: fc.nat(),
    stage: fc.oneof(fc.constantFrom('lead', 'qualified', 'proposal', 'won', 'other'), fc.constant(null)),
    amount: fc.integer({ min: -1000, max: 1000 }),
  });

  it('puts every record in exactly one group, keeping input order within groups, options first and no value last', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), (records) => {
        const groups = groupRows(records, STAGE, { sumField: 'amount' });
        expect(groups.flatMap((group) => group.records)).to.have.members(records);
        expect(groups.reduce((n, group) => n + group.records.length, 0)).to.equal(records.length);
        for (const group of groups) {
          const expected = records.filter((each) => group.records.includes(each));
          expect(group.records).to.deep.equal(expected);
          expect(group.sum).to.equal(group.records.reduce((sum, each) => sum + each.amount, 0));
        }
        const keys = groups.map((group) => group.key);
        const order = ['string:lead', 'string:qualified', 'string:proposal', 'string:won', 'string:other', 'none'];
        expect(keys).to.deep.equal(order.filter((key) => keys.includes(key)));
      }),
    );
  });
});
