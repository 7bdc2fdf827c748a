import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * One key press while something is held. `inline` and `block` are logical: `inline: 1` is toward
 * the end of the line (right in LTR, left in RTL), `block: 1` is down. `jump` is Home or End.
 */
export interface GrabStep {
  inline: -1 | 0 | 1;
  block: -1 | 0 | 1;
  /** Shift was held (the host decides whether that resizes). */
  resize: boolean;
  jump?: 'start' | 'end';
}

/**
 * What a component does at each point of a keyboard grab. The controller owns the key model; the
 * delegate owns the data, the preview and what is announced.
 */
export interface KeyboardGrabDelegate<T> {
  /** The thing a key press is for (the focused item), or `undefined` when the press is not for a grab. */
  target(event: KeyboardEvent): T | undefined;
  /** Pick `target` up. Return `false` when it cannot be (locked, pinned): nothing is then held. */
  grab(target: T): boolean;
  /** A step while held: preview it, do not commit it. */
  move(target: T, step: GrabStep): void;
  /** Commit what the steps previewed. */
  drop(target: T): void;
  /** Undo the preview: the held thing goes back where it was picked up. */
  cancel(target: T): void;
  /** Alt+arrow without a grab: one step, committed at once. Leave it out to ignore Alt+arrows. */
  nudge?(target: T, step: GrabStep): void;
  /** Whether the host is right-to-left now (arrows are mirrored). */
  rtl(): boolean;
  /** Whether grabbing is possible now (edit mode). Default: always. */
  enabled?(): boolean;
}

const ARROWS: Record<string, { inline: -1 | 0 | 1; block: -1 | 0 | 1 }> = {
  ArrowLeft: { inline: -1, block: 0 },
  ArrowRight: { inline: 1, block: 0 },
  ArrowUp: { inline: 0, block: -1 },
  ArrowDown: { inline: 0, block: 1 },
};

/**
 * The keyboard equivalent of every drag in the library, one model everywhere: Enter or Space picks
 * the focused item up, arrow keys move it (Shift and arrows for the host's second axis, such as
 * resizing), Home and End jump, Enter or Space drops, Escape cancels. Tab, or focus leaving the held
 * item, drops it where it is, so nothing the user arranged is lost. Alt and an arrow moves one step
 * without picking up. Arrows are mirrored in right-to-left.
 *
 * The controller listens for `keydown` and `focusout` on its host. A host that moves the held item's
 * element while it re-renders (focus is lost when a node moves) wraps that in `holdFocus()`.
 */
export class KeyboardGrabController<T> implements ReactiveController {
  #held: { target: T; origin: EventTarget } | undefined;
  #holdingFocus = 0;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #delegate: KeyboardGrabDelegate<T>;

  constructor(host: ReactiveControllerHost & HTMLElement, delegate: KeyboardGrabDelegate<T>) {
    this.#host = host;
    this.#delegate = delegate;
    host.addController(this);
  }

  /** What is held now, if anything. */
  get held(): T | undefined {
    return this.#held?.target;
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onKeyDown);
    this.#host.addEventListener('focusout', this.#onFocusOut);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKeyDown);
    this.#host.removeEventListener('focusout', this.#onFocusOut);
    this.release(false);
  }

  /** Picks `target` up as Enter would (for a host that starts a grab from a button). */
  grab(target: T, origin: EventTarget = this.#host): boolean {
    if (this.#held) this.release(true);
    if (!this.#delegate.grab(target)) return false;
    this.#held = { target, origin };
    return true;
  }

  /** Ends a grab: `commit` drops the item where it is, otherwise it goes back. */
  release(commit: boolean): void {
    const held = this.#held;
    if (!held) return;
    this.#held = undefined;
    if (commit) this.#delegate.drop(held.target);
    else this.#delegate.cancel(held.target);
  }

  /**
   * Runs `work` (a re-render that moves the held element) without the focus loss it causes counting
   * as the user leaving; resolves once `work` has settled.
   */
  async holdFocus(work: () => unknown): Promise<void> {
    this.#holdingFocus += 1;
    try {
      await work();
    } finally {
      this.#holdingFocus -= 1;
    }
  }

  #step(event: KeyboardEvent): GrabStep | undefined {
    const jump = event.key === 'Home' ? 'start' : event.key === 'End' ? 'end' : undefined;
    const arrow = ARROWS[event.key];
    if (!arrow && !jump) return undefined;
    const mirrored = this.#delegate.rtl() ? -arrow?.inline : arrow?.inline;
    return {
      inline: (mirrored || 0) as -1 | 0 | 1,
      block: arrow?.block ?? 0,
      resize: event.shiftKey,
      ...(jump ? { jump } : {}),
    };
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.ctrlKey || event.metaKey) return;
    if (this.#delegate.enabled && !this.#delegate.enabled()) return;
    const held = this.#held;
    const key = event.key;
    if (held) {
      if (this.#delegate.target(event) !== held.target) return;
      if (key === 'Enter' || key === ' ') {
        event.preventDefault();
        this.release(true);
      } else if (key === 'Escape') {
        event.preventDefault();
        event.stopPropagation();
        this.release(false);
      } else if (key === 'Tab') {
        this.release(true);
      } else {
        const step = this.#step(event);
        if (!step || event.altKey) return;
        event.preventDefault();
        this.#delegate.move(held.target, step);
      }
      return;
    }
    const target = this.#delegate.target(event);
    if (target === undefined) return;
    if ((key === 'Enter' || key === ' ') && !event.altKey && !event.shiftKey) {
      event.preventDefault();
      this.grab(target, event.composedPath()[0] ?? this.#host);
      return;
    }
    if (event.altKey && this.#delegate.nudge && ARROWS[key]) {
      event.preventDefault();
      this.#delegate.nudge(target, this.#step(event)!);
    }
  };

  readonly #onFocusOut = (event: FocusEvent): void => {
    const held = this.#held;
    if (!held || this.#holdingFocus > 0) return;
    if (event.composedPath()[0] !== held.origin) return;
    // Focus left the held item (a click elsewhere): keep what the user arranged.
    this.release(true);
  };
}
