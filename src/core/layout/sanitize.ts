import type { Layout, LayoutItem, LayoutOptions, LayoutProblem, LayoutResult } from './types.js';
import { ColumnRuns } from './occupancy.js';
import {
  MAX_ITEMS,
  isArray,
  MAX_ITEM_ROWS,
  cloneItem,
  describeId,
  highH,
  highW,
  lowH,
  lowW,
  readingOrder,
  resolveGrid,
  type Grid,
} from './grid.js';
import { freeSlot, occupancy, solve } from './solve.js';

/** An entry read from untrusted input. @internal */
export interface Entry {
  item: LayoutItem;
  /** Index in the input array. */
  index: number;
  /** No usable position was given: the item takes the first free slot. */
  auto: boolean;
}

type Report = (problem: Omit<LayoutProblem, 'message'> & { message: string }) => void;

const SIZE_FIELDS = ['minW', 'maxW', 'minH', 'maxH'] as const;
const FLAG_FIELDS = ['locked', 'noMove', 'noResize'] as const;

/**
 * Turns anything into a valid layout for the given grid, and says what it had to fix.
 *
 * Rules, applied in this order so the result is deterministic:
 * - Not an array: empty layout. Entries past `MAX_ITEMS` are dropped.
 * - Entries that are not objects, cannot be read (throwing getters, revoked proxies), or lack a
 *   non-empty string `id` are dropped (a finite number id is turned into a string). Only own
 *   properties are read, so a polluted `Object.prototype` cannot inject fields, and ids such as
 *   `__proto__` are ordinary ids.
 * - Duplicate ids: the first entry wins, later ones are dropped (renaming would invent a widget
 *   nobody asked for).
 * - Numbers: numeric strings are accepted, fractions are rounded, negatives become 0 (positions) or
 *   1 (sizes), and sizes are clamped to the item's min/max, to the grid and to `MAX_ITEM_ROWS`
 *   rows. An item without `x` and `y` takes the first free slot after the others are placed (no
 *   problem is reported for that: it is how data without positions is meant to be loaded); a
 *   broken or half-given position does the same and is reported.
 * - Overlaps: items are placed in reading order (row, column, input order); locked ones first. One
 *   that overlaps an earlier one moves down, and, unless `float`, everything rises as far as it can.
 *   This takes O(n log n): 1,000 items stacked on one cell resolve in a few milliseconds.
 * - An item that cannot fit above `maxRows` is dropped.
 *
 * Unknown fields are not copied: the result holds only `LayoutItem` fields, in the input's order.
 * `sanitizeLayout(sanitizeLayout(x).layout)` returns the same layout with no problems.
 */
export function sanitizeLayout(input: unknown, options: LayoutOptions): LayoutResult {
  const grid = resolveGrid(options);
  const problems: LayoutProblem[] = [];
  const report: Report = (problem) => problems.push(problem);
  if (!isArray(input)) {
    report({ code: 'not-an-array', message: `Layout must be an array, got ${kindOf(input)}; using an empty layout.` });
    return { layout: [], problems };
  }
  const entries = wellFormed(input, grid)
    ? input.map((item: LayoutItem, index) => ({ item: cloneItem(item), index, auto: false }))
    : readEntries(input, grid, report);
  return { layout: placeEntries(entries, grid, report), problems };
}

/** Reads and normalizes every entry, dropping what cannot be used. @internal */
export function readEntries(input: readonly unknown[], grid: Grid, report: Report): Entry[] {
  let length = 0;
  try {
    length = input.length;
  } catch {
    report({ code: 'not-an-array', message: 'Layout array could not be read; using an empty layout.' });
    return [];
  }
  if (length > MAX_ITEMS) {
    report({
      code: 'too-many-items',
      message: `Layout has ${length} entries; only the first ${MAX_ITEMS} are used.`,
    });
    length = MAX_ITEMS;
  }
  const entries: Entry[] = [];
  const seen = new Set<string>();
  for (let index = 0; index < length; index++) {
    const entry = readEntry(input, index, grid, report);
    if (!entry) continue;
    if (seen.has(entry.item.id)) {
      report({
        code: 'duplicate-id',
        index,
        id: entry.item.id,
        message: `Item ${describeId(entry.item.id)} at index ${index} repeats an earlier id; it was dropped.`,
      });
      continue;
    }
    seen.add(entry.item.id);
    entries.push(entry);
  }
  return entries;
}

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

