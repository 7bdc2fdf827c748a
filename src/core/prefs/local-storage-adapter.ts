import type { StoredRecord, WriteOptions, WriteResult } from './adapter.js';
import { describe } from './record.js';
import { StringStoreAdapter, memoryStore, type StringStore } from './string-store.js';
import { WriteRouter } from './write-router.js';

export interface LocalStorageAdapterOptions {
  /** Prefix of every key this adapter stores (`<namespace>:<document key>`). Default `tailorkit`. */
  namespace?: string;
  /** The Storage to use instead of `localStorage` (sessionStorage, a test double). */
  storage?: Storage;
}

/** Adapters of this page that watch, so a write by one reaches the others (`storage` events only cross tabs). */
const watching = new Set<LocalStorageAdapter>();

/**
 * The embedded default: documents in `localStorage` under namespaced keys, other tabs' changes through
 * the `storage` event. A full storage answers `quota`; storage that is missing or throws (private
 * mode, blocked cookies, sandboxed frames) makes the adapter keep documents in memory and say so in
 * `fallback`, never a rejected promise.
 *
 * Writes of one namespace go through one tab (see `WriteRouter`), so two tabs editing one document at
 * the same moment cannot both pass the check against bytes the other has already replaced.
 */
export class LocalStorageAdapter extends StringStoreAdapter {
  readonly kind = 'localStorage';
  readonly namespace: string;
  readonly #options: LocalStorageAdapterOptions;
  #area?: Storage;
  #current?: StringStore;
  /** `null`: writes are done here (a storage double, memory fallback, no Web Locks). */
  #router?: WriteRouter | null;

  constructor(options: LocalStorageAdapterOptions = {}) {
    super();
    this.#options = options;
    this.namespace = options.namespace ?? 'tailorkit';
  }

  override watch(listener: Parameters<StringStoreAdapter['watch']>[0]): () => void {
    const unwatch = super.watch(listener);
    if (this.listeners.size === 1) {
      this.store(); // resolves the storage area that incoming events are matched against
      watching.add(this);
      globalThis.addEventListener?.('storage', this.#onStorage);
    }
    return () => {
      unwatch();
      if (this.listeners.size === 0) this.#stopWatching();
    };
  }

  override write(key: string, record: StoredRecord, options?: WriteOptions): Promise<WriteResult> {
    const router = this.#route();
    return router ? router.write(key, JSON.stringify(record), options) : super.write(key, record, options);
  }

  override remove(key: string, options?: WriteOptions): Promise<WriteResult> {
    const router = this.#route();
    return router ? router.write(key, null, options) : super.remove(key, options);
  }

  override dispose(): void {
    super.dispose();
    this.#stopWatching();
    this.#router?.close();
    this.#router = undefined;
  }

  #route(): WriteRouter | undefined {
    if (this.#router === undefined) {
      this.store();
      const shared = this.#options.storage === undefined && !this.fallback;
      const apply = (key: string, raw: string | null, options?: WriteOptions) => this.apply(key, raw, options);
      this.#router = (shared && WriteRouter.for(this.namespace, apply)) || null;
    }
    return this.#router ?? undefined;
  }

  protected store(): StringStore {
    if (this.#current) return this.#current;
    try {
      const area = this.#options.storage ?? globalThis.localStorage;
      if (!area) throw new Error('localStorage is not available');
      const prefix = this.#prefix;
      this.#area = area;
      this.#current = {
        get: (key) => area.getItem(prefix + key),
        set: (key, raw) => area.setItem(prefix + key, raw),
        delete: (key) => area.removeItem(prefix + key),
      };
    } catch (error) {
      this.fallBack(error);
    }
    return this.#current!;
  }

  protected fallBack(error: unknown): boolean {
    if (this.fallback) return false;
    this.fallback = { kind: 'memory', reason: describe(error) };
    this.#area = undefined;
    this.#current = memoryStore();
    return true;
  }

  protected override announce(key: string): void {
    for (const adapter of watching) {
      if (adapter === this || (adapter.#area === this.#area && this.#area && adapter.namespace === this.namespace)) {
        adapter.#notify(key);
      }
    }
  }

  get #prefix(): string {
    return `${this.namespace}:`;
  }

  #notify(key: string): void {
    super.announce(key);
  }

  #stopWatching(): void {
    watching.delete(this);
    globalThis.removeEventListener?.('storage', this.#onStorage);
  }

  readonly #onStorage = (event: StorageEvent): void => {
    if (!this.#area || event.storageArea !== this.#area || !event.key?.startsWith(this.#prefix)) return;
    this.#notify(event.key.slice(this.#prefix.length));
  };
}
