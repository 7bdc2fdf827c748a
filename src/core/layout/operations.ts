import type {
  Layout,
  LayoutBlockedReason,
  LayoutChange,
  LayoutItem,
  LayoutItemInit,
  LayoutOptions,
  MovedItem,
} from './types.js';
import {
  cloneItem,
  highH,
  highW,
  intersects,
  lowH,
  lowW,
  readingOrder,
  rectOf,
  resolveGrid,
  sameRect,
  type Grid,
} from './grid.js';
import { normalizeEntry, prepare } from './sanitize.js';
import { freeSlot, occupancy, solve } from './solve.js';

/**
 * Moves an item to column `x`, row `y` (clamped to the grid), pushing the items it lands on down,
 * cascading, and then, unless `float`, letting everything rise as far as it can.
 *
 * - Locked items never move: the item goes to the first free row below a locked item it would
 *   cover, and pushed items flow around locked ones.
 * - Landing exactly on one neighbour of the same size swaps the two, as gridstack does (unless
 *   `options.swap` is false).
 * - In compact mode an item it lands on moves just above it when that space is free, so dragging an
 *   item down one row past a neighbour swaps them instead of bouncing back.
 * - Refused (`blocked`) for a locked or `noMove` item, an unknown id, a non-finite target, or when
 *   the result would not fit within `maxRows`.
 *
 * During a pointer drag, call it on the layout captured when the drag started, with the cell under
 * the pointer, rather than on the previous step's result: each step is then independent of the path
 * taken, and cancelling is restoring the captured layout.
 *
 * @returns the new layout, the moved item (`item`) and the others it displaced (`moved`).
 */
export function moveItem(
  layout: readonly LayoutItem[],
  id: string,
  x: number,
  y: number,
  options: LayoutOptions,
): LayoutChange {
  const grid = resolveGrid(options);
  const items = prepare(layout, grid);
  const index = items.findIndex((item) => item.id === id);
  const item = items[index];
  if (!item) return unchanged(items, 'not-found');
  if (item.locked) return unchanged(items, 'locked', item);
  if (item.noMove) return unchanged(items, 'no-move', item);
  if (!Number.isFinite(x) || !Number.isFinite(y)) return unchanged(items, 'invalid-target', item);
  const target = {
    ...item,
    x: clamp(Math.round(x), 0, grid.columns - item.w),
    y: clamp(Math.round(y), 0, grid.rows - item.h),
  };
  if (target.x === item.x && target.y === item.y) return unchanged(items, undefined, item);
  const swapped = options.swap === false ? undefined : swap(items, index, target, grid);
  return swapped ?? relayout(items, index, target, grid, true);
}

/**
 * A move onto exactly one neighbour of the same size, aligned with it, swaps the two (as gridstack
 * does) instead of pushing the neighbour down and leaving a hole: the neighbour takes the moved
 * item's place. Undefined when that does not apply (another item in the way, a locked neighbour,
 * no room after settling), so the move pushes instead.
 */
function swap(items: readonly LayoutItem[], index: number, target: LayoutItem, grid: Grid): LayoutChange | undefined {
  const item = items[index];
  let other = -1;
  for (let j = 0; j < items.length; j++) {
    if (j === index || !intersects(items[j], target)) continue;
    if (other !== -1) return undefined;
    other = j;
  }
  const neighbour = items[other];
  if (!neighbour || neighbour.locked || !sameRect(neighbour, target)) return undefined;
  const candidate = items.map((each, i) =>
    i === index ? target : i === other ? cloneItem(neighbour, { ...rectOf(item) }) : each,
  );
  const rows = grid.float ? Int32Array.from(candidate, (each) => each.y) : solve(candidate, grid, false);
  if (rows.includes(-1)) return undefined;
  const layout = candidate.map((each, i) => cloneItem(each, { x: each.x, y: rows[i], w: each.w, h: each.h }));
  const moved: MovedItem[] = [];
  layout.forEach((each, i) => {
    if (i !== index && !sameRect(items[i], each)) moved.push({ id: each.id, from: rectOf(items[i]), to: rectOf(each) });
  });
  const order = readingOrder(moved.map((entry) => entry.to));
  return { layout, changed: true, item: cloneItem(layout[index]), moved: order.map((i) => moved[i]) };
}

/**
 * Moves an item by whole cells from where it is, as the arrow keys do. In compact mode a vertical
 * step that would change nothing (the item would rise straight back) keeps going in the same
 * direction until something changes or there is nothing left to pass, so every key press has a
 * visible effect when one is possible. Mirror `dx` for right-to-left yourself.
 */
