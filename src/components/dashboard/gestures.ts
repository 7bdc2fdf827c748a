import type { ReactiveControllerHost } from 'lit';
import type {
  Layout,
  LayoutChange,
  LayoutItem,
  LayoutOptions,
  LayoutRect,
  MovedItem,
} from '../../core/layout/index.js';
import { composedParent } from '../../base/focus.js';
import { KeyboardGrabController, type GrabStep } from '../../base/keyboard-grab.js';
import type { TkDashboardItem } from './dashboard-item.js';
import type { DashboardStrings } from './dashboard-strings.js';
import { PointerController } from './pointer.js';
import { measureGrid } from './preview.js';
import { GestureSession, type GestureKind } from './session.js';

/** What the gesture code needs from its dashboard. Everything else about gestures lives here. */
export interface GestureHooks {
  editable: () => boolean;
  /** The committed layout, its grid options, and the visible items by id. */
  committed: () => { layout: Layout; byId: ReadonlyMap<string, LayoutItem>; options: LayoutOptions };
  items: () => ReadonlyMap<string, TkDashboardItem>;
  /** The visible item `node` is, if it is one of this dashboard's. */
  itemOf: (node: EventTarget | undefined) => TkDashboardItem | undefined;
  grid: () => HTMLElement;
  placeholder: () => HTMLElement;
  rowHeight: () => number;
  /** Makes a gesture's result the layout: one undo step, one event, one write. */
  /** Commits a gesture's result; `target` is the id of the item the user moved or resized. */
  commit: (layout: Layout, reason: 'move' | 'resize', label: string, target: string) => void;
  /** Says `message`, naming the widgets that moved out of the way. */
  announce: (message: string, moved?: readonly MovedItem[]) => void;
  /** A widget's position in words. */
  position: (rect: LayoutRect & { id: string }) => string;
  term: <K extends keyof DashboardStrings>(key: K) => DashboardStrings[K];
}

/**
 * Every gesture of a dashboard in edit mode, in one place: pointer and touch (through
 * `PointerController`), the keyboard grab (through the shared `KeyboardGrabController`), the session
 * that previews each step, and the settle animation on drop. Loaded with the editing code.
 *
 * A gesture starts a `GestureSession` on the committed layout and ends it with a commit (through the
 * dashboard's `commit` hook) or a cancel; nothing else changes the layout meanwhile.
 */
export class GestureController {
  #session: GestureSession | undefined;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #hooks: GestureHooks;
  readonly #pointer: PointerController;
  readonly #keyboard: KeyboardGrabController<TkDashboardItem>;

