import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type SortableJS from 'sortablejs';
import { AnnouncerController } from './announcer.js';
import { whenIdle } from './idle.js';
import { KeyboardGrabController, type GrabStep } from './keyboard-grab.js';
import { LazyModule } from './lazy.js';

/** Where an item is: which list (0 for a single list) and its index in that list's data. */
export interface ReorderPosition {
  list: number;
  index: number;
}

/** A committed move, reported once per drop (pointer or keyboard) or Alt+arrow step. */
export interface ReorderMove {
  id: string;
  from: ReorderPosition;
  to: ReorderPosition;
  via: 'pointer' | 'keyboard';
}

/** What the user hears. Positions count from 1; `list` is the list's name ('' for a single list). */
export const defaultReorderStrings = {
  grabbed: (label: string, position: number, count: number, list: string): string =>
    `Picked up ${label}, position ${position} of ${count}${list ? ` in ${list}` : ''}. Arrow keys move, Enter drops, Escape cancels.`,
  moved: (label: string, position: number, count: number, list: string): string =>
    `${label}, position ${position} of ${count}${list ? ` in ${list}` : ''}.`,
  dropped: (label: string, position: number, count: number, list: string): string =>
    `Dropped ${label}, position ${position} of ${count}${list ? ` in ${list}` : ''}.`,
  cancelled: (label: string, position: number, count: number, list: string): string =>
    `Move cancelled. ${label} is back at position ${position} of ${count}${list ? ` in ${list}` : ''}.`,
  blocked: (label: string): string => `${label} cannot move further that way.`,
  fixed: (label: string): string => `${label} cannot be moved.`,
};
export type ReorderStrings = typeof defaultReorderStrings;

export interface ReorderOptions {
  /** The ids in each list, in their committed order (the data, not the DOM: lists may be virtualized). */
  items: () => readonly (readonly string[])[];
  /**
   * The rendered list elements, one per entry of `items()`, for pointer drags. Their draggable
   * children carry `data-reorder-id`. Read after every host update. Leave out for keyboard only.
   */
  lists?: () => (HTMLElement | null | undefined)[];
  /** The name of an item, for announcements. */
  label: (id: string) => string;
  /** The name of a list, for announcements across several lists ('' for a single list). */
  listLabel?: (list: number) => string;
  /** Whether `id` may be at `to` (pinned zones, locked items). Default: anywhere. */
  canMove?: (id: string, to: ReorderPosition) => boolean;
  /** Commit a move: update the data the host renders from. */
  onMove: (move: ReorderMove) => void;
  /** Which arrows move within a list: up/down (`vertical`, default) or left/right. The others cross lists. */
  orientation?: 'vertical' | 'horizontal';
  /** A selector inside an item that starts a pointer drag; default the whole item. */
  handle?: string;
  /** Whether reordering is possible now (edit mode). Default: always. */
  enabled?: () => boolean;
  /** Overrides for what is announced (usually the host's `strings` property). */
  strings?: () => Partial<ReorderStrings> | undefined;
  /** The element that should take focus for `id` once it has moved; default its `data-reorder-id` element. */
  focusItem?: (id: string) => void;
}

const sortable = new LazyModule(() => import('sortablejs').then((module) => module.default));

/** At the latest this long after a list shows, SortableJS is fetched even on a page that stays busy. */
const PREFETCH_TIMEOUT_MS = 1000;

let groupCount = 0;

