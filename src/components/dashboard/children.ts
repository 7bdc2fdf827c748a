import { html, render as renderTemplate, type TemplateResult } from 'lit';
import type { Layout, LayoutItem } from '../../core/layout/index.js';
import type { DashboardLayoutEntry, DashboardItemRecord } from '../../core/dashboard/preferences.js';
import { TkDashboardItem } from './dashboard-item.js';
import { sameConstraints, withConstraints } from './constraints.js';
import type { TkDashboardItemType } from './dashboard-types.js';

const RECT_FIELDS = ['x', 'y', 'w', 'h'] as const;

/** Fields of an item's position and size that the integrator changed. */
export interface GivenChange {
  element: TkDashboardItem;
  fields: Partial<DashboardLayoutEntry>;
}

/**
 * A dashboard's `tk-dashboard-item` children: which are visible, where each said it was when first
 * seen (the library default layout), the elements made from catalog types (kept while detached, so
 * undo puts the same element back), and the ones hidden because the user removed them.
 */
export class DashboardChildren {
  /** Visible items by id, in DOM order. */
  readonly visible = new Map<string, TkDashboardItem>();
  /** Each child's own x, y, w, h when first seen: the library default layout at the widest breakpoint. */
  readonly ownRects = new Map<string, Partial<DashboardLayoutEntry>>();
  /**
   * The last `x`, `y`, `w`, `h` the integrator gave each child. Frameworks such as React assign every
   * property again on each render: a value equal to the last one given is not a change, so it does
   * not undo where the user put the widget since.
   */
  readonly #given = new Map<string, Partial<DashboardLayoutEntry>>();
  /** Items made from the catalog. */
  readonly #created = new Map<string, TkDashboardItem>();
  /** Items hidden because the user removed them (the integrator still renders them). */
  readonly #hiddenByUs = new Set<TkDashboardItem>();
  #idCounter = 0;

  readonly #host: HTMLElement;

  constructor(host: HTMLElement) {
    this.#host = host;
  }