export function moveItemBy(
  layout: readonly LayoutItem[],
  id: string,
  dx: number,
  dy: number,
  options: LayoutOptions,
): LayoutChange {
  const grid = resolveGrid(options);
  const items = prepare(layout, grid);
  const index = items.findIndex((candidate) => candidate.id === id);
  const item = items[index];
  if (!item) return unchanged(items, 'not-found');
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return unchanged(items, 'invalid-target', item);
  const stepX = Math.round(dx);
  const stepY = Math.round(dy);
  const first = moveItem(items, id, item.x + stepX, item.y + stepY, options);
  if (grid.float || first.changed || first.blocked || stepY === 0) return first;
  const x = clamp(item.x + stepX, 0, grid.columns - item.w);
  const last = stepY > 0 ? lowestIn(items, { x, w: item.w }, item.y + item.h) : 0;
  for (let y = item.y + 2 * stepY; stepY > 0 ? y <= last : y >= last; y += stepY) {
    const target = { ...item, x, y: Math.min(y, grid.rows - item.h) };
    const result = relayout(items, index, target, grid, true);
    if (result.blocked) return first;
    if (result.changed) return result;
  }
  return first;
}

/** Bottom edge of the lowest item in the given columns, at least `bottom`. */
function lowestIn(items: readonly LayoutItem[], columns: { x: number; w: number }, bottom: number): number {
  let lowest = bottom;
  for (const other of items) {
    if (other.x < columns.x + columns.w && columns.x < other.x + other.w) lowest = Math.max(lowest, other.y + other.h);
  }
  return lowest;
}

/**
 * Resizes an item to `w` x `h`, keeping its top-left corner; the size is clamped to the item's
 * min/max and to the grid. Items it grows over are pushed down (cascading); unless `float`,
 * everything then rises as far as it can. Refused for a locked or `noResize` item, an unknown id,
 * a non-finite size, or when the result would not fit within `maxRows`.
 */
export function resizeItem(
  layout: readonly LayoutItem[],
  id: string,
  w: number,
  h: number,
  options: LayoutOptions,
): LayoutChange {
  const grid = resolveGrid(options);
  const items = prepare(layout, grid);
  const index = items.findIndex((item) => item.id === id);
  const item = items[index];
  if (!item) return unchanged(items, 'not-found');
  if (item.locked) return unchanged(items, 'locked', item);
  if (item.noResize) return unchanged(items, 'no-resize', item);
  if (!Number.isFinite(w) || !Number.isFinite(h)) return unchanged(items, 'invalid-target', item);
  const target = {
    ...item,
    w: clamp(Math.round(w), lowW(item, grid), Math.min(highW(item, grid), grid.columns - item.x)),
    h: clamp(Math.round(h), lowH(item, grid), Math.min(highH(item, grid), grid.rows - item.y)),
  };
  if (target.w === item.w && target.h === item.h) return unchanged(items, undefined, item);
  return relayout(items, index, target, grid, false);
}

/** Resizes an item by whole cells (Shift+arrow keys); see `resizeItem`. */
export function resizeItemBy(
  layout: readonly LayoutItem[],
  id: string,
  dw: number,
  dh: number,
  options: LayoutOptions,
): LayoutChange {
  const grid = resolveGrid(options);
  const items = prepare(layout, grid);
  const item = items.find((candidate) => candidate.id === id);
  if (!item) return unchanged(items, 'not-found');
  return resizeItem(items, id, item.w + dw, item.h + dh, options);
}

/**
 * Adds an item. Without a position (`x` and `y`) it takes the first free slot for its size, scanning
 * row by row and left to right, and nothing else moves. With a position it is placed there like
 * `moveItem` places an item (pushing others aside), which suits a drop from a catalog.
 * Its size is clamped to its min/max and the grid (a missing size is its minimum, or 1).
 * Refused for a duplicate id, an item without a usable id, or when it does not fit within `maxRows`.
 */
export function addItem(layout: readonly LayoutItem[], item: LayoutItemInit, options: LayoutOptions): LayoutChange {
  const grid = resolveGrid(options);
  const items = prepare(layout, grid);
  const entry = typeof item === 'object' && item !== null ? safeNormalize(item, items.length, grid) : undefined;
  if (!entry) return unchanged(items, 'invalid-item');
  if (items.some((existing) => existing.id === entry.item.id)) return unchanged(items, 'duplicate-id');
  if (entry.auto) {
    const slot = freeSlot(occupancy(items, grid), entry.item.w, entry.item.h, grid);
    if (!slot) return unchanged(items, 'no-room');
    const added = cloneItem(entry.item, { ...slot, w: entry.item.w, h: entry.item.h });
    return {
      layout: [...items.map((each) => cloneItem(each)), added],
      changed: true,
      item: cloneItem(added),
      moved: [],
    };
  }
  return relayout(items, items.length, entry.item, grid, true);
}

