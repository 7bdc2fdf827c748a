import type { Layout, LayoutItem } from './types.js';
import { cloneItem, readingOrder } from './grid.js';

/**
 * A copy of the layout in reading order: by row, then by column (inline start first, so in RTL too),
 * ties kept in array order. Render items in this order so DOM and tab order follow what people see.
 */
export function sortByPosition(layout: readonly LayoutItem[]): Layout {
  return readingOrder(layout).map((i) => cloneItem(layout[i]));
}

/**
 * Whether two layouts hold the same items (by id) with the same position, size, constraints and
 * flags. Array order is ignored: it carries no meaning for placement. Use it to skip a
 * `tk-layout-change` for a gesture that ended where it started.
 */
export function layoutsEqual(a: readonly LayoutItem[], b: readonly LayoutItem[]): boolean {
  if (a.length !== b.length) return false;
  const byId = new Map<string, LayoutItem>();
  for (const item of a) byId.set(item.id, item);
  if (byId.size !== a.length) return false;
  for (const item of b) {
    const other = byId.get(item.id);
    if (!other || !itemsEqual(item, other)) return false;
    byId.delete(item.id);
  }
  return byId.size === 0;
}

function itemsEqual(a: LayoutItem, b: LayoutItem): boolean {
  return (
    a.x === b.x &&
    a.y === b.y &&
    a.w === b.w &&
    a.h === b.h &&
    a.minW === b.minW &&
    a.minH === b.minH &&
    a.maxW === b.maxW &&
    a.maxH === b.maxH &&
    (a.locked ?? false) === (b.locked ?? false) &&
    (a.noMove ?? false) === (b.noMove ?? false) &&
    (a.noResize ?? false) === (b.noResize ?? false)
  );
}

/** Rows the layout uses (the lowest bottom edge), 0 when empty: what the grid's height follows. */
export function rowCount(layout: readonly LayoutItem[]): number {
  let rows = 0;
  for (const item of layout) rows = Math.max(rows, item.y + item.h);
  return rows;
}
