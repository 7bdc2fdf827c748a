import type { ChatTimers } from '../../../src/core/chat/index.js';

/** Timers on virtual time: `run` fires them in order without waiting, letting promises settle between. */
export class VirtualTime implements ChatTimers {
  now = 0;
  #queue: { at: number; seq: number; id: number; run: () => void }[] = [];
  #seq = 0;
  #ids = 0;

  setTimeout = (run: () => void, ms: number): number => {
    const id = ++this.#ids;
    this.#queue.push({ at: this.now + Math.max(0, ms), seq: this.#seq++, id, run });
    return id;
  };

  clearTimeout = (id: unknown): void => {
    this.#queue = this.#queue.filter((timer) => timer.id !== id);
  };

  get pending(): number {
    return this.#queue.length;
  }

  /** Runs timers (and the promise chains they start) until none is due before `until`. */
  async run(until = Infinity): Promise<void> {
    await settle();
    for (let guard = 0; guard < 100_000; guard++) {
      this.#queue.sort((a, b) => a.at - b.at || a.seq - b.seq);
      const next = this.#queue[0];
      if (!next || next.at > until) break;
      this.#queue.shift();
      this.now = next.at;
      next.run();
      await settle();
    }
    if (until !== Infinity) this.now = Math.max(this.now, until);
  }
}

/** Lets every queued promise reaction run. */
export async function settle(): Promise<void> {
  for (let i = 0; i < 20; i++) await Promise.resolve();
}