/**
 * Reordering for one list or several connected lists (kanban columns), by pointer and by keyboard,
 * with the same result either way.
 *
 * - Pointer: SortableJS (fallback mode so touch, mouse and pen behave alike). It stays out of the
 *   entry: it is fetched in the first idle moment once a list is on screen, and at once when a
 *   pointer enters the host or focus moves into it, so even a quick first drag (press, move,
 *   release) finds it there. A press that comes before it has arrived is held and handed to
 *   SortableJS once it is there, so the first drag works like any other. On drop the moved node is
 *   put back where Lit rendered it and `onMove` updates the data, so Lit stays the only owner of
 *   the DOM.
 * - Keyboard (KeyboardGrabController): Enter or Space on an item picks it up, arrows move it within
 *   its list (or across lists), Home and End jump, Enter or Space drops, Escape cancels, Alt and an
 *   arrow moves one step at once. Every step is announced with the item's label and position.
 *
 * While an item is held by keyboard, `arrange()` gives the order to render, with the item shown at
 * its previewed place; nothing is committed until the drop.
 *
 * ```ts
 * #reorder = new ReorderController(this, {
 *   items: () => [this.value],
 *   lists: () => [this.renderRoot.querySelector('ol')],
 *   label: (id) => this.#labels.get(id) ?? id,
 *   onMove: ({ from, to }) => (this.value = moveIndex(this.value, from.index, to.index)),
 * });
 * render() { return html`<ol>${repeat(this.#reorder.arrange()[0], (id) => id, (id) => html`<li data-reorder-id=${id} tabindex="0">…</li>`)}</ol>`; }
 * ```
 */
