import type { ReactiveController, ReactiveControllerHost } from 'lit';

export type RovingOrientation = 'vertical' | 'horizontal' | 'both';

export interface RovingFocusOptions<T extends HTMLElement> {
  /** Every item in order, disabled ones included. Called whenever the controller needs the list. */
  items: () => T[];
  /** Which arrow keys move: up/down, left/right (mirrored in RTL), or both. Default `vertical`. */
  orientation?: RovingOrientation;
  /** Whether moving past the last item goes to the first (and back). Default `true`. */
  wrap?: boolean;
  /** Whether typing characters moves to the next item whose label starts with them. Default `true`. */
  typeahead?: boolean;
  /** Whether Home and End move to the first and last item. Default `true`. */
  homeEnd?: boolean;
  /** Disabled items are skipped by keys and never take the tab stop. Default: `disabled` or `aria-disabled="true"`. */
  isDisabled?: (item: T) => boolean;
  /** The text typeahead matches against. Default: the item's trimmed text content. */
  label?: (item: T) => string;
  /** Called after the active item changes, by key, focus, or `setActive`. */
  onActiveChange?: (item: T | undefined) => void;
}

/** Typed characters further apart than this start a new typeahead search (the usual platform figure). */
const TYPEAHEAD_RESET_MS = 500;

const defaultIsDisabled = (item: HTMLElement): boolean =>
  item.hasAttribute('disabled') || item.getAttribute('aria-disabled') === 'true';

const defaultLabel = (item: HTMLElement): string => (item.textContent ?? '').trim();

/**
 * Roving tabindex for a composite widget (menu, listbox, toolbar, tab list, dashboard items): the
 * widget is one Tab stop, the active item has `tabindex="0"` and every other item `-1`, and arrow
 * keys, Home/End and typeahead move focus between enabled items.
 *
 * The controller listens for `keydown` and `focusin` on its host, so items must be the host's
 * descendants (light DOM or its shadow root). It re-reads the item list after every host update;
 * call `sync()` when items change without one (a `slotchange`, a child toggling `disabled`).
 */
export class RovingFocusController<T extends HTMLElement> implements ReactiveController {
  orientation: RovingOrientation;
  wrap: boolean;
  typeahead: boolean;
  homeEnd: boolean;

  #activeItem: T | undefined;
  #search = '';
  #searchTimer: ReturnType<typeof setTimeout> | undefined;
  readonly #isDisabled: (item: T) => boolean;
  readonly #label: (item: T) => string;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: RovingFocusOptions<T>;

  constructor(host: ReactiveControllerHost & HTMLElement, options: RovingFocusOptions<T>) {
    this.#host = host;
    this.#options = options;
    this.orientation = options.orientation ?? 'vertical';
    this.wrap = options.wrap ?? true;
    this.typeahead = options.typeahead ?? true;
    this.homeEnd = options.homeEnd ?? true;
    this.#isDisabled = options.isDisabled ?? defaultIsDisabled;
    this.#label = options.label ?? defaultLabel;
    host.addController(this);
  }

