import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { liveRegionText } from '../../src/base/announcer.js';
import { deepActiveElement } from '../../src/base/focus.js';
import { mount, shown, type ReorderHost } from './reorder-host.js';
import { center, drag } from '../components/dashboard/helpers.js';

const focused = (): string | undefined => deepActiveElement()?.id;
const focus = (host: ReorderHost, id: string): void => host.shadowRoot!.getElementById(id)!.focus();

describe('ReorderController', () => {
  afterEach(() => resetMouse());

  it('moves an item by keyboard: pick up, arrows preview, Enter commits once, focus stays on it', async () => {
    const host = await mount([['a', 'b', 'c', 'd', 'e']]);
    focus(host, 'b');
    await sendKeys({ press: 'Enter' });
    expect(liveRegionText()).to.contain('Picked up Item B, position 2 of 5');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await host.updateComplete;
    expect(shown(host)[0]).to.deep.equal(['a', 'c', 'd', 'b', 'e']);
    expect(host.moves, 'nothing committed while held').to.have.length(0);
    expect(liveRegionText()).to.equal('Item B, position 4 of 5.');
    await waitUntil(() => focused() === 'b', 'focus follows the held item');
    await sendKeys({ press: 'Enter' });
    await host.updateComplete;
    expect(host.moves).to.deep.equal([
      { id: 'b', from: { list: 0, index: 1 }, to: { list: 0, index: 3 }, via: 'keyboard' },
    ]);
    expect(shown(host)[0]).to.deep.equal(['a', 'c', 'd', 'b', 'e']);
    expect(liveRegionText()).to.equal('Dropped Item B, position 4 of 5.');
    expect(focused()).to.equal('b');
  });

  it('Escape puts the item back and commits nothing; Home and End jump', async () => {
    const host = await mount([['a', 'b', 'c', 'd', 'e']]);
    focus(host, 'c');
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'End' });
    await host.updateComplete;
    expect(shown(host)[0]).to.deep.equal(['a', 'b', 'd', 'e', 'c']);
    await sendKeys({ press: 'Home' });
    await host.updateComplete;
    expect(shown(host)[0]).to.deep.equal(['c', 'a', 'b', 'd', 'e']);
    await sendKeys({ press: 'Escape' });
    await host.updateComplete;
    expect(shown(host)[0]).to.deep.equal(['a', 'b', 'c', 'd', 'e']);
    expect(host.moves).to.have.length(0);
    expect(liveRegionText()).to.equal('Move cancelled. Item C is back at position 3 of 5.');
    await waitUntil(() => focused() === 'c');
  });

  it('Alt and an arrow moves one step at once; the edges say the item cannot go further', async () => {
    const host = await mount([['a', 'b', 'c']]);
    focus(host, 'a');
    await sendKeys({ press: 'Alt+ArrowDown' });
    await host.updateComplete;
    expect(shown(host)[0]).to.deep.equal(['b', 'a', 'c']);
    expect(host.moves).to.have.length(1);
    expect(liveRegionText()).to.equal('Item A, position 2 of 3.');
    await waitUntil(() => focused() === 'a');
    await sendKeys({ press: 'Alt+ArrowUp' });
    await sendKeys({ press: 'Alt+ArrowUp' });
    expect(liveRegionText()).to.equal('Item A cannot move further that way.');
    expect(host.moves).to.have.length(2);
  });

  it('skips places that canMove refuses (a pinned zone) and refuses to pick up an item that cannot move', async () => {
    const host = await mount([['pin', 'a', 'b', 'c']]);
    host.canMove = (id, to) => (id === 'pin' ? to.index === 0 : to.index > 0);
    focus(host, 'b');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(liveRegionText()).to.equal('Item B cannot move further that way.');
    await sendKeys({ press: 'Enter' });
    expect(shown(host)[0]).to.deep.equal(['pin', 'b', 'a', 'c']);
    focus(host, 'pin');
    await sendKeys({ press: 'Enter' });
    expect(liveRegionText()).to.equal('Item PIN cannot be moved.');
    await sendKeys({ press: 'ArrowDown' });
    await host.updateComplete;
    expect(shown(host)[0][0]).to.equal('pin');
  });

  it('crosses lists with the other arrows, mirrored in right-to-left', async () => {
    const host = await mount([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    focus(host, 'b');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    await host.updateComplete;
    expect(shown(host)).to.deep.equal([['a'], ['c', 'b', 'd']]);
    expect(liveRegionText()).to.equal('Item B, position 2 of 3 in List 2.');
    await sendKeys({ press: 'Enter' });
    expect(host.moves[0]).to.deep.include({ from: { list: 0, index: 1 }, to: { list: 1, index: 1 } });
    host.dir = 'rtl';
    focus(host, 'c');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await host.updateComplete;
    expect(shown(host)).to.deep.equal([
      ['c', 'a'],
      ['b', 'd'],
    ]);
  });

  it('Tab or a click elsewhere drops the held item where it is', async () => {
    const host = await mount([['a', 'b', 'c']]);
    focus(host, 'a');
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowDown' });
    await host.updateComplete;
    await sendKeys({ press: 'Tab' });
    expect(host.moves).to.have.length(1);
    expect(shown(host)[0]).to.deep.equal(['b', 'a', 'c']);
  });

  it('drags with the pointer through SortableJS, leaves the DOM to Lit and reports the same move as the keyboard', async () => {
    const host = await mount([['a', 'b', 'c', 'd']]);
    const item = (id: string): HTMLElement => host.shadowRoot!.getElementById(id)!;
    const [x, y] = center(item('a'));
    const [, targetY] = center(item('c'));
    await drag([x, y], [x, targetY + 8], 12);
    await host.updateComplete;
    expect(host.moves[0]).to.deep.equal({
      id: 'a',
      from: { list: 0, index: 0 },
      to: { list: 0, index: 2 },
      via: 'pointer',
    });
    expect(shown(host)[0]).to.deep.equal(['b', 'c', 'a', 'd']);
    expect(host.data[0]).to.deep.equal(['b', 'c', 'a', 'd']);
    expect(liveRegionText()).to.equal('Dropped Item A, position 3 of 4.');
    // Lit still owns the list: a further render from the data is right.
    host.data = [['d', 'c', 'b', 'a']];
    host.requestUpdate();
    await host.updateComplete;
    expect(shown(host)[0]).to.deep.equal(['d', 'c', 'b', 'a']);
  });

  it('drags an item into another list', async () => {
    const host = await mount([['a', 'b'], ['c']]);
    const item = (id: string): HTMLElement => host.shadowRoot!.getElementById(id)!;
    const from = center(item('a'));
    const to = center(item('c'));
    await drag(from, [to[0], to[1] + 10], 16);
    await host.updateComplete;
    expect(host.moves[0]).to.deep.include({ id: 'a', from: { list: 0, index: 0 }, via: 'pointer' });
    expect(host.moves[0].to.list).to.equal(1);
    expect(shown(host).flat().sort()).to.deep.equal(['a', 'b', 'c']);
    expect(shown(host)).to.deep.equal(host.data);
  });
});