function readEntry(input: readonly unknown[], index: number, grid: Grid, report: Report): Entry | undefined {
  try {
    const raw: unknown = input[index];
    if (typeof raw !== 'object' || raw === null || isArray(raw)) {
      report({
        code: 'invalid-item',
        index,
        message: `Entry ${index} is ${kindOf(raw)}, not an item object; it was dropped.`,
      });
      return undefined;
    }
    return normalizeEntry(raw, index, grid, report);
  } catch {
    report({ code: 'invalid-item', index, message: `Entry ${index} could not be read; it was dropped.` });
    return undefined;
  }
}

/**
 * Normalizes one item object (see `sanitizeLayout` for the rules).
 * @returns undefined when the item has no usable id.
 * @internal
 */
export function normalizeEntry(raw: object, index: number, grid: Grid, report: Report): Entry | undefined {
  const field = (key: string): unknown =>
    Object.prototype.hasOwnProperty.call(raw, key) ? (raw as Record<string, unknown>)[key] : undefined;

  const rawId = field('id');
  let id: string;
  if (typeof rawId === 'string' && rawId !== '') {
    id = rawId;
  } else if (typeof rawId === 'number' && Number.isFinite(rawId)) {
    id = String(rawId);
    report({
      code: 'invalid-value',
      index,
      id,
      field: 'id',
      message: `Item id ${rawId} at index ${index} is a number; it was turned into the string ${describeId(id)}.`,
    });
  } else {
    report({ code: 'missing-id', index, message: `Entry ${index} has no id (a non-empty string); it was dropped.` });
    return undefined;
  }
  const name = `Item ${describeId(id)}`;
  const fix = (code: LayoutProblem['code'], key: string, message: string): void =>
    report({ code, index, id, field: key, message: `${name}: ${message}` });

  const item: LayoutItem = { id, x: 0, y: 0, w: 1, h: 1 };
  for (const key of SIZE_FIELDS) {
    const value = field(key);
    if (value === undefined) continue;
    const number = readNumber(value);
    if (number === undefined || Math.round(number) < 1) {
      fix('invalid-constraint', key, `${key} ${show(value)} is not a positive whole number; it was removed.`);
      continue;
    }
    item[key] = Math.round(number);
    if (item[key] !== value) fix('invalid-constraint', key, `${key} ${show(value)} was read as ${item[key]}.`);
  }
  if (item.minW !== undefined && item.maxW !== undefined && item.minW > item.maxW) {
    fix('invalid-constraint', 'maxW', `maxW ${item.maxW} is below minW ${item.minW}; it was raised to ${item.minW}.`);
    item.maxW = item.minW;
  }
  if (item.minH !== undefined && item.maxH !== undefined && item.minH > item.maxH) {
    fix('invalid-constraint', 'maxH', `maxH ${item.maxH} is below minH ${item.minH}; it was raised to ${item.minH}.`);
    item.maxH = item.minH;
  }
  for (const key of FLAG_FIELDS) {
    const value = field(key);
    if (value === true) item[key] = true;
    else if (value !== undefined && value !== false)
      fix('invalid-value', key, `${key} ${show(value)} is not a boolean; it was treated as false.`);
  }

  item.w = readSize(field('w'), 'w', lowW(item, grid), highW(item, grid), grid.columns, fix);
  item.h = readSize(field('h'), 'h', lowH(item, grid), highH(item, grid), Math.min(grid.rows, MAX_ITEM_ROWS), fix);

  const rawX = field('x');
  const rawY = field('y');
  const x = readPosition(rawX, 'x', fix);
  const y = readPosition(rawY, 'y', fix);
  if (x === undefined || y === undefined) {
    if ((rawX === undefined) !== (rawY === undefined)) {
      fix(
        'invalid-value',
        rawX === undefined ? 'x' : 'y',
        `${rawX === undefined ? 'x' : 'y'} is missing; the item takes the first free slot.`,
      );
    }
    return { item, index, auto: true };
  }
  item.x = x;
  item.y = y;
  if (item.x + item.w > grid.columns) {
    fix(
      'out-of-bounds',
      'x',
      `x ${item.x} with width ${item.w} is past column ${grid.columns}; x is now ${grid.columns - item.w}.`,
    );
    item.x = grid.columns - item.w;
  }
  if (item.y + item.h > grid.rows) {
    fix(
      'out-of-bounds',
      'y',
      `y ${item.y} with height ${item.h} is past row ${grid.rows}; y is now ${grid.rows - item.h}.`,
    );
    item.y = grid.rows - item.h;
  }
  return { item, index, auto: false };
}

