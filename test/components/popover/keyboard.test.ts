import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/popover/define.js';
import { deepActiveElement } from '../../../src/base/focus.js';
import type { TkPopover } from '../../../src/components/popover/popover.js';
import { center, frames, isShowing, panelOf, untilFocused, untilHidden, untilShown } from './helpers.js';

describe('tk-popover keyboard and dismissal', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('opens with Enter from the trigger, moves focus inside, closes with Escape and returns focus', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <button id="before">Before</button>
        <tk-popover>
          <button slot="trigger">Filters</button>
          <label>Name <input id="name" /></label>
          <button>Apply</button>
        </tk-popover>
      </div>
    `);
    const popover = root.querySelector('tk-popover')!;
    const trigger = root.querySelector<HTMLButtonElement>('[slot="trigger"]')!;
    root.querySelector<HTMLButtonElement>('#before')!.focus();

    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(trigger);
    expect(isShowing(popover)).to.equal(false);

    await sendKeys({ press: 'Enter' });
    await untilShown(popover);
    await untilFocused(root.querySelector('#name')!, 'focus did not move to the first field');
    expect(trigger.getAttribute('aria-expanded')).to.equal('true');

    await sendKeys({ press: 'Escape' });
    await untilHidden(popover);
    await untilFocused(trigger, 'focus did not return to the trigger');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(popover.open).to.equal(false);
  });

  it('opens with Space too, and Tab moves through the content in order after the trigger', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <tk-popover>
          <button slot="trigger">Share</button>
          <button id="one">One</button>
          <button id="two">Two</button>
        </tk-popover>
        <button id="after">After</button>
      </div>
    `);
    const popover = root.querySelector('tk-popover')!;
    root.querySelector<HTMLButtonElement>('[slot="trigger"]')!.focus();
    await sendKeys({ press: 'Space' });
    await untilShown(popover);
    await untilFocused(root.querySelector('#one')!);
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(root.querySelector('#two'));
  });

  it('closes when Tab moves focus out of the panel, without pulling focus back', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <tk-popover>
          <button slot="trigger">Share</button>
          <button id="only">Copy link</button>
        </tk-popover>
        <button id="after">After</button>
      </div>
    `);
    const popover = root.querySelector('tk-popover')!;
    const hides: string[] = [];
    popover.addEventListener('tk-hide', (event) => hides.push(event.detail.reason));
    root.querySelector<HTMLButtonElement>('[slot="trigger"]')!.focus();
    await sendKeys({ press: 'Enter' });
    await untilFocused(root.querySelector('#only')!);
    await sendKeys({ press: 'Tab' });
    await untilHidden(popover);
    expect(deepActiveElement()).to.equal(root.querySelector('#after'));
    expect(hides).to.deep.equal(['focus-out']);
  });

  it('stays open when focus leaves without Tab (another window, a removed element) or lands on the padding', async () => {
    const popover = await fixture<TkPopover>(html`
      <tk-popover style="--tk-popover-padding: 24px">
        <button slot="trigger">Open</button>
        <button id="inside">Inside</button>
      </tk-popover>
    `);
    await popover.show();
    const inside = popover.querySelector<HTMLButtonElement>('#inside')!;
    inside.blur();
    await frames();
    expect(isShowing(popover)).to.equal(true);

    const panel = panelOf(popover).getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(panel.left + 6), Math.round(panel.top + 6)] });
    await frames();
    expect(isShowing(popover)).to.equal(true);

    inside.focus();
    inside.remove();
    await frames();
    expect(isShowing(popover)).to.equal(true);
  });

  it('focuses the panel itself when the content has nothing focusable', async () => {
    const popover = await fixture<TkPopover>(html`
      <tk-popover>
        <button slot="trigger">Info</button>
        <p>Plain text only.</p>
      </tk-popover>
    `);
    popover.querySelector('button')!.focus();
    await sendKeys({ press: 'Enter' });
    await untilShown(popover);
    await waitForFocusIn(panelOf(popover));
    await sendKeys({ press: 'Escape' });
    await untilHidden(popover);
    expect(deepActiveElement()).to.equal(popover.querySelector('button'));
  });

  it('prefers an [autofocus] element and leaves focus alone with no-auto-focus', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <tk-popover id="auto">
          <button slot="trigger">Rename</button>
          <button>Cancel</button>
          <input id="field" autofocus />
        </tk-popover>
        <tk-popover id="quiet" no-auto-focus>
          <button slot="trigger">Hint</button>
          <button>Inside</button>
        </tk-popover>
      </div>
    `);
    const auto = root.querySelector<TkPopover>('#auto')!;
    await auto.show();
    expect(deepActiveElement()).to.equal(root.querySelector('#field'));
    await auto.hide();

    const quiet = root.querySelector<TkPopover>('#quiet')!;
    const quietTrigger = quiet.querySelector<HTMLButtonElement>('[slot="trigger"]')!;
    quietTrigger.focus();
    await sendKeys({ press: 'Enter' });
    await untilShown(quiet);
    await frames();
    expect(deepActiveElement()).to.equal(quietTrigger);
  });

  it('closes on a pointer press outside, and stays open on a press inside the panel', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div style="padding: 20px">
        <tk-popover>
          <button slot="trigger">Columns</button>
          <p id="inside" style="margin: 0; padding: 16px">Pick the columns to show.</p>
        </tk-popover>
        <p id="outside" style="margin-top: 240px">Elsewhere on the page</p>
      </div>
    `);
    const popover = root.querySelector('tk-popover')!;
    const hides: string[] = [];
    popover.addEventListener('tk-hide', (event) => hides.push(event.detail.reason));
    await sendMouse({ type: 'click', position: center(root.querySelector('[slot="trigger"]')!) });
    await untilShown(popover);

    await sendMouse({ type: 'click', position: center(root.querySelector('#inside')!) });
    await frames();
    expect(isShowing(popover)).to.equal(true);

    await sendMouse({ type: 'click', position: center(root.querySelector('#outside')!) });
    await untilHidden(popover);
    expect(hides).to.deep.equal(['outside']);
  });

  it('toggles closed when the trigger is clicked again', async () => {
    const popover = await fixture<TkPopover>(html`
      <tk-popover
        ><button slot="trigger">Toggle</button>
        <p>Content</p></tk-popover
      >
    `);
    const trigger = popover.querySelector('button')!;
    await sendMouse({ type: 'click', position: center(trigger) });
    await untilShown(popover);
    await sendMouse({ type: 'click', position: center(trigger) });
    await untilHidden(popover);
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
  });

  describe('nested popovers', () => {
    async function nested(): Promise<{ outer: TkPopover; inner: TkPopover; root: HTMLElement }> {
      const root = await fixture<HTMLDivElement>(html`
        <div style="padding: 20px">
          <tk-popover id="outer" label="Filters">
            <button slot="trigger" id="outer-trigger">Filters</button>
            <p>Status filter</p>
            <tk-popover id="inner" placement="right-start" label="Status values">
              <button slot="trigger" id="inner-trigger">Choose status</button>
              <button id="inner-option">Open</button>
              <p id="inner-text" style="padding: 12px; margin: 0">Only open records</p>
            </tk-popover>
          </tk-popover>
          <p id="outside" style="margin-top: 300px">Page</p>
        </div>
      `);
      return {
        root,
        outer: root.querySelector<TkPopover>('#outer')!,
        inner: root.querySelector<TkPopover>('#inner')!,
      };
    }

    it('Escape closes only the innermost popover, then the outer one', async () => {
      const { root, outer, inner } = await nested();
      root.querySelector<HTMLButtonElement>('#outer-trigger')!.focus();
      await sendKeys({ press: 'Enter' });
      await untilFocused(root.querySelector('#inner-trigger')!);
      await sendKeys({ press: 'Enter' });
      await untilShown(inner);
      await untilFocused(root.querySelector('#inner-option')!);

      await sendKeys({ press: 'Escape' });
      await untilHidden(inner);
      await frames();
      expect(isShowing(outer)).to.equal(true);
      await untilFocused(root.querySelector('#inner-trigger')!, 'focus did not return to the inner trigger');

      await sendKeys({ press: 'Escape' });
      await untilHidden(outer);
      await untilFocused(root.querySelector('#outer-trigger')!, 'focus did not return to the outer trigger');
    });

    it('Escape pressed inside a popover closes that one, even when an unrelated one was opened later', async () => {
      const root = await fixture<HTMLDivElement>(html`
        <div>
          <tk-popover id="first"><button slot="trigger">First</button><input id="first-field" /></tk-popover>
          <tk-popover id="second" no-auto-focus
            ><button slot="trigger">Second</button>
            <p>Info</p></tk-popover
          >
        </div>
      `);
      const first = root.querySelector<TkPopover>('#first')!;
      const second = root.querySelector<TkPopover>('#second')!;
      await first.show();
      await second.show();
      expect(deepActiveElement()).to.equal(root.querySelector('#first-field'));
      await sendKeys({ press: 'Escape' });
      await untilHidden(first);
      expect(isShowing(second)).to.equal(true);
      await untilFocused(first.querySelector('[slot="trigger"]')!);
      await sendKeys({ press: 'Escape' });
      await untilHidden(second);
    });

    it('a click inside the inner panel keeps both open; a click outside both closes both', async () => {
      const { root, outer, inner } = await nested();
      await outer.show();
      await inner.show();
      await sendMouse({ type: 'click', position: center(root.querySelector('#inner-text')!) });
      await frames();
      expect(isShowing(inner)).to.equal(true);
      expect(isShowing(outer)).to.equal(true);

      await sendMouse({ type: 'click', position: center(root.querySelector('#outside')!) });
      await untilHidden(outer);
      expect(isShowing(inner)).to.equal(false);
    });

    it('a click in the outer panel closes only the inner one', async () => {
      const { outer, inner } = await nested();
      await outer.show();
      await inner.show();
      const outerText = outer.querySelector(':scope > p')!;
      await sendMouse({ type: 'click', position: center(outerText) });
      await untilHidden(inner);
      expect(isShowing(outer)).to.equal(true);
    });

    it('treats a popover anchored inside another as its child even when it lives elsewhere in the DOM', async () => {
      const root = await fixture<HTMLDivElement>(html`
        <div style="padding: 20px">
          <tk-popover id="outer" label="Fields">
            <button slot="trigger">Fields</button>
            <button id="more">More fields</button>
          </tk-popover>
          <p id="outside" style="margin-top: 300px">Page</p>
          <tk-popover id="portal" anchor="more" placement="right-start" label="More">
            <p id="portal-text" style="padding: 12px; margin: 0">Extra fields</p>
          </tk-popover>
        </div>
      `);
      const outer = root.querySelector<TkPopover>('#outer')!;
      const portal = root.querySelector<TkPopover>('#portal')!;
      await outer.show();
      await sendMouse({ type: 'click', position: center(root.querySelector('#more')!) });
      await untilShown(portal);
      await sendMouse({ type: 'click', position: center(root.querySelector('#portal-text')!) });
      await frames();
      expect(isShowing(portal)).to.equal(true);
      expect(isShowing(outer)).to.equal(true);

      await sendKeys({ press: 'Escape' });
      await untilHidden(portal);
      expect(isShowing(outer)).to.equal(true);

      await portal.show();
      await outer.hide();
      expect(isShowing(portal)).to.equal(false);
    });

    it('closing the outer popover closes the inner one too', async () => {
      const { outer, inner } = await nested();
      await outer.show();
      await inner.show();
      const innerHides: string[] = [];
      inner.addEventListener('tk-hide', (event) => innerHides.push(event.detail.reason));
      await outer.hide();
      expect(isShowing(inner)).to.equal(false);
      expect(inner.open).to.equal(false);
      expect(innerHides).to.deep.equal(['parent']);
    });
  });
});

async function waitForFocusIn(element: HTMLElement): Promise<void> {
  await untilFocused(element, 'the panel did not get focus');
}
