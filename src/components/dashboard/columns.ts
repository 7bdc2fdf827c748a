import { breakpointFor, type Breakpoints } from '../../core/layout/index.js';

/** What following the dashboard's width needs from it. */
export interface ColumnsHooks {
  columns: () => number;
  breakpoints: () => Breakpoints | undefined;
  /** The column count is about to change: a gesture on the old grid ends. */
  leaving: () => void;
  /** The column count changed (not at first render): show the layout of the new one. */
  switched: (columns: number, previous: number, width: number) => void;
}

/**
 * The dashboard's column count, from its `breakpoints` and its own width (not the window's), or its
 * `columns` without breakpoints. Follows the width with a ResizeObserver.
 */
export class ColumnsController {
  /** Column count in effect; 0 until the first render. */
  active = 0;
  /** Smallest width of the breakpoint in effect; 0 without breakpoints. */
  breakpoint = 0;
  readonly #host: HTMLElement & { readonly hasUpdated: boolean };
  readonly #hooks: ColumnsHooks;
  #observer: ResizeObserver | undefined;
  #observedWidth = -1;
  #frame = 0;

  constructor(host: HTMLElement & { readonly hasUpdated: boolean }, hooks: ColumnsHooks) {
    this.#host = host;
    this.#hooks = hooks;
  }

  /** Columns the children's own `x`, `y`, `w`, `h` are written for: the widest breakpoint's. */
  get base(): number {
    const breakpoints = this.#hooks.breakpoints();
    const counts = breakpoints ? Object.values(breakpoints).filter((n) => Number.isInteger(n) && n > 0) : [];
    return counts.length > 0 ? Math.max(...counts) : this.#hooks.columns();
  }

  connect(): void {
    this.#observer = new ResizeObserver((entries) => this.#onResize(entries.at(-1)!.contentRect.width));
    this.#observer.observe(this.#host);
  }

  disconnect(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    cancelAnimationFrame(this.#frame);
  }

  /** Reads the width now: at first render it sets the column count, later it switches to it. */
  measure(): void {
    const width = this.#host.getBoundingClientRect().width;
    if (this.#host.hasUpdated) this.#switch(width);
    else this.active = this.#columnsFor(width);
  }

  #columnsFor(width: number): number {
    const breakpoints = this.#hooks.breakpoints();
    if (!breakpoints) return this.#hooks.columns();
    const breakpoint = breakpointFor(width, breakpoints);
    this.breakpoint = breakpoint?.minWidth ?? 0;
    return breakpoint?.columns ?? this.#hooks.columns();
  }

  #onResize(width: number): void {
    if (!this.#host.hasUpdated || width === this.#observedWidth) return;
    this.#observedWidth = width;
    // A new column count changes the grid's height, which this observer sees: apply it in the next
    // frame rather than inside the observer callback, which would be a resize loop.
    cancelAnimationFrame(this.#frame);
    this.#frame = requestAnimationFrame(() => this.#switch(width));
  }

  #switch(width: number): void {
    const previous = this.active;
    const columns = this.#columnsFor(width);
    if (columns === previous) return;
    this.#hooks.leaving();
    this.active = columns;
    this.#hooks.switched(columns, previous, width);
  }
}