  /** The item that holds the tab stop. */
  get active(): T | undefined {
    return this.#activeItem;
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onKeydown);
    this.#host.addEventListener('focusin', this.#onFocusin);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKeydown);
    this.#host.removeEventListener('focusin', this.#onFocusin);
    this.#clearSearch();
  }

  hostUpdated(): void {
    this.sync();
  }

  /** Enabled items in order. */
  enabledItems(): T[] {
    return this.#options.items().filter((item) => !this.#isDisabled(item));
  }

  /**
   * Re-reads the items and moves the tab stop to the first enabled item when the active one is gone
   * or disabled, so the widget always stays reachable with Tab.
   */
  sync(): void {
    const items = this.#options.items();
    const enabled = items.filter((item) => !this.#isDisabled(item));
    const previous = this.#activeItem;
    if (!this.#activeItem || !enabled.includes(this.#activeItem)) this.#activeItem = enabled[0];
    for (const item of items) {
      const tabindex = item === this.#activeItem ? '0' : '-1';
      if (item.getAttribute('tabindex') !== tabindex) item.setAttribute('tabindex', tabindex);
    }
    if (previous !== this.#activeItem) this.#options.onActiveChange?.(this.#activeItem);
  }

  /** Gives `item` the tab stop, and focus when asked. Disabled or unknown items are ignored. */
  setActive(item: T | undefined, options: { focus?: boolean } = {}): void {
    if (!item || !this.enabledItems().includes(item)) return;
    const changed = item !== this.#activeItem;
    this.#activeItem = item;
    this.sync();
    if (changed) this.#options.onActiveChange?.(item);
    if (options.focus) item.focus();
  }

  focusFirst(): void {
    this.setActive(this.enabledItems()[0], { focus: true });
  }

  focusLast(): void {
    this.setActive(this.enabledItems().at(-1), { focus: true });
  }

  readonly #onFocusin = (event: FocusEvent): void => {
    const item = this.#itemInPath(event);
    if (item && item !== this.#activeItem) this.setActive(item);
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
    const items = this.enabledItems();
    if (items.length === 0) return;
    const current = this.#itemInPath(event) ?? this.#activeItem;
    const index = current ? items.indexOf(current) : -1;

    let target: T | undefined;
    const step = this.#stepFor(event.key);
    if (step !== 0) {
      target = this.#move(items, index, step);
    } else if (this.homeEnd && event.key === 'Home') {
      target = items[0];
    } else if (this.homeEnd && event.key === 'End') {
      target = items.at(-1);
    } else if (this.typeahead && event.key.length === 1 && event.key !== ' ') {
      target = this.#findByTypeahead(items, index, event.key);
      if (!target) return;
    } else {
      return;
    }
    // An arrow at a non-wrapping end is still consumed: the page must not scroll instead.
    event.preventDefault();
    if (target) this.setActive(target, { focus: true });
  };

  #stepFor(key: string): -1 | 0 | 1 {
    const vertical = this.orientation !== 'horizontal';
    const horizontal = this.orientation !== 'vertical';
    if (vertical && key === 'ArrowDown') return 1;
    if (vertical && key === 'ArrowUp') return -1;
    if (horizontal && (key === 'ArrowRight' || key === 'ArrowLeft')) {
      const forward = key === 'ArrowRight' ? 1 : -1;
      return getComputedStyle(this.#host).direction === 'rtl' ? (-forward as -1 | 1) : forward;
    }
    return 0;
  }

  #move(items: T[], index: number, step: -1 | 1): T | undefined {
    if (index === -1) return step === 1 ? items[0] : items.at(-1);
    const next = index + step;
    if (next >= 0 && next < items.length) return items[next];
    return this.wrap ? items[(next + items.length) % items.length] : undefined;
  }

  /**
   * Typing one character repeatedly cycles through items starting with it; typing a word quickly
   * narrows to the first item (from the current one on) starting with the whole word.
   */
  #findByTypeahead(items: T[], index: number, key: string): T | undefined {
    this.#search += key.toLocaleLowerCase();
    clearTimeout(this.#searchTimer);
    this.#searchTimer = setTimeout(() => this.#clearSearch(), TYPEAHEAD_RESET_MS);

    const repeated = [...this.#search].every((char) => char === this.#search[0]);
    const query = repeated ? this.#search.charAt(0) : this.#search;
    const start = repeated ? index + 1 : Math.max(index, 0);
    for (let offset = 0; offset < items.length; offset++) {
      const item = items[(start + offset) % items.length];
      if (this.#label(item).toLocaleLowerCase().startsWith(query)) return item;
    }
    return undefined;
  }

  #clearSearch(): void {
    clearTimeout(this.#searchTimer);
    this.#search = '';
  }

  #itemInPath(event: Event): T | undefined {
    const items = this.enabledItems();
    return event.composedPath().find((node): node is T => items.includes(node as T));
  }
}