function readSize(
  value: unknown,
  key: string,
  low: number,
  high: number,
  limit: number,
  fix: (code: LayoutProblem['code'], key: string, message: string) => void,
): number {
  if (value === undefined) return low;
  const number = readNumber(value);
  if (number === undefined) {
    fix('invalid-value', key, `${key} ${show(value)} is not a number; it was set to ${low}.`);
    return low;
  }
  let size = Math.round(number);
  if (size < 1) {
    fix('invalid-value', key, `${key} ${show(value)} is below 1; it was set to ${low}.`);
    return low;
  }
  if (size !== value) fix('invalid-value', key, `${key} ${show(value)} was read as ${size}.`);
  if (size > limit) {
    fix('out-of-bounds', key, `${key} ${size} is more than the ${limit} allowed; it was set to ${high}.`);
    return high;
  }
  if (size < low) {
    fix('size-out-of-range', key, `${key} ${size} is below its minimum; it was set to ${low}.`);
    size = low;
  } else if (size > high) {
    fix('size-out-of-range', key, `${key} ${size} is above its maximum; it was set to ${high}.`);
    size = high;
  }
  return size;
}

function readPosition(
  value: unknown,
  key: string,
  fix: (code: LayoutProblem['code'], key: string, message: string) => void,
): number | undefined {
  if (value === undefined) return undefined;
  const number = readNumber(value);
  if (number === undefined) {
    fix('invalid-value', key, `${key} ${show(value)} is not a number; the item takes the first free slot.`);
    return undefined;
  }
  const position = Math.round(number);
  if (position < 0) {
    fix('invalid-value', key, `${key} ${show(value)} is negative; it was set to 0.`);
    return 0;
  }
  if (position !== value) fix('invalid-value', key, `${key} ${show(value)} was read as ${position}.`);
  return position;
}

/** A finite number from a number or a numeric string, else undefined. */
function readNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  }
  return undefined;
}

function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/** A short, safe rendering of an untrusted value for a message. */
function show(value: unknown): string {
  if (typeof value === 'string') return describeId(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return kindOf(value);
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
function wellFormed(layout: unknown, grid: Grid): layout is LayoutItem[] {
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

function hasValidItems(layout: readonly unknown[], grid: Grid): boolean {
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
    if (!Number.isInteger(x) || !Number.isInteger(y) || !Number.isInteger(w) || !Number.isInteger(h)) return false;
    if (x < 0 || y < 0 || x + w > grid.columns || y + h > grid.rows) return false;
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

/**
 * The items of a layout handed to an operation: the input itself when it is well-formed (operations
 * never change it), else its sanitized copy, so an operation never works on garbage. Overlaps are
 * left to `solve`. @internal
 */
export function prepare(layout: unknown, grid: Grid): readonly LayoutItem[] {
  if (wellFormed(layout, grid)) return layout;
  const entries = isArray(layout) ? readEntries(layout, grid, () => {}) : [];
  return placeEntries(entries, grid, () => {});
}
