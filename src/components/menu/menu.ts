import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TkElement } from '../../base/tk-element.js';
import { baseStyles } from '../../base/styles.js';
import { composedClosest } from '../../base/focus.js';
import { RovingFocusController } from '../../base/roving-focus.js';
import type { TkPopover } from '../popover/popover.js';
import { TkMenuItem } from './menu-item.js';
import { menuStyles } from './menu.styles.js';

export interface TkMenuSelectDetail {
  /** The item's `value`. */
  value: string;
  item: TkMenuItem;
  /** For checkbox and radio items, the checked state the item gets unless the event is canceled. */
  checked: boolean | undefined;
}

declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-select': TkMenuSelectDetail;
  }
}

/**
 * A menu of commands and options. Arrow keys move between items (wrapping), Home/End jump to the
 * ends, typing jumps to the next item starting with the typed text, Enter or Space activates, and
 * disabled items are skipped. The menu is one Tab stop.
 *
 * Put it in a `tk-popover` with a button in the `trigger` slot for the menu-button pattern: the
 * button gets `aria-haspopup="menu"`, `aria-expanded` and `aria-controls`, the menu is named by the
 * button, opening focuses the first item, Escape or Tab closes it, and choosing an item closes it and
 * puts focus back on the button.
 *
 * @summary Keyboard-navigable menu of tk-menu-item elements; the popup of a menu button.
 * @tagname tk-menu
 *
 * @slot - `tk-menu-item` elements, optionally separated by `<hr>` or wrapped in `role="group"` elements.
 *
 * @csspart base - The column that holds the items.
 *
 * @cssprop [--tk-menu-min-width=10rem] - Narrowest the menu gets.
 * @cssprop [--tk-menu-gap=0] - Space between items.
 *
 * @event {CustomEvent<TkMenuSelectDetail>} tk-select - An item was activated. Cancelable: canceling keeps the checked state and the popover open.
 */
export class TkMenu extends TkElement {
  static override styles = [baseStyles, menuStyles];

  readonly #roving = new RovingFocusController<TkMenuItem>(this, {
    items: () => this.#items(),
    orientation: 'vertical',
    wrap: true,
    typeahead: true,
    homeEnd: true,
    label: (item) => item.textLabel,
  });

  /** Made on first connection: a server renders the menu where MutationObserver does not exist. */
  #itemObserver: MutationObserver | undefined;

  /** Keeps the enclosing popover open after an item is chosen (e.g. a list of checkbox options). */
  @property({ attribute: 'keep-open', type: Boolean }) keepOpen = false;

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'menu');
    this.addEventListener('click', this.#onClick);
    this.addEventListener('keydown', this.#onKeydown);
    this.#itemObserver ??= new MutationObserver(() => this.#syncItems());
    this.#itemObserver.observe(this, {
      subtree: true,
      childList: true,
      attributes: true,
      // Items write `role` from their `type`, so it is the observable form of a type change.
      attributeFilter: ['disabled', 'role'],
    });
    this.#syncItems();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('keydown', this.#onKeydown);
    this.#itemObserver?.disconnect();
  }

  readonly #onClick = (event: MouseEvent): void => {
    const item = this.#itemFromEvent(event);
    if (item) this.#activate(item);
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || (event.key !== 'Enter' && event.key !== ' ')) return;
    const item = this.#itemFromEvent(event);
    if (!item) return;
    event.preventDefault();
    this.#activate(item);
  };

  /** Items that belong to this menu (not to a menu nested inside one of them), in document order. */
  #items(): TkMenuItem[] {
    return [...this.querySelectorAll('tk-menu-item')].filter(
      (item): item is TkMenuItem => item instanceof TkMenuItem && item.closest('tk-menu') === this,
    );
  }

  #itemFromEvent(event: Event): TkMenuItem | undefined {
    const items = this.#items();
    return event.composedPath().find((node): node is TkMenuItem => items.includes(node as TkMenuItem));
  }

  /** Keeps the tab stop valid and aligns plain items with checkable ones. */
  readonly #syncItems = (): void => {
    const items = this.#items();
    const indent = items.some((item) => {
      const role = item.getAttribute('role');
      return role === 'menuitemcheckbox' || role === 'menuitemradio';
    });
    for (const item of items) item.toggleAttribute('data-indent', indent);
    this.#roving.sync();
  };

  #activate(item: TkMenuItem): void {
    if (item.disabled) return;
    const role = item.getAttribute('role');
    const checked = role === 'menuitemcheckbox' ? !item.checked : role === 'menuitemradio' ? true : undefined;
    const event = this.emit('tk-select', { value: item.value, item, checked }, { cancelable: true });
    if (event.defaultPrevented) return;

    if (role === 'menuitemradio') {
      for (const other of this.#items()) {
        if (other.parentElement === item.parentElement && other.getAttribute('role') === 'menuitemradio') {
          other.checked = other === item;
        }
      }
    } else if (checked !== undefined) {
      item.checked = checked;
    }
    if (!this.keepOpen) void composedClosest<TkPopover>(this, 'tk-popover')?.hide();
  }

  /** Focuses the first enabled item, as opening a menu should. */
  override focus(options?: FocusOptions): void {
    this.#syncItems();
    const first = this.#roving.enabledItems()[0];
    this.#roving.setActive(first);
    first?.focus(options);
  }

  override render(): TemplateResult {
    return html`<div part="base" class="base"><slot @slotchange=${this.#syncItems}></slot></div>`;
  }
}
