import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { liveRegionText } from '../../../src/base/announcer.js';
import type { TkRecordView, TkRecordMoveDetail } from '../../../src/components/record-view/index.js';
import { deals, mount, settle, shadow } from './helpers.js';
import { hoverUntilSortable } from '../../support/sortable.js';

async function board(records = deals(8)): Promise<TkRecordView> {
  const view = await mount({ records, view: 'kanban', groupBy: 'stage' });
  view.sumField = 'amount';
  await waitUntil(() => shadow(view).querySelector('.board'), 'the board loads on first use', { timeout: 5000 });
  await settle(view);
  return view;
}

const columnNames = (view: TkRecordView): string[] =>
  [...shadow(view).querySelectorAll('.column')].map((column) => column.getAttribute('aria-label')!);
const cardsIn = (view: TkRecordView, label: string): string[] => {
  const column = [...shadow(view).querySelectorAll('.column')].find((each) =>
    each.getAttribute('aria-label')!.startsWith(`${label},`),
  )!;
  return [...column.querySelectorAll('[role="listitem"]')].map((card) => card.getAttribute('aria-label')!);
};
const card = (view: TkRecordView, title: string): HTMLElement =>
  [...shadow(view).querySelectorAll<HTMLElement>('[role="listitem"]')].find(
    (each) => each.getAttribute('aria-label') === title,
  )!;

function moves(view: TkRecordView): { before: TkRecordMoveDetail[]; after: TkRecordMoveDetail[] } {
  const log = { before: [] as TkRecordMoveDetail[], after: [] as TkRecordMoveDetail[] };
  view.addEventListener('tk-before-record-move', (event) => log.before.push(event.detail));
  view.addEventListener('tk-record-move', (event) => log.after.push(event.detail));
  return log;
}

async function drag(view: TkRecordView, from: HTMLElement, to: HTMLElement, below = true): Promise<void> {
  const a = from.getBoundingClientRect();
  const b = to.getBoundingClientRect();
  const start = [Math.round(a.x + a.width / 2), Math.round(a.y + a.height / 2)];
  const end = [Math.round(b.x + b.width / 2), Math.round(b.y + (below ? b.height * 0.8 : b.height * 0.2))];
  await hoverUntilSortable(from, start as [number, number]);
  await sendMouse({ type: 'down' });
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await sendMouse({
      type: 'move',
      position: [
        Math.round(start[0] + ((end[0] - start[0]) * i) / steps),
        Math.round(start[1] + ((end[1] - start[1]) * i) / steps),
      ],
    });
  }
  await sendMouse({ type: 'up' });
  await settle(view);
}

