import type { Layout, LayoutItem, LayoutOptions, LayoutProblem, LayoutResult } from './types.js';
import { cloneItem, describeId, highW, lowW, readingOrder, resolveGrid } from './grid.js';
import { prepareWith, type Reader } from './entries.js';
import { readEntries } from './sanitize.js';
import { solve } from './solve.js';

/** Grid options other than the column count, for functions that take columns separately. */
export type ReflowOptions = Omit<LayoutOptions, 'columns'>;

/**
 * Derives a layout for `toColumns` from one made for `fromColumns`: every item keeps its row, its
 * column and width are scaled by `toColumns / fromColumns` (rounded, then clamped to its min/max and
 * the grid), and items are placed again in the source's reading order (row, then column), so a
 * one-column layout lists them in exactly the order a person reads the wide one. Deterministic.
 *
 * Scaling loses information (12 columns to 1 and back cannot restore the original), so keep the
 * layout of each column count you care about (see `ResponsiveLayouts`, `layoutForColumns` and
 * `syncLayouts`) and derive only the ones you do not have.
 *
 * @returns the layout and, with `maxRows`, the items that no longer fit (dropped, code `no-room`).
 */
export function reflow(
  layout: readonly LayoutItem[],
  fromColumns: number,
  toColumns: number,
  options: ReflowOptions = {},
): LayoutResult {
  return reflowWith(readEntries, layout, fromColumns, toColumns, options);
}

/** `reflow` with the given reader for a layout that is not well-formed. @internal */
export function reflowWith(
  read: Reader,
  layout: readonly LayoutItem[],
  fromColumns: number,
  toColumns: number,
  options: ReflowOptions = {},
): LayoutResult {
  const from = resolveGrid({ ...options, columns: fromColumns });
  const to = resolveGrid({ ...options, columns: toColumns });
  const items = prepareWith(read, layout, from);
  const ratio = to.columns / from.columns;
  const scaled = items.map((item) => {
    const w = Math.min(Math.max(Math.round(item.w * ratio), lowW(item, to)), highW(item, to));
    const x = Math.min(Math.max(Math.round(item.x * ratio), 0), to.columns - w);
    return cloneItem(item, { x, y: item.y, w, h: item.h });
  });
  const rows = solve(scaled, to, to.float, undefined, readingOrder(items));
  const result: Layout = [];
  const problems: LayoutProblem[] = [];
  scaled.forEach((item, i) => {
    const y = rows[i];
    if (y >= 0) {
      result.push({ ...item, y });
      return;
    }
    problems.push({
      code: 'no-room',
      id: item.id,
      message: `Item ${describeId(item.id)} does not fit within ${to.rows} rows at ${to.columns} columns; it was dropped.`,
    });
  });
  return { layout: result, problems };
}
