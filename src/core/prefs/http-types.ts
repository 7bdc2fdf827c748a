import type { ExternalChange, ReadResult, StoredRecord } from './adapter.js';

/** Request headers by name. */
export type HeaderMap = Record<string, string>;

export interface HttpRetryOptions {
  /** Tries per request, the first included (default 3). */
  attempts?: number;
  /** Delay before the first retry; it doubles on each further one (default 250). */
  baseDelayMs?: number;
  /** Ceiling for one delay, including a server's Retry-After and the offline replay backoff (default 8000). */
  maxDelayMs?: number;
}

export interface HttpAdapterOptions {
  /** Where the endpoint lives; documents are under `${baseUrl}/documents/{key}`. */
  baseUrl: string;
  /**
   * Extra request headers, typically `Authorization`. A function is called before every request
   * (retries and replays included), so it can hand out a freshly refreshed token.
   */
  headers?: HeaderMap | (() => HeaderMap | Promise<HeaderMap>);
  /** Custom fetch (a proxy, instrumentation, tests). Defaults to the global fetch. */
  fetch?: typeof fetch;
  /** Whether cookies go along (fetch's `credentials`; default 'same-origin'). */
  credentials?: RequestCredentials;
  retry?: HttpRetryOptions;
  /** Abort a request that has not answered after this long and treat it as a network failure (default 15000). */
  timeoutMs?: number;
  /**
   * Check the documents this adapter has seen for changes made elsewhere every N ms while someone
   * watches (a conditional GET, so an unchanged document costs a 304). Off by default.
   */
  pollIntervalMs?: number;
  /**
   * Most bytes of request bodies the offline queue holds (default 4 MiB). Writes of one document are
   * coalesced into one, so this bounds the queue per document set, not per edit; a write that would
   * pass it answers `quota` and the change stays in the document's memory.
   */
  maxQueueBytes?: number;
  /**
   * Where the offline queue is kept so a reload does not lose it (default `localStorage`; `null`
   * keeps it in memory only).
   */
  queueStorage?: Storage | null;
  /**
   * Names the kept queue (default `baseUrl`). Where several users can sign in to one browser, include
   * the user id, so one user's queued changes are never replayed with another's credentials.
   */
  queueName?: string;
}

/**
 * What {@link HttpAdapter.watch} reports. Every variant is an {@link ExternalChange}, so a watcher that
 * only knows `key` re-reads the document and merges; the extra fields say why.
 */
export type HttpChange = ExternalChange &
  /** Polling saw a version this adapter has not read yet. */
  (
    | { key: string; reason: 'remote' }
    /** A write queued while offline reached the server. */
    | { key: string; reason: 'replayed'; etag?: string }
    /**
     * A queued write hit a concurrent edit (412). Nothing was overwritten: every queued write for this
     * key was withdrawn, `current` is what the server holds now (re-read, its etag remembered) and
     * `pending` the last state this client meant to store (null for a delete), for the owner to merge
     * onto `current` and write again.
     */
    | { key: string; reason: 'conflict'; current: ReadResult; pending: StoredRecord | null }
    /** The server refused a queued write for good (too large, invalid); `pending` is what was refused. */
    | { key: string; reason: 'rejected'; error: string; pending: StoredRecord | null }
  );
