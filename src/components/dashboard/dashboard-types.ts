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
 * What a dashboard persists (and what a personalized default provides): a layout per column count,
 * the catalog widgets on it and the widgets the user removed. Layout entries hold only `id, x, y, w, h`.
 */
export interface DashboardPreferences {
  layouts: Record<string, DashboardLayoutEntry[]>;
  widgets: DashboardWidgetRecord[];
  removed: string[];
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

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-layout-change': CustomEvent<TkLayoutChangeDetail>;
    'tk-item-add': CustomEvent<TkItemAddDetail>;
    'tk-item-remove': CustomEvent<TkItemRemoveDetail>;
    'tk-before-item-remove': CustomEvent<TkItemRemoveDetail>;
    'tk-breakpoint-change': CustomEvent<TkBreakpointChangeDetail>;
    'tk-layout-error': CustomEvent<TkLayoutErrorDetail>;
  }
}
