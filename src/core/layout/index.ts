/**
 * Dashboard grid layout engine: DOM-free, pure and deterministic. Every function returns new arrays
 * of new item objects and never changes its input; the same input always gives the same output.
 * Layout data never makes a function throw (it is sanitized, and problems are reported); grid
 * options are the caller's own, so a `columns` that is not an integer from 1 to `MAX_COLUMNS`, or a
 * `maxRows` that is not a positive integer, throws a `RangeError`.
 *
 * Typical use by a dashboard component:
 * - load: `sanitizeLayout(data, options)` and report `problems` in an error event;
 * - breakpoints: `breakpointFor(width, breakpoints).columns`, then `layoutForColumns(stored, columns)`;
 *   after a committed change, `syncLayouts(stored, columns, layout)` to persist;
 * - pointer drag: `moveItem(layoutAtDragStart, id, cellX, cellY, options)` on each step, `layout`
 *   is the preview and `moved` what to announce; keyboard: `moveItemBy` / `resizeItemBy`;
 * - catalog: `addItem(layout, { id, w, h }, options)` (first free slot), `removeItem`;
 * - render in `sortByPosition(layout)` order, size the grid with `rowCount(layout)`.
 *
 * @packageDocumentation
 */
export type {
  Breakpoint,
  Breakpoints,
  Layout,
  LayoutBlockedReason,
  LayoutChange,
  LayoutItem,
  LayoutItemInit,
  LayoutOptions,
  LayoutProblem,
  LayoutProblemCode,
  LayoutRect,
  LayoutResult,
  MovedItem,
  ResponsiveLayouts,
} from './types.js';
export { MAX_COLUMNS, MAX_ITEM_ROWS, MAX_ITEMS, MAX_ROWS } from './grid.js';
export { sanitizeLayout, isValidLayout } from './sanitize.js';
export {
  addItem,
  compact,
  findFreeSlot,
  moveItem,
  moveItemBy,
  removeItem,
  resizeItem,
  resizeItemBy,
} from './operations.js';
export { reflow, type ReflowOptions } from './reflow.js';
export {
  breakpointFor,
  layoutForColumns,
  normalizeBreakpoints,
  reconcileLayout,
  storedColumns,
  syncLayouts,
  type LayoutSource,
  type ReconcileOptions,
} from './breakpoints.js';
export { layoutsEqual, rowCount, sortByPosition } from './query.js';