  /**
   * Reads the children: ids, first-seen positions, who is visible.
   * @returns whether the visible set (or an item's limits) changed; else the items whose `x`, `y`,
   * `w` or `h` the integrator changed (`moved`, with the fields changed), and those given again a
   * value they had been given before (`restored`: they go back where the layout has them).
   */
  sync(
    removedIds: readonly string[],
    committed: ReadonlyMap<string, LayoutItem>,
    editable: boolean,
  ): { changed: boolean; moved: GivenChange[]; restored: TkDashboardItem[] } {
    const removed = new Set(removedIds);
    const before = new Map(this.visible);
    this.visible.clear();
    let changed = false;
    const moved: GivenChange[] = [];
    const restored: TkDashboardItem[] = [];
    for (const child of this.#host.children) {
      if (!(child instanceof TkDashboardItem)) continue;
      if (!child.itemId) {
        child.itemId = `tk-widget-${++this.#idCounter}`;
        console.warn('[tailorkit] <tk-dashboard-item> without item-id: its position cannot be persisted.', child);
      }
      const id = child.itemId;
      if (!this.#given.has(id)) this.#given.set(id, { x: child.x, y: child.y, w: child.w, h: child.h });
      if (!this.ownRects.has(id) && !this.#created.has(id)) {
        this.ownRects.set(id, { x: child.x, y: child.y, w: child.w, h: child.h });
      }
      if (removed.has(id)) {
        this.hide(child);
        continue;
      }
      if (this.#hiddenByUs.has(child)) {
        this.#hiddenByUs.delete(child);
        child.hidden = false;
      }
      if (child.hidden || this.visible.has(id)) continue;
      this.visible.set(id, child);
      child.editable = editable;
      const rect = committed.get(id);
      if (before.get(id) !== child || !rect || !sameConstraints(rect, child)) {
        changed = true;
        continue;
      }
      const given = this.#given.get(id)!;
      const fields: Partial<DashboardLayoutEntry> = {};
      let differs = false;
      for (const key of RECT_FIELDS) {
        const value = child[key];
        if (value === rect[key]) continue;
        differs = true;
        if (value !== undefined && value !== given[key]) fields[key] = given[key] = value;
      }
      if (Object.keys(fields).length > 0) moved.push({ element: child, fields });
      else if (differs) restored.push(child);
    }
    if (before.size !== this.visible.size) changed = true;
    return { changed, moved, restored };
  }

  /** Takes a removed widget off the dashboard: catalog widgets are detached, the integrator's hidden. */
  hide(child: TkDashboardItem): void {
    if (this.#created.has(child.itemId)) {
      child.remove();
      return;
    }
    if (!child.hidden) {
      child.hidden = true;
      this.#hiddenByUs.add(child);
    }
  }

  /** Creates (or puts back) the elements of catalog widgets recorded in the preferences. */
  materialize(
    records: readonly DashboardItemRecord[],
    removedIds: readonly string[],
    catalog: readonly TkDashboardItemType[],
  ): void {
    const removed = new Set(removedIds);
    const wanted = records.filter((record) => !removed.has(record.id));
    const wantedIds = new Set(wanted.map((record) => record.id));
    for (const [id, element] of this.#created) {
      if (!wantedIds.has(id) && element.parentElement === this.#host) element.remove();
    }
    for (const record of wanted) {
      const existing = this.#created.get(record.id) ?? this.#find(record.id);
      if (existing) {
        if (existing.parentElement !== this.#host) this.#host.append(existing);
        continue;
      }
      const type = catalog.find((candidate) => candidate.type === record.type);
      if (type) this.#host.append(this.create(type, record.id));
    }
  }

  /** A new item of a catalog type; a factory that throws gives an empty one (and says why). */
  create(type: TkDashboardItemType, id: string): TkDashboardItem {
    let content: HTMLElement | TemplateResult;
    try {
      content = type.create();
    } catch (error) {
      console.error(`[tailorkit] The "${type.type}" widget factory threw.`, error);
      content = html``;
    }
    let item: TkDashboardItem;
    if (content instanceof TkDashboardItem) {
      item = content;
    } else {
      item = document.createElement('tk-dashboard-item');
      if (content instanceof HTMLElement) item.append(content);
      else renderTemplate(content, item);
    }
    item.itemId = id;
    item.type = type.type;
    if (!item.heading) item.heading = type.title;
    item.w = type.w;
    item.h = type.h;
    if (type.minW !== undefined) item.minW = type.minW;
    if (type.minH !== undefined) item.minH = type.minH;
    if (type.maxW !== undefined) item.maxW = type.maxW;
    if (type.maxH !== undefined) item.maxH = type.maxH;
    this.#created.set(id, item);
    return item;
  }

  /** Forgets a catalog item that was made but could not be placed. */
  forget(id: string): void {
    this.#created.delete(id);
  }

  /** Every id in use: visible, detached catalog items, and children seen so far. */
  ids(): string[] {
    return [...this.visible.keys(), ...this.#created.keys(), ...this.ownRects.keys()];
  }

  /** The visible items as a layout reference: constraints from the elements, in DOM order. */
  reference(columns: number): Layout {
    let y = 0;
    const reference: Layout = [];
    for (const [id, element] of this.visible) {
      const w = Math.min(Math.max(1, Math.round(element.w) || 1), columns);
      const h = Math.max(1, Math.round(element.h) || 1);
      reference.push(withConstraints({ id, x: 0, y, w, h }, element));
      y += h;
    }
    return reference;
  }

  /** The visible items where they said they were when first seen (without a position: size only). */
  ownLayout(): (Partial<LayoutItem> & { id: string })[] {
    return [...this.visible].map(([id, element]) => {
      const rect = this.ownRects.get(id) ?? { w: element.w, h: element.h };
      const entry = rect.x === undefined || rect.y === undefined ? { id, w: rect.w, h: rect.h } : { id, ...rect };
      return withConstraints(entry, element);
    });
  }

  #find(id: string): TkDashboardItem | undefined {
    for (const child of this.#host.children) if (child instanceof TkDashboardItem && child.itemId === id) return child;
    return undefined;
  }
}
