import type { TemplateResult } from 'lit';
import type { LayoutProblem } from '../../core/layout/index.js';
import type { DashboardLayoutEntry } from '../../core/dashboard/index.js';
import type { TkDashboardItem } from './dashboard-item.js';

export type { DashboardLayoutEntry, DashboardPreferences, DashboardWidgetRecord } from '../../core/dashboard/index.js';

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
