import type {
  AdapterFallback,
  ExternalChange,
  PreferencesAdapter,
  ReadResult,
  StoredRecord,
  WriteOptions,
  WriteResult,
} from './adapter.js';
import { MemoryAdapter } from './memory-adapter.js';
import { ABSENT, describe, etagOf, isQuotaError, parseRecord, precondition } from './record.js';

export interface IndexedDbAdapterOptions {
  /** Database name; also names the BroadcastChannel that carries changes to other tabs. Default `tailorkit`. */
  name?: string;
  /** The IDBFactory to use instead of `indexedDB` (a test double, another realm's). */
  factory?: IDBFactory;
  /**
   * Milliseconds opening the database may take before documents are kept in memory instead (an
   * open that never fires an event happens in some browsers and profiles). Default 2500.
   */
  openTimeoutMs?: number;
}

const STORE = 'documents';

/**
 * Documents in IndexedDB, for larger documents than localStorage holds comfortably; other tabs hear
 * of changes through a BroadcastChannel. Conditional writes are checked inside one readwrite
 * transaction, which IndexedDB serializes across tabs. Missing, blocked, failing or never-opening
 * IndexedDB makes the adapter keep documents in memory and say so in `fallback`, never a rejected
 * promise. When another tab upgrades the database, this one closes its connection (so the upgrade can
 * proceed) and opens the new version on its next operation.
 */
export class IndexedDbAdapter implements PreferencesAdapter {
  readonly kind = 'indexedDB';
  readonly name: string;
  fallback?: AdapterFallback;
  readonly #factory: IDBFactory | undefined;
  readonly #openTimeoutMs: number;
  readonly #memory = new MemoryAdapter();
  readonly #listeners = new Set<(change: ExternalChange) => void>();
  #database?: Promise<IDBDatabase | undefined>;
  /** The open connection, once `database` has settled on one. */
  #connection?: IDBDatabase;
  #channel?: BroadcastChannel;

  constructor(options: IndexedDbAdapterOptions = {}) {
    this.name = options.name ?? 'tailorkit';
    this.#openTimeoutMs = options.openTimeoutMs ?? 2500;
    try {
      this.#factory = options.factory ?? globalThis.indexedDB;
    } catch {
      this.#factory = undefined; // some sandboxed frames throw on merely reading `indexedDB`
    }
  }