  constructor(host: ReactiveControllerHost & HTMLElement, hooks: GestureHooks) {
    this.#host = host;
    this.#hooks = hooks;
    this.#pointer = new PointerController(host, {
      editable: hooks.editable,
      itemInPath: (path) => path.map((node) => hooks.itemOf(node)).find((item) => item !== undefined),
      begin: (item, kind) => this.#begin(item, kind),
      end: (session, commit) => this.#end(session, commit),
      grid: hooks.grid,
      rowHeight: hooks.rowHeight,
    });
    this.#keyboard = new KeyboardGrabController<TkDashboardItem>(host, {
      target: (event) => hooks.itemOf(event.composedPath()[0]),
      grab: (item) => this.#grab(item),
      move: (_item, step) => this.#step(step),
      drop: () => this.#finishKeyboard(true),
      cancel: () => this.#finishKeyboard(false),
      nudge: (item, step) => {
        if (!this.#grab(item, true)) return;
        this.#step(step, true);
        this.#finishKeyboard(true);
      },
      rtl: () => this.#session?.metrics.rtl ?? getComputedStyle(host).direction === 'rtl',
      enabled: () => hooks.editable() && !this.#pointer.busy,
    });
  }

  /** Whether a gesture runs (or a touch waits for its long press). */
  get busy(): boolean {
    return this.#session !== undefined || this.#pointer.busy;
  }

  /** Picks `item` up as Enter does (a press that came before this code had loaded). */
  grab(item: TkDashboardItem): void {
    this.#keyboard.grab(item, item);
  }

  /** Ends any gesture without committing: edit mode ends, the layout is replaced, the host leaves. */
  cancel(): void {
    this.#pointer.cancel();
    this.#keyboard.release(false);
    if (this.#session) this.#end(this.#session, false);
  }

  #grab(item: TkDashboardItem, quiet = false): boolean {
    const session = this.#begin(item, 'keyboard');
    if (!session) {
      const locked = this.#hooks.committed().byId.get(item.itemId)?.locked === true;
      this.#hooks.announce(this.#hooks.term(locked ? 'locked' : 'blocked')(item.label));
      return false;
    }
    if (!quiet) this.#hooks.announce(this.#hooks.term('grabbed')(this.#hooks.position(session.rect)));
    return true;
  }

  #step(step: GrabStep, quiet = false): void {
    const session = this.#session;
    if (!session || step.jump) return;
    const { inline: dx, block: dy } = step;
    const from = session.rect.y;
    const change: LayoutChange = step.resize ? session.resizeBy(dx, dy) : session.moveBy(dx, dy);
    const { term } = this.#hooks;
    if (change.blocked || !change.changed) {
      const risesBack = !change.blocked && !step.resize && dy > 0;
      this.#hooks.announce(term(risesBack ? 'risesBack' : 'blocked')(session.item.label));
      return;
    }
    if (quiet) return;
    const rows = Math.abs(change.item!.y - from);
    const jumped = !step.resize && rows > 1 ? ` ${term('jumped')(rows)}` : '';
    this.#hooks.announce(term('moved')(this.#hooks.position(change.item!)) + jumped, change.moved);
  }

  #finishKeyboard(commit: boolean): void {
    if (this.#session?.kind === 'keyboard') this.#end(this.#session, commit);
  }

  #begin(item: TkDashboardItem, kind: GestureKind): GestureSession | undefined {
    const hooks = this.#hooks;
    if (this.#session || !hooks.editable()) return undefined;
    const { layout, byId, options } = hooks.committed();
    const rect = byId.get(item.itemId);
    if (!rect || rect.locked) return undefined;
    if (kind === 'drag' && rect.noMove) return undefined;
    if (kind === 'resize' && rect.noResize) return undefined;
    const metrics = measureGrid(hooks.grid(), options.columns, hooks.rowHeight());
    this.#session = new GestureSession(
      kind,
      item,
      rect.id,
      layout,
      options,
      metrics,
      hooks.items(),
      hooks.placeholder(),
      () => viewport(this.#host),
    );
    if (kind !== 'keyboard' && document.activeElement !== item) item.focus({ preventScroll: true });
    return this.#session;
  }

  #end(session: GestureSession, commit: boolean): void {
    if (this.#session !== session) return;
    this.#session = undefined;
    const hooks = this.#hooks;
    const item = session.item;
    const before = item.getBoundingClientRect();
    const previewed = session.dispose();
    const changed = commit && session.preview.changed;
    if (changed) {
      const reason = session.moved || !session.resized ? 'move' : 'resize';
      settle(previewed, () => hooks.commit(session.preview.layout, reason, item.label, item.itemId));
    }
    if (session.kind !== 'keyboard') {
      // The grid may have shrunk under the page's scroll position: keep the dropped widget in view.
      if (changed) item.scrollIntoView({ block: 'nearest', inline: 'nearest' });
      flip(item, before);
    }
    const rect = hooks.committed().byId.get(session.id);
    if (!rect) return;
    if (changed) hooks.announce(hooks.term('dropped')(hooks.position(rect)), session.preview.moved);
    else if (session.kind === 'keyboard') {
      // Enter where it already was is a drop; Escape (or leaving edit mode) is a cancel.
      hooks.announce(hooks.term(commit ? 'dropped' : 'cancelled')(hooks.position(rect)));
    }
  }
}

/**
 * Runs `change` with transitions off on the items that previewed a position with a transform, so
 * they take the same position in the grid without sliding there a second time.
 */
function settle(previewed: readonly TkDashboardItem[], change: () => void): void {
  for (const element of previewed) element.toggleState('settling', true);
  change();
  // One style pass with transitions off, then on again for the next gesture.
  if (previewed.length > 0) void getComputedStyle(previewed[0]).transform;
  for (const element of previewed) element.toggleState('settling', false);
}

/** Slides a released item from where the pointer left it into its cell. */
function flip(item: TkDashboardItem, before: DOMRect): void {
  if (!item.isConnected || matchMedia('(prefers-reduced-motion: reduce)').matches) return;
  const after = item.getBoundingClientRect();
  const dx = before.left - after.left;
  const dy = before.top - after.top;
  if (Math.abs(dx) < 1 && Math.abs(dy) < 1) return;
  item.toggleState('settling', true);
  item.style.transform = `translate(${dx}px, ${dy}px)`;
  void item.offsetWidth;
  item.toggleState('settling', false);
  item.style.transform = '';
}

/** The part of the window where `host` can be seen: the window, clipped by scrolling ancestors. */
function viewport(host: Element): { top: number; bottom: number } {
  let top = 0;
  let bottom = window.innerHeight;
  for (let node = composedParent(host); node; node = composedParent(node)) {
    if (!(node instanceof Element) || node === document.documentElement) continue;
    const overflow = getComputedStyle(node).overflowY;
    if (overflow === 'visible' || overflow === 'clip') continue;
    const box = node.getBoundingClientRect();
    top = Math.max(top, box.top);
    bottom = Math.min(bottom, box.bottom);
  }
  return { top, bottom };
}
