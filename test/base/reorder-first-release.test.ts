import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import { center } from '../components/dashboard/helpers.js';
import { sortableAttached, withoutIdleMoments } from '../support/sortable.js';
import { mount, shown } from './reorder-host.js';

// Its own file, so its own page: SortableJS has not been loaded when the press comes, and the page
// has no idle moment to fetch it in (see reorder-first-press.test.ts).
describe('ReorderController: a click on an item before SortableJS has arrived', () => {
  let restoreIdle: () => void;
  before(() => (restoreIdle = withoutIdleMoments()));
  after(() => restoreIdle());
  afterEach(() => resetMouse());

  it('moves nothing and leaves no drag behind, however the release and SortableJS’s arrival fall', async () => {
    // No head start from the hover (see reorder-first-press.test.ts): the press fetches SortableJS,
    // and the release may come before or after it arrives.
    const noHover = (event: Event): void => event.stopPropagation();
    window.addEventListener('pointerenter', noHover, { capture: true });
    const host = await mount([['a', 'b', 'c']]);
    const list = host.shadowRoot!.querySelector('ol')!;
    const [x, y] = center(host.shadowRoot!.getElementById('b')!);
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'up' });
    window.removeEventListener('pointerenter', noHover, { capture: true });
    await waitUntil(() => sortableAttached(list), 'SortableJS arrives and is attached');
    await sendMouse({ type: 'move', position: [x, y + 60] });
    await host.updateComplete;
    expect(host.moves).to.deep.equal([]);
    expect(shown(host)[0]).to.deep.equal(['a', 'b', 'c']);
    // A press handed over after its release would leave SortableJS dragging with the button up.
    expect(host.shadowRoot!.querySelector('.tk-reorder-chosen, .tk-reorder-ghost')).to.equal(null);
    expect(document.querySelector('.tk-reorder-drag')).to.equal(null);
  });
});
