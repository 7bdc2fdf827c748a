import type { SaveResult } from './document-types.js';

/**
 * Runs a document's reads and writes one after another, and coalesces its writes: every change
 * scheduled in one task (or before the queue reaches it) makes one call of `save`, and all of them
 * get its result.
 */
export class WriteScheduler {
  readonly #save: () => Promise<SaveResult>;
  /** Reads and writes run one after another. */
  #queue: Promise<unknown> = Promise.resolve();
  #pending?: { promise: Promise<SaveResult>; resolve: (result: SaveResult) => void };
  #timer?: ReturnType<typeof setTimeout>;

  constructor(save: () => Promise<SaveResult>) {
    this.#save = save;
  }

  /** Runs `task` after everything queued before it. */
  serialize<R>(task: () => Promise<R>): Promise<R> {
    const run = this.#queue.then(task);
    this.#queue = run.catch(() => undefined);
    return run;
  }

  /** A write at the end of this task (`now`: queued at once). Resolves with the write's result. */
  schedule(now: boolean): Promise<SaveResult> {
    if (!this.#pending) {
      let resolve!: (result: SaveResult) => void;
      const promise = new Promise<SaveResult>((done) => (resolve = done));
      this.#pending = { promise, resolve };
    }
    const { promise } = this.#pending;
    if (now) this.flush();
    else this.#timer ??= setTimeout(() => this.flush(), 0);
    return promise;
  }

  /** Queues the scheduled write, if there is one, without waiting for the end of the task. */
  flush(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
    const pending = this.#pending;
    this.#pending = undefined;
    if (pending) void this.serialize(() => this.#save()).then(pending.resolve);
  }

  /** Settles once everything queued so far has run. */
  idle(): Promise<void> {
    return this.#queue.then(() => undefined);
  }
}