  read(key: string): Promise<ReadResult> {
    return this.#transact<ReadResult>(
      'readonly',
      (store) => {
        const request = store.get(key);
        return () => stored(request.result);
      },
      (memory) => memory.read(key),
      (error) => ({ status: 'unavailable', error }),
    );
  }

  write(key: string, record: StoredRecord, options?: WriteOptions): Promise<WriteResult> {
    const raw = JSON.stringify(record);
    return this.#change(key, options, raw, (memory) => memory.write(key, record, options));
  }

  remove(key: string, options?: WriteOptions): Promise<WriteResult> {
    return this.#change(key, options, undefined, (memory) => memory.remove(key, options));
  }

  watch(listener: (change: ExternalChange) => void): () => void {
    this.#listeners.add(listener);
    this.#connect();
    return () => void this.#listeners.delete(listener);
  }

  dispose(): void {
    this.#listeners.clear();
    this.#channel?.close();
    this.#channel = undefined;
    void this.#database?.then((database) => database?.close());
  }

  #change(
    key: string,
    options: WriteOptions | undefined,
    raw: string | undefined,
    viaMemory: (memory: MemoryAdapter) => Promise<WriteResult>,
  ): Promise<WriteResult> {
    return this.#transact<WriteResult>(
      'readwrite',
      (store) => {
        let result: WriteResult = { status: 'unavailable', error: 'the transaction did not run' };
        const current = store.get(key);
        current.onsuccess = () => {
          const bytes = current.result === undefined ? null : storedBytes(current.result);
          const conflict = precondition(bytes, options);
          if (conflict) {
            result = conflict;
          } else if (raw === undefined) {
            store.delete(key);
            result = { status: 'ok' };
          } else {
            store.put(raw, key);
            result = { status: 'ok', etag: etagOf(raw) };
          }
        };
        return () => {
          if (result.status === 'ok') this.#announce(key, true);
          return result;
        };
      },
      async (memory) => {
        const result = await viaMemory(memory);
        if (result.status === 'ok') this.#announce(key, false);
        return result;
      },
      (error, quota) => ({ status: quota ? 'quota' : 'unavailable', error }),
    );
  }

  /**
   * Runs `operation` in one transaction and answers what it returns once the transaction completed,
   * `failed(...)` if it aborted, or the memory fallback's answer when IndexedDB cannot be used.
   */
  async #transact<R>(
    mode: IDBTransactionMode,
    operation: (store: IDBObjectStore) => () => R,
    viaMemory: (memory: MemoryAdapter) => Promise<R>,
    failed: (error: string, quota: boolean) => R,
  ): Promise<R> {
    const database = await this.#open();
    if (!database) return viaMemory(this.#memory);
    return new Promise<R>((resolve) => {
      const fail = (error: unknown): void => resolve(failed(describe(error), isQuotaError(error)));
      let transaction: IDBTransaction;
      try {
        transaction = database.transaction(STORE, mode);
      } catch (error) {
        // Closed for another tab's upgrade since it was opened: open the new version and go again.
        if ((error as { name?: string }).name !== 'InvalidStateError' || !this.#forget(database)) return fail(error);
        return resolve(this.#transact(mode, operation, viaMemory, failed));
      }
      try {
        const answer = operation(transaction.objectStore(STORE));
        transaction.oncomplete = () => resolve(answer());
        transaction.onabort = () => fail(transaction.error ?? new Error('transaction aborted'));
      } catch (error) {
        fail(error);
      }
    });
  }

  /** Drops a connection that was closed, so the next operation opens the database again. */
  #forget(database: IDBDatabase): boolean {
    const known = this.#connection === database;
    if (known) {
      this.#connection = undefined;
      this.#database = undefined;
    }
    return known;
  }

  /**
   * Opens whatever version the database has now (another tab may have upgraded it), creating the
   * store in a new version if it lacks one. Gives up to memory after `openTimeoutMs`.
   */
  #open(): Promise<IDBDatabase | undefined> {
    this.#database ??= new Promise((resolve) => {
      let settled = false;
      const finish = (database: IDBDatabase | undefined): void => {
        settled = true;
        clearTimeout(timer);
        this.#connection = database;
        resolve(database);
      };
      const giveUp = (reason: unknown): void => {
        if (settled) return;
        this.fallback ??= { kind: 'memory', reason: describe(reason) };
        finish(undefined);
      };
      const timer = setTimeout(
        () => giveUp(new Error(`IndexedDB did not open within ${this.#openTimeoutMs} ms`)),
        this.#openTimeoutMs,
      );
      const factory = this.#factory;
      if (!factory) return giveUp(new Error('IndexedDB is not available'));
      const attempt = (version?: number): void => {
        let request: IDBOpenDBRequest;
        try {
          request = version === undefined ? factory.open(this.name) : factory.open(this.name, version);
        } catch (error) {
          return giveUp(error);
        }
        request.onupgradeneeded = () => {
          if (!request.result.objectStoreNames.contains(STORE)) request.result.createObjectStore(STORE);
        };
        request.onsuccess = () => {
          const database = request.result;
          if (settled) return database.close(); // gave up earlier; documents live in memory now
          if (!database.objectStoreNames.contains(STORE)) {
            database.close();
            return attempt(database.version + 1);
          }
          database.onversionchange = () => {
            database.close();
            this.#forget(database);
          };
          finish(database);
        };
        request.onerror = (event) => {
          event.preventDefault();
          giveUp(request.error ?? new Error('IndexedDB could not be opened'));
        };
        request.onblocked = () => giveUp(new Error('IndexedDB is blocked by another connection'));
      };
      attempt();
    });
    return this.#database;
  }

  #connect(): void {
    if (this.#channel || typeof BroadcastChannel === 'undefined') return;
    this.#channel = new BroadcastChannel(`tailorkit:${this.name}`);
    this.#channel.onmessage = (event: MessageEvent<unknown>) => {
      const key = (event.data as { key?: unknown } | null)?.key;
      if (typeof key === 'string') this.#notify(key);
    };
  }

  /** Tells this page's watchers and, for changes that other tabs can read, the other tabs. */
  #announce(key: string, shared: boolean): void {
    this.#notify(key);
    if (shared) {
      this.#connect();
      this.#channel?.postMessage({ key });
    }
  }

  #notify(key: string): void {
    for (const listener of this.#listeners) queueMicrotask(() => listener({ key }));
  }
}

/** What a stored value reads as: records are stored as their JSON text; anything else is corrupt. */
function stored(value: unknown): ReadResult {
  return value === undefined ? ABSENT : parseRecord(storedBytes(value));
}

function storedBytes(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}
