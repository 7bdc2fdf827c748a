import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { resetMouse } from '@web/test-runner-commands';
import { liveRegionText } from '../../src/base/announcer.js';
import { center, drag } from '../components/dashboard/helpers.js';
import { fetched } from '../support/fetched.js';
import { sortableAttached } from '../support/sortable.js';
import { mount, shown } from './reorder-host.js';

// Its own file, so its own page: SortableJS has not been fetched when the first list shows. No hover
// and no focus reach the lists (pointerenter and focusin stop at the window), so nothing a user does
// before the press fetches it: only the idle moment after a list shows can.

const idleMoment = (): Promise<void> => new Promise((resolve) => requestIdleCallback(() => resolve()));
const heldBack = ['pointerenter', 'focusin'] as const;
const stop = (event: Event): void => event.stopPropagation();

describe('ReorderController: SortableJS fetched in an idle moment once a list shows', () => {
  before(() => heldBack.forEach((type) => window.addEventListener(type, stop, { capture: true })));
  after(() => heldBack.forEach((type) => window.removeEventListener(type, stop, { capture: true })));
  afterEach(() => resetMouse());

  it('fetches nothing for a list removed before the page is idle', async () => {
    const host = await mount([['a', 'b']]);
    host.remove();
    // Idle callbacks run in the order they were asked for: the list's would have run before this one.
    await idleMoment();
    await aTimeout(300);
    expect(fetched(/sortablejs/i)).to.deep.equal([]);
  });

  it('fetches SortableJS with no hover, focus or press, so a drag made all at once moves the item', async () => {
    const host = await mount([['a', 'b', 'c', 'd']]);
    const list = host.shadowRoot!.querySelector('ol')!;
    await waitUntil(() => fetched(/sortablejs/i).length > 0, 'SortableJS is fetched once the page is idle', {
      timeout: 4000,
    });
    await waitUntil(() => sortableAttached(list), 'SortableJS manages the list');
    const attachedAtPress: boolean[] = [];
    list.addEventListener('pointerdown', () => attachedAtPress.push(sortableAttached(list)), { capture: true });
    const [x, y] = center(host.shadowRoot!.getElementById('a')!);
    const [, targetY] = center(host.shadowRoot!.getElementById('c')!);
    await drag([x, y], [x, targetY + 8], 12);
    await host.updateComplete;
    expect(attachedAtPress, 'the press went straight to SortableJS').to.deep.equal([true]);
    expect(host.moves).to.deep.equal([
      { id: 'a', from: { list: 0, index: 0 }, to: { list: 0, index: 2 }, via: 'pointer' },
    ]);
    expect(shown(host)[0]).to.deep.equal(['b', 'c', 'a', 'd']);
    expect(liveRegionText()).to.equal('Dropped Item A, position 3 of 4.');
    await expect(host).to.be.accessible();
  });
});
