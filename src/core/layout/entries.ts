import type { Layout, LayoutItem, LayoutOptions, LayoutProblem, LayoutResult } from './types.js';
import { ColumnRuns } from './occupancy.js';
import {
  MAX_ITEMS,
  MAX_ITEM_ROWS,
  cloneItem,
  describeId,
  highH,
  highW,
  isArray,
  lowH,
  lowW,
  readingOrder,
  resolveGrid,
  type Grid,
} from './grid.js';
import { freeSlot, occupancy, solve } from './solve.js';

// Layouts as the engine reads them: entries, how they are placed, and the fast path for input that is
// already well-formed. Reading anything else field by field, with a message for each fix, is
// `readEntries` in sanitize.ts; functions here take it as a `Reader`, so code that only ever meets
// well-formed layouts (and loads the rest when it does not) need not carry it.

/** An entry read from untrusted input. @internal */
export interface Entry {
  item: LayoutItem;
  /** Index in the input array. */
  index: number;
  /** No usable position was given: the item takes the first free slot. */
  auto: boolean;
}

/** @internal */
export type Report = (problem: Omit<LayoutProblem, 'message'> & { message: string }) => void;

/**
 * Reads the entries of a layout that is not well-formed (`readEntries` in sanitize.ts, or
 * `trustedEntries`). @internal
 */
export type Reader = (input: readonly unknown[], grid: Grid, report: Report) => Entry[];

export const SIZE_FIELDS = ['minW', 'maxW', 'minH', 'maxH'] as const;
export const FLAG_FIELDS = ['locked', 'noMove', 'noResize'] as const;

/**
 * `sanitizeLayout` with the given reader for input that is not well-formed. @internal
 */
export function sanitizeWith(read: Reader, input: unknown, options: LayoutOptions): LayoutResult {
  const grid = resolveGrid(options);
  const problems: LayoutProblem[] = [];
  const report: Report = (problem) => problems.push(problem);
  if (!isArray(input)) {
    report({ code: 'not-an-array', message: `Layout must be an array, got ${kindOf(input)}; using an empty layout.` });
    return { layout: [], problems };
  }
  const entries = wellFormed(input, grid)
    ? input.map((item: LayoutItem, index) => ({ item: cloneItem(item), index, auto: false }))
    : read(input, grid, report);
  return { layout: placeEntries(entries, grid, report), problems };
}

/** `prepare` with the given reader. @internal */
export function prepareWith(read: Reader, layout: unknown, grid: Grid): readonly LayoutItem[] {
  if (wellFormed(layout, grid)) return layout;
  const entries = isArray(layout) ? read(layout, grid, () => {}) : [];
  return placeEntries(entries, grid, () => {});
}

/** What a value is, for a message. @internal */
export function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** Thrown by `trustedEntries` for input it cannot read: the caller loads `readEntries` and tries again. */
export class LayoutNeedsRepair extends Error {
  constructor() {
    super('This layout needs repair: read it with sanitizeLayout.');
    this.name = 'LayoutNeedsRepair';
  }
}

/**
 * A reader for layouts that are well-formed but for items without a position (`x` and `y` both
 * absent: they take the first free slot, as `readEntries` places them). Anything else throws
 * `LayoutNeedsRepair`. What it returns equals what `readEntries` returns for the same input.
 * @internal
 */
export const trustedEntries: Reader = (input, grid) => {
  let readable = false;
  try {
    readable = !prototypeCarriesFields() && hasValidItems(input, grid, true);
  } catch {
    readable = false;
  }
  if (!readable) throw new LayoutNeedsRepair();
  return (input as LayoutItem[]).map((raw, index) => {
    const auto = raw.x === undefined;
    const item: LayoutItem = { id: raw.id, x: auto ? 0 : raw.x, y: auto ? 0 : raw.y, w: raw.w, h: raw.h };
    for (const key of SIZE_FIELDS) if (raw[key] !== undefined) item[key] = raw[key];
    for (const key of FLAG_FIELDS) if (raw[key] === true) item[key] = true;
    return { item, index, auto };
  });
};

/**
 * Places normalized entries: positioned ones by `solve`, then the others in free slots.
 * Problems for overlaps and items without room are reported here. @internal
 */
export function placeEntries(entries: readonly Entry[], grid: Grid, report: Report): Layout {
  const placed = entries.filter((entry) => !entry.auto);
  const items = placed.map((entry) => entry.item);
  const order = readingOrder(items);
  const overlapping = findOverlaps(items, order, grid);
  const rows = solve(items, grid, grid.float, undefined, order);

  const result = new Map<Entry, LayoutItem>();
  placed.forEach((entry, i) => {
    const item = entry.item;
    const y = rows[i];
    if (y < 0) {
      reportNoRoom(entry, grid, report);
      return;
    }
    result.set(entry, y === item.y ? item : { ...item, y });
  });
  for (const i of order) {
    if (!overlapping[i] || rows[i] < 0) continue;
    const { item, index } = placed[i];
    const locked = item.locked === true;
    report({
      code: locked ? 'locked-overlap' : 'overlap',
      index,
      id: item.id,
      message:
        `${locked ? 'Locked item' : 'Item'} ${describeId(item.id)} overlapped ${locked ? 'a locked' : 'another'} item at ` +
        `x ${item.x}, y ${item.y}; it was moved to y ${rows[i]}.`,
    });
  }

  const auto = entries.filter((entry) => entry.auto);
  if (auto.length > 0) {
    const taken = occupancy([...result.values()], grid);
    for (const entry of auto) {
      const slot = freeSlot(taken, entry.item.w, entry.item.h, grid);
      if (!slot) {
        reportNoRoom(entry, grid, report);
        continue;
      }
      taken.add(slot.x, slot.y, entry.item.w, entry.item.h);
      result.set(entry, { ...entry.item, ...slot });
    }
  }
  const layout: Layout = [];
  for (const entry of entries) {
    const item = result.get(entry);
    if (item) layout.push(item);
  }
  return layout;
}

