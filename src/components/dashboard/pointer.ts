import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { composedParent } from '../../base/focus.js';
import { DATA_HANDLE, DATA_RESIZE } from './parts.js';
import type { TkDashboardItem } from './dashboard-item.js';
import type { GestureSession } from './session.js';
import { gridPoint, setSize } from './preview.js';

/** How long a finger rests on a widget before it lifts, as on phone home screens. */
export const LONG_PRESS_MS = 400;
/** A finger that moves further than this before the long press ends is scrolling. */
const TOUCH_TOLERANCE = 10;
/** A mouse or pen must move this far before a press becomes a drag, so clicks stay clicks. */
const DRAG_THRESHOLD = 4;
/** Distance from a scroll container's edge where dragging scrolls it. */
const EDGE = 48;
/** Fastest auto-scroll, in pixels per frame. */
const MAX_SCROLL_STEP = 18;

export type ResizeEdge = 'e' | 's' | 'se';

export interface PointerHooks {
  /** Whether the dashboard is in edit mode. */
  editable(): boolean;
  /** The item an event happened on, when it is one of the dashboard's visible items. */
  itemInPath(path: EventTarget[]): TkDashboardItem | undefined;
  /** Starts a session, or refuses (locked item, another gesture running). */
  begin(item: TkDashboardItem, kind: 'drag' | 'resize'): GestureSession | undefined;
  /** Ends the session: commit the preview, or restore the layout from before the gesture. */
  end(session: GestureSession, commit: boolean): void;
  /** The grid element whose geometry maps pointer positions to cells. */
  grid(): HTMLElement;
  rowHeight(): number;
}

interface Pending {
  pointerId: number;
  pointerType: string;
  item: TkDashboardItem;
  edge: ResizeEdge | undefined;
  startX: number;
  startY: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  /** A touch that has been held long enough: the next move drags. */
  lifted: boolean;
}

interface Active {
  pointerId: number;
  pointerType: string;
  session: GestureSession;
  edge: ResizeEdge | undefined;
  /** Pointer position relative to the item's committed top-left corner, in grid pixels. */
  grabInline: number;
  grabBlock: number;
  startInline: number;
  startBlock: number;
  clientX: number;
  clientY: number;
  scroller: Element;
  frame: number;
}

const INTERACTIVE =
  'button, a[href], input, select, textarea, summary, [contenteditable]:not([contenteditable="false"])';

/**
 * Pointer and touch gestures on dashboard items: drag by the handle or anywhere on the item, resize
 * by the edge handles, long press to lift on touch, auto-scroll near the scroll container's edges.
 *
 * In view mode nothing is listened to beyond `pointerdown`, and items keep `touch-action: auto`, so
 * a swipe always scrolls the page. In edit mode a finger on the handle drags at once; elsewhere it
 * must rest for `LONG_PRESS_MS` first, and a quick swipe still scrolls.
 */
export class PointerController implements ReactiveController {
  #pending: Pending | undefined;
  #active: Active | undefined;

  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #hooks: PointerHooks;

  constructor(host: ReactiveControllerHost & HTMLElement, hooks: PointerHooks) {
    this.#host = host;
    this.#hooks = hooks;
    host.addController(this);
  }

  /** Whether a pointer gesture is running (or waiting for a long press). */
  get busy(): boolean {
    return this.#pending !== undefined || this.#active !== undefined;
  }

  hostConnected(): void {
    this.#host.addEventListener('pointerdown', this.#onPointerDown);
    // Registered up front and non-passive: the browser must know before a touch starts that a
    // lifted widget may cancel the scroll. It only cancels while a touch drag runs.
    this.#host.addEventListener('touchmove', this.#onTouchMove, { passive: false });
    this.#host.addEventListener('contextmenu', this.#onContextMenu);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('pointerdown', this.#onPointerDown);
    this.#host.removeEventListener('touchmove', this.#onTouchMove);
    this.#host.removeEventListener('contextmenu', this.#onContextMenu);
    this.cancel();
  }

