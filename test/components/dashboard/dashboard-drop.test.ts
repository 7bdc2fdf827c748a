import { expect, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import type { TkDashboard, TkDashboardItem } from '../../../src/components/dashboard/index.js';
import { basic, center, drag, item, mount, nextFrame, partCenter, rects } from './helpers.js';

/** Whatever a gesture wrote on the item itself: must be gone once the gesture is over. */
function gestureStyles(element: TkDashboardItem): string {
  const { transform, inlineSize, blockSize } = element.style;
  return [transform, inlineSize, blockSize].join('|');
}

/** The item's box, rounded, to compare with where its grid cell is. */
function box(element: Element): string {
  const { left, top, width, height } = element.getBoundingClientRect();
  return [left, top, width, height].map(Math.round).join(',');
}

describe('tk-dashboard drop', () => {
  afterEach(() => resetMouse());

  it('puts a widget back in its own cell after a drag that snaps back there', async () => {
    const dashboard = await mount(basic());
    const a = item(dashboard, 'a');
    const at = box(a);
    const from = center(a);
    await drag(from, [from[0], from[1] + 30], 6);
    expect(rects(dashboard)).to.include('a:0,0,4,2');
    expect(gestureStyles(a)).to.equal('||');
    expect(box(a)).to.equal(at);
  });

  it('puts a widget dropped into the empty space below the grid where the layout says', async () => {
    const dashboard = await mount(basic());
    const c = item(dashboard, 'c');
    const from = center(c);
    await drag(from, [from[0], from[1] + 600], 10);
    const rect = dashboard.layout.find((entry) => entry.id === 'c')!;
    const grid = dashboard.shadowRoot!.querySelector('[part="grid"]')!.getBoundingClientRect();
    expect(gestureStyles(c)).to.equal('||');
    expect(c.getBoundingClientRect().top).to.be.closeTo(grid.top + rect.y * 80, 1);
    expect(c.getBoundingClientRect().bottom).to.be.at.most(grid.bottom + 1);
  });

  it('gives a widget its cell size back after a resize that rounds to the size it had', async () => {
    const dashboard = await mount(basic());
    const d = item(dashboard, 'd');
    const at = box(d);
    const from = partCenter(d, '[data-resize="se"]');
    await drag(from, [from[0] + 30, from[1] + 20], 4);
    expect(rects(dashboard)).to.include('d:0,2,4,1');
    expect(gestureStyles(d)).to.equal('||');
    expect(box(d)).to.equal(at);
  });

  it('a drop that changes nothing leaves nothing for undo, and the widget in its cell', async () => {
    const dashboard = await mount(basic());
    const b = item(dashboard, 'b');
    const at = box(b);
    const from = center(b);
    await drag(from, [from[0] + 20, from[1] + 20], 4);
    expect(dashboard.canUndo).to.equal(false);
    expect(box(b)).to.equal(at);
  });

  describe('at the bottom edge of the page', () => {
    let dashboard: TkDashboard;
    const tall = (): ReturnType<typeof html> =>
      html`<tk-dashboard editable>
        ${Array.from(
          { length: 10 },
          (_, i) =>
            html`<tk-dashboard-item item-id=${`w${i}`} heading=${`W${i}`} x="0" y=${i * 2} w="6" h="2"
              >${i}</tk-dashboard-item
            >`,
        )}
      </tk-dashboard>`;

    afterEach(async () => {
      window.scrollTo(0, 0);
      await setViewport({ width: 1400, height: 1000 });
    });

    it('auto-scroll stops at the last row plus the dragged widget, and the drop stays in view', async () => {
      dashboard = await mount(tall());
      await setViewport({ width: 1400, height: 600 });
      await nextFrame();
      const grid = dashboard.shadowRoot!.querySelector('[part="grid"]')!;
      // The grid's possible extent: its 20 rows plus the dragged widget's 2, below where it starts.
      const limit = grid.getBoundingClientRect().top + window.scrollY + 22 * 80;
      const w3 = item(dashboard, 'w3');
      w3.scrollIntoView({ block: 'center' });
      await nextFrame();
      const from = center(w3);
      let heightDuring = 0;
      await drag(from, [from[0], 595], 8, async () => {
        for (let i = 0; i < 90; i++) {
          await sendMouse({ type: 'move', position: [from[0], 595 + (i % 2)] });
          await nextFrame();
        }
        heightDuring = document.documentElement.scrollHeight;
      });
      expect(heightDuring, 'the page does not grow past the grid with the card').to.be.at.most(limit + 40);
      const dropped = w3.getBoundingClientRect();
      expect(document.activeElement === w3, 'focus stays on the dropped widget').to.equal(true);
      expect(dropped.top, 'the dropped widget is on screen').to.be.at.least(-1);
      expect(dropped.top).to.be.lessThan(600);
      expect(gestureStyles(w3)).to.equal('||');
    });
  });

  it('keeps the grabbed widget in its cell when the keyboard drops it where it was', async () => {
    const dashboard = await mount(basic());
    const a = item(dashboard, 'a');
    const at = box(a);
    a.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    expect(box(a)).to.equal(at);
    expect(gestureStyles(a)).to.equal('||');
  });
});