function safeNormalize(item: object, index: number, grid: Grid): ReturnType<typeof normalizeEntry> {
  try {
    return normalizeEntry(item, index, grid, () => {});
  } catch {
    return undefined;
  }
}

/**
 * Where `addItem` would put a `w` x `h` item: the first free slot scanning row by row, left to
 * right. Useful to preview a catalog addition. Undefined when nothing fits within `maxRows`.
 */
export function findFreeSlot(
  layout: readonly LayoutItem[],
  w: number,
  h: number,
  options: LayoutOptions,
): { x: number; y: number } | undefined {
  const grid = resolveGrid(options);
  if (!Number.isFinite(w) || !Number.isFinite(h)) return undefined;
  const width = clamp(Math.round(w), 1, grid.columns);
  const height = clamp(Math.round(h), 1, grid.rows);
  return freeSlot(occupancy(prepare(layout, grid), grid), width, height, grid);
}

/**
 * Removes an item; unless `float`, the items below rise into the space it leaves (they are listed in
 * `moved`). Locked items can be removed: locking is about position, whether a widget may be
 * removed is the component's decision (`tk-before-item-remove`).
 */
export function removeItem(layout: readonly LayoutItem[], id: string, options: LayoutOptions): LayoutChange {
  const grid = resolveGrid(options);
  const items = prepare(layout, grid);
  const index = items.findIndex((item) => item.id === id);
  const removed = items[index];
  if (!removed) return unchanged(items, 'not-found');
  const rest = items.filter((_, i) => i !== index);
  if (grid.float) {
    return { layout: rest.map((item) => cloneItem(item)), changed: true, item: cloneItem(removed), moved: [] };
  }
  const result = settle(rest, solve(rest, grid, false));
  return { layout: result.layout, changed: true, item: cloneItem(removed), moved: result.moved };
}

/**
 * Lets every item rise as far as it can (locked items stay), even when `float` is set: a "tidy up"
 * command. Items keep their columns; an item never jumps over a locked one.
 */
export function compact(layout: readonly LayoutItem[], options: LayoutOptions): LayoutChange {
  const grid = resolveGrid(options);
  const items = prepare(layout, grid);
  const result = settle(items, solve(items, grid, false));
  return { layout: result.layout, changed: result.moved.length > 0, moved: result.moved };
}

/**
 * Places `target` (the item at `index`, moved, resized or added last) and lets the others make
 * room; in compact mode a second pass lets everything, the target included, rise.
 */
function relayout(
  items: readonly LayoutItem[],
  index: number,
  target: LayoutItem,
  grid: Grid,
  moving: boolean,
): LayoutChange {
  const adding = index === items.length;
  const candidate = adding ? [...items, target] : items.map((item, i) => (i === index ? target : item));
  let rows = solve(candidate, grid, grid.float, { index, makeRoomAbove: moving });
  if (rows.includes(-1)) return unchanged(items, 'no-room', items[index]);
  if (!grid.float) rows = solve(candidate, grid, false, undefined, undefined, rows);
  const { layout, moved } = settle(candidate, rows, index);
  const item = layout[index];
  const changed = adding || moved.length > 0 || !sameRect(items[index], item);
  return { layout, changed, item: cloneItem(item), moved };
}

/**
 * New items at the solved rows, and the ones (other than `skip`) whose rectangle changed, in
 * reading order of where they landed.
 */
function settle(items: readonly LayoutItem[], rows: Int32Array, skip = -1): { layout: Layout; moved: MovedItem[] } {
  const layout: Layout = new Array<LayoutItem>(items.length);
  const moved: MovedItem[] = [];
  for (let i = 0; i < items.length; i++) {
    const item = items[i];
    const y = rows[i];
    const next = cloneItem(item, { x: item.x, y, w: item.w, h: item.h });
    layout[i] = next;
    if (i !== skip && y !== item.y) moved.push({ id: item.id, from: rectOf(item), to: rectOf(next) });
  }
  return { layout, moved: readingOrder(moved.map((entry) => entry.to)).map((i) => moved[i]) };
}

function unchanged(items: readonly LayoutItem[], blocked?: LayoutBlockedReason, item?: LayoutItem): LayoutChange {
  const change: LayoutChange = { layout: items.map((each) => cloneItem(each)), changed: false, moved: [] };
  if (item) change.item = cloneItem(item);
  if (blocked) change.blocked = blocked;
  return change;
}

function clamp(value: number, low: number, high: number): number {
  return Math.min(Math.max(value, low), high);
}
