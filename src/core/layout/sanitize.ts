import type { LayoutItem, LayoutOptions, LayoutProblem, LayoutResult } from './types.js';
import { MAX_ITEMS, isArray, MAX_ITEM_ROWS, describeId, highH, highW, lowH, lowW, type Grid } from './grid.js';
import { FLAG_FIELDS, SIZE_FIELDS, kindOf, prepareWith, sanitizeWith, type Entry, type Report } from './entries.js';

export { isValidLayout } from './entries.js';

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
  return sanitizeWith(readEntries, input, options);
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

/** A short, safe rendering of an untrusted value for a message. */
function show(value: unknown): string {
  if (typeof value === 'string') return describeId(value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null) return String(value);
  return kindOf(value);
}

/**
 * The items of a layout handed to an operation: the input itself when it is well-formed (operations
 * never change it), else its sanitized copy, so an operation never works on garbage. Overlaps are
 * left to `solve`. @internal
 */
export function prepare(layout: unknown, grid: Grid): readonly LayoutItem[] {
  return prepareWith(readEntries, layout, grid);
}
