import type { LayoutItem } from './types.js';
import { ColumnRuns } from './occupancy.js';
import { readingOrder, type Grid } from './grid.js';

/** How `solve` treats one item held in place (the one being moved, resized or added). @internal */
export interface Subject {
  /** Index of the held item in `items`. */
  index: number;
  /**
   * Items the subject lands on may jump just above it when that space is free (compact mode only).
   * This is what lets an item dragged down one row swap with the one below it instead of bouncing
   * back when the layout compacts.
   */
  makeRoomAbove: boolean;
}

/**
 * Gives every item a row so that nothing overlaps. Columns, widths and heights are kept.
 *
 * 1. Locked items keep their rows (a later locked item overlapping an earlier one goes down to the
 *    first free row); then the subject takes its row, going below a locked item it would cover.
 * 2. The other items are taken in reading order (or `order`). In float mode each goes to the first
 *    free row at or below its own. In compact mode each rises as far as it can: up to the lowest
 *    bottom edge of the items already placed in its columns (a skyline, so no search) or of a fixed
 *    item above it, and an item that lands on a fixed one is pushed below it.
 *
 * Every item is touched once and every lookup is a binary search in per-column runs, so a layout
 * of n items costs O(n log n), overlapping input included.
 *
 * @param startRows rows to start from instead of the items' own `y`.
 * @returns the new rows, -1 for an item that cannot fit within `grid.rows`.
 * @internal
 */
export function solve(
  items: readonly LayoutItem[],
  grid: Grid,
  float: boolean,
  subject?: Subject,
  order?: readonly number[],
  startRows?: Int32Array,
): Int32Array {
  const n = items.length;
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = startRows ? startRows[i] : items[i].y;
  const sequence = order ?? readingOrder(items, rows);
  const held = subject?.index ?? -1;
  const taken = new ColumnRuns(grid.columns);

  for (const i of sequence) {
    const item = items[i];
    if (!item.locked || i === held) continue;
    rows[i] = place(taken, item, taken.firstFit(item.x, rows[i], item.w, item.h), grid);
  }
  let heldTop = -1;
  let heldBottom = -1;
  let heldLeft = 0;
  let heldRight = 0;
  if (subject) {
    const item = items[held];
    heldTop = place(taken, item, taken.firstFit(item.x, rows[held], item.w, item.h), grid);
    rows[held] = heldTop;
    heldBottom = heldTop + item.h;
    heldLeft = item.x;
    heldRight = item.x + item.w;
  }

  if (float) {
    for (const i of sequence) {
      const item = items[i];
      if (item.locked || i === held) continue;
      rows[i] = place(taken, item, taken.firstFit(item.x, rows[i], item.w, item.h), grid);
    }
    return rows;
  }

  const skyline = new Int32Array(grid.columns);
  const roomAbove = subject?.makeRoomAbove === true && heldTop >= 0;
  for (const i of sequence) {
    const item = items[i];
    if (item.locked || i === held) continue;
    const { x, w, h } = item;
    let floor = 0;
    for (let c = x; c < x + w; c++) if (skyline[c] > floor) floor = skyline[c]!;
    let start = rows[i];
    if (roomAbove && start < heldBottom && heldTop < start + h && x < heldRight && heldLeft < x + w) {
      const above = heldTop - h;
      if (above >= floor && taken.ceiling(x, above, w, h) >= 0) start = above;
    }
    const ceiling = floor <= start ? taken.ceiling(x, start, w, h) : -1;
    const y = ceiling >= 0 ? Math.max(floor, ceiling) : taken.firstFit(x, Math.max(floor, start), w, h);
    if (y + h > grid.rows) {
      rows[i] = -1;
      continue;
    }
    rows[i] = y;
    for (let c = x; c < x + w; c++) skyline[c] = y + h;
  }
  return rows;
}

function place(taken: ColumnRuns, item: LayoutItem, y: number, grid: Grid): number {
  if (y + item.h > grid.rows) return -1;
  taken.add(item.x, y, item.w, item.h);
  return y;
}

/**
 * The first free slot for a `w` x `h` item, scanning row by row and left to right.
 * @returns the slot, or undefined when none fits within `grid.rows`.
 * @internal
 */
export function freeSlot(taken: ColumnRuns, w: number, h: number, grid: Grid): { x: number; y: number } | undefined {
  let best: { x: number; y: number } | undefined;
  for (let x = 0; x + w <= grid.columns; x++) {
    const y = taken.firstFit(x, 0, w, h, best ? best.y - 1 : Infinity);
    if (best === undefined || y < best.y) best = { x, y };
    if (y === 0) break;
  }
  return best && best.y + h <= grid.rows ? best : undefined;
}

/** Occupancy of the given items. @internal */
export function occupancy(items: readonly LayoutItem[], grid: Grid): ColumnRuns {
  const taken = new ColumnRuns(grid.columns);
  for (const item of items) taken.add(item.x, item.y, item.w, item.h);
  return taken;
}
