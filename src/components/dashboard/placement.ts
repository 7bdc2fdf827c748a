import { sortByPosition, type Layout, type LayoutItem, type LayoutRect } from '../../core/layout/index.js';
import type { DashboardLayoutEntry } from '../../core/dashboard/preferences.js';
import type { TkDashboardItem } from './dashboard-item.js';
import { reorderChildren } from '../../base/order.js';
import { whenIdle } from '../../base/idle.js';

/** The grid-area that places an item at rest. */
function gridArea(rect: LayoutRect): string {
  return `${rect.y + 1} / ${rect.x + 1} / span ${rect.h} / span ${rect.w}`;
}

/** What placing items needs from the dashboard. */
export interface PlacementHooks {
  /** Visible items by id. */
  items: ReadonlyMap<string, TkDashboardItem>;
  /** An item's position and the keyboard instructions, as screen readers hear them on focus. */
  describe: (rect: DashboardLayoutEntry) => string;
  /** Runs with every flush (after reordering): the deferred preferences write. */
  flushed: () => void;
}

/**
 * Puts the committed layout on the items: each item's grid area and `x`, `y`, `w`, `h` properties at
 * once, then reading order in the DOM, the position attributes and the descriptions in an idle
 * moment. None of those change what is on screen, and a change that pushes hundreds of widgets shows
 * sooner. Any key press, pointer press or focus change in the dashboard, leaving the page and
 * disconnecting all flush at once, so Tab always follows the new order and nothing is lost.
 */
export class ItemPlacement {
  /** The committed layout at the active column count. */
  layout: Layout = [];
  byId = new Map<string, LayoutItem>();
  /** The dashboard reorders its children: a slot change it sees meanwhile is its own. */
  reordering = false;
  readonly #host: HTMLElement;
  readonly #hooks: PlacementHooks;
  readonly #appliedAreas = new WeakMap<TkDashboardItem, string>();
  /** Items placed whose attributes and description wait for an idle moment. */
  readonly #unreflected = new Set<TkDashboardItem>();
  #reorderDue = false;
  #cancelIdle: (() => void) | undefined;

  constructor(host: HTMLElement, hooks: PlacementHooks) {
    this.#host = host;
    this.#hooks = hooks;
  }

  connect(): void {
    for (const type of ['keydown', 'pointerdown', 'focusin']) this.#host.addEventListener(type, this.flush, true);
    window.addEventListener('pagehide', this.flush);
  }

  disconnect(): void {
    this.flush();
    for (const type of ['keydown', 'pointerdown', 'focusin']) this.#host.removeEventListener(type, this.flush, true);
    window.removeEventListener('pagehide', this.flush);
  }

  /**
   * Shows a committed layout: grid placement and item properties of the items that moved now, the
   * rest in an idle moment. `all` refreshes every item, for new strings or headings.
   */
  apply(layout: Layout, all = false): void {
    this.layout = layout;
    this.byId = new Map(layout.map((item) => [item.id, item]));
    for (const item of layout) {
      const element = this.#hooks.items.get(item.id);
      if (!element) continue;
      const area = gridArea(item);
      if (!all && this.#appliedAreas.get(element) === area) continue;
      element.style.gridArea = area;
      this.#appliedAreas.set(element, area);
      element.place(item);
      this.#unreflected.add(element);
    }
    this.#reorderDue = true;
    this.#cancelIdle ??= whenIdle(() => this.flush(), 100);
  }

  /** Puts an item back where the committed layout has it (its properties were changed to no effect). */
  restore(element: TkDashboardItem, rect: LayoutItem): void {
    element.place(rect);
    element.reflectPlacement(this.#hooks.describe(rect));
  }

  /** Runs deferred reordering, attributes and writing now. */
  readonly flush = (): void => {
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
    this.reflect();
    if (this.#reorderDue) {
      this.#reorderDue = false;
      this.#reorder();
    }
    this.#hooks.flushed();
  };

  /** Writes the position attributes and descriptions of the items placed since the last time. */
  reflect(): void {
    for (const element of this.#unreflected) {
      const rect = this.byId.get(element.itemId);
      if (rect && this.#hooks.items.get(element.itemId) === element)
        element.reflectPlacement(this.#hooks.describe(rect));
    }
    this.#unreflected.clear();
  }

  /** Puts the items in reading order in the DOM, keeping focus where it was. */
  #reorder(): void {
    const order = sortByPosition(this.layout)
      .map((item) => this.#hooks.items.get(item.id))
      .filter((element): element is TkDashboardItem => element !== undefined);
    const active = document.activeElement;
    this.reordering = true;
    try {
      const moved = reorderChildren(this.#host, order);
      if (moved && active instanceof HTMLElement && active !== document.activeElement && active.isConnected) {
        active.focus({ preventScroll: true });
      }
    } finally {
      this.reordering = false;
    }
  }
}