/** Which items overlap an earlier one in placement order (locked items first). */
function findOverlaps(items: readonly LayoutItem[], order: readonly number[], grid: Grid): boolean[] {
  const overlapping = new Array<boolean>(items.length).fill(false);
  const taken = new ColumnRuns(grid.columns);
  for (const pass of [true, false]) {
    for (const i of order) {
      const item = items[i];
      if ((item.locked === true) !== pass) continue;
      if (taken.collides(item.x, item.y, item.w, item.h)) overlapping[i] = true;
      taken.add(item.x, item.y, item.w, item.h);
    }
  }
  return overlapping;
}

function reportNoRoom(entry: Entry, grid: Grid, report: Report): void {
  report({
    code: 'no-room',
    index: entry.index,
    id: entry.item.id,
    message: `Item ${describeId(entry.item.id)} does not fit within ${grid.rows} rows; it was dropped.`,
  });
}

/**
 * Whether `layout` is valid for the grid: an array of plain item objects with unique non-empty
 * string ids, whole-number positions and sizes inside the grid and within each item's min/max,
 * usable constraints, and no two items sharing a cell. Compaction is not required (a float layout
 * with gaps is valid).
 */
export function isValidLayout(layout: unknown, options: LayoutOptions): boolean {
  const grid = resolveGrid(options);
  if (!wellFormed(layout, grid)) return false;
  const taken = new ColumnRuns(grid.columns);
  for (const i of readingOrder(layout)) {
    const { x, y, w, h } = layout[i];
    if (taken.collides(x, y, w, h)) return false;
    taken.add(x, y, w, h);
  }
  return true;
}

/**
 * Every entry is a plain, well-formed item inside the grid and ids are unique (overlaps are not
 * checked): such input can skip field-by-field reading. Entries must be plain objects and
 * `Object.prototype` must not carry item fields, so inherited values cannot slip in.
 */
export function wellFormed(layout: unknown, grid: Grid): layout is LayoutItem[] {
  if (!isArray(layout)) return false;
  try {
    return !prototypeCarriesFields() && hasValidItems(layout, grid);
  } catch {
    return false;
  }
}

const ITEM_FIELDS = ['id', 'x', 'y', 'w', 'h', ...SIZE_FIELDS, ...FLAG_FIELDS];

function prototypeCarriesFields(): boolean {
  return ITEM_FIELDS.some((key) => key in Object.prototype);
}

function hasValidItems(layout: readonly unknown[], grid: Grid, auto = false): boolean {
  if (layout.length > MAX_ITEMS) return false;
  const ids = new Set<string>();
  for (let i = 0; i < layout.length; i++) {
    const raw = layout[i];
    if (typeof raw !== 'object' || raw === null) return false;
    const proto: unknown = Object.getPrototypeOf(raw);
    if (proto !== Object.prototype && proto !== null) return false;
    const item = raw as LayoutItem;
    const id = item.id;
    if (typeof id !== 'string' || id === '' || ids.has(id)) return false;
    ids.add(id);
    const { minW, maxW, minH, maxH } = item;
    if (!optionalSize(minW) || !optionalSize(maxW) || !optionalSize(minH) || !optionalSize(maxH)) return false;
    if (minW !== undefined && maxW !== undefined && minW > maxW) return false;
    if (minH !== undefined && maxH !== undefined && minH > maxH) return false;
    if (!optionalFlag(item.locked) || !optionalFlag(item.noMove) || !optionalFlag(item.noResize)) return false;
    const { x, y, w, h } = item;
    if (!Number.isInteger(w) || !Number.isInteger(h)) return false;
    if (auto && x === undefined && y === undefined) {
      if (h > Math.min(grid.rows, MAX_ITEM_ROWS)) return false;
    } else {
      if (!Number.isInteger(x) || !Number.isInteger(y)) return false;
      if (x < 0 || y < 0 || x + w > grid.columns || y + h > grid.rows) return false;
    }
    if (w < lowW(item, grid) || w > highW(item, grid) || h < lowH(item, grid) || h > highH(item, grid)) return false;
  }
  return true;
}

function optionalSize(value: unknown): boolean {
  return value === undefined || (Number.isInteger(value) && (value as number) >= 1);
}

function optionalFlag(value: unknown): boolean {
  return value === undefined || typeof value === 'boolean';
}
