import { MemoryAdapter } from '../../src/core/prefs/index.js';
import type { StoredRecord, WriteOptions, WriteResult } from '../../src/core/prefs/adapter.js';

/**
 * A memory adapter whose writes wait until `release()`: a slow store, so a test can let a write
 * complete at the moment it chooses (while a user is typing, say).
 */
export class HeldWritesAdapter extends MemoryAdapter {
  #held: (() => void)[] = [];

  /** How many writes are waiting. */
  get waiting(): number {
    return this.#held.length;
  }

  override write(key: string, record: StoredRecord, options?: WriteOptions): Promise<WriteResult> {
    return new Promise<void>((resolve) => this.#held.push(resolve)).then(() => super.write(key, record, options));
  }

  /** Lets every waiting write through. */
  release(): void {
    const held = this.#held;
    this.#held = [];
    for (const resolve of held) resolve();
  }
}
