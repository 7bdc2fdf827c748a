/**
 * Types of the dashboard grid layout engine.
 *
 * Coordinates are whole grid cells, zero-based: `x` is the column counted from the inline start
 * (the right edge in RTL, so a layout never changes with direction), `y` is the row counted from the
 * top. An item covers columns `x .. x + w - 1` and rows `y .. y + h - 1`.
 */

/** A rectangle of grid cells. */
export interface LayoutRect {
  /** Column of the item's inline-start edge, from 0. */
  x: number;
  /** Row of the item's top edge, from 0. */
  y: number;
  /** Width in columns, at least 1. */
  w: number;
  /** Height in rows, from 1 to `MAX_ITEM_ROWS`. */
  h: number;
}

/** One widget's place on the grid. */
export interface LayoutItem extends LayoutRect {
  /** Unique within a layout; links the item to its widget. */
  id: string;
  /** Smallest width in columns (capped by the column count, so a narrow breakpoint still fits it). */
  minW?: number;
  /** Smallest height in rows. */
  minH?: number;
  /** Largest width in columns. */
  maxW?: number;
  /** Largest height in rows. */
  maxH?: number;
  /** Pinned: never moved or resized by any operation; other items flow around it. */
  locked?: boolean;
  /** The user cannot move it, but other items may still push it out of their way. */
  noMove?: boolean;
  /** The user cannot resize it. */
  noResize?: boolean;
}

/** A dashboard layout. The array order carries no meaning for placement (see `sortByPosition`). */
export type Layout = LayoutItem[];

/** A new item for `addItem`: a position is optional (without one it takes the first free slot). */
export type LayoutItemInit = Partial<Omit<LayoutItem, 'id'>> & { id: string };

/** The grid a layout lives in. Functions throw a `RangeError` for unusable values. */
export interface LayoutOptions {
  /** Number of columns, an integer from 1 to `MAX_COLUMNS`. */
  columns: number;
  /**
   * `true` keeps items where they are put (free placement). By default items rise as far as they can
   * (vertical compaction), as on most dashboards.
   */
  float?: boolean;
  /** Height limit in rows. Without it the grid grows downwards (up to `MAX_ROWS`). */
  maxRows?: number;
  /**
   * `moveItem` onto exactly one neighbour of the same size swaps the two (the default); `false`
   * pushes the neighbour aside instead.
   */
  swap?: boolean;
}

/** What `sanitizeLayout` (and the breakpoint helpers) found wrong and how it was fixed. */
export type LayoutProblemCode =
  /** The input is not an array; the layout is empty. */
  | 'not-an-array'
  /** More than `MAX_ITEMS` entries; the rest were dropped. */
  | 'too-many-items'
  /** An entry is not an object or could not be read; it was dropped. */
  | 'invalid-item'
  /** An entry has no usable `id`; it was dropped (nothing could link it to a widget). */
  | 'missing-id'
  /** A later entry repeats an earlier `id`; the first one wins, the later one was dropped. */
  | 'duplicate-id'
  /** A field had the wrong type, was not a whole number, or was negative; it was corrected. */
  | 'invalid-value'
  /** A min/max constraint was unusable (not a positive whole number, or min above max); it was corrected. */
  | 'invalid-constraint'
  /** A size was outside the item's own min/max; it was clamped. */
  | 'size-out-of-range'
  /** The item stuck out of the grid; it was moved or shrunk to fit. */
  | 'out-of-bounds'
  /** The item overlapped an earlier one (in reading order); it was moved down. */
  | 'overlap'
  /** A locked item overlapped an earlier locked one; it was moved down (and stays locked). */
  | 'locked-overlap'
  /** No place within `maxRows` (or `MAX_ROWS`) could hold the item; it was dropped. */
  | 'no-room'
  /** A breakpoint entry was unusable; it was ignored. */
  | 'invalid-breakpoint';

/** One problem found in untrusted layout data, described for an error event or a console message. */
export interface LayoutProblem {
  code: LayoutProblemCode;
  /** A sentence for developers, in English, naming the item and what was done. */
  message: string;
  /** Index of the entry in the input array, when the problem concerns one entry. */
  index?: number;
  /** The item's id, when it has a usable one. */
  id?: string;
  /** The field concerned, for value problems. */
  field?: string;
}

/** A layout together with what had to be fixed to produce it. */
export interface LayoutResult {
  layout: Layout;
  problems: LayoutProblem[];
}

/** An item that an operation displaced (pushed aside, or moved up into freed space). */
export interface MovedItem {
  id: string;
  from: LayoutRect;
  to: LayoutRect;
}

/** Why an operation left the layout as it was. */
export type LayoutBlockedReason =
  | 'not-found'
  | 'locked'
  | 'no-move'
  | 'no-resize'
  /** The result would not fit within `maxRows`. */
  | 'no-room'
  | 'duplicate-id'
  | 'invalid-item'
  /** The requested position or size was not a finite number. */
  | 'invalid-target';

/** The outcome of an editing operation (`moveItem`, `resizeItem`, `addItem`, `removeItem`, `compact`). */
export interface LayoutChange {
  /** The new layout: a new array of new item objects, in the input's order (an added item comes last). */
  layout: Layout;
  /** Whether any item was added, removed, moved or resized. */
  changed: boolean;
  /** The item the operation was about, as it ends up (for `removeItem`, as it was). */
  item?: LayoutItem;
  /**
   * The other items that moved, in reading order of where they landed: what to announce as
   * "Revenue moved down to row 4".
   */
  moved: MovedItem[];
  /** Set when the operation was refused; `layout` is then the input unchanged. */
  blocked?: LayoutBlockedReason;
}

/**
 * Breakpoints keyed by the smallest container width (CSS pixels) they apply from, valued by column
 * count: `{ 0: 1, 480: 4, 768: 8, 1024: 12 }`. This is the shape of the `breakpoints` property; JSON
 * (string) keys are accepted.
 */
export type Breakpoints = Readonly<Record<number, number>>;

/** One breakpoint, as `normalizeBreakpoints` and `breakpointFor` return it. */
export interface Breakpoint {
  /** The container width in CSS pixels from which this breakpoint applies. */
  minWidth: number;
  /** Columns at this breakpoint. */
  columns: number;
}

/**
 * One layout per column count, keyed by the column count as a string: `{ "12": [...], "4": [...] }`.
 * Keying by columns (not by width) means two breakpoints with the same column count share a layout,
 * and it is the shape to persist.
 */
export type ResponsiveLayouts = Readonly<Record<string, Layout>>;
