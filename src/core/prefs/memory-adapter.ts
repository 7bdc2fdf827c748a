import { StringStoreAdapter, memoryStore, type StringStore } from './string-store.js';

/**
 * Keeps documents in memory for the life of the page: tests, previews, and users who must not leave
 * traces. Stores that share one instance see each other's changes, like tabs sharing storage.
 */
export class MemoryAdapter extends StringStoreAdapter {
  readonly kind = 'memory';
  readonly #entries = memoryStore();

  protected store(): StringStore {
    return this.#entries;
  }

  protected fallBack(): boolean {
    return false;
  }
}
