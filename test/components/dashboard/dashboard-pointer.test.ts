import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { emulateMedia, resetMouse, sendMouse } from '@web/test-runner-commands';
import { liveRegionText } from '../../../src/base/announcer.js';
import { basic, center, domOrder, drag, item, mount, nextFrame, partCenter, recordChanges, rects } from './helpers.js';

describe('tk-dashboard pointer', () => {
  afterEach(() => resetMouse());

  it('drags a widget by its handle; others make room; one tk-layout-change per drag', async () => {
    const dashboard = await mount(basic());
    const changes = recordChanges(dashboard);
    const from = partCenter(item(dashboard, 'd'), '[part="handle"]');
    // Four columns (100px each) to the right: d lands at x = 4, under b.
    await drag(from, [from[0] + 400, from[1]], 10);
    expect(rects(dashboard)).to.include('d:4,2,4,1');
    expect(changes).to.have.length(1);
    expect(changes[0]).to.include({ reason: 'move', columns: 12, breakpoint: 0 });
    expect(changes[0].layout.find((e) => e.id === 'd')).to.deep.equal({ id: 'd', x: 4, y: 2, w: 4, h: 1 });
    expect(liveRegionText()).to.contain('Dropped Notes, row 3, column 5');
  });

  it('animates a drop into place, and does not when the user asks for reduced motion', async () => {
    const dropAnimations = async (): Promise<number> => {
      const dashboard = await mount(
        html`<div style="--tk-duration-normal: 200ms; --tk-duration-fast: 120ms">${basic()}</div>`,
      );
      const from = partCenter(item(dashboard, 'd'), '[part="handle"]');
      // Released 30px past the cell it snaps to, so it has somewhere to slide.
      await drag(from, [from[0] + 430, from[1]], 10);
      expect(rects(dashboard)).to.include('d:4,2,4,1');
      return item(dashboard, 'd').getAnimations().length + item(dashboard, 'c').getAnimations().length;
    };
    expect(await dropAnimations(), 'the dropped widget slides into its cell').to.be.greaterThan(0);
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      expect(await dropAnimations(), 'no animation with reduced motion').to.equal(0);
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('drags by the body of the widget, shows a placeholder, and pushes the widget it lands on', async () => {
    const dashboard = await mount(basic());
    const placeholder = dashboard.shadowRoot!.querySelector<HTMLElement>('[part="placeholder"]')!;
    const a = item(dashboard, 'a');
    const from = center(a);
    let during: { hidden: boolean; width: number } | undefined;
    let previewOfB = '';
    await drag(from, [from[0] + 400, from[1]], 10, () => {
      during = { hidden: placeholder.hidden, width: placeholder.getBoundingClientRect().width };
      previewOfB = item(dashboard, 'b').style.transform;
    });
    expect(during!.hidden).to.equal(false);
    expect(during!.width).to.be.closeTo(400, 1);
    expect(previewOfB, 'b moved out of the way during the drag').to.not.equal('');
    expect(placeholder.hidden).to.equal(true);
    expect(rects(dashboard)).to.include('a:4,0,4,2');
    expect(rects(dashboard).find((r) => r.startsWith('b:'))).to.not.equal('b:4,0,4,2');
    expect(liveRegionText()).to.match(/Moved out of the way: .*Pipeline/);
    // Reading order follows in an idle moment.
    const reading = dashboard.layout.map((e) => e.id).join();
    // Reading order follows in an idle moment, which a busy page (many test pages at once) may give late.
    await waitUntil(() => domOrder(dashboard).join() === reading, `DOM order: ${domOrder(dashboard).join()}`, {
      timeout: 5000,
    });
  });

  it('does not commit anything while the pointer moves, only on release', async () => {
    const dashboard = await mount(basic());
    const changes = recordChanges(dashboard);
    const from = center(item(dashboard, 'c'));
    await drag(from, [from[0] - 800, from[1] + 250], 20, () => {
      expect(changes).to.have.length(0);
      expect(rects(dashboard)).to.include('c:8,0,4,2');
    });
    expect(changes).to.have.length(1);
  });

  it('a click without movement is not a drag', async () => {
    const dashboard = await mount(basic());
    const changes = recordChanges(dashboard);
    const [x, y] = center(item(dashboard, 'a'));
    await sendMouse({ type: 'move', position: [x, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [x + 2, y + 1] });
    await sendMouse({ type: 'up' });
    expect(changes).to.have.length(0);
  });

  it('Escape during a drag cancels it and restores the layout', async () => {
    const dashboard = await mount(basic());
    const before = rects(dashboard);
    const changes = recordChanges(dashboard);
    const from = center(item(dashboard, 'a'));
    await drag(from, [from[0] + 500, from[1] + 100], 8, async () => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
      await nextFrame();
    });
    expect(rects(dashboard)).to.deep.equal(before);
    expect(changes).to.have.length(0);
  });

  it('resizes from the south-east corner, east edge and south edge', async () => {
    const dashboard = await mount(basic());
    const changes = recordChanges(dashboard);
    const d = item(dashboard, 'd');
    let from = partCenter(d, '[data-resize="se"]');
    await drag(from, [from[0] + 200, from[1] + 80], 6);
    expect(rects(dashboard)).to.include('d:0,2,6,2');
    from = partCenter(d, '[data-resize="e"]');
    await drag(from, [from[0] - 300, from[1]], 6);
    expect(rects(dashboard)).to.include('d:0,2,3,2');
    from = partCenter(d, '[data-resize="s"]');
    await drag(from, [from[0], from[1] + 160], 6);
    expect(rects(dashboard)).to.include('d:0,2,3,4');
    expect(changes.map((c) => c.reason)).to.deep.equal(['resize', 'resize', 'resize']);
    expect(d.getBoundingClientRect().width).to.be.closeTo(300, 1);
  });

  it('respects min and max sizes while resizing', async () => {
    const dashboard = await mount(
      html`<tk-dashboard editable>
        <tk-dashboard-item item-id="a" heading="A" x="0" y="0" w="4" h="2" min-w="3" max-w="5" max-h="3"
          >A</tk-dashboard-item
        >
      </tk-dashboard>`,
    );
    const a = item(dashboard, 'a');
    let from = partCenter(a, '[data-resize="se"]');
    await drag(from, [from[0] + 600, from[1] + 600], 6);
    expect(rects(dashboard)).to.deep.equal(['a:0,0,5,3']);
    from = partCenter(a, '[data-resize="se"]');
    await drag(from, [from[0] - 600, from[1]], 6);
    expect(rects(dashboard)).to.deep.equal(['a:0,0,3,3']);
  });

  it('locked and no-move widgets cannot be dragged; locked ones stay put when others land on them', async () => {
    const dashboard = await mount(
      html`<tk-dashboard editable>
        <tk-dashboard-item item-id="l" heading="Locked" x="4" y="0" w="4" h="2" locked>L</tk-dashboard-item>
        <tk-dashboard-item item-id="n" heading="Pinned" x="0" y="0" w="4" h="2" no-move>N</tk-dashboard-item>
        <tk-dashboard-item item-id="m" heading="Mover" x="8" y="0" w="4" h="2">M</tk-dashboard-item>
      </tk-dashboard>`,
    );
    const before = rects(dashboard);
    let from = center(item(dashboard, 'l'));
    await drag(from, [from[0] + 300, from[1] + 200]);
    from = center(item(dashboard, 'n'));
    await drag(from, [from[0] + 300, from[1] + 200]);
    expect(rects(dashboard)).to.deep.equal(before);
    expect(item(dashboard, 'l').shadowRoot!.querySelector('[part="handle"]')).to.equal(null);
    expect(item(dashboard, 'l').shadowRoot!.querySelector('[data-resize]')).to.equal(null);
    from = center(item(dashboard, 'm'));
    await drag(from, [from[0] - 400, from[1]]);
    expect(rects(dashboard)).to.include('l:4,0,4,2');
    expect(rects(dashboard)).to.include('m:4,2,4,2');
  });

  it('mirrors dragging and resizing in right-to-left', async () => {
    const dashboard = await mount(basic(), { dir: 'rtl' });
    const d = item(dashboard, 'd');
    // In RTL column 0 is on the right; moving the pointer left increases x.
    let from = partCenter(d, '[part="handle"]');
    await drag(from, [from[0] - 400, from[1]], 8);
    expect(rects(dashboard)).to.include('d:4,2,4,1');
    from = partCenter(d, '[data-resize="se"]');
    const corner = d.shadowRoot!.querySelector('[data-resize="se"]')!.getBoundingClientRect();
    expect(corner.left).to.be.lessThan(d.getBoundingClientRect().left + 20);
    await drag(from, [from[0] - 200, from[1]], 6);
    expect(rects(dashboard)).to.include('d:4,2,6,1');
  });

  it('does not drag in view mode', async () => {
    const dashboard = await mount(
      html`<tk-dashboard>
        <tk-dashboard-item item-id="a" heading="A" x="0" y="0" w="4" h="2">A</tk-dashboard-item>
      </tk-dashboard>`,
    );
    const changes = recordChanges(dashboard);
    const from = center(item(dashboard, 'a'));
    await drag(from, [from[0] + 400, from[1]]);
    expect(rects(dashboard)).to.deep.equal(['a:0,0,4,2']);
    expect(changes).to.have.length(0);
  });

  it('auto-scrolls its scroll container while a widget is held near the edge', async () => {
    const dashboard = await mount(
      html`<div style="height: 300px; overflow: auto" id="scroller">
        <tk-dashboard editable>
          ${Array.from({ length: 12 }, (_, i) => html`<tk-dashboard-item item-id=${`w${i}`} heading=${`W${i}`} x="0" y=${i * 2} w="6" h="2">${i}</tk-dashboard-item>`)}
        </tk-dashboard>
      </div>`,
    );
    const scroller = dashboard.parentElement!;
    const box = scroller.getBoundingClientRect();
    const from = center(item(dashboard, 'w0'));
    await drag(from, [from[0], Math.round(box.bottom - 10)], 6, async () => {
      for (let i = 0; i < 20; i++) await nextFrame();
    });
    expect(scroller.scrollTop).to.be.greaterThan(50);
    expect(rects(dashboard).find((r) => r.startsWith('w0:'))).to.not.equal('w0:0,0,6,2');
  });
});
