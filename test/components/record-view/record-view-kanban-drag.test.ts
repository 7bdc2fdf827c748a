import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { hoverUntilSortable } from '../../support/sortable.js';
import { sendMouse } from '@web/test-runner-commands';
import type { TkRecordView, TkRecordMoveDetail } from '../../../src/components/record-view/index.js';
import { deals, mount, nextFrame, settle, shadow } from './helpers.js';

const card = (view: TkRecordView, title: string): HTMLElement =>
  [...shadow(view).querySelectorAll<HTMLElement>('[role="listitem"]')].find(
    (each) => each.getAttribute('aria-label') === title && !each.classList.contains('tk-reorder-drag'),
  )!;
const cardsIn = (view: TkRecordView, label: string): string[] => {
  const column = [...shadow(view).querySelectorAll('.column')].find((each) =>
    each.getAttribute('aria-label')!.startsWith(`${label},`),
  )!;
  return [...column.querySelectorAll<HTMLElement>('[role="listitem"]')]
    .sort((a, b) => Number(a.getAttribute('aria-posinset')) - Number(b.getAttribute('aria-posinset')))
    .map((each) => each.getAttribute('aria-label')!);
};
const centre = (element: Element): [number, number] => {
  const box = element.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
};

/** Presses on `from` and moves in small steps to `to`, without releasing; true once SortableJS drags. */
async function pressAndMove(view: TkRecordView, from: [number, number], to: [number, number]): Promise<boolean> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= 12; i++) {
    await sendMouse({
      type: 'move',
      position: [
        Math.round(from[0] + ((to[0] - from[0]) * i) / 12),
        Math.round(from[1] + ((to[1] - from[1]) * i) / 12),
      ],
    });
  }
  await nextFrame();
  return !!shadow(view).querySelector('.tk-reorder-ghost');
}

describe('tk-record-view kanban pointer drag in a virtualized column', () => {
  it('moves the placeholder on screen mid-drag, and the drop lands where it showed', async () => {
    // 400 deals: 100 in each stage, so every column is virtualized.
    const view = await mount({ records: deals(400), view: 'kanban', groupBy: 'stage' });
    await waitUntil(() => shadow(view).querySelector('.cards[data-virtual] [role="listitem"]'), 'the board shows', {
      timeout: 5000,
    });
    await settle(view);
    const log: TkRecordMoveDetail[] = [];
    view.addEventListener('tk-record-move', (event) => log.push(event.detail));
    expect(cardsIn(view, 'Lead').slice(0, 5)).to.deep.equal([
      'Acme 0',
      'Hooli 4',
      'Tyrell 8',
      'Initech 12',
      'Wayne 16',
    ]);
    const before = { acme: card(view, 'Acme 0').getBoundingClientRect() };
    const initech = card(view, 'Initech 12').getBoundingClientRect();
    const target: [number, number] = [
      Math.round(initech.x + initech.width / 2),
      Math.round(initech.y + initech.height * 0.8),
    ];
    await hoverUntilSortable(card(view, 'Acme 0'), centre(card(view, 'Acme 0')));
    expect(await pressAndMove(view, centre(card(view, 'Acme 0')), target), 'a pointer drag started').to.equal(true);
    await nextFrame();
    const placeholder = shadow(view).querySelector<HTMLElement>('.tk-reorder-ghost')!;
    const shown = placeholder.getBoundingClientRect();
    // The placeholder left the top of the column: it shows on screen where the card would land…
    expect(shown.top - before.acme.top, 'the placeholder moved down').to.be.above(before.acme.height * 1.5);
    // …between the cards around it, in the order the drop will make.
    const neighbours = [...placeholder.parentElement!.children].filter(
      (each): each is HTMLElement =>
        each.getAttribute('role') === 'listitem' && !each.classList.contains('tk-reorder-drag'),
    );
    const at = neighbours.indexOf(placeholder);
    expect(at).to.be.above(1);
    expect(Math.abs(neighbours[at - 1].getBoundingClientRect().bottom - shown.top)).to.be.below(2);
    expect(Math.abs(neighbours[at + 1].getBoundingClientRect().top - shown.bottom)).to.be.below(2);
    await sendMouse({ type: 'up' });
    await settle(view);
    await waitUntil(() => log.length === 1, 'the move was reported');
    expect(log[0]).to.include({ id: 'd0', from: 'lead', to: 'lead', index: at });
    const order = ['Hooli 4', 'Tyrell 8', 'Initech 12', 'Wayne 16'];
    order.splice(at, 0, 'Acme 0');
    expect(cardsIn(view, 'Lead').slice(0, 5)).to.deep.equal(order);
    // The card landed where the placeholder showed it.
    expect(Math.abs(card(view, 'Acme 0').getBoundingClientRect().top - shown.top)).to.be.below(2);
    // Once dropped, the cards sit one under the other again, in their new order.
    const tops = order.map((title) => card(view, title).getBoundingClientRect().top);
    for (let i = 1; i < tops.length; i++) expect(tops[i] - tops[i - 1]).to.be.above(10);
    await expect(view).to.be.accessible();
  });
});
