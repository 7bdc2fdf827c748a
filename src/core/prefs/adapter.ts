/**
 * The one storage interface every preferences adapter implements.
 *
 * Expected failures are typed results, never exceptions: a caller can tell an absent document from a
 * corrupt one, a full disk from a conflicting concurrent edit, and an unreachable backend from all of
 * them. An adapter may still reject for programming errors (a bug), never for storage conditions.
 */

/** What is stored for one document: the user's layer only, with the schema version it was written in. */
export interface StoredRecord {
  /** Schema version of `user` (the document's `version` at write time). */
  version: number;
  /** The user's customization as a patch against the layers below it. */
  user: unknown;
  /** Milliseconds since the epoch of the write, for diagnostics and last-writer ordering. */
  updatedAt: number;
}

export type ReadResult =
  | { status: 'absent' }
  /** `pending`: what the adapter holds queued for storage, not yet stored there. */
  | { status: 'present'; record: StoredRecord; etag?: string; pending?: boolean }
  /** Bytes exist but are not a StoredRecord; `raw` is kept so nothing is lost. */
  | { status: 'corrupt'; raw: string; error: string }
  | { status: 'unavailable'; error: string };

export type WriteResult =
  | { status: 'ok'; etag?: string }
  /** Accepted while offline; will be replayed in order. */
  | { status: 'queued' }
  /** Someone else wrote first (HTTP 412 / etag mismatch); `current` is what is stored now. */
  | { status: 'conflict'; current: ReadResult }
  | { status: 'quota'; error: string }
  | { status: 'unavailable'; error: string };

export interface WriteOptions {
  /** Write only if the stored version still has this etag (optimistic concurrency). */
  ifMatch?: string;
  /** `'*'`: write only if nothing is stored yet (the document is being created). */
  ifNoneMatch?: '*';
}

/** Notification that a document changed outside this store (another tab, another device). */
export interface ExternalChange {
  key: string;
}

export interface PreferencesAdapter {
  /** A short name for diagnostics (`memory`, `localStorage`, `indexedDB`, `http`). */
  readonly kind: string;
  read(key: string): Promise<ReadResult>;
  write(key: string, record: StoredRecord, options?: WriteOptions): Promise<WriteResult>;
  remove(key: string, options?: WriteOptions): Promise<WriteResult>;
  /** Subscribe to changes made elsewhere. Returns an unsubscribe function. Optional. */
  watch?(listener: (change: ExternalChange) => void): () => void;
  /** Release timers, channels and listeners. Optional. */
  dispose?(): void;
  /**
   * Set when the adapter cannot use its storage (private mode, blocked or missing storage) and keeps
   * documents in memory instead, so they will not survive a reload. Optional.
   */
  readonly fallback?: AdapterFallback;
}

export interface AdapterFallback {
  /** Where documents live now, e.g. `memory`. */
  kind: string;
  /** Why, for diagnostics: the storage error. */
  reason: string;
}
