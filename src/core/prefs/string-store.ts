import type {
  AdapterFallback,
  ExternalChange,
  PreferencesAdapter,
  ReadResult,
  StoredRecord,
  WriteOptions,
  WriteResult,
} from './adapter.js';
import { ABSENT, describe, etagOf, isQuotaError, parseRecord, precondition } from './record.js';

/** Synchronous string storage: a Map, or a namespaced view of localStorage. */
export interface StringStore {
  get(key: string): string | null;
  set(key: string, raw: string): void;
  delete(key: string): void;
}

export function memoryStore(): StringStore {
  const entries = new Map<string, string>();
  return {
    get: (key) => entries.get(key) ?? null,
    set: (key, raw) => void entries.set(key, raw),
    delete: (key) => void entries.delete(key),
  };
}

/**
 * The adapter logic shared by memory and localStorage: records stored as JSON strings, etags that are
 * hashes of those strings, and conditional writes checked against the bytes stored now. Each
 * operation runs synchronously, so a check and its write cannot interleave with another tab's
 * script on the same thread.
 */
export abstract class StringStoreAdapter implements PreferencesAdapter {
  abstract readonly kind: string;
  fallback?: AdapterFallback;
  protected readonly listeners = new Set<(change: ExternalChange) => void>();

  read(key: string): Promise<ReadResult> {
    return this.#run<ReadResult>(
      (store) => {
        const raw = store.get(key);
        return raw === null ? ABSENT : parseRecord(raw);
      },
      (error) => ({ status: 'unavailable', error }),
    );
  }

  write(key: string, record: StoredRecord, options?: WriteOptions): Promise<WriteResult> {
    return Promise.resolve(this.apply(key, JSON.stringify(record), options));
  }

  remove(key: string, options?: WriteOptions): Promise<WriteResult> {
    return Promise.resolve(this.apply(key, null, options));
  }

  watch(listener: (change: ExternalChange) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  dispose(): void {
    this.listeners.clear();
  }

  /** The store operations run on now. */
  protected abstract store(): StringStore;

  /**
   * Switches to a fallback store after `error` (anything but a full quota). Returns whether the
   * operation should be retried there.
   */
  protected abstract fallBack(error: unknown): boolean;

  /**
   * Tells watchers a document changed. Asynchronous, so they see the write's result first; the
   * writer itself hears it too and recognises its own etag.
   */
  protected announce(key: string): void {
    for (const listener of this.listeners) queueMicrotask(() => listener({ key }));
  }

  /** A conditional write (`raw`) or delete (`null`), checked and done in one synchronous step. */
  protected apply(key: string, raw: string | null, options: WriteOptions | undefined): WriteResult {
    return this.#runNow<WriteResult>(
      (store) => {
        const result = precondition(store.get(key), options) ?? put(store, key, raw);
        if (result.status === 'ok') this.announce(key);
        return result;
      },
      (error, quota) => ({ status: quota ? 'quota' : 'unavailable', error }),
    );
  }

  #run<R>(operation: (store: StringStore) => R, failed: (error: string, quota: boolean) => R): Promise<R> {
    return Promise.resolve(this.#runNow(operation, failed));
  }

  #runNow<R>(operation: (store: StringStore) => R, failed: (error: string, quota: boolean) => R): R {
    for (;;) {
      try {
        return operation(this.store());
      } catch (error) {
        if (isQuotaError(error)) return failed(describe(error), true);
        if (!this.fallBack(error)) return failed(describe(error), false);
      }
    }
  }
}

function put(store: StringStore, key: string, raw: string | null): WriteResult {
  if (raw === null) {
    store.delete(key);
    return { status: 'ok' };
  }
  store.set(key, raw);
  return { status: 'ok', etag: etagOf(raw) };
}
