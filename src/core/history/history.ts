/** A state to go back to, and what the change away from it did, in words (for announcements). */
export interface HistoryStep<T> {
  readonly state: T;
  readonly label: string;
}

export interface HistoryOptions {
  /** Most steps kept for undo; the oldest are dropped first. Default 100. */
  limit?: number;
}

/**
 * Undo and redo over snapshots of any state: a dashboard's preferences, a field picker's columns, an
 * invoice template. DOM-free and synchronous; the owner decides what a state is and shows it.
 *
 * The owner records the state *before* each committed change with `record`, and on undo hands in the
 * state it shows now, which becomes the redo step:
 *
 * ```ts
 * const history = new History<Layout>();
 * history.record(layout, 'Revenue moved');  // before applying the move
 * const step = history.undo(currentLayout);  // { state: the layout before, label: 'Revenue moved' }
 * if (step) show(step.state), announce(`Undone: ${step.label}`);
 * const again = history.redo(step.state);    // the moved layout again
 * ```
 *
 * States are kept as given: pass snapshots the owner will not mutate afterwards.
 */
export class History<T> {
  readonly limit: number;
  #undo: HistoryStep<T>[] = [];
  #redo: HistoryStep<T>[] = [];

  constructor({ limit = 100 }: HistoryOptions = {}) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`History limit must be a positive integer, got ${limit}`);
    this.limit = limit;
  }

  get canUndo(): boolean {
    return this.#undo.length > 0;
  }

  get canRedo(): boolean {
    return this.#redo.length > 0;
  }

  /** What undo would undo, without undoing it. */
  get nextUndo(): HistoryStep<T> | undefined {
    return this.#undo.at(-1);
  }

  /** What redo would redo, without redoing it. */
  get nextRedo(): HistoryStep<T> | undefined {
    return this.#redo.at(-1);
  }

  /** A committed change: `before` is the state it changed, `label` what it did. A new change ends redo. */
  record(before: T, label: string): void {
    this.#undo.push({ state: before, label });
    if (this.#undo.length > this.limit) this.#undo.shift();
    this.#redo = [];
  }

  /**
   * Steps back: returns the state to show and the label of the change it undoes, and keeps `current`
   * for redo. Undefined (and nothing kept) when there is nothing to undo.
   */
  undo(current: T): HistoryStep<T> | undefined {
    const step = this.#undo.pop();
    if (step) this.#redo.push({ state: current, label: step.label });
    return step;
  }

  /** Steps forward again after `undo`; `current` goes back on the undo side. */
  redo(current: T): HistoryStep<T> | undefined {
    const step = this.#redo.pop();
    if (step) this.#undo.push({ state: current, label: step.label });
    return step;
  }

  /** Forgets every step (e.g. when the state was replaced from elsewhere and old steps make no sense). */
  clear(): void {
    this.#undo = [];
    this.#redo = [];
  }
}