  /** Ends any gesture without committing (Escape, the dashboard leaving edit mode or the page). */
  cancel(): void {
    this.#clearPending();
    if (this.#active) this.#finish(false);
  }

  readonly #onPointerDown = (event: PointerEvent): void => {
    if (this.busy || !event.isPrimary || event.button !== 0 || !this.#hooks.editable()) return;
    const path = event.composedPath();
    const item = this.#hooks.itemInPath(path);
    if (!item) return;
    let edge: ResizeEdge | undefined;
    let onHandle = false;
    for (const node of path) {
      if (node === item) break;
      if (!(node instanceof Element)) continue;
      const resize = node.getAttribute(DATA_RESIZE);
      if (resize === 'e' || resize === 's' || resize === 'se') edge = resize;
      if (node.hasAttribute(DATA_HANDLE)) onHandle = true;
      // The remove button and any control inside a widget keep their own behaviour.
      if (node.matches(INTERACTIVE)) return;
    }
    const pending: Pending = {
      pointerId: event.pointerId,
      pointerType: event.pointerType,
      item,
      edge,
      startX: event.clientX,
      startY: event.clientY,
      timer: undefined,
      lifted: false,
    };
    this.#pending = pending;
    window.addEventListener('pointermove', this.#onPointerMove);
    window.addEventListener('pointerup', this.#onPointerUp);
    window.addEventListener('pointercancel', this.#onPointerCancel);
    if (event.pointerType === 'touch') {
      if (edge || onHandle) {
        this.#start(event);
      } else {
        pending.timer = setTimeout(() => {
          pending.lifted = true;
          this.#start(event);
        }, LONG_PRESS_MS);
      }
    }
  };

  readonly #onPointerMove = (event: PointerEvent): void => {
    const pending = this.#pending;
    if (pending && event.pointerId === pending.pointerId) {
      const distance = Math.hypot(event.clientX - pending.startX, event.clientY - pending.startY);
      if (pending.pointerType === 'touch') {
        if (distance > TOUCH_TOLERANCE) this.#clearPending();
      } else if (distance > DRAG_THRESHOLD) {
        this.#start(event);
      }
      return;
    }
    const active = this.#active;
    if (!active || event.pointerId !== active.pointerId) return;
    active.clientX = event.clientX;
    active.clientY = event.clientY;
    this.#step();
    this.#autoScroll();
  };

  readonly #onPointerUp = (event: PointerEvent): void => {
    if (this.#pending?.pointerId === event.pointerId) this.#clearPending();
    else if (this.#active?.pointerId === event.pointerId) this.#finish(true);
  };

  readonly #onPointerCancel = (event: PointerEvent): void => {
    if (this.#pending?.pointerId === event.pointerId) this.#clearPending();
    else if (this.#active?.pointerId === event.pointerId) this.#finish(false);
  };

  readonly #onTouchMove = (event: TouchEvent): void => {
    if (this.#active?.pointerType === 'touch' && event.cancelable) event.preventDefault();
  };

  readonly #onContextMenu = (event: Event): void => {
    if (this.#active?.pointerType === 'touch' || this.#pending?.lifted) event.preventDefault();
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !this.#active) return;
    event.preventDefault();
    event.stopPropagation();
    this.#finish(false);
  };

  readonly #onScroll = (): void => {
    const active = this.#active;
    if (!active) return;
    active.session.metrics.rect = this.#hooks.grid().getBoundingClientRect();
    active.session.repaint(true);
    this.#step();
  };

  #start(event: PointerEvent): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#clearTimer(pending);
    this.#pending = undefined;
    const session = this.#hooks.begin(pending.item, pending.edge ? 'resize' : 'drag');
    if (!session) {
      this.#removeWindowListeners();
      return;
    }
    const { metrics } = session;
    const start = gridPoint(metrics, pending.startX, pending.startY);
    const rect = session.startRect;
    this.#active = {
      pointerId: pending.pointerId,
      pointerType: pending.pointerType,
      session,
      edge: pending.edge,
      grabInline: start.inline - rect.x * metrics.pitchX,
      grabBlock: start.block - rect.y * metrics.pitchY,
      startInline: start.inline,
      startBlock: start.block,
      clientX: event.clientX,
      clientY: event.clientY,
      scroller: scrollContainer(this.#host),
      frame: 0,
    };
    try {
      this.#host.setPointerCapture(pending.pointerId);
    } catch {
      // Synthetic or already-released pointers cannot be captured; window listeners still follow them.
    }
    document.addEventListener('keydown', this.#onKeyDown, true);
    document.addEventListener('scroll', this.#onScroll, true);
    this.#step();
  }

  /** Maps the pointer to a cell (or a size) and previews the result. */
  #step(): void {
    const active = this.#active;
    if (!active) return;
    const { session, edge } = active;
    const { metrics } = session;
    const point = gridPoint(metrics, active.clientX, active.clientY);
    const rect = session.startRect;
    if (edge) {
      const growInline = edge === 's' ? 0 : point.inline - active.startInline;
      const growBlock = edge === 'e' ? 0 : point.block - active.startBlock;
      const inline = Math.max(metrics.pitchX - metrics.gapX, rect.w * metrics.pitchX - metrics.gapX + growInline);
      const block = Math.max(metrics.pitchY - metrics.gapY, rect.h * metrics.pitchY - metrics.gapY + growBlock);
      setSize(session.item, inline, block);
      const w = Math.round((inline + metrics.gapX) / metrics.pitchX);
      const h = Math.round((block + metrics.gapY) / metrics.pitchY);
      if (w !== session.rect.w || h !== session.rect.h) session.resizeTo(w, h);
      return;
    }
    const inline = point.inline - active.grabInline;
    const block = Math.min(point.block - active.grabBlock, (session.extent - rect.h) * metrics.pitchY);
    session.follow(inline - rect.x * metrics.pitchX, block - rect.y * metrics.pitchY);
    const x = Math.min(Math.max(Math.round(inline / metrics.pitchX), 0), metrics.columns - rect.w);
    const y = Math.max(Math.round(block / metrics.pitchY), 0);
    if (x !== session.rect.x || y !== session.rect.y) session.dragTo(x, y);
  }

  /** Scrolls the nearest scroll container while the pointer rests near its edge. */
  #autoScroll(): void {
    const active = this.#active;
    if (!active || active.frame) return;
    const tick = (): void => {
      active.frame = 0;
      if (this.#active !== active) return;
      const { scroller } = active;
      const viewport = scroller === document.scrollingElement;
      const bounds = viewport
        ? { top: 0, bottom: window.innerHeight, left: 0, right: window.innerWidth }
        : scroller.getBoundingClientRect();
      let dy = edgeSpeed(active.clientY, bounds.top, bounds.bottom);
      // Below the grid's possible extent there is only blank page: never scroll into it.
      const { session } = active;
      const end = this.#hooks.grid().getBoundingClientRect().top + session.extent * session.metrics.pitchY;
      if (dy > 0 && end <= bounds.bottom) dy = 0;
      const dx = edgeSpeed(active.clientX, bounds.left, bounds.right);
      if (dx === 0 && dy === 0) return;
      const before = [scroller.scrollLeft, scroller.scrollTop];
      scroller.scrollBy(dx, dy);
      if (scroller.scrollLeft === before[0] && scroller.scrollTop === before[1]) return;
      active.frame = requestAnimationFrame(tick);
    };
    active.frame = requestAnimationFrame(tick);
  }

  #finish(commit: boolean): void {
    const active = this.#active;
    if (!active) return;
    this.#active = undefined;
    cancelAnimationFrame(active.frame);
    try {
      if (this.#host.hasPointerCapture(active.pointerId)) this.#host.releasePointerCapture(active.pointerId);
    } catch {
      // Already released by the browser.
    }
    this.#removeWindowListeners();
    document.removeEventListener('keydown', this.#onKeyDown, true);
    document.removeEventListener('scroll', this.#onScroll, true);
    this.#hooks.end(active.session, commit);
  }

  #clearPending(): void {
    const pending = this.#pending;
    if (!pending) return;
    this.#clearTimer(pending);
    this.#pending = undefined;
    this.#removeWindowListeners();
  }

  #clearTimer(pending: Pending): void {
    if (pending.timer !== undefined) clearTimeout(pending.timer);
    pending.timer = undefined;
  }

  #removeWindowListeners(): void {
    window.removeEventListener('pointermove', this.#onPointerMove);
    window.removeEventListener('pointerup', this.#onPointerUp);
    window.removeEventListener('pointercancel', this.#onPointerCancel);
  }
}

/** Scroll speed for a pointer at `position` between `low` and `high`: faster the closer to an edge. */
function edgeSpeed(position: number, low: number, high: number): number {
  if (position < low + EDGE) return -Math.ceil(MAX_SCROLL_STEP * Math.min(1, (low + EDGE - position) / EDGE));
  if (position > high - EDGE) return Math.ceil(MAX_SCROLL_STEP * Math.min(1, (position - (high - EDGE)) / EDGE));
  return 0;
}

/** The nearest ancestor (crossing shadow roots) that scrolls, else the document's scrolling element. */
function scrollContainer(from: Element): Element {
  for (let node = composedParent(from); node; node = composedParent(node)) {
    if (!(node instanceof Element)) continue;
    const { overflowX, overflowY } = getComputedStyle(node);
    const scrolls = (value: string): boolean => value === 'auto' || value === 'scroll';
    if (
      (scrolls(overflowY) && node.scrollHeight > node.clientHeight) ||
      (scrolls(overflowX) && node.scrollWidth > node.clientWidth)
    ) {
      return node;
    }
  }
  return document.scrollingElement ?? document.documentElement;
}
