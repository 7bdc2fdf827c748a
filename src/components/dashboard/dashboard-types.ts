import type { TemplateResult } from 'lit';
import type { LayoutProblem } from '../../core/layout/index.js';
import type { TkDashboardItem } from './dashboard-item.js';

/** A widget's place in a `layout`: what integrators read and write. */
export interface DashboardLayoutEntry {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A kind of widget a user can add from the catalog. */
export interface TkWidgetType {
  /** Unique key of the type; recorded with every widget made from it so a reload can recreate it. */
  type: string;
  /** Shown in the catalog and used as the new widget's heading. Rendered as text. */
  title: string;
  /** One line under the title in the catalog. Rendered as text. */
  description?: string;
  /** Default width in columns. */
  w: number;
  /** Default height in rows. */
  h: number;
  minW?: number;
  minH?: number;
  maxW?: number;
  maxH?: number;
  /**
   * At most one widget of this type on the dashboard (a KPI shown twice is noise): while one is there
   * its catalog entry is disabled and says so, and `addWidget` refuses a second. Items the integrator
   * renders count when their `type` attribute names the type.
   */
  single?: boolean;
  /**
   * The widget's content: an element (a `tk-dashboard-item` is used as is, anything else is wrapped in
   * one) or a Lit template rendered into a new item.
   */
  create(): HTMLElement | TemplateResult;
}

/** A widget made from a catalog type: recorded so it can be recreated after a reload. */
export interface DashboardWidgetRecord {
  id: string;
  type: string;
}

/**
 * The preferences document of a dashboard with `persist-key`, and the shape of a personalized default
 * for it (a defaults provider returns `{ layouts, widgets }`; the other fields are the user's).
 *
 * ```ts
 * { layouts: { '12': [{ id: 'pipeline', x: 0, y: 0, w: 8, h: 3 }] }, widgets: [{ id: 'pipeline', type: 'pipeline' }] }
 * ```
 */
export interface DashboardPreferences {
  /** A layout per column count, keyed by the count (`"12"`). Entries hold only `id, x, y, w, h`. */
  layouts: Record<string, DashboardLayoutEntry[]>;
  /** Widgets made from catalog types (by the user, or suggested): recreated from the catalog on load. */
  widgets: DashboardWidgetRecord[];
  /** Widgets the user removed: they stay removed even when a newer default still lists them. */
  removed: string[];
  /**
   * The widgets the user's layouts were arranged with. A widget that a newer default brings is not
   * among them, so it takes a free slot instead of pushing the user's widgets around.
   */
  seen?: string[];
}

export type LayoutChangeReason = 'move' | 'resize' | 'add' | 'remove' | 'undo' | 'redo' | 'reset' | 'sanitize';

export interface TkLayoutChangeDetail {
  /** The layout at the current column count, in reading order. */
  layout: DashboardLayoutEntry[];
  /** Smallest container width (CSS pixels) of the active breakpoint; 0 without breakpoints. */
  breakpoint: number;
  columns: number;
  reason: LayoutChangeReason;
}

export interface TkItemAddDetail {
  id: string;
  /** The catalog type it was made from. */
  type: string;
  item: TkDashboardItem;
}

export interface TkItemRemoveDetail {
  id: string;
  item: TkDashboardItem;
}

export interface TkBreakpointChangeDetail {
  breakpoint: number;
  columns: number;
  previousColumns: number;
  /** The dashboard's width in CSS pixels that caused the change. */
  width: number;
}

export interface TkLayoutErrorDetail {
  /** Where the bad layout came from. */
  source: 'stored' | 'property' | 'children' | 'suggested';
  columns: number;
  problems: LayoutProblem[];
}

export interface TkLoadErrorDetail {
  /**
   * What could not be loaded: `editing` (drag, resize and keyboard moves, loaded when the dashboard
   * first turns editable) or `catalog` (the add-widget popover and menu).
   */
  part: 'editing' | 'catalog';
  /** What the browser reported, usually a TypeError from the failed `import()`. */
  error: unknown;
}

declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-layout-change': TkLayoutChangeDetail;
    'tk-item-add': TkItemAddDetail;
    'tk-item-remove': TkItemRemoveDetail;
    'tk-before-item-remove': TkItemRemoveDetail;
    'tk-breakpoint-change': TkBreakpointChangeDetail;
    'tk-layout-error': TkLayoutErrorDetail;
    'tk-load-error': TkLoadErrorDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-layout-change': CustomEvent<TkLayoutChangeDetail>;
    'tk-item-add': CustomEvent<TkItemAddDetail>;
    'tk-item-remove': CustomEvent<TkItemRemoveDetail>;
    'tk-before-item-remove': CustomEvent<TkItemRemoveDetail>;
    'tk-breakpoint-change': CustomEvent<TkBreakpointChangeDetail>;
    'tk-layout-error': CustomEvent<TkLayoutErrorDetail>;
    'tk-load-error': CustomEvent<TkLoadErrorDetail>;
  }
}
