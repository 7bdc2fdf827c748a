import { expect, fixtureCleanup } from '@open-wc/testing';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { liveRegionText } from '../../src/base/announcer.js';
import { center } from '../components/dashboard/helpers.js';
import { mount, shown } from './reorder-host.js';

// Its own file, so its own page: SortableJS has not been loaded when the first press comes.
const sortableAttached = (list: Element): boolean => Object.keys(list).some((key) => key.startsWith('Sortable'));

describe('ReorderController: the first press, before SortableJS has arrived', () => {
  afterEach(() => resetMouse());

  it('does not load SortableJS for a list nobody points at or focuses', async () => {
    const host = await mount([['a', 'b', 'c']]);
    await host.updateComplete;
    expect(sortableAttached(host.shadowRoot!.querySelector('ol')!)).to.equal(false);
    expect(performance.getEntriesByType('resource').filter((entry) => /sortablejs/i.test(entry.name))).to.deep.equal(
      [],
    );
  });

  it('holds a press that comes before SortableJS and hands it over, so the first drag moves the item', async () => {
    // Where the items will be, measured on a first copy that is then taken away.
    const probe = await mount([['a', 'b', 'c', 'd']]);
    const [x, y] = center(probe.shadowRoot!.getElementById('a')!);
    const [, targetY] = center(probe.shadowRoot!.getElementById('c')!);
    fixtureCleanup();
    // The pointer waits where item A will be, so the press is the first the host sees of it: no
    // hover gave SortableJS a head start.
    await sendMouse({ type: 'move', position: [x, y] });
    const host = await mount([['a', 'b', 'c', 'd']]);
    const list = host.shadowRoot!.querySelector('ol')!;
    const attachedAtPress: boolean[] = [];
    list.addEventListener('pointerdown', () => attachedAtPress.push(sortableAttached(list)), { capture: true });
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 12; i++) {
      await sendMouse({ type: 'move', position: [x, Math.round(y + ((targetY + 8 - y) * i) / 12)] });
    }
    await sendMouse({ type: 'up' });
    await host.updateComplete;
    expect(attachedAtPress[0], 'SortableJS was not there at the press').to.equal(false);
    expect(host.moves).to.deep.equal([
      { id: 'a', from: { list: 0, index: 0 }, to: { list: 0, index: 2 }, via: 'pointer' },
    ]);
    expect(shown(host)[0]).to.deep.equal(['b', 'c', 'a', 'd']);
    expect(liveRegionText()).to.equal('Dropped Item A, position 3 of 4.');
    await expect(host).to.be.accessible();
  });

  it('a press released before SortableJS arrives starts no drag', async () => {
    const host = await mount([['a', 'b', 'c']]);
    const [x, y] = center(host.shadowRoot!.getElementById('b')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });
    await sendMouse({ type: 'move', position: [x, y + 60] });
    await host.updateComplete;
    expect(host.moves).to.deep.equal([]);
    expect(shown(host)[0]).to.deep.equal(['a', 'b', 'c']);
    expect(host.shadowRoot!.querySelector('.tk-reorder-chosen')).to.equal(null);
  });
});
