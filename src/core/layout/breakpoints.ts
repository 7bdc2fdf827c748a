import type { Breakpoint, Breakpoints, Layout, LayoutItem, LayoutProblem, LayoutResult } from './types.js';
import { MAX_COLUMNS, cloneItem, describeId, highH, highW, lowH, lowW, readingOrder, resolveGrid } from './grid.js';
import { prepareWith, sanitizeWith, type Reader } from './entries.js';
import { readEntries } from './sanitize.js';
import { freeSlot, occupancy } from './solve.js';
import { reflowWith, type ReflowOptions } from './reflow.js';

/**
 * Checks breakpoints given as `{ minWidth: columns }` (the `Breakpoints` shape, JSON string keys
 * welcome) or as an array of `{ minWidth, columns }`, and sorts them by `minWidth`. Entries whose
 * width is not a number from 0 up or whose column count is not an integer from 1 to `MAX_COLUMNS`
 * are ignored and reported; of two entries with the same width the first is kept.
 */
export function normalizeBreakpoints(input: unknown): { breakpoints: Breakpoint[]; problems: LayoutProblem[] } {
  const problems: LayoutProblem[] = [];
  const pairs: Array<[unknown, unknown]> = [];
  try {
    if (Array.isArray(input)) {
      for (const entry of input) {
        const object = typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>) : {};
        pairs.push([object['minWidth'], object['columns']]);
      }
    } else if (typeof input === 'object' && input !== null) {
      for (const key of Object.keys(input)) pairs.push([key, (input as Record<string, unknown>)[key]]);
    } else {
      problems.push({
        code: 'invalid-breakpoint',
        message: 'Breakpoints must be an object such as { 0: 1, 768: 8, 1024: 12 }.',
      });
    }
  } catch {
    problems.push({ code: 'invalid-breakpoint', message: 'Breakpoints could not be read.' });
  }
  const byWidth = new Map<number, number>();
  for (const [rawWidth, rawColumns] of pairs) {
    const minWidth = typeof rawWidth === 'string' && rawWidth.trim() !== '' ? Number(rawWidth) : rawWidth;
    const columns = typeof rawColumns === 'string' && rawColumns.trim() !== '' ? Number(rawColumns) : rawColumns;
    if (typeof minWidth !== 'number' || !Number.isFinite(minWidth) || minWidth < 0) {
      problems.push({
        code: 'invalid-breakpoint',
        message: `Breakpoint width ${String(rawWidth).slice(0, 40)} is not a number from 0 up; it was ignored.`,
      });
      continue;
    }
    if (typeof columns !== 'number' || !Number.isInteger(columns) || columns < 1 || columns > MAX_COLUMNS) {
      problems.push({
        code: 'invalid-breakpoint',
        message: `Breakpoint ${minWidth}px has ${String(rawColumns).slice(0, 40)} columns, not an integer from 1 to ${MAX_COLUMNS}; it was ignored.`,
      });
      continue;
    }
    if (!byWidth.has(minWidth)) byWidth.set(minWidth, columns);
  }
  const breakpoints = [...byWidth].map(([minWidth, columns]) => ({ minWidth, columns }));
  breakpoints.sort((a, b) => a.minWidth - b.minWidth);
  return { breakpoints, problems };
}

/**
 * The breakpoint for a container `width` (CSS pixels): the one with the largest `minWidth` not
 * above the width, or the narrowest one when the width is below them all (a 0-width container
 * during first render still gets columns). Undefined when there is no usable breakpoint, in which
 * case a component falls back to its `columns`.
 *
 * @example breakpointFor(900, { 0: 1, 480: 4, 768: 8, 1024: 12 }) // { minWidth: 768, columns: 8 }
 */
export function breakpointFor(width: number, breakpoints: Breakpoints | readonly Breakpoint[]): Breakpoint | undefined {
  const list = normalizeBreakpoints(breakpoints).breakpoints;
  const size = Number.isFinite(width) ? width : 0;
  let match = list[0];
  for (const breakpoint of list) if (breakpoint.minWidth <= size) match = breakpoint;
  return match ? { ...match } : undefined;
}

