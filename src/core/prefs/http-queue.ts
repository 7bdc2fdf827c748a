import type { ReadResult, StoredRecord, WriteResult } from './adapter.js';
import type { KeptQueue } from './http-kept-queue.js';

/** A queued write's precondition for `If-None-Match: *`: it creates the document. */
export const CREATE = Symbol('create');

export interface QueuedWrite {
  key: string;
  /** JSON snapshot taken when the write was accepted (null for a delete), so later mutation cannot leak in. */
  body: string | null;
  /**
   * The caller's precondition: an etag, or CREATE for `If-None-Match: *`. Undefined means the etag
   * the adapter remembers when the request goes out, which earlier queued writes of the key move on.
   */
  precondition: string | typeof CREATE | undefined;
}

/**
 * Writes and deletes accepted while the server is out of reach, in call order until the server
 * acknowledges them. Writes of one key are coalesced (the latest body with the first precondition),
 * the bytes held are capped, and every change is saved to the kept queue, if there is one, so a
 * reload does not lose it.
 */
export class OfflineQueue {
  #writes: QueuedWrite[] = [];
  readonly #maxBytes: number;
  readonly #kept: KeptQueue | undefined;

  constructor(maxBytes: number, kept: KeptQueue | undefined) {
    this.#maxBytes = maxBytes;
    this.#kept = kept;
  }

  get length(): number {
    return this.#writes.length;
  }

  /** The write to send next. */
  get head(): QueuedWrite | undefined {
    return this.#writes[0];
  }

  has(key: string): boolean {
    return this.#writes.some((write) => write.key === key);
  }

  /** What a read of `key` answers while writes of it wait (read-your-writes). */
  pendingState(key: string): ReadResult | undefined {
    for (let index = this.#writes.length - 1; index >= 0; index--) {
      const write = this.#writes[index];
      if (write.key !== key) continue;
      return write.body === null
        ? { status: 'absent' }
        : { status: 'present', record: JSON.parse(write.body) as StoredRecord, pending: true };
    }
    return undefined;
  }

  /**
   * Queues a write, coalesced with a queued write of the same key: that one's precondition (what the
   * owner last read) with this body (what it means to store now).
   */
  enqueue(write: QueuedWrite): WriteResult {
    const index = this.#writes.findIndex((queued) => queued.key === write.key);
    const entry = index < 0 ? write : { ...this.#writes[index], body: write.body };
    const bytes = this.#writes.reduce((sum, queued, at) => (at === index ? sum : sum + size(queued)), size(entry));
    if (bytes > this.#maxBytes) {
      return {
        status: 'quota',
        error: `The offline queue is full (${bytes} of ${this.#maxBytes} bytes): the change is kept in memory only`,
      };
    }
    if (index < 0) this.#writes.push(entry);
    else this.#writes[index] = entry;
    this.#keep();
    return { status: 'queued' };
  }

  /**
   * The server stored `head`. It leaves the queue, unless a later write of its key was coalesced into
   * it while it was out: that one goes next, on the etag the server just gave.
   */
  acknowledge(head: QueuedWrite): void {
    if (this.#writes[0] === head) this.#writes.shift();
    else this.#writes[0] = { ...this.#writes[0], precondition: undefined };
    this.#keep();
  }

  /** The server refused the head for good: it leaves the queue. */
  dropHead(): void {
    this.#writes.shift();
    this.#keep();
  }

  /** Withdraws every write of `key` (a concurrent edit was found); answers the last one. */
  withdraw(key: string): QueuedWrite | undefined {
    const mine = this.#writes.filter((write) => write.key === key);
    this.#writes = this.#writes.filter((write) => write.key !== key);
    this.#keep();
    return mine[mine.length - 1];
  }

  /**
   * Queues of pages that are gone join this one; a key queued here meanwhile keeps its own write.
   * Answers whether anything was added.
   */
  takeOver(left: readonly QueuedWrite[]): boolean {
    const fresh = left.filter((write) => !this.has(write.key));
    if (fresh.length === 0) return false;
    this.#writes.push(...fresh);
    this.#keep();
    return true;
  }

  #keep(): void {
    this.#kept?.save(this.#writes);
  }
}

function size(write: QueuedWrite): number {
  return write.key.length + (write.body?.length ?? 0);
}
