import type { TemplateResult } from 'lit';
import type { LayoutProblem } from '../../core/layout/index.js';
import type { DashboardLayoutEntry, LayoutSourceKind } from '../../core/dashboard/index.js';
import type { TkDashboardItem } from './dashboard-item.js';

export type {
  DashboardItemRecord,
  DashboardLayoutEntry,
  DashboardPreferences,
  // eslint-disable-next-line no-restricted-syntax -- the deprecated name stays exported for integrators
  DashboardWidgetRecord,
} from '../../core/dashboard/index.js';

/** A kind of widget a user can add from the catalog. */
export interface TkDashboardItemType {
  /** Unique key of the type; recorded with every widget made from it so a reload can recreate it. */
  type: string;
  /** Shown in the catalog and used as the new widget's heading. Rendered as text. */
  title: string;
  /** One line under the title in the catalog. Rendered as text. */
  description?: string;
  /** A small picture before the title in the catalog: a string (an emoji) is rendered as text, a template as given. */
  icon?: string | TemplateResult;
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

/**
 * @deprecated Renamed `TkDashboardItemType` (the dashboard calls its widgets items in code).
 */
// eslint-disable-next-line no-restricted-syntax -- the old name, kept for integrators
export type TkWidgetType = TkDashboardItemType;

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
  source: LayoutSourceKind;
  columns: number;
  problems: LayoutProblem[];
}

/** Detail of `tk-load-error`, shared by every element that loads code on first use. */
export type { TkLoadErrorDetail } from '../../base/tk-element.js';

declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-layout-change': TkLayoutChangeDetail;
    'tk-item-add': TkItemAddDetail;
    'tk-item-remove': TkItemRemoveDetail;
    'tk-before-item-remove': TkItemRemoveDetail;
    'tk-breakpoint-change': TkBreakpointChangeDetail;
    'tk-layout-error': TkLayoutErrorDetail;
  }
}