/** The column counts that have a stored layout in `layouts`, ascending. Other keys are ignored. */
export function storedColumns(layouts: unknown): number[] {
  const columns: number[] = [];
  try {
    if (typeof layouts !== 'object' || layouts === null || Array.isArray(layouts)) return [];
    for (const key of Object.keys(layouts)) {
      const count = Number(key);
      if (String(count) !== key || !Number.isInteger(count) || count < 1 || count > MAX_COLUMNS) continue;
      if (Array.isArray((layouts as Record<string, unknown>)[key])) columns.push(count);
    }
  } catch {
    return [];
  }
  return columns.sort((a, b) => a - b);
}

/** The stored value for a column count, or undefined when it cannot be read. */
function storedAt(layouts: unknown, columns: number): unknown {
  try {
    return (layouts as Record<string, unknown>)[String(columns)];
  } catch {
    return undefined;
  }
}

/** Where `layoutForColumns` got its layout. */
export type LayoutSource =
  /** The stored layout for these columns. */
  | { kind: 'stored' }
  /** Derived by `reflow` from the stored layout for `columns`. */
  | { kind: 'derived'; columns: number }
  /** Nothing is stored. */
  | { kind: 'empty' };

/**
 * The layout to show at `columns`: the stored one for that column count (sanitized), or else one
 * derived with `reflow` from the stored layout with the fewest columns above `columns` (the most
 * detailed neighbour), or else from the one with the most columns below it. Going from 12 to 6
 * columns and back therefore shows the stored 12-column layout again, exactly.
 *
 * @param layouts a `ResponsiveLayouts` record, e.g. from a preferences document; anything else counts
 *   as empty.
 */
export function layoutForColumns(
  layouts: unknown,
  columns: number,
  options: ReflowOptions = {},
): LayoutResult & { source: LayoutSource } {
  return layoutForColumnsWith(readEntries, layouts, columns, options);
}

/** `layoutForColumns` with the given reader for layouts that are not well-formed. @internal */
export function layoutForColumnsWith(
  read: Reader,
  layouts: unknown,
  columns: number,
  options: ReflowOptions = {},
): LayoutResult & { source: LayoutSource } {
  resolveGrid({ ...options, columns });
  const stored = storedColumns(layouts);
  if (stored.includes(columns)) {
    return { ...sanitizeWith(read, storedAt(layouts, columns), { ...options, columns }), source: { kind: 'stored' } };
  }
  const from = stored.find((count) => count > columns) ?? stored[stored.length - 1];
  if (from === undefined) return { layout: [], problems: [], source: { kind: 'empty' } };
  const source = sanitizeWith(read, storedAt(layouts, from), { ...options, columns: from });
  const derived = reflowWith(read, source.layout, from, columns, options);
  return {
    layout: derived.layout,
    problems: [...source.problems, ...derived.problems],
    source: { kind: 'derived', columns: from },
  };
}

/** Options of `syncLayouts` and `reconcileLayout`. */
export interface ReconcileOptions extends ReflowOptions {
  /**
   * Ids to remove. When given, only these leave the target and its other items stay even when the
   * reference lacks them; without it the target keeps exactly the reference's items.
   */
  removed?: readonly string[];
}

/**
 * Records a layout committed at `columns` and carries the change to the other stored layouts without
 * moving anything the user placed in them:
 * - `layouts[columns]` becomes `layout`;
 * - in every other stored layout, removed items go (the rest rising unless `float`); items of
 *   `layout` that it lacks are added in the first free slot, their width scaled to its column count
 *   (narrower if that does not fit); constraints and flags (`minW`, `locked`, ...) are copied from
 *   `layout`. Positions made at other widths stay.
 *
 * Removed items are, by default, those absent from `layout`. With `maxRows`, a derived layout may
 * lack an item only because it had no room at this width: then pass `options.removed` (the ids the
 * user actually removed, e.g. the difference between the layouts before and after the change) so
 * that item is not removed at the other widths.
 *
 * Column counts not stored stay unstored (they are derived when needed); keys that are not column
 * counts are dropped.
 *
 * @param layouts the stored `ResponsiveLayouts`; anything else counts as empty.
 */
