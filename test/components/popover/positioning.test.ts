import { expect, fixture, html } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import '../../../src/components/popover/define.js';
import type { TkPopover } from '../../../src/components/popover/popover.js';
import { frames, panelOf } from './helpers.js';

const VIEWPORT = { width: 800, height: 600 };
/** Rounding slack for subpixel layout. */
const EPSILON = 1;

function insideViewport(rect: DOMRect): void {
  expect(rect.left, 'left edge').to.be.at.least(-EPSILON);
  expect(rect.top, 'top edge').to.be.at.least(-EPSILON);
  expect(rect.right, 'right edge').to.be.at.most(window.innerWidth + EPSILON);
  expect(rect.bottom, 'bottom edge').to.be.at.most(window.innerHeight + EPSILON);
}

describe('tk-popover positioning', () => {
  before(async () => {
    await setViewport(VIEWPORT);
  });

  it('opens below the trigger, start-aligned, at the configured offset', async () => {
    const popover = await fixture<TkPopover>(html`
      <tk-popover offset="10" style="display: contents">
        <button slot="trigger" style="position: fixed; top: 100px; left: 200px; width: 120px">Open</button>
        <div style="width: 200px; height: 80px">Content</div>
      </tk-popover>
    `);
    await popover.show();
    const trigger = popover.querySelector('button')!.getBoundingClientRect();
    const panel = panelOf(popover).getBoundingClientRect();
    expect(panel.top - trigger.bottom).to.be.closeTo(10, EPSILON);
    expect(panel.left).to.be.closeTo(trigger.left, EPSILON);
  });

  it('flips above the trigger at the bottom edge of the viewport', async () => {
    const popover = await fixture<TkPopover>(html`
      <tk-popover placement="bottom">
        <button slot="trigger" style="position: fixed; bottom: 10px; left: 300px">Near the bottom</button>
        <div style="width: 160px; height: 200px">Tall content</div>
      </tk-popover>
    `);
    await popover.show();
    const trigger = popover.querySelector('button')!.getBoundingClientRect();
    const panel = panelOf(popover).getBoundingClientRect();
    expect(panel.bottom).to.be.at.most(trigger.top + EPSILON);
    insideViewport(panel);
  });

  it('shifts along the edge so a panel near the right side stays fully inside the viewport', async () => {
    // Centered placement: no alternative alignment to flip to, so only shifting keeps it inside.
    const popover = await fixture<TkPopover>(html`
      <tk-popover placement="bottom">
        <button slot="trigger" style="position: fixed; top: 40px; right: 4px">Edge</button>
        <div style="width: 300px; height: 60px">Wide content</div>
      </tk-popover>
    `);
    await popover.show();
    const trigger = popover.querySelector('button')!.getBoundingClientRect();
    const panel = panelOf(popover).getBoundingClientRect();
    insideViewport(panel);
    expect(panel.top).to.be.at.least(trigger.bottom);
    expect(panel.left).to.be.below(trigger.left);
  });

  it('limits its size to the space available and scrolls the overflow', async () => {
    const popover = await fixture<TkPopover>(html`
      <tk-popover placement="bottom">
        <button slot="trigger" style="position: fixed; top: 250px; left: 300px">Long list</button>
        <div style="width: 2000px; height: 2000px">Huge content</div>
      </tk-popover>
    `);
    await popover.show();
    const panel = panelOf(popover);
    insideViewport(panel.getBoundingClientRect());
    expect(panel.scrollHeight).to.be.above(panel.clientHeight);
  });

  it('mirrors start and end alignment in right-to-left layouts', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div dir="rtl">
        <tk-popover placement="bottom-start">
          <button slot="trigger" style="position: fixed; top: 60px; left: 400px; width: 100px">فتح</button>
          <div style="width: 220px; height: 40px">محتوى</div>
        </tk-popover>
      </div>
    `);
    const popover = root.querySelector('tk-popover')!;
    await popover.show();
    const trigger = popover.querySelector('button')!.getBoundingClientRect();
    const panel = panelOf(popover).getBoundingClientRect();
    expect(panel.right).to.be.closeTo(trigger.right, EPSILON);
    expect(panel.left).to.be.below(trigger.left);

    popover.placement = 'bottom-end';
    await popover.updateComplete;
    await frames();
    const endAligned = panelOf(popover).getBoundingClientRect();
    expect(endAligned.left).to.be.closeTo(trigger.left, EPSILON);
  });

  it('escapes overflow: hidden and transformed ancestors by rendering in the top layer', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div
        style="position: fixed; top: 50px; left: 50px; width: 200px; height: 60px; overflow: hidden; transform: translateZ(0)"
      >
        <tk-popover strategy="fixed">
          <button slot="trigger">In a clipped widget</button>
          <div id="content" style="width: 180px; height: 150px">Not clipped</div>
        </tk-popover>
      </div>
    `);
    const popover = root.querySelector('tk-popover')!;
    await popover.show();
    const panel = panelOf(popover).getBoundingClientRect();
    expect(panel.bottom).to.be.above(root.getBoundingClientRect().bottom);
    // What is painted at a point below the clipping box is the panel's content, not the page.
    const probe = document.elementFromPoint(panel.left + 20, root.getBoundingClientRect().bottom + 40);
    expect(probe).to.equal(root.querySelector('#content'));
  });

  it('points the arrow at the middle of the anchor', async () => {
    const popover = await fixture<TkPopover>(html`
      <tk-popover arrow placement="bottom-start">
        <button slot="trigger" style="position: fixed; top: 100px; left: 100px; width: 40px">?</button>
        <div style="width: 240px">Help text</div>
      </tk-popover>
    `);
    await popover.show();
    const trigger = popover.querySelector('button')!.getBoundingClientRect();
    const arrow = popover.shadowRoot!.querySelector('[part="arrow"]')!.getBoundingClientRect();
    expect(arrow.left + arrow.width / 2).to.be.closeTo(trigger.left + trigger.width / 2, 1.5);
    expect(arrow.top).to.be.below(panelOf(popover).getBoundingClientRect().top);
  });

  it('follows its anchor when the anchor moves', async () => {
    const popover = await fixture<TkPopover>(html`
      <tk-popover>
        <button slot="trigger" style="position: fixed; top: 100px; left: 100px">Move me</button>
        <div style="width: 100px">Content</div>
      </tk-popover>
    `);
    await popover.show();
    const trigger = popover.querySelector('button')!;
    trigger.style.left = '400px';
    window.dispatchEvent(new Event('resize'));
    await frames(3);
    expect(panelOf(popover).getBoundingClientRect().left).to.be.closeTo(400, EPSILON);
  });

  it('positions against an external anchor given by id', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <button id="external" style="position: fixed; top: 300px; left: 500px">Anchor</button>
        <tk-popover anchor="external" placement="top">
          <div style="width: 100px; height: 50px">Content</div>
        </tk-popover>
      </div>
    `);
    const popover = root.querySelector('tk-popover')!;
    await popover.show();
    const anchor = root.querySelector('#external')!.getBoundingClientRect();
    const panel = panelOf(popover).getBoundingClientRect();
    expect(panel.bottom).to.be.at.most(anchor.top + EPSILON);
    expect(panel.left + panel.width / 2).to.be.closeTo(anchor.left + anchor.width / 2, EPSILON);
  });
});
