import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import fc from 'fast-check';
import { LitElement, type TemplateResult } from 'lit';
import { RovingFocusController, type RovingFocusOptions } from '../../src/base/roving-focus.js';
import { deepActiveElement } from '../../src/base/focus.js';

/** A minimal composite widget: its light-DOM buttons are the items. */
class RovingHost extends LitElement {
  static options: Partial<RovingFocusOptions<HTMLElement>> = {};
  changes: (string | undefined)[] = [];
  readonly roving = new RovingFocusController<HTMLElement>(this, {
    items: () => [...this.querySelectorAll<HTMLElement>('[data-item]')],
    onActiveChange: (item) => this.changes.push(item?.id),
    ...RovingHost.options,
  });
  override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}
customElements.define('tk-test-roving', RovingHost);

async function widget(template: TemplateResult): Promise<RovingHost> {
  const el = await fixture<RovingHost>(template);
  el.roving.sync();
  return el;
}

const focused = (): string | undefined => deepActiveElement()?.id;
const tabStops = (host: HTMLElement): string[] =>
  [...host.querySelectorAll<HTMLElement>('[data-item]')].filter((item) => item.tabIndex === 0).map((item) => item.id);

describe('RovingFocusController', () => {
  afterEach(() => {
    RovingHost.options = {};
  });

  it('makes the widget one tab stop: the first enabled item has tabindex 0, the rest -1', async () => {
    const host = await widget(html`
      <tk-test-roving>
        <button data-item id="a" disabled>A</button>
        <button data-item id="b">B</button>
        <button data-item id="c">C</button>
      </tk-test-roving>
    `);
    expect(tabStops(host)).to.deep.equal(['b']);
    expect(host.querySelector<HTMLElement>('#a')!.tabIndex).to.equal(-1);
    expect(host.querySelector<HTMLElement>('#c')!.tabIndex).to.equal(-1);
  });

  it('moves with the arrows, skips disabled items, wraps, and jumps with Home and End', async () => {
    const host = await widget(html`
      <tk-test-roving>
        <div data-item id="a" tabindex="0">Alpha</div>
        <div data-item id="b" aria-disabled="true">Beta</div>
        <div data-item id="c">Gamma</div>
        <div data-item id="d">Delta</div>
      </tk-test-roving>
    `);
    host.querySelector<HTMLElement>('#a')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('c');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('d');
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('a');
    await sendKeys({ press: 'ArrowUp' });
    expect(focused()).to.equal('d');
    await sendKeys({ press: 'Home' });
    expect(focused()).to.equal('a');
    await sendKeys({ press: 'End' });
    expect(focused()).to.equal('d');
    expect(tabStops(host)).to.deep.equal(['d']);
    expect(host.changes).to.deep.equal(['a', 'c', 'd', 'a', 'd', 'a', 'd']);
  });

  it('stops at the ends without wrap, and still keeps the page from scrolling', async () => {
    RovingHost.options = { wrap: false };
    const host = await widget(html`
      <tk-test-roving>
        <button data-item id="a">A</button>
        <button data-item id="b">B</button>
      </tk-test-roving>
    `);
    host.querySelector<HTMLElement>('#b')!.focus();
    let prevented = false;
    host.addEventListener('keydown', (event) => (prevented = event.defaultPrevented));
    await sendKeys({ press: 'ArrowDown' });
    expect(focused()).to.equal('b');
    expect(prevented).to.equal(true);
  });

  it('uses left and right for horizontal widgets and mirrors them in right-to-left', async () => {
    RovingHost.options = { orientation: 'horizontal' };
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <tk-test-roving id="ltr"
          ><button data-item id="l1">1</button><button data-item id="l2">2</button></tk-test-roving
        >
        <div dir="rtl">
          <tk-test-roving id="rtl"
            ><button data-item id="r1">1</button><button data-item id="r2">2</button></tk-test-roving
          >
        </div>
      </div>
    `);
    root.querySelector<HTMLElement>('#l1')!.focus();
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(), 'vertical arrows are ignored').to.equal('l1');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal('l2');

    root.querySelector<HTMLElement>('#r1')!.focus();
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(), 'ArrowLeft goes forward in RTL').to.equal('r2');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused()).to.equal('r1');
  });

  it('jumps by typeahead, cycles on a repeated letter and matches whole words typed quickly', async () => {
    const host = await widget(html`
      <tk-test-roving>
        <button data-item id="apple">Apple</button>
        <button data-item id="banana">Banana</button>
        <button data-item id="blueberry">Blueberry</button>
        <button data-item id="cherry" disabled>Cherry</button>
        <button data-item id="citrus">Citrus</button>
      </tk-test-roving>
    `);
    host.querySelector<HTMLElement>('#apple')!.focus();
    await sendKeys({ press: 'b' });
    expect(focused()).to.equal('banana');
    await sendKeys({ press: 'b' });
    expect(focused(), 'a repeated letter cycles').to.equal('blueberry');
    await new Promise((resolve) => setTimeout(resolve, 600));
    await sendKeys({ type: 'bl' });
    expect(focused()).to.equal('blueberry');
    await new Promise((resolve) => setTimeout(resolve, 600));
    await sendKeys({ press: 'c' });
    expect(focused(), 'disabled items are skipped by typeahead').to.equal('citrus');
    await new Promise((resolve) => setTimeout(resolve, 600));
    await sendKeys({ press: 'z' });
    expect(focused(), 'no match leaves focus alone').to.equal('citrus');
  });

  it('takes the tab stop to the item that gets focus by pointer or script', async () => {
    const host = await widget(html`
      <tk-test-roving>
        <button data-item id="a">A</button>
        <button data-item id="b">B</button>
      </tk-test-roving>
    `);
    host.querySelector<HTMLElement>('#b')!.focus();
    expect(tabStops(host)).to.deep.equal(['b']);
  });

  it('moves the tab stop when the active item is removed or disabled', async () => {
    const host = await widget(html`
      <tk-test-roving>
        <button data-item id="a">A</button>
        <button data-item id="b">B</button>
        <button data-item id="c">C</button>
      </tk-test-roving>
    `);
    host.roving.setActive(host.querySelector<HTMLElement>('#b')!);
    host.querySelector('#b')!.remove();
    host.roving.sync();
    expect(tabStops(host)).to.deep.equal(['a']);
    host.querySelector('#a')!.setAttribute('disabled', '');
    host.roving.sync();
    expect(tabStops(host)).to.deep.equal(['c']);
  });

  it('ignores keys with modifiers, so shortcuts keep working', async () => {
    const host = await widget(html`
      <tk-test-roving><button data-item id="a">A</button><button data-item id="b">B</button></tk-test-roving>
    `);
    host.querySelector<HTMLElement>('#a')!.focus();
    await sendKeys({ press: 'Control+ArrowDown' });
    expect(focused()).to.equal('a');
  });

  it('property: after any key sequence, exactly one enabled item holds the tab stop and has focus', async () => {
    const keys = ['ArrowDown', 'ArrowUp', 'Home', 'End', 'a', 'b', 'x'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.boolean(), { minLength: 1, maxLength: 8 }),
        fc.array(fc.constantFrom(...keys), { maxLength: 12 }),
        fc.boolean(),
        async (disabled, presses, wrap) => {
          RovingHost.options = { wrap };
          const host = await widget(html`
            <tk-test-roving>
              ${disabled.map(
                (off, i) =>
                  html`<button data-item id=${`i${i}`} ?disabled=${off}>${i % 2 ? 'alpha' : 'beta'} ${i}</button>`,
              )}
            </tk-test-roving>
          `);
          const enabled = disabled.map((off, i) => (off ? undefined : `i${i}`)).filter(Boolean);
          if (enabled.length === 0) {
            expect(tabStops(host)).to.deep.equal([]);
            return;
          }
          host.querySelector<HTMLElement>(`#${enabled[0]}`)!.focus();
          for (const key of presses) {
            deepActiveElement()!.dispatchEvent(
              new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
            );
          }
          const stops = tabStops(host);
          expect(stops).to.have.length(1);
          expect(enabled).to.include(stops[0]);
          expect(focused()).to.equal(stops[0]);
        },
      ),
      { numRuns: 60 },
    );
  });
});