export class ReorderController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #options: ReorderOptions;
  readonly #announcer: AnnouncerController;
  readonly #grab: KeyboardGrabController<string>;
  /** The keyboard preview: where the held item was picked up and where it is shown now. */
  #preview: { id: string; from: ReorderPosition; to: ReorderPosition } | undefined;
  readonly #sortables = new Map<HTMLElement, SortableJS>();
  /** Where a pointer-dragged node sat before SortableJS moved it. */
  #dragOrigin: { parent: Node; next: Node | null } | undefined;
  /** SortableJS group shared by this controller's lists only, so items cross between them and no others. */
  readonly #group = `tk-reorder-${(groupCount += 1)}`;
  /** Cancels the idle-time fetch of SortableJS; set from when it is asked for until the host disconnects. */
  #cancelPrefetch: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, options: ReorderOptions) {
    this.#host = host;
    this.#options = options;
    this.#announcer = new AnnouncerController(host);
    this.#grab = new KeyboardGrabController<string>(host, {
      target: (event) => this.#targetOf(event),
      grab: (id) => this.#pickUp(id),
      move: (id, step) => this.#step(id, step),
      drop: (id) => this.#drop(id),
      cancel: (id) => this.#cancel(id),
      nudge: (id, step) => this.#nudge(id, step),
      rtl: () => getComputedStyle(this.#host).direction === 'rtl',
      enabled: () => this.#enabled(),
    });
    host.addController(this);
  }

  /** The id held by keyboard, if any. */
  get held(): string | undefined {
    return this.#grab.held;
  }

  hostConnected(): void {
    this.#host.addEventListener('pointerenter', this.#onHostPointerenter);
    this.#host.addEventListener('focusin', this.#onHostFocusin);
    this.#host.addEventListener('pointerdown', this.#onHostPointerdown, { capture: true });
    this.#syncSortables();
    this.#prefetchWhenIdle();
  }

  hostUpdated(): void {
    this.#syncSortables();
    this.#prefetchWhenIdle();
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('pointerenter', this.#onHostPointerenter);
    this.#host.removeEventListener('focusin', this.#onHostFocusin);
    this.#host.removeEventListener('pointerdown', this.#onHostPointerdown, { capture: true });
    this.#cancelPrefetch?.();
    this.#cancelPrefetch = undefined;
    for (const instance of this.#sortables.values()) instance.destroy();
    this.#sortables.clear();
  }

  /** The ids of each list in the order to render now: the data, with a keyboard-held item at its previewed place. */
  arrange(): string[][] {
    const lists = this.#options.items().map((list) => [...list]);
    const preview = this.#preview;
    if (!preview) return lists;
    const source = lists[preview.from.list];
    const at = source?.indexOf(preview.id) ?? -1;
    if (at < 0) return lists;
    source.splice(at, 1);
    lists[preview.to.list]?.splice(preview.to.index, 0, preview.id);
    return lists;
  }

  /** Ends a keyboard grab, committing it or not (for a host that leaves edit mode). */
  release(commit: boolean): void {
    this.#grab.release(commit);
  }

  #enabled(): boolean {
    return this.#options.enabled?.() ?? true;
  }

  #term<K extends keyof ReorderStrings>(key: K): ReorderStrings[K] {
    return this.#options.strings?.()?.[key] ?? defaultReorderStrings[key];
  }

  #announcePosition(key: 'grabbed' | 'moved' | 'dropped' | 'cancelled', id: string, at: ReorderPosition): void {
    const count = this.arrange()[at.list]?.length ?? 0;
    const list = this.#options.listLabel?.(at.list) ?? '';
    this.#announcer.announce(this.#term(key)(this.#options.label(id), at.index + 1, count, list));
  }

  #find(id: string): ReorderPosition | undefined {
    const lists = this.#options.items();
    for (let list = 0; list < lists.length; list += 1) {
      const index = lists[list].indexOf(id);
      if (index >= 0) return { list, index };
    }
    return undefined;
  }

  #targetOf(event: KeyboardEvent): string | undefined {
    // Only a key press on the item itself, not on a control inside it (a checkbox, a reset button).
    const origin = event.composedPath()[0];
    if (!(origin instanceof HTMLElement) || !origin.hasAttribute('data-reorder-id')) return undefined;
    const id = origin.dataset.reorderId!;
    return this.#find(id) ? id : undefined;
  }

  #movable(id: string): boolean {
    const from = this.#find(id);
    if (!from) return false;
    const canMove = this.#options.canMove;
    if (!canMove) return true;
    // An item that can be nowhere but where it is cannot be picked up.
    const lists = this.arrange();
    return lists.some((list, index) =>
      Array.from({ length: list.length + (index === from.list ? 0 : 1) }, (_, at) => at).some(
        (at) => !(index === from.list && at === from.index) && canMove(id, { list: index, index: at }),
      ),
    );
  }

  #pickUp(id: string): boolean {
    const from = this.#find(id);
    if (!from || !this.#movable(id)) {
      this.#announcer.announce(this.#term('fixed')(this.#options.label(id)));
      return false;
    }
    this.#preview = { id, from, to: { ...from } };
    this.#announcePosition('grabbed', id, from);
    return true;
  }

  /** The position one step (or a jump) away from `at`, skipping places `canMove` refuses. */
  #next(id: string, at: ReorderPosition, step: GrabStep): ReorderPosition | undefined {
    const lists = this.arrange();
    const vertical = (this.#options.orientation ?? 'vertical') === 'vertical';
    const along = vertical ? step.block : step.inline;
    const across = vertical ? step.inline : step.block;
    const candidates: ReorderPosition[] = [];
    const sizeWithout = (list: number): number => (lists[list]?.length ?? 0) - (list === at.list ? 1 : 0);
    if (step.jump) {
      const last = sizeWithout(at.list);
      const order =
        step.jump === 'start'
          ? Array.from({ length: last + 1 }, (_, index) => index)
          : Array.from({ length: last + 1 }, (_, index) => last - index);
      candidates.push(...order.map((index) => ({ list: at.list, index })));
    } else if (along !== 0) {
      for (let index = at.index + along; index >= 0 && index <= sizeWithout(at.list); index += along)
        candidates.push({ list: at.list, index });
    } else if (across !== 0) {
      for (let list = at.list + across; list >= 0 && list < lists.length; list += across)
        candidates.push({ list, index: Math.min(at.index, sizeWithout(list)) });
    }
    const canMove = this.#options.canMove;
    return candidates.find(
      (candidate) =>
        !(candidate.list === at.list && candidate.index === at.index) && (!canMove || canMove(id, candidate)),
    );
  }

  #step(id: string, step: GrabStep): void {
    const preview = this.#preview;
    if (!preview || preview.id !== id) return;
    const to = this.#next(id, preview.to, step);
    if (!to) {
      this.#announcer.announce(this.#term('blocked')(this.#options.label(id)));
      return;
    }
    preview.to = to;
    this.#rerender(id);
    this.#announcePosition('moved', id, to);
  }

  #drop(id: string): void {
    const preview = this.#preview;
    this.#preview = undefined;
    if (!preview || preview.id !== id) return;
    const { from, to } = preview;
    if (from.list !== to.list || from.index !== to.index) this.#options.onMove({ id, from, to, via: 'keyboard' });
    this.#rerender(id);
    this.#announcePosition('dropped', id, to);
  }

  #cancel(id: string): void {
    const preview = this.#preview;
    this.#preview = undefined;
    if (!preview || preview.id !== id) return;
    this.#rerender(id);
    this.#announcePosition('cancelled', id, preview.from);
  }

  #nudge(id: string, step: GrabStep): void {
    const from = this.#find(id);
    if (!from) return;
    const to = this.#next(id, from, step);
    if (!to) {
      this.#announcer.announce(this.#term('blocked')(this.#options.label(id)));
      return;
    }
    this.#options.onMove({ id, from, to, via: 'keyboard' });
    this.#rerender(id);
    this.#announcePosition('moved', id, to);
  }

  /** Re-renders and gives focus back to the moved item (moving a node in the DOM takes its focus). */
  #rerender(id: string): void {
    void this.#grab.holdFocus(async () => {
      this.#host.requestUpdate();
      await (this.#host as ReactiveControllerHost).updateComplete;
      if (this.#options.focusItem) this.#options.focusItem(id);
      else this.#itemElement(id)?.focus({ preventScroll: false });
    });
  }

  #itemElement(id: string): HTMLElement | undefined {
    for (const list of this.#options.lists?.() ?? []) {
      const element = list?.querySelector<HTMLElement>(`[data-reorder-id="${CSS.escape(id)}"]`);
      if (element) return element;
    }
    return undefined;
  }

  // ---------------------------------------------------------------- pointer

  #listElements(): HTMLElement[] {
    return (this.#options.lists?.() ?? []).filter((list): list is HTMLElement => !!list);
  }

  /** Attaches SortableJS to each rendered list that has none yet (once it has been loaded) and lets go of lists gone. */
  #syncSortables(): void {
    const elements = this.#listElements();
    for (const [element, instance] of this.#sortables) {
      if (!elements.includes(element)) {
        instance.destroy();
        this.#sortables.delete(element);
      }
    }
    const Sortable = sortable.loaded;
    if (!Sortable || !this.#host.isConnected) return;
    const group = elements.length > 1 ? this.#group : undefined;
    for (const element of elements) {
      if (!this.#sortables.has(element)) this.#sortables.set(element, this.#createSortable(Sortable, element, group));
    }
  }

  /** Fetches SortableJS (once per page) and attaches it; resolves false when it could not be loaded. */
  #loadSortable(): Promise<boolean> {
    if (!this.#options.lists || !this.#enabled()) return Promise.resolve(false);
    return sortable.load().then(
      () => {
        this.#syncSortables();
        return true;
      },
      // Offline: reordering still works by keyboard.
      () => false,
    );
  }

  /**
   * Asks for SortableJS in the next idle moment once a list is on screen (once per connection): a
   * drag made all at once, before any hover or press could fetch it, then finds it there.
   */
  #prefetchWhenIdle(): void {
    if (sortable.loaded || this.#cancelPrefetch || this.#listElements().length === 0 || !this.#enabled()) return;
    this.#cancelPrefetch = whenIdle(() => void this.#loadSortable(), PREFETCH_TIMEOUT_MS);
  }

  /** A pointer coming near is the head start: SortableJS is usually there before the press. */
  readonly #onHostPointerenter = (): void => void this.#loadSortable();

  readonly #onHostFocusin = (): void => void this.#loadSortable();

  /**
   * A press on an item before SortableJS has arrived: once it is there, the press is handed to it
   * (the same pointerdown, at the same place) and then where the pointer has moved since, unless the
   * button was released meanwhile, so the drag goes on as if SortableJS had been there all along.
   */
  readonly #onHostPointerdown = (event: PointerEvent): void => {
    if (sortable.loaded || event.button !== 0 || !event.isPrimary) return;
    const path = event.composedPath();
    const origin = path[0];
    if (!(origin instanceof Element) || !this.#listElements().some((list) => path.includes(list))) return;
    const view = this.#host.ownerDocument.defaultView ?? window;
    let released = false;
    let last: PointerEvent | undefined;
    const onPointerup = (up: PointerEvent): void => {
      if (up.pointerId === event.pointerId) released = true;
    };
    const onPointermove = (move: PointerEvent): void => {
      if (move.pointerId === event.pointerId) last = move;
    };
    const watched = [
      ['pointerup', onPointerup],
      ['pointercancel', onPointerup],
      ['pointermove', onPointermove],
    ] as const;
    for (const [type, listener] of watched) view.addEventListener(type, listener, { capture: true });
    void this.#loadSortable().then((loaded) => {
      for (const [type, listener] of watched) view.removeEventListener(type, listener, { capture: true });
      if (!loaded || released || !origin.isConnected) return;
      const pointer = (type: string, at: PointerEvent): PointerEvent =>
        new PointerEvent(type, {
          bubbles: true,
          composed: true,
          cancelable: true,
          clientX: at.clientX,
          clientY: at.clientY,
          screenX: at.screenX,
          screenY: at.screenY,
          button: type === 'pointerdown' ? 0 : -1,
          buttons: 1,
          pointerId: at.pointerId,
          pointerType: at.pointerType,
          isPrimary: true,
        });
      origin.dispatchEvent(pointer('pointerdown', event));
      if (last) origin.ownerDocument.dispatchEvent(pointer('pointermove', last));
    });
  };

  #createSortable(Sortable: typeof SortableJS, element: HTMLElement, group: string | undefined): SortableJS {
    const reduced = matchMedia('(prefers-reduced-motion: reduce)').matches;
    return Sortable.create(element, {
      ...(group ? { group } : {}),
      draggable: '[data-reorder-id]',
      ...(this.#options.handle ? { handle: this.#options.handle } : {}),
      forceFallback: true,
      fallbackTolerance: 3,
      animation: reduced ? 0 : 150,
      ghostClass: 'tk-reorder-ghost',
      chosenClass: 'tk-reorder-chosen',
      dragClass: 'tk-reorder-drag',
      filter: 'input, button, select, textarea, a, [contenteditable]',
      preventOnFilter: false,
      onStart: (event) => {
        this.#grab.release(false);
        this.#dragOrigin = { parent: event.item.parentNode!, next: event.item.nextSibling };
      },
      onMove: (event) => {
        const id = event.dragged.dataset.reorderId;
        if (!id || !this.#options.canMove) return true;
        const to = this.#dropPosition(id, event.to, event.related, event.willInsertAfter === true);
        return to ? this.#options.canMove(id, to) : false;
      },
      onEnd: (event) => this.#onPointerDrop(event.item),
    });
  }

  /** Where in the data a node dropped next to `related` goes (lists may be virtualized, so ids decide). */
  #dropPosition(
    id: string,
    listElement: HTMLElement,
    related: HTMLElement | null,
    after: boolean,
  ): ReorderPosition | undefined {
    const list = (this.#options.lists?.() ?? []).indexOf(listElement);
    if (list < 0) return undefined;
    const ids = (this.#options.items()[list] ?? []).filter((each) => each !== id);
    const relatedId = related?.dataset.reorderId;
    if (!relatedId) return { list, index: after ? ids.length : 0 };
    const index = ids.indexOf(relatedId);
    return { list, index: index < 0 ? ids.length : index + (after ? 1 : 0) };
  }

  #onPointerDrop(node: HTMLElement): void {
    const origin = this.#dragOrigin;
    this.#dragOrigin = undefined;
    const id = node.dataset.reorderId;
    const listElement = node.parentElement;
    let previous = node.previousElementSibling;
    while (previous && !(previous instanceof HTMLElement && previous.dataset.reorderId !== undefined))
      previous = previous.previousElementSibling;
    let next = node.nextElementSibling;
    while (next && !(next instanceof HTMLElement && next.dataset.reorderId !== undefined))
      next = next.nextElementSibling;
    // Lit rendered the node between its own markers: put it back before anything re-renders.
    if (origin) origin.parent.insertBefore(node, origin.next);
    const from = id === undefined ? undefined : this.#find(id);
    if (!id || !from || !listElement) return;
    const to = previous
      ? this.#dropPosition(id, listElement, previous, true)
      : this.#dropPosition(id, listElement, next ?? null, false);
    if (!to || (to.list === from.list && to.index === from.index)) return;
    if (this.#options.canMove && !this.#options.canMove(id, to)) return;
    this.#options.onMove({ id, from, to, via: 'pointer' });
    this.#host.requestUpdate();
    this.#announcePosition('dropped', id, to);
  }
}
