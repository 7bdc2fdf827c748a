import {
  moveItem,
  moveItemBy,
  resizeItem,
  resizeItemBy,
  rowCount,
  type Layout,
  type LayoutChange,
  type LayoutItem,
  type LayoutOptions,
  type LayoutRect,
} from '../../core/layout/index.js';
import type { TkDashboardItem } from './dashboard-item.js';
import { clearSize, PreviewPainter, translate, visibleRows, type GridMetrics } from './preview.js';

export type GestureKind = 'drag' | 'resize' | 'keyboard';

/**
 * One gesture on one item, from pick-up to drop or cancel. Every step is computed from the layout
 * captured at the start (for the pointer) so a step depends only on where the pointer is, not on the
 * path it took, and cancelling restores that layout exactly. Nothing is committed here.
 */
export class GestureSession {
  /** The latest preview; `changed` is false until a step changes something. */
  preview: LayoutChange;
  /** Whether any step resized (decides between the `move` and `resize` reasons). */
  resized = false;
  /** Whether any step moved the item itself. */
  moved = false;
  readonly #committedRects = new Map<string, LayoutRect>();
  readonly #painter = new PreviewPainter();
  /** The visible part of the viewport, measured once and again only after scrolling. */
  #viewBox: { top: number; bottom: number } | undefined;
  /** The placeholder's size as last set: resizing an absolutely placed box costs a layout pass. */
  #placeholderSize = '';
  readonly #elements: ReadonlyMap<string, TkDashboardItem>;
  readonly #placeholder: HTMLElement | undefined;
  readonly #view: () => { top: number; bottom: number };

  constructor(
    readonly kind: GestureKind,
    readonly item: TkDashboardItem,
    readonly id: string,
    readonly start: Layout,
    readonly options: LayoutOptions,
    readonly metrics: GridMetrics,
    elements: ReadonlyMap<string, TkDashboardItem>,
    placeholder: HTMLElement | undefined,
    /** The part of the viewport the grid can be seen in, in client coordinates. */
    view: () => { top: number; bottom: number },
  ) {
    this.#elements = elements;
    this.#placeholder = placeholder;
    this.#view = view;
    for (const entry of start) this.#committedRects.set(entry.id, entry);
    this.preview = { layout: start, changed: false, moved: [], item: start.find((entry) => entry.id === id)! };
    item.toggleState(kind === 'keyboard' ? 'grab' : kind, true);
    this.#showPlaceholder(this.startRect);
  }

  /** The item's committed rect when the gesture started. */
  get startRect(): LayoutRect {
    return this.#committedRects.get(this.id)!;
  }

  /**
   * Rows the grid can grow to during this gesture: its last row plus the item's height. The item
   * never follows the pointer further down, and auto-scroll stops there.
   */
  get extent(): number {
    return rowCount(this.start) + this.startRect.h;
  }

  /** The item's rect in the current preview. */
  get rect(): LayoutItem {
    return this.preview.item!;
  }

  /** Pointer drag: put the item's top-left corner at cell (x, y). */
  dragTo(x: number, y: number): LayoutChange {
    return this.#apply(moveItem(this.start, this.id, x, y, this.options), false);
  }

  /** Pointer resize: make the item `w` x `h`. */
  resizeTo(w: number, h: number): LayoutChange {
    return this.#apply(resizeItem(this.start, this.id, w, h, this.options), true);
  }

  /** Keyboard: move by whole cells from the current preview. */
  moveBy(dx: number, dy: number): LayoutChange {
    return this.#apply(moveItemBy(this.preview.layout, this.id, dx, dy, this.options), false, true);
  }

  /** Keyboard: resize by whole cells from the current preview. */
  resizeBy(dw: number, dh: number): LayoutChange {
    return this.#apply(resizeItemBy(this.preview.layout, this.id, dw, dh, this.options), true, true);
  }

  /** Shows the preview again, e.g. after scrolling brought other rows on screen. */
  repaint(remeasure = false): void {
    if (remeasure) this.#viewBox = undefined;
    const pointerDriven = this.kind !== 'keyboard';
    const band = visibleRows(this.metrics, (this.#viewBox ??= this.#view()));
    this.#painter.paint(
      this.preview.layout,
      this.#committedRects,
      this.#elements,
      this.metrics,
      pointerDriven ? this.item : undefined,
      band,
    );
  }

  /** Moves the item under the pointer by pixels from its committed cell (it follows the pointer). */
  follow(inline: number, block: number): void {
    this.item.style.transform = translate(this.metrics, inline, block);
  }

  /**
   * Removes every preview style, the gesture's own transform and size on the item included, whatever
   * the outcome: the caller then commits or restores, and the item's grid cell places it again.
   * @returns the items that had one.
   */
  dispose(): TkDashboardItem[] {
    const previewed = new Set<TkDashboardItem>(this.#painter.elements);
    previewed.add(this.item);
    this.#painter.clear();
    this.item.style.transform = '';
    clearSize(this.item);
    for (const state of ['grab', 'drag', 'resize'] as const) this.item.toggleState(state, false);
    if (this.#placeholder) this.#placeholder.hidden = true;
    return [...previewed];
  }

  /**
   * Keyboard steps chain on the previous preview, so what moved out of the way is reported against
   * that step, and the result is still compared with the start to decide whether anything changed.
   */
  #apply(change: LayoutChange, resizing: boolean, stepwise = false): LayoutChange {
    if (change.blocked || (!change.changed && stepwise)) return change;
    const item = change.item!;
    const start = this.startRect;
    this.preview = { ...change, changed: change.layout.some((entry) => this.#differs(entry)) };
    if (resizing) this.resized ||= item.w !== start.w || item.h !== start.h;
    else this.moved ||= item.x !== start.x || item.y !== start.y;
    this.repaint();
    this.#showPlaceholder(item);
    return change;
  }

  #differs(entry: LayoutItem): boolean {
    const from = this.#committedRects.get(entry.id);
    return !from || from.x !== entry.x || from.y !== entry.y || from.w !== entry.w || from.h !== entry.h;
  }

  #showPlaceholder(rect: LayoutRect): void {
    const placeholder = this.#placeholder;
    if (!placeholder || this.kind === 'keyboard') return;
    const { pitchX, pitchY, gapX, gapY } = this.metrics;
    placeholder.hidden = false;
    placeholder.style.transform = translate(this.metrics, rect.x * pitchX, rect.y * pitchY);
    const size = `${rect.w * pitchX - gapX}px ${rect.h * pitchY - gapY}px`;
    if (size === this.#placeholderSize) return;
    this.#placeholderSize = size;
    placeholder.style.inlineSize = `${rect.w * pitchX - gapX}px`;
    placeholder.style.blockSize = `${rect.h * pitchY - gapY}px`;
  }
}
