import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/popover/define.js';
import { TkPopover } from '../../../src/components/popover/popover.js';
import { deepActiveElement } from '../../../src/base/focus.js';
import { center, frames, isShowing, panelOf, untilFocused, untilHidden, untilShown } from './helpers.js';

describe('tk-popover', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('ARIA', () => {
    it('marks the trigger with aria-haspopup, aria-expanded and an aria-controls that resolves to the dialog', async () => {
      const popover = await fixture<TkPopover>(html`
        <tk-popover label="Share this view">
          <button slot="trigger">Share</button>
          <button>Copy link</button>
        </tk-popover>
      `);
      const trigger = popover.querySelector<HTMLButtonElement>('[slot="trigger"]')!;
      const panel = panelOf(popover);
      expect(trigger.getAttribute('aria-haspopup')).to.equal('dialog');
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
      expect(panel.getAttribute('role')).to.equal('dialog');
      expect(panel.getAttribute('aria-label')).to.equal('Share this view');

      // aria-controls names the host; its shadow root's reference target forwards it to the panel.
      const controls = trigger.getAttribute('aria-controls')!;
      expect(controls).to.equal(popover.id);
      expect(document.getElementById(controls)).to.equal(popover);
      expect((popover.shadowRoot as ShadowRoot & { referenceTarget?: string }).referenceTarget).to.equal(panel.id);

      await popover.show();
      expect(trigger.getAttribute('aria-expanded')).to.equal('true');
    });

    it('keeps an id the author gave the host', async () => {
      const popover = await fixture<TkPopover>(html`
        <tk-popover id="share-popover"
          ><button slot="trigger">Share</button>
          <p>Text</p></tk-popover
        >
      `);
      expect(popover.querySelector('button')!.getAttribute('aria-controls')).to.equal('share-popover');
    });

    it('names the dialog after its first heading, or else after the trigger', async () => {
      const root = await fixture<HTMLDivElement>(html`
        <div>
          <tk-popover id="with-heading">
            <button slot="trigger">Filter</button>
            <section>
              <h2>Filter records</h2>
              <p>…</p>
            </section>
          </tk-popover>
          <tk-popover id="plain"
            ><button slot="trigger">More info</button>
            <p>Details</p></tk-popover
          >
        </div>
      `);
      const withHeading = root.querySelector<TkPopover>('#with-heading')!;
      const plain = root.querySelector<TkPopover>('#plain')!;
      await withHeading.updateComplete;
      await plain.updateComplete;
      expect(panelOf(withHeading).getAttribute('aria-label')).to.equal('Filter records');
      expect(panelOf(plain).getAttribute('aria-label')).to.equal('More info');
    });

    it('supports other panel roles and plain disclosures', async () => {
      const root = await fixture<HTMLDivElement>(html`
        <div>
          <tk-popover id="listbox" panel-role="listbox"
            ><button slot="trigger">Pick</button>
            <p>x</p></tk-popover
          >
          <tk-popover id="disclosure" panel-role="none"
            ><button slot="trigger">Details</button>
            <p>x</p></tk-popover
          >
        </div>
      `);
      const listbox = root.querySelector<TkPopover>('#listbox')!;
      const disclosure = root.querySelector<TkPopover>('#disclosure')!;
      await listbox.updateComplete;
      await disclosure.updateComplete;
      expect(listbox.querySelector('button')!.getAttribute('aria-haspopup')).to.equal('listbox');
      expect(panelOf(listbox).getAttribute('role')).to.equal('listbox');
      expect(disclosure.querySelector('button')!.hasAttribute('aria-haspopup')).to.equal(false);
      expect(disclosure.querySelector('button')!.getAttribute('aria-expanded')).to.equal('false');
      expect(panelOf(disclosure).hasAttribute('role')).to.equal(false);
    });

    it('treats a single composite element as the popup: aria-controls and the name point at it', async () => {
      const popover = await fixture<TkPopover>(html`
        <tk-popover>
          <button slot="trigger">Actions</button>
          <ul role="listbox">
            <li role="option" tabindex="0">One</li>
          </ul>
        </tk-popover>
      `);
      await popover.updateComplete;
      const trigger = popover.querySelector('button')!;
      const list = popover.querySelector('ul')!;
      expect(trigger.getAttribute('aria-haspopup')).to.equal('listbox');
      expect(trigger.getAttribute('aria-controls')).to.equal(list.id);
      expect(list.getAttribute('aria-labelledby')).to.equal(trigger.id);
      expect(panelOf(popover).hasAttribute('role')).to.equal(false);
      await popover.show();
      expect(deepActiveElement()).to.equal(list.querySelector('li'));
    });

    it('removes its ARIA from a trigger that is replaced', async () => {
      const popover = await fixture<TkPopover>(html`
        <tk-popover
          ><button slot="trigger" id="first">First</button>
          <p>x</p></tk-popover
        >
      `);
      const first = popover.querySelector('#first')!;
      expect(first.hasAttribute('aria-expanded')).to.equal(true);
      const second = document.createElement('button');
      second.slot = 'trigger';
      second.textContent = 'Second';
      first.replaceWith(second);
      await frames();
      expect(first.hasAttribute('aria-expanded')).to.equal(false);
      expect(first.hasAttribute('aria-controls')).to.equal(false);
      expect(second.getAttribute('aria-expanded')).to.equal('false');
    });

    it('passes axe closed and open', async () => {
      const root = await fixture<HTMLDivElement>(html`
        <main>
          <tk-popover arrow>
            <button slot="trigger">Filters</button>
            <h2>Filters</h2>
            <label>Owner <input /></label>
            <button>Apply</button>
          </tk-popover>
        </main>
      `);
      await expect(root).to.be.accessible();
      await root.querySelector('tk-popover')!.show();
      await expect(root).to.be.accessible();
    });

    it('renders a hostile label as text', async () => {
      const hostile = '<img src=x onerror="window.__tkPwned = true">"><script>window.__tkPwned = true</script>';
      const popover = await fixture<TkPopover>(html`
        <tk-popover .label=${hostile}
          ><button slot="trigger">Open</button>
          <p>x</p></tk-popover
        >
      `);
      await popover.show();
      expect(panelOf(popover).getAttribute('aria-label')).to.equal(hostile);
      expect(popover.shadowRoot!.querySelector('img, script')).to.equal(null);
      await aTimeout(20);
      expect((window as { __tkPwned?: boolean }).__tkPwned).to.equal(undefined);
    });
  });

  describe('events', () => {
    it('fires before-show, show, after-show, then before-hide, hide, after-hide with reasons', async () => {
      const popover = await fixture<TkPopover>(html`
        <tk-popover><button slot="trigger">Open</button><button>Inside</button></tk-popover>
      `);
      const log: string[] = [];
      for (const name of [
        'tk-before-show',
        'tk-show',
        'tk-after-show',
        'tk-before-hide',
        'tk-hide',
        'tk-after-hide',
      ] as const) {
        popover.addEventListener(name, (event) => log.push(`${name}:${event.detail.reason}`));
      }
      popover.querySelector('button')!.focus();
      const afterShow = oneEvent(popover, 'tk-after-show');
      await sendKeys({ press: 'Enter' });
      await afterShow;
      await sendKeys({ press: 'Escape' });
      await untilHidden(popover);
      expect(log).to.deep.equal([
        'tk-before-show:trigger',
        'tk-show:trigger',
        'tk-after-show:trigger',
        'tk-before-hide:escape',
        'tk-hide:escape',
        'tk-after-hide:escape',
      ]);
    });

    it('fires tk-show with focus already inside and the panel positioned', async () => {
      const popover = await fixture<TkPopover>(html`
        <tk-popover><button slot="trigger">Open</button><button id="inside">Inside</button></tk-popover>
      `);
      let focusedAtShow: Element | null = null;
      let visibleAtShow = false;
      popover.addEventListener('tk-show', () => {
        focusedAtShow = deepActiveElement();
        visibleAtShow = isShowing(popover);
      });
      await popover.show();
      expect(focusedAtShow).to.equal(popover.querySelector('#inside'));
      expect(visibleAtShow).to.equal(true);
    });

    it('stays closed when tk-before-show is canceled', async () => {
      const popover = await fixture<TkPopover>(html`
        <tk-popover
          ><button slot="trigger">Open</button>
          <p>x</p></tk-popover
        >
      `);
      popover.addEventListener('tk-before-show', (event) => event.preventDefault());
      let shown = false;
      popover.addEventListener('tk-show', () => (shown = true));
      await sendMouse({ type: 'click', position: center(popover.querySelector('button')!) });
      await popover.show();
      await frames();
      expect(isShowing(popover)).to.equal(false);
      expect(popover.open).to.equal(false);
      expect(shown).to.equal(false);
      expect(popover.querySelector('button')!.getAttribute('aria-expanded')).to.equal('false');
    });

    it('stays open when tk-before-hide is canceled, for Escape and outside clicks alike', async () => {
      const root = await fixture<HTMLDivElement>(html`
        <div>
          <tk-popover><button slot="trigger">Open</button><button>Inside</button></tk-popover>
          <p id="outside" style="margin-top: 200px">Outside</p>
        </div>
      `);
      const popover = root.querySelector('tk-popover')!;
      const vetoed: string[] = [];
      popover.addEventListener('tk-before-hide', (event) => {
        vetoed.push(event.detail.reason);
        event.preventDefault();
      });
      await popover.show();
      await sendKeys({ press: 'Escape' });
      await sendMouse({ type: 'click', position: center(root.querySelector('#outside')!) });
      await frames();
      expect(isShowing(popover)).to.equal(true);
      expect(vetoed).to.deep.equal(['escape', 'outside']);
    });

    it('opening by property skips the cancelable event but still reports tk-show', async () => {
      const popover = await fixture<TkPopover>(html`
        <tk-popover
          ><button slot="trigger">Open</button>
          <p>x</p></tk-popover
        >
      `);
      popover.addEventListener('tk-before-show', (event) => event.preventDefault());
      const shown = oneEvent(popover, 'tk-show');
      popover.open = true;
      expect((await shown).detail.reason).to.equal('api');
      expect(isShowing(popover)).to.equal(true);
    });
  });

  describe('motion and forced colors', () => {
    afterEach(async () => {
      await emulateMedia({ reducedMotion: 'no-preference', forcedColors: 'none' });
    });

    const animationsOf = (popover: TkPopover): Animation[] =>
      popover
        .shadowRoot!.querySelector('[part~="base"]')!
        .getAnimations({ subtree: true })
        .filter((animation) => animation instanceof CSSAnimation);

    it('animates the opening, and not at all when the user prefers reduced motion', async () => {
      const popover = await fixture<TkPopover>(html`
        <tk-popover no-auto-focus
          ><button slot="trigger">Open</button>
          <p>x</p></tk-popover
        >
      `);
      popover.open = true;
      await oneEvent(popover, 'tk-show');
      expect(animationsOf(popover)).to.have.length.above(0);
      await oneEvent(popover, 'tk-after-show');
      await popover.hide();

      await emulateMedia({ reducedMotion: 'reduce' });
      popover.open = true;
      await oneEvent(popover, 'tk-show');
      expect(animationsOf(popover)).to.have.length(0);
    });

    it('keeps a visible panel border in forced colors mode', async () => {
      await emulateMedia({ forcedColors: 'active' });
      const popover = await fixture<TkPopover>(html`
        <tk-popover style="--tk-popover-border: none"
          ><button slot="trigger">Open</button>
          <p>x</p></tk-popover
        >
      `);
      await popover.show();
      const style = getComputedStyle(panelOf(popover));
      expect(style.borderTopStyle).to.equal('solid');
      expect(parseFloat(style.borderTopWidth)).to.be.at.least(1);
    });
  });

  describe('API', () => {
    it('opens from the open attribute and closes with hide(); toggle() flips it', async () => {
      const popover = await fixture<TkPopover>(html`
        <tk-popover open
          ><button slot="trigger">Open</button>
          <p>x</p></tk-popover
        >
      `);
      await untilShown(popover);
      await popover.hide();
      expect(isShowing(popover)).to.equal(false);
      expect(popover.hasAttribute('open')).to.equal(false);
      await popover.toggle();
      expect(isShowing(popover)).to.equal(true);
      expect(popover.hasAttribute('open')).to.equal(true);
      await popover.toggle();
      expect(isShowing(popover)).to.equal(false);
    });

    it('returns focus to the trigger when hide() is called while focus is inside', async () => {
      const popover = await fixture<TkPopover>(html`
        <tk-popover><button slot="trigger">Open</button><button id="inside">Inside</button></tk-popover>
      `);
      await popover.show();
      expect(deepActiveElement()).to.equal(popover.querySelector('#inside'));
      await popover.hide();
      expect(deepActiveElement()).to.equal(popover.querySelector('[slot="trigger"]'));
    });

    it('uses an external anchor as the trigger when nothing is slotted', async () => {
      const root = await fixture<HTMLDivElement>(html`
        <div>
          <button id="external">Settings</button>
          <tk-popover anchor="external"><button id="inside">Inside</button></tk-popover>
        </div>
      `);
      const popover = root.querySelector('tk-popover')!;
      const external = root.querySelector<HTMLButtonElement>('#external')!;
      await popover.updateComplete;
      expect(external.getAttribute('aria-expanded')).to.equal('false');
      expect(external.getAttribute('aria-controls')).to.equal(popover.id);

      external.focus();
      await sendKeys({ press: 'Enter' });
      await untilShown(popover);
      await untilFocused(root.querySelector('#inside')!);
      expect(external.getAttribute('aria-expanded')).to.equal('true');

      await sendKeys({ press: 'Escape' });
      await untilHidden(popover);
      await untilFocused(external);

      await sendMouse({ type: 'click', position: center(external) });
      await untilShown(popover);
      await sendMouse({ type: 'click', position: center(external) });
      await untilHidden(popover);
    });

    it('accepts an element as anchor and cleans up when it changes', async () => {
      const root = await fixture<HTMLDivElement>(html`
        <div>
          <button id="a">A</button><button id="b">B</button>
          <tk-popover><p>x</p></tk-popover>
        </div>
      `);
      const popover = root.querySelector('tk-popover')!;
      const a = root.querySelector<HTMLButtonElement>('#a')!;
      const b = root.querySelector<HTMLButtonElement>('#b')!;
      popover.anchor = a;
      await popover.updateComplete;
      expect(a.getAttribute('aria-expanded')).to.equal('false');
      popover.anchor = b;
      await popover.updateComplete;
      expect(a.hasAttribute('aria-expanded')).to.equal(false);
      expect(b.getAttribute('aria-expanded')).to.equal('false');
    });

    it('tears down when removed while open and reopens when put back', async () => {
      const root = await fixture<HTMLDivElement>(html`
        <div>
          <tk-popover
            ><button slot="trigger">Open</button>
            <p>x</p></tk-popover
          >
        </div>
      `);
      const popover = root.querySelector('tk-popover')!;
      await popover.show();
      popover.remove();
      const trigger = popover.querySelector('button')!;
      expect(trigger.hasAttribute('aria-expanded')).to.equal(false);
      root.append(popover);
      await untilShown(popover);
      // Escape still works: the document listeners were re-registered.
      trigger.focus();
      await sendKeys({ press: 'Escape' });
      await untilHidden(popover);
    });
  });

  describe('registration', () => {
    it('warns instead of throwing when another class claims tk-popover, and keeps the first', () => {
      const warnings: string[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
      try {
        class Impostor extends TkPopover {}
        expect(() => Impostor.define('tk-popover')).not.to.throw();
      } finally {
        console.warn = original;
      }
      expect(customElements.get('tk-popover')).to.equal(TkPopover);
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.contain('tk-popover');
    });

    it('importing the define module again is harmless', async () => {
      const warnings: unknown[] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        await import('../../../src/components/popover/define.js');
        TkPopover.define('tk-popover');
      } finally {
        console.warn = original;
      }
      expect(customElements.get('tk-popover')).to.equal(TkPopover);
      expect(warnings).to.have.length(0);
    });
  });
});
