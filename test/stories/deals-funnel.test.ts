import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { liveRegionText } from '../../src/base/announcer.js';
import { createPreferences } from '../../src/core/prefs/store.js';
import { MemoryAdapter } from '../../src/core/prefs/memory-adapter.js';
import type { Preferences } from '../../src/core/prefs/store.js';
import type { TkRecordView } from '../../src/components/record-view/index.js';
import '../support/virtualizer-errors.js';
import '../../stories/Demo/records/deals-funnel.js';
import type { DealsFunnelDemo } from '../../stories/Demo/records/deals-funnel.js';
import { dealsDefaults } from '../../stories/Demo/records/deals-funnel.js';
import { adoptThemes } from '../themes/theme-sheets.js';

async function setup(wrapperStyle = ''): Promise<{ demo: DealsFunnelDemo; view: TkRecordView }> {
  await setViewport({ width: 1400, height: 1000 });
  const stores = new Map<string, Preferences>();
  const demo = document.createElement('deals-funnel-demo');
  demo.storeFor = (role) => {
    let store = stores.get(role);
    if (!store) {
      store = createPreferences({ adapter: new MemoryAdapter(), defaults: dealsDefaults, context: { role } });
      stores.set(role, store);
    }
    return store;
  };
  const wrapper = await fixture<HTMLDivElement>(html`<div style=${wrapperStyle}></div>`);
  wrapper.append(demo);
  await demo.updateComplete;
  const view = demo.shadowRoot!.querySelector('tk-record-view')!;
  await view.updateComplete;
  return { demo, view };
}

describe('Demo / Deals funnel', () => {
  before(() => adoptThemes());

  it('a sales rep starts on "My open deals" as a kanban, and Won needs a signed contract', async () => {
    const { demo, view } = await setup();
    const root = view.shadowRoot!;
    await waitUntil(() => root.querySelector('.board'), 'the suggested kanban shows', { timeout: 8000 });
    expect(root.querySelector('[part="reason"]')!.textContent).to.equal('Suggested for the Sales role');
    expect(root.querySelector('[part="views-button"]')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Views: My open deals',
    );
    const columns = [...root.querySelectorAll('.column')].map((column) => column.getAttribute('aria-label')!);
    expect(columns.map((label) => label.split(',')[0])).to.deep.equal([
      'Lead',
      'Qualified',
      'Proposal',
      'Negotiation',
      'Won',
      'Lost',
      'No value',
    ]);
    const negotiation = [...root.querySelectorAll('.column')][3];
    const cards = [...negotiation.querySelectorAll<HTMLElement>('[role="listitem"]')];
    const deal = view.records.find(
      (record) =>
        record.owner === 'ana' &&
        record.stage === 'negotiation' &&
        record.contract === false &&
        cards.some((card) => card.getAttribute('aria-label') === record.title),
    )!;
    const card = cards.find((each) => each.getAttribute('aria-label') === deal.title)!;
    card.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => root.querySelector('[part="message"]'), 'the host refuses and the view says why', {
      timeout: 5000,
    });
    expect(root.querySelector('[part="message"]')!.textContent).to.equal(
      `${String(deal.title)} could not be moved: Won needs a signed contract on file. It is back where it was.`,
    );
    expect(liveRegionText('assertive')).to.contain('Won needs a signed contract');
    expect(demo.shadowRoot!.querySelector('.log')!.textContent).to.contain('no signed contract');
    await expect(demo).to.be.accessible();
  });

  it('the board scrolls sideways at 1280 px wide, so every stage column can be reached', async () => {
    // As Storybook's docs page holds a story: in a flex row that clips what overflows.
    await setViewport({ width: 1280, height: 900 });
    const { view } = await setup('display: flex; overflow: hidden; max-inline-size: 1280px');
    const root = view.shadowRoot!;
    await waitUntil(() => root.querySelector('.board .column'), 'the suggested kanban shows', { timeout: 8000 });
    const board = root.querySelector<HTMLElement>('.board')!;
    const columns = [...root.querySelectorAll<HTMLElement>('.column')];
    expect(columns).to.have.length(7);
    expect(board.getBoundingClientRect().right, 'the board fits the page').to.be.at.most(1280);
    expect(board.scrollWidth, 'the board scrolls').to.be.above(board.clientWidth);
    // A user scrolls the board to its end: the last column ("No value") shows whole.
    board.scrollLeft = board.scrollWidth;
    await new Promise((resolve) => requestAnimationFrame(resolve));
    const last = columns[6].getBoundingClientRect();
    expect(last.right).to.be.at.most(board.getBoundingClientRect().right + 0.5);
    expect(last.left).to.be.at.least(board.getBoundingClientRect().left - 0.5);
  });

  it('a manager starts on all deals as a table grouped by owner, the largest first in each group', async () => {
    const { demo, view } = await setup();
    const select = demo.shadowRoot!.querySelector<HTMLSelectElement>('#role')!;
    select.value = 'manager';
    select.dispatchEvent(new Event('change'));
    await demo.updateComplete;
    const manager = demo.shadowRoot!.querySelector('tk-record-view')!;
    const root = manager.shadowRoot!;
    await waitUntil(
      () => root.querySelector('[part="reason"]') && root.querySelector('[role="grid"] .group-row'),
      'the suggested grouped table shows',
      { timeout: 5000 },
    );
    expect(root.querySelector('[part="reason"]')!.textContent).to.equal('Suggested for managers');
    expect(root.querySelector<HTMLSelectElement>('[part="group-by"] select')!.value).to.equal('owner');
    const amount = [...root.querySelectorAll('[role="columnheader"]')].find(
      (each) => each.querySelector('.label')!.textContent === 'Amount',
    )!;
    expect(amount.getAttribute('aria-sort')).to.equal('descending');
    // Four owners, all with deals: 600 records, 4 group rows and the header row.
    expect(root.querySelector('[role="grid"]')!.getAttribute('aria-rowcount')).to.equal('605');
    const first = root.querySelector('[role="row"].group-row')!;
    expect(first.querySelector('[role="gridcell"]')!.getAttribute('aria-expanded')).to.equal('true');
    const ana = manager.records.filter((record) => record.owner === 'ana');
    const total = ana.reduce((sum, record) => sum + Number(record.amount), 0);
    const money = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'EUR' }).format(total);
    expect(first.textContent.replace(/\s+/g, ' ').trim()).to.equal(`Ana Silva ${ana.length} records, ${money}`);
    expect(first.getAttribute('aria-rowindex')).to.equal('2');
    // The rows under it are Ana's deals, the largest first.
    const amounts = [...root.querySelectorAll('[role="row"][aria-selected]')]
      .slice(0, 5)
      .map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(amounts).to.deep.equal([3, 4, 5, 6, 7]);
    const largest = [...ana].sort((a, b) => Number(b.amount) - Number(a.amount))[0];
    expect(root.querySelector('[aria-rowindex="3"] [role="gridcell"]')!.textContent.trim()).to.equal(largest.title);
    expect(view).to.equal(manager);
    await expect(demo).to.be.accessible();
  });
});
