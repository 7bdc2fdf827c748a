import { expect } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { liveRegionText } from '../../src/base/announcer.js';
import { center } from '../components/dashboard/helpers.js';
import { fetched } from '../support/fetched.js';
import { sortableAttached, withoutIdleMoments } from '../support/sortable.js';
import { mount, shown } from './reorder-host.js';

// Its own file, so its own page: SortableJS has not been loaded when the first press comes. The page
// has no idle moment (a busy page, in the second before the idle fetch's deadline): only the hover or
// the press fetches SortableJS.

describe('ReorderController: the first press, before SortableJS has arrived', () => {
  let restoreIdle: () => void;
  before(() => (restoreIdle = withoutIdleMoments()));
  after(() => restoreIdle());
  afterEach(() => resetMouse());

  it('keeps SortableJS out of the entry: a list nobody points at or focuses has not fetched it', async () => {
    const host = await mount([['a', 'b', 'c']]);
    await host.updateComplete;
    expect(sortableAttached(host.shadowRoot!.querySelector('ol')!)).to.equal(false);
    expect(fetched(/sortablejs/i)).to.deep.equal([]);
  });

  it('holds a press that comes before SortableJS and hands it over, so the first drag moves the item', async () => {
    // No head start: the hover is kept from the host (pointerenter does not bubble, but it is seen
    // in the capture phase), so the press is what fetches SortableJS, and comes before it.
    const noHover = (event: Event): void => event.stopPropagation();
    window.addEventListener('pointerenter', noHover, { capture: true });
    const host = await mount([['a', 'b', 'c', 'd']]);
    const [x, y] = center(host.shadowRoot!.getElementById('a')!);
    const [, targetY] = center(host.shadowRoot!.getElementById('c')!);
    await sendMouse({ type: 'move', position: [x, y] });
    const list = host.shadowRoot!.querySelector('ol')!;
    const attachedAtPress: boolean[] = [];
    list.addEventListener('pointerdown', () => attachedAtPress.push(sortableAttached(list)), { capture: true });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 12; i++) {
      await sendMouse({ type: 'move', position: [x, Math.round(y + ((targetY + 8 - y) * i) / 12)] });
    }
    await sendMouse({ type: 'up' });
    window.removeEventListener('pointerenter', noHover, { capture: true });
    await host.updateComplete;
    expect(attachedAtPress[0], 'SortableJS was not there at the press').to.equal(false);
    expect(host.moves).to.deep.equal([
      { id: 'a', from: { list: 0, index: 0 }, to: { list: 0, index: 2 }, via: 'pointer' },
    ]);
    expect(shown(host)[0]).to.deep.equal(['b', 'c', 'a', 'd']);
    expect(liveRegionText()).to.equal('Dropped Item A, position 3 of 4.');
    await expect(host).to.be.accessible();
  });
});
