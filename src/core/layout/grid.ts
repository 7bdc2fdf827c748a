import type { LayoutItem, LayoutOptions, LayoutRect } from './types.js';

/** Most columns a grid may have. */
export const MAX_COLUMNS = 1000;
/**
 * Most rows any layout may use, with or without `maxRows`: an item that cannot be placed above this
 * row is dropped (and reported) rather than sent to a row no screen can show.
 */
export const MAX_ROWS = 1_000_000;
/**
 * Tallest an item may be, in rows. Without it one stored item saying `h: 1e9` would fill its columns
 * down to `MAX_ROWS` and leave no room for the widgets beside it.
 */
export const MAX_ITEM_ROWS = 1000;
/** Most items `sanitizeLayout` reads from an input array; the rest are dropped and reported. */
export const MAX_ITEMS = 100_000;

/** Options checked and resolved. @internal */
export interface Grid {
  columns: number;
  /** Row limit: `maxRows`, or `MAX_ROWS` without one. */
  rows: number;
  float: boolean;
}

/**
 * Checks the grid options. These come from the component, not from stored data, so a bad value is a
 * programming error and throws.
 * @throws {RangeError} when `columns` is not an integer from 1 to `MAX_COLUMNS`, or `maxRows` is not
 *   a positive integer.
 * @internal
 */
export function resolveGrid(options: LayoutOptions): Grid {
  const columns = options?.columns;
  if (!Number.isInteger(columns) || columns < 1 || columns > MAX_COLUMNS) {
    throw new RangeError(`Layout columns must be an integer from 1 to ${MAX_COLUMNS}, got ${String(columns)}.`);
  }
  const maxRows = options.maxRows;
  let rows = MAX_ROWS;
  if (maxRows !== undefined && maxRows !== null && maxRows !== Infinity) {
    if (!Number.isInteger(maxRows) || maxRows < 1) {
      throw new RangeError(`Layout maxRows must be a positive integer, got ${String(maxRows)}.`);
    }
    rows = Math.min(maxRows, MAX_ROWS);
  }
  return { columns, rows, float: options.float === true };
}

/** Smallest width the item may have on this grid (its `minW`, capped by the column count). @internal */
export function lowW(item: LayoutItem, grid: Grid): number {
  return Math.min(item.minW ?? 1, grid.columns);
}

/** Largest width the item may have on this grid. @internal */
export function highW(item: LayoutItem, grid: Grid): number {
  return Math.min(item.maxW ?? grid.columns, grid.columns);
}

/** Smallest height the item may have on this grid. @internal */
export function lowH(item: LayoutItem, grid: Grid): number {
  return Math.min(item.minH ?? 1, grid.rows, MAX_ITEM_ROWS);
}

/** Largest height the item may have on this grid. @internal */
export function highH(item: LayoutItem, grid: Grid): number {
  return Math.min(item.maxH ?? grid.rows, grid.rows, MAX_ITEM_ROWS);
}

/** A copy holding only the fields of `LayoutItem` that are set, so equal items compare equal. @internal */
export function cloneItem(item: LayoutItem, rect: LayoutRect = item): LayoutItem {
  const copy: LayoutItem = { id: item.id, x: rect.x, y: rect.y, w: rect.w, h: rect.h };
  if (item.minW !== undefined) copy.minW = item.minW;
  if (item.minH !== undefined) copy.minH = item.minH;
  if (item.maxW !== undefined) copy.maxW = item.maxW;
  if (item.maxH !== undefined) copy.maxH = item.maxH;
  if (item.locked) copy.locked = true;
  if (item.noMove) copy.noMove = true;
  if (item.noResize) copy.noResize = true;
  return copy;
}

/** `Array.isArray` that answers false instead of throwing (it throws on a revoked Proxy). @internal */
export function isArray(value: unknown): value is unknown[] {
  try {
    return Array.isArray(value);
  } catch {
    return false;
  }
}

/** Just the rectangle of an item. @internal */
export function rectOf(item: LayoutRect): LayoutRect {
  return { x: item.x, y: item.y, w: item.w, h: item.h };
}

/** Whether two rectangles share a cell. @internal */
export function intersects(a: LayoutRect, b: LayoutRect): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

/** Whether two rectangles are the same. @internal */
export function sameRect(a: LayoutRect, b: LayoutRect): boolean {
  return a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;
}

/**
 * Indices of `items` in reading order: by row, then column, then array position. `rows` overrides
 * the items' own `y`. Sorting packed numeric keys in a Float64Array is several times faster than a
 * comparator; out-of-range values (unsanitized input) take the comparator path.
 * @internal
 */
export function readingOrder(items: readonly LayoutRect[], rows?: Int32Array): number[] {
  const n = items.length;
  const keys = new Float64Array(n);
  let packable = n <= INDEX_SPAN;
  for (let i = 0; i < n && packable; i++) {
    const item = items[i];
    const y = rows ? rows[i] : item.y;
    const x = item.x;
    if (!(y >= 0 && y <= MAX_ROWS && x >= 0 && x < COLUMN_SPAN && Number.isInteger(y) && Number.isInteger(x)))
      packable = false;
    else keys[i] = (y * COLUMN_SPAN + x) * INDEX_SPAN + i;
  }
  const order = new Array<number>(n);
  if (packable) {
    keys.sort();
    for (let i = 0; i < n; i++) order[i] = keys[i] % INDEX_SPAN;
    return order;
  }
  for (let i = 0; i < n; i++) order[i] = i;
  const y = (i: number): number => (rows ? rows[i] : items[i].y);
  return order.sort((a, b) => y(a) - y(b) || items[a].x - items[b].x || a - b);
}

/** Key packing for `readingOrder`: (y * COLUMN_SPAN + x) * INDEX_SPAN + index stays below 2^53. */
const COLUMN_SPAN = 1024;
const INDEX_SPAN = 131072;

/** Quotes an id for a message, shortened so a hostile megabyte id cannot flood a console. @internal */
export function describeId(id: string): string {
  return JSON.stringify(id.length > 60 ? `${id.slice(0, 60)}…` : id);
}
