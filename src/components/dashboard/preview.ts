import type { LayoutItem, LayoutRect } from '../../core/layout/index.js';
import type { TkDashboardItem } from './dashboard-item.js';

/** Pixel geometry of the grid, read once when a gesture starts so each step reads no layout. */
export interface GridMetrics {
  /** The grid's box in viewport coordinates (re-read after scrolling). */
  rect: DOMRect;
  columns: number;
  /** Distance between the inline-start edges of two neighbouring columns. */
  pitchX: number;
  /** Distance between the top edges of two neighbouring rows. */
  pitchY: number;
  gapX: number;
  gapY: number;
  rtl: boolean;
}

export function measureGrid(grid: HTMLElement, columns: number, rowHeight: number): GridMetrics {
  const rect = grid.getBoundingClientRect();
  const style = getComputedStyle(grid);
  const gapX = parseFloat(style.columnGap) || 0;
  const gapY = parseFloat(style.rowGap) || 0;
  return {
    rect,
    columns,
    pitchX: (rect.width + gapX) / columns,
    pitchY: rowHeight + gapY,
    gapX,
    gapY,
    rtl: style.direction === 'rtl',
  };
}

/** A point's distance from the grid's inline-start edge and top edge, in CSS pixels. */
export function gridPoint(metrics: GridMetrics, clientX: number, clientY: number): { inline: number; block: number } {
  return {
    inline: metrics.rtl ? metrics.rect.right - clientX : clientX - metrics.rect.left,
    block: clientY - metrics.rect.top,
  };
}

/** A translate() that moves a box by `inline` and `block` pixels, whatever the direction. */
export function translate(metrics: GridMetrics, inline: number, block: number): string {
  return `translate(${metrics.rtl ? -inline : inline}px, ${block}px)`;
}

/** A range of rows, top inclusive, bottom exclusive. */
export interface RowBand {
  top: number;
  bottom: number;
}

/** The rows of the grid on screen (with a margin), from the viewport and the scroll container. */
export function visibleRows(metrics: GridMetrics, view: { top: number; bottom: number }, margin = 3): RowBand {
  return {
    top: Math.floor((view.top - metrics.rect.top) / metrics.pitchY) - margin,
    bottom: Math.ceil((view.bottom - metrics.rect.top) / metrics.pitchY) + margin,
  };
}

function inBand(rect: LayoutRect, band: RowBand): boolean {
  return rect.y < band.bottom && rect.y + rect.h > band.top;
}

/**
 * Shows a layout that is not committed yet by moving items with transforms from their committed grid
 * cells. Transforms need no layout pass, and only items that are or would be on screen are touched:
 * a drag step over a thousand widgets restyles a few dozen, however many move out of the way. The
 * grid itself is laid out again only on commit, when every item takes its place.
 */
export class PreviewPainter {
  /** Items showing a preview style, with the rect they show. */
  readonly #shown = new Map<TkDashboardItem, LayoutRect>();

  /**
   * @param committed rects of the committed layout by id
   * @param skip an item whose transform the caller drives itself (the one under the pointer)
   * @param band rows on screen; items entirely outside it, wherever they are shown, wait
   */
  paint(
    layout: readonly LayoutItem[],
    committed: ReadonlyMap<string, LayoutRect>,
    elements: ReadonlyMap<string, TkDashboardItem>,
    metrics: GridMetrics,
    skip: TkDashboardItem | undefined,
    band: RowBand,
  ): void {
    for (const item of layout) {
      const element = elements.get(item.id);
      const from = committed.get(item.id);
      if (!element || !from || element === skip) continue;
      const shown = this.#shown.get(element);
      if (!inBand(from, band) && !inBand(item, band) && !(shown && inBand(shown, band))) continue;
      const moved = item.x !== from.x || item.y !== from.y;
      const resized = item.w !== from.w || item.h !== from.h;
      if (!moved && !resized) {
        if (shown) this.#reset(element);
        continue;
      }
      if (shown && shown.x === item.x && shown.y === item.y && shown.w === item.w && shown.h === item.h) continue;
      element.style.transform = moved
        ? translate(metrics, (item.x - from.x) * metrics.pitchX, (item.y - from.y) * metrics.pitchY)
        : '';
      if (resized) setSize(element, item.w * metrics.pitchX - metrics.gapX, item.h * metrics.pitchY - metrics.gapY);
      else if (shown && (shown.w !== from.w || shown.h !== from.h)) clearSize(element);
      this.#shown.set(element, item);
    }
  }

  /** Forgets every preview style, e.g. because the committed layout now matches it. */
  clear(): void {
    for (const element of this.#shown.keys()) this.#reset(element);
  }

  /** Elements that currently show a preview style. */
  get elements(): Iterable<TkDashboardItem> {
    return this.#shown.keys();
  }

  #reset(element: TkDashboardItem): void {
    const shown = this.#shown.get(element)!;
    this.#shown.delete(element);
    element.style.transform = '';
    if (element.style.inlineSize || shown.w !== undefined) clearSize(element);
  }
}

export function setSize(element: HTMLElement, inline: number, block: number): void {
  element.style.inlineSize = `${Math.max(0, inline)}px`;
  element.style.blockSize = `${Math.max(0, block)}px`;
  element.style.justifySelf = 'start';
  element.style.alignSelf = 'start';
}

export function clearSize(element: HTMLElement): void {
  element.style.inlineSize = '';
  element.style.blockSize = '';
  element.style.justifySelf = '';
  element.style.alignSelf = '';
}