export function syncLayouts(
  layouts: unknown,
  columns: number,
  layout: readonly LayoutItem[],
  options: ReconcileOptions = {},
): { layouts: Record<string, Layout>; problems: LayoutProblem[] } {
  return syncLayoutsWith(readEntries, layouts, columns, layout, options);
}

/** `syncLayouts` with the given reader for layouts that are not well-formed. @internal */
export function syncLayoutsWith(
  read: Reader,
  layouts: unknown,
  columns: number,
  layout: readonly LayoutItem[],
  options: ReconcileOptions = {},
): { layouts: Record<string, Layout>; problems: LayoutProblem[] } {
  const grid = resolveGrid({ ...options, columns });
  const current = prepareWith(read, layout, grid);
  const result: Record<string, Layout> = {};
  const problems: LayoutProblem[] = [];
  for (const count of storedColumns(layouts)) {
    if (count === columns) continue;
    const synced = reconcileLayoutWith(read, storedAt(layouts, count), count, current, columns, options);
    result[String(count)] = synced.layout;
    problems.push(...synced.problems);
  }
  result[String(columns)] = current.map((item) => cloneItem(item));
  return { layouts: result, problems };
}

/**
 * Brings the item set of `target` (a layout at `targetColumns`) in line with `reference` (at
 * `referenceColumns`) without moving what `target` already places: items leave (see
 * `options.removed`; the rest rise unless `float`), reference items it lacks take the first free
 * slot in the reference's reading order with their width scaled (narrower if that does not fit),
 * and constraints and flags follow the reference. Also what to use when a newer default layout
 * brings widgets: pass it as the reference without the widgets the user removed, and `removed: []`.
 */
export function reconcileLayout(
  target: unknown,
  targetColumns: number,
  reference: readonly LayoutItem[],
  referenceColumns: number,
  options: ReconcileOptions = {},
): LayoutResult {
  return reconcileLayoutWith(readEntries, target, targetColumns, reference, referenceColumns, options);
}

/** `reconcileLayout` with the given reader for layouts that are not well-formed. @internal */
export function reconcileLayoutWith(
  read: Reader,
  target: unknown,
  targetColumns: number,
  reference: readonly LayoutItem[],
  referenceColumns: number,
  options: ReconcileOptions = {},
): LayoutResult {
  const { removed, ...gridOptions } = options;
  const grid = resolveGrid({ ...gridOptions, columns: targetColumns });
  const referenceItems = prepareWith(read, reference, resolveGrid({ ...gridOptions, columns: referenceColumns }));
  const byId = new Map(referenceItems.map((item) => [item.id, item]));
  const leaving = new Set(removed ?? []);
  const keep = removed ? (id: string) => !leaving.has(id) : (id: string) => byId.has(id);
  // Stored layouts carry no flags: settle them only once the reference's (`locked`, min/max) are
  // back on, or a locked item would rise into space it never had.
  const existing = sanitizeWith(read, target, { ...gridOptions, float: true, columns: targetColumns }).layout;
  const kept = existing.filter((item) => keep(item.id)).map((item) => cloneItem(byId.get(item.id) ?? item, item));
  const { layout, problems } = sanitizeWith(read, kept, { ...gridOptions, columns: targetColumns });

  const present = new Set(layout.map((item) => item.id));
  const taken = occupancy(layout, grid);
  const ratio = grid.columns / referenceColumns;
  for (const i of readingOrder(referenceItems)) {
    const item = referenceItems[i];
    if (present.has(item.id)) continue;
    const low = lowW(item, grid);
    const h = Math.min(Math.max(item.h, lowH(item, grid)), highH(item, grid));
    let w = Math.min(Math.max(Math.round(item.w * ratio), low), highW(item, grid));
    let slot = freeSlot(taken, w, h, grid);
    while (!slot && w > low) slot = freeSlot(taken, --w, h, grid);
    if (!slot) {
      problems.push({
        code: 'no-room',
        id: item.id,
        message: `Item ${describeId(item.id)} does not fit at ${grid.columns} columns; it was left out there.`,
      });
      continue;
    }
    taken.add(slot.x, slot.y, w, h);
    layout.push(cloneItem(item, { ...slot, w, h }));
  }
  return { layout, problems };
}