describe('tk-record-view kanban', () => {
  it('shows one labelled column per option plus "No value", with count and sum, cards named by title', async () => {
    const records = [...deals(8), { id: 'x', name: 'Orphan', amount: 5 }];
    const view = await board(records);
    expect(columnNames(view)).to.deep.equal([
      'Lead, 2 cards, $6,760.00',
      'Qualified, 2 cards, $15,140.00',
      'Proposal, 2 cards, $13,520.00',
      'Won, 2 cards, $11,900.00',
      'No value, 1 card, $5.00',
    ]);
    expect(cardsIn(view, 'Lead')).to.deep.equal(['Acme 0', 'Hooli 4']);
    expect(cardsIn(view, 'No value')).to.deep.equal(['Orphan']);
    await expect(view).to.be.accessible();
  });

  it('moves a card between columns by keyboard, announcing each step with its title', async () => {
    const view = await board();
    const log = moves(view);
    card(view, 'Acme 0').focus();
    await sendKeys({ press: 'Enter' });
    expect(liveRegionText()).to.contain('Picked up Acme 0, position 1 of 2 in Lead');
    await sendKeys({ press: 'ArrowRight' });
    await settle(view);
    expect(liveRegionText()).to.contain('Acme 0, position 1 of 3 in Qualified');
    await sendKeys({ press: 'ArrowDown' });
    await settle(view);
    expect(liveRegionText()).to.contain('Acme 0, position 2 of 3 in Qualified');
    expect(log.before, 'nothing is sent before the drop').to.have.length(0);
    await sendKeys({ press: 'Space' });
    await settle(view);
    expect(liveRegionText()).to.contain('Dropped Acme 0, position 2 of 3 in Qualified');
    expect(log.after).to.have.length(1);
    expect(log.after[0]).to.include({ id: 'd0', from: 'lead', to: 'qualified', index: 1 });
    expect(cardsIn(view, 'Qualified')).to.deep.equal(['Globex 1', 'Acme 0', 'Stark 5']);
    expect(shadow(view).activeElement?.getAttribute('aria-label')).to.equal('Acme 0');
  });

  it('Escape cancels a keyboard move: nothing is sent, the card is back', async () => {
    const view = await board();
    const log = moves(view);
    card(view, 'Hooli 4').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Escape' });
    await settle(view);
    expect(liveRegionText()).to.contain('Move cancelled. Hooli 4 is back at position 2 of 2 in Lead');
    expect(log.before).to.have.length(0);
    expect(cardsIn(view, 'Lead')).to.deep.equal(['Acme 0', 'Hooli 4']);
  });

  it('drags a card between columns and within one with the mouse (SortableJS)', async () => {
    const view = await board();
    const log = moves(view);
    await drag(view, card(view, 'Acme 0'), card(view, 'Stark 5'));
    await waitUntil(() => log.after.length === 1, 'a move was reported');
    expect(log.after[0]).to.include({ id: 'd0', from: 'lead', to: 'qualified' });
    const qualified = cardsIn(view, 'Qualified');
    expect(qualified).to.have.length(3);
    expect(qualified[log.after[0].index], 'shown where the event says').to.equal('Acme 0');
    expect(cardsIn(view, 'Lead')).to.deep.equal(['Hooli 4']);
    await drag(view, card(view, 'Acme 0'), card(view, 'Globex 1'), false);
    await waitUntil(() => log.after.length === 2, 'a second move was reported');
    expect(log.after[1]).to.include({ id: 'd0', from: 'qualified', to: 'qualified', index: 0 });
    expect(cardsIn(view, 'Qualified')).to.deep.equal(['Acme 0', 'Globex 1', 'Stark 5']);
  });

  it('puts the card back with the reason when the host cancels the move', async () => {
    const view = await board();
    const log = moves(view);
    view.addEventListener('tk-before-record-move', (event) => {
      if (event.detail.to === 'won') {
        event.detail.reason = 'Won needs a signed contract';
        event.preventDefault();
      }
    });
    card(view, 'Wayne 6').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await settle(view);
    expect(log.before).to.have.length(1);
    expect(log.after, 'no tk-record-move after a veto').to.have.length(0);
    expect(log.before[0]).to.include({ id: 'd6', from: 'proposal', to: 'won', index: 1 });
    expect(cardsIn(view, 'Won')).to.deep.equal(['Umbrella 3', 'Wonka 7']);
    expect(cardsIn(view, 'Proposal')).to.deep.equal(['Initech 2', 'Wayne 6']);
    const message = shadow(view).querySelector('[part="message"]')!.textContent;
    expect(message).to.equal('Wayne 6 could not be moved: Won needs a signed contract. It is back where it was.');
    expect(liveRegionText('assertive')).to.equal(message);
  });

  it('shows the move at once and reverts it when the promise from waitUntil rejects', async () => {
    const view = await board();
    let reject!: (error: Error) => void;
    view.addEventListener('tk-record-move', (event) => {
      event.detail.waitUntil(new Promise((_, no) => (reject = no)));
    });
    card(view, 'Acme 0').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await settle(view);
    expect(cardsIn(view, 'Qualified')).to.include('Acme 0');
    reject(new Error('Server unavailable'));
    await waitUntil(() => !cardsIn(view, 'Qualified').includes('Acme 0'));
    expect(cardsIn(view, 'Lead')).to.deep.equal(['Acme 0', 'Hooli 4']);
    expect(shadow(view).querySelector('[part="message"]')!.textContent).to.contain('Server unavailable');
  });

  it('collapses and reorders columns, and shows when a WIP limit is exceeded', async () => {
    const view = await board();
    view.wipLimits = { lead: 1 };
    await settle(view);
    expect(columnNames(view)[0]).to.equal('Lead, 2 cards, $6,760.00, Over the limit of 1');
    const collapse = shadow(view).querySelector<HTMLButtonElement>('.column .collapse')!;
    expect(collapse.getAttribute('aria-expanded')).to.equal('true');
    collapse.click();
    await settle(view);
    expect(shadow(view).querySelector('.column')!.querySelector('[role="list"]')).to.equal(null);
    expect(shadow(view).querySelector('.column .collapse')!.getAttribute('aria-expanded')).to.equal('false');
    shadow(view).querySelector<HTMLElement>('.column')!.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await settle(view);
    expect(columnNames(view).map((name) => name.split(',')[0])).to.deep.equal([
      'Qualified',
      'Lead',
      'Proposal',
      'Won',
      'No value',
    ]);
    await expect(view).to.be.accessible();
  });

  it('keeps 2,000 cards in virtualized columns', async () => {
    const view = await board(deals(2000));
    expect(columnNames(view)[0]).to.match(/^Lead, 500 cards/);
    expect(shadow(view).querySelectorAll('[role="listitem"]').length).to.be.below(400);
  });
});
