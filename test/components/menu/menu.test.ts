import { aTimeout, expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/popover/define.js';
import '../../../src/components/menu/define.js';
import { TkMenu } from '../../../src/components/menu/menu.js';
import type { TkMenuItem } from '../../../src/components/menu/menu-item.js';
import type { TkPopover } from '../../../src/components/popover/popover.js';
import type { TkMenuSelectDetail } from '../../../src/components/menu/menu.js';
import { deepActiveElement } from '../../../src/base/focus.js';
import { center, frames, isShowing, untilFocused, untilHidden, untilShown } from '../popover/helpers.js';

async function menuButton(): Promise<{
  root: HTMLElement;
  popover: TkPopover;
  menu: TkMenu;
  trigger: HTMLButtonElement;
}> {
  const root = await fixture<HTMLDivElement>(html`
    <div>
      <tk-popover>
        <button slot="trigger">Actions</button>
        <tk-menu>
          <tk-menu-item value="edit">Edit</tk-menu-item>
          <tk-menu-item value="duplicate">Duplicate</tk-menu-item>
          <tk-menu-item value="archive" disabled>Archive</tk-menu-item>
          <hr />
          <tk-menu-item value="delete">Delete</tk-menu-item>
          <tk-menu-item value="download">Download as CSV</tk-menu-item>
        </tk-menu>
      </tk-popover>
    </div>
  `);
  const popover = root.querySelector('tk-popover')!;
  await popover.updateComplete;
  return {
    root,
    popover,
    menu: root.querySelector('tk-menu')!,
    trigger: root.querySelector<HTMLButtonElement>('[slot="trigger"]')!,
  };
}

const item = (root: ParentNode, value: string): TkMenuItem =>
  root.querySelector<TkMenuItem>(`tk-menu-item[value="${value}"]`)!;

describe('tk-menu', () => {
  afterEach(async () => {
    await resetMouse();
  });

  it('is a menu button: haspopup menu, controls the menu, and the menu is named by the button', async () => {
    const { menu, trigger } = await menuButton();
    expect(trigger.getAttribute('aria-haspopup')).to.equal('menu');
    expect(trigger.getAttribute('aria-expanded')).to.equal('false');
    expect(menu.getAttribute('role')).to.equal('menu');
    expect(trigger.getAttribute('aria-controls')).to.equal(menu.id);
    expect(menu.getAttribute('aria-labelledby')).to.equal(trigger.id);
    expect(item(menu, 'edit').getAttribute('role')).to.equal('menuitem');
    expect(item(menu, 'archive').getAttribute('aria-disabled')).to.equal('true');
  });

  it('keyboard only: Enter opens on the first item, arrows skip disabled items and wrap, Enter selects and closes', async () => {
    const { popover, menu, trigger } = await menuButton();
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await untilShown(popover);
    await untilFocused(item(menu, 'edit'));

    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(item(menu, 'duplicate'));
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement(), 'the disabled Archive item is skipped').to.equal(item(menu, 'delete'));
    await sendKeys({ press: 'End' });
    expect(deepActiveElement()).to.equal(item(menu, 'download'));
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement(), 'wraps to the top').to.equal(item(menu, 'edit'));
    await sendKeys({ press: 'ArrowUp' });
    expect(deepActiveElement(), 'wraps to the bottom').to.equal(item(menu, 'download'));
    await sendKeys({ press: 'Home' });
    expect(deepActiveElement()).to.equal(item(menu, 'edit'));

    await sendKeys({ press: 'd' });
    expect(deepActiveElement()).to.equal(item(menu, 'duplicate'));
    await sendKeys({ press: 'd' });
    expect(deepActiveElement(), 'repeated letter cycles').to.equal(item(menu, 'delete'));

    const selected = oneEvent(menu, 'tk-select');
    await sendKeys({ press: 'Enter' });
    const { detail } = (await selected) as CustomEvent<TkMenuSelectDetail>;
    expect(detail.value).to.equal('delete');
    expect(detail.item).to.equal(item(menu, 'delete'));
    await untilHidden(popover);
    await untilFocused(trigger, 'focus did not return to the menu button');
  });

  it('opens with ArrowDown on the button, and Escape closes it with focus back on the button', async () => {
    const { popover, menu, trigger } = await menuButton();
    trigger.focus();
    await sendKeys({ press: 'ArrowDown' });
    await untilFocused(item(menu, 'edit'));
    await sendKeys({ press: 'Escape' });
    await untilHidden(popover);
    await untilFocused(trigger);
  });

  it('reopens on the first item even after moving through the menu', async () => {
    const { popover, menu, trigger } = await menuButton();
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await untilFocused(item(menu, 'edit'));
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Escape' });
    await untilHidden(popover);
    await sendKeys({ press: 'Enter' });
    await untilFocused(item(menu, 'edit'));
  });

  it('Space selects too, and Tab closes the menu', async () => {
    const { popover, menu, trigger } = await menuButton();
    const values: string[] = [];
    menu.addEventListener('tk-select', (event) => values.push(event.detail.value));
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await untilFocused(item(menu, 'edit'));
    await sendKeys({ press: 'Space' });
    await untilHidden(popover);
    expect(values).to.deep.equal(['edit']);

    await sendKeys({ press: 'Enter' });
    await untilFocused(item(menu, 'edit'));
    await sendKeys({ press: 'Tab' });
    await untilHidden(popover);
    expect(values).to.deep.equal(['edit']);
  });

  it('selects with the mouse, and ignores clicks on disabled items', async () => {
    const { popover, menu, trigger } = await menuButton();
    const values: string[] = [];
    menu.addEventListener('tk-select', (event) => values.push(event.detail.value));
    await sendMouse({ type: 'click', position: center(trigger) });
    await untilShown(popover);
    await sendMouse({ type: 'click', position: center(item(menu, 'archive')) });
    await frames();
    expect(values).to.deep.equal([]);
    expect(isShowing(popover)).to.equal(true);
    await sendMouse({ type: 'click', position: center(item(menu, 'duplicate')) });
    await untilHidden(popover);
    expect(values).to.deep.equal(['duplicate']);
  });

  it('keeps the popover open when tk-select is canceled', async () => {
    const { popover, menu, trigger } = await menuButton();
    menu.addEventListener('tk-select', (event) => event.preventDefault());
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await untilFocused(item(menu, 'edit'));
    await sendKeys({ press: 'Enter' });
    await frames();
    expect(isShowing(popover)).to.equal(true);
  });

  it('toggles checkbox items and keeps one radio checked per group', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <tk-popover>
          <button slot="trigger">View</button>
          <tk-menu keep-open>
            <tk-menu-item type="checkbox" value="grid" checked>Show grid</tk-menu-item>
            <div role="group" aria-label="Density">
              <tk-menu-item type="radio" value="compact">Compact</tk-menu-item>
              <tk-menu-item type="radio" value="comfortable" checked>Comfortable</tk-menu-item>
            </div>
            <div role="group" aria-label="Sort">
              <tk-menu-item type="radio" value="name" checked>By name</tk-menu-item>
              <tk-menu-item type="radio" value="date">By date</tk-menu-item>
            </div>
          </tk-menu>
        </tk-popover>
      </div>
    `);
    const popover = root.querySelector('tk-popover')!;
    const menu = root.querySelector('tk-menu')!;
    const details: (boolean | undefined)[] = [];
    menu.addEventListener('tk-select', (event) => details.push(event.detail.checked));
    await popover.show();
    await menu.updateComplete;
    const grid = item(menu, 'grid');
    expect(grid.getAttribute('role')).to.equal('menuitemcheckbox');
    expect(grid.getAttribute('aria-checked')).to.equal('true');
    expect(item(menu, 'compact').getAttribute('role')).to.equal('menuitemradio');

    await sendKeys({ press: 'Enter' });
    await grid.updateComplete;
    expect(grid.getAttribute('aria-checked')).to.equal('false');
    expect(isShowing(popover), 'keep-open leaves the menu open').to.equal(true);

    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await item(menu, 'comfortable').updateComplete;
    expect(item(menu, 'compact').getAttribute('aria-checked')).to.equal('true');
    expect(item(menu, 'comfortable').getAttribute('aria-checked')).to.equal('false');
    expect(item(menu, 'name').getAttribute('aria-checked'), 'other groups are untouched').to.equal('true');
    expect(details).to.deep.equal([false, true]);
  });

  it('skips an item disabled while the menu is open', async () => {
    const { menu, trigger } = await menuButton();
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await untilFocused(item(menu, 'edit'));
    item(menu, 'duplicate').disabled = true;
    await frames();
    await sendKeys({ press: 'ArrowDown' });
    expect(deepActiveElement()).to.equal(item(menu, 'delete'));
  });

  it('passes axe closed and open', async () => {
    const { root, popover } = await menuButton();
    await expect(root).to.be.accessible();
    await popover.show();
    await expect(root).to.be.accessible();
  });

  it('reports hostile values untouched and renders hostile text as text', async () => {
    const hostile = '<img src=x onerror="window.__tkMenuPwned = true">';
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <tk-popover>
          <button slot="trigger">Open</button>
          <tk-menu><tk-menu-item .value=${hostile}>${hostile}</tk-menu-item></tk-menu>
        </tk-popover>
      </div>
    `);
    const popover = root.querySelector('tk-popover')!;
    const menu = root.querySelector('tk-menu')!;
    await popover.show();
    const selected = oneEvent(menu, 'tk-select');
    await sendKeys({ press: 'Enter' });
    expect(((await selected) as CustomEvent<TkMenuSelectDetail>).detail.value).to.equal(hostile);
    expect(root.querySelector('img')).to.equal(null);
    expect(root.querySelector('tk-menu-item')!.textContent).to.equal(hostile);
    await aTimeout(20);
    expect((window as { __tkMenuPwned?: boolean }).__tkMenuPwned).to.equal(undefined);
  });

  it('works on its own, outside a popover, as one tab stop', async () => {
    const root = await fixture<HTMLDivElement>(html`
      <div>
        <button id="before">Before</button>
        <tk-menu aria-label="Formatting">
          <tk-menu-item value="bold">Bold</tk-menu-item>
          <tk-menu-item value="italic">Italic</tk-menu-item>
        </tk-menu>
        <button id="after">After</button>
      </div>
    `);
    root.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(item(root, 'bold'));
    await sendKeys({ press: 'Tab' });
    expect(deepActiveElement()).to.equal(root.querySelector('#after'));
    await expect(root).to.be.accessible();
  });

  it('treats an unknown type as a plain command', async () => {
    const el = await fixture<TkMenuItem>(html`<tk-menu-item type="bogus">Odd</tk-menu-item>`);
    expect(el.getAttribute('role')).to.equal('menuitem');
    expect(el.hasAttribute('aria-checked')).to.equal(false);
  });

  it('warns on a second registration by another class and keeps the first', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      class OtherMenu extends TkMenu {}
      OtherMenu.define('tk-menu');
    } finally {
      console.warn = original;
    }
    expect(customElements.get('tk-menu')).to.equal(TkMenu);
    expect(warnings).to.have.length(1);
  });
});
