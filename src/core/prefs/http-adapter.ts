import type { PreferencesAdapter, ReadResult, StoredRecord, WriteOptions, WriteResult } from './adapter.js';
import { keptQueue, type KeptQueue } from './http-kept-queue.js';
import { CREATE, OfflineQueue, type QueuedWrite } from './http-queue.js';
import { parseRecord, recordBody } from './http-record.js';
import { describe, HttpRequester, isOffline, isRetryable, message } from './http-request.js';
import type { HeaderMap, HttpAdapterOptions, HttpChange } from './http-types.js';

export type { HttpAdapterOptions, HttpChange, HttpRetryOptions } from './http-types.js';

type Outcome =
  | { kind: 'ok'; etag?: string }
  | { kind: 'conflict'; current: ReadResult }
  /** Could not reach the server (offline, DNS, CORS, timeout). */
  | { kind: 'offline'; error: string }
  /** Reached it, but it may work later (5xx, 429, 401/403 until credentials are refreshed). */
  | { kind: 'transient'; error: string }
  /** Reached it and it will never accept this request as sent. */
  | { kind: 'rejected'; status: number; error: string };

/** Failed fetches in a row, while online, after which the server counts as out of reach (two requests' retries). */
const UNREACHABLE_AFTER = 4;

/**
 * Preferences over JSON/REST with optimistic concurrency, for the protocol of the reference endpoint
 * in `server/`: `GET|PUT|DELETE {baseUrl}/documents/{key}`, ETag on reads, If-Match on writes.
 *
 * - It remembers the last etag of every key it read or wrote and sends it as If-Match; a document it
 *   never saw is created with `If-None-Match: *`. A 412 is answered by re-reading and returning
 *   `conflict` with what is stored now: the caller merges and writes again, the adapter never
 *   overwrites on its own.
 * - Network failures, timeouts, 5xx and 429 are retried with exponential backoff and jitter, a bounded
 *   number of times.
 * - While offline (`navigator.onLine === false`, or the network fails through every retry), writes
 *   and deletes are queued in order and answered `queued`. The queue replays in order on the `online`
 *   event, on a backoff timer, and after any later request that reaches the server. A write leaves the
 *   queue only after the server acknowledged it; a retry of a write whose answer was lost is
 *   recognised (the stored record is byte-identical) and not applied twice. Replay results reach
 *   {@link watch} listeners. Queued writes of one key are coalesced (the latest body with the first
 *   precondition), the queue's size is capped (`maxQueueBytes`), and it is kept in `localStorage`
 *   (`queueStorage`, `queueName`) so a reload does not lose it.
 * - Network failures while `navigator.onLine` is true, request after request, mean something other
 *   than being offline (a CORS or TLS error, a server that is down): writes are still queued, but
 *   answer `unavailable`, so the document shows that nothing is being saved.
 * - Reads of a key with queued writes answer with the queued state (read-your-writes).
 *
 * Cross-origin, the endpoint must list ETag in Access-Control-Expose-Headers (the reference server
 * does): without it no etag is visible, and every replacement would end in a conflict.
 *
 * Keys are sent with encodeURIComponent; the empty key, `.` and `..` cannot be a URL path segment
 * (URL parsers resolve them) and strings with lone surrogates cannot be encoded: those answer
 * `unavailable`.
 */
export class HttpAdapter implements PreferencesAdapter {
  readonly kind = 'http';

  readonly #baseUrl: string;
  readonly #requests: HttpRequester;
  readonly #pollIntervalMs: number;
  readonly #queueStore?: KeptQueue;

  readonly #etags = new Map<string, string>();
  readonly #known = new Set<string>();
  /** Counts acknowledged writes per key, so a read that raced one does not bring back an older etag. */
  readonly #epochs = new Map<string, number>();
  readonly #notifiedEtags = new Map<string, string | null>();
  readonly #listeners = new Set<(change: HttpChange) => void>();
  readonly #queue: OfflineQueue;
  /** Every write, delete and replay runs through this chain, so they reach the server in call order. */
  #tail: Promise<unknown>;
  readonly #adopting: Promise<void>;
  #replayTimer: ReturnType<typeof setTimeout> | undefined;
  #replayFailures = 0;
  #pollTimer: ReturnType<typeof setInterval> | undefined;
  #polling = false;
  #disposed = false;

  constructor(options: HttpAdapterOptions) {
    this.#baseUrl = options.baseUrl.replace(/\/+$/, '');
    this.#requests = new HttpRequester(options);
    this.#pollIntervalMs = options.pollIntervalMs ?? 0;
    this.#queueStore = keptQueue(options);
    this.#queue = new OfflineQueue(options.maxQueueBytes ?? 4 * 1024 * 1024, this.#queueStore);
    // Writes, replays and reads of queued keys wait until the queues of pages that are gone are taken over.
    this.#adopting = this.#queueStore
      ? this.#queueStore.adopt().then((left) => this.#takeOver(left))
      : Promise.resolve();
    this.#tail = this.#adopting;
    if (typeof globalThis.addEventListener === 'function') globalThis.addEventListener('online', this.#onOnline);
  }

  /** Writes and deletes accepted while offline and not yet acknowledged by the server. */
  get pendingWrites(): number {
    return this.#queue.length;
  }

  async read(key: string): Promise<ReadResult> {
    if (this.#documentUrl(key) === undefined) return { status: 'unavailable', error: invalidKey(key) };
    await this.#adopting;
    if (this.#queue.has(key)) {
      await this.flush();
      const pending = this.#queue.pendingState(key);
      if (pending) return pending;
    }
    const result = await this.#readRemote(key, !isOffline());
    if (result.status !== 'unavailable') this.#afterContact();
    return result;
  }

  write(key: string, record: StoredRecord, options?: WriteOptions): Promise<WriteResult> {
    let body: string;
    try {
      body = recordBody(record);
    } catch (error) {
      return Promise.resolve({ status: 'unavailable', error: `The record is not JSON: ${message(error)}` });
    }
    return this.#submit({ key, body, precondition: options?.ifNoneMatch === '*' ? CREATE : options?.ifMatch });
  }

  remove(key: string, options?: WriteOptions): Promise<WriteResult> {
    return this.#submit({ key, body: null, precondition: options?.ifMatch });
  }

  /**
   * Listen for replay results and, with `pollIntervalMs`, for changes made elsewhere. Listeners get an
   * {@link HttpChange}; one that throws does not stop the others.
   */
  watch(listener: (change: HttpChange) => void): () => void {
    this.#listeners.add(listener);
    this.#startPolling();
    return () => {
      this.#listeners.delete(listener);
      if (this.#listeners.size === 0) this.#stopPolling();
    };
  }

  /** Replay queued writes now (also happens by itself when the browser comes back online). */
  flush(): Promise<void> {
    return this.#serially(() => this.#replay());
  }

  dispose(): void {
    this.#disposed = true;
    if (typeof globalThis.removeEventListener === 'function') globalThis.removeEventListener('online', this.#onOnline);
    clearTimeout(this.#replayTimer);
    this.#replayTimer = undefined;
    this.#stopPolling();
    this.#listeners.clear();
    // What is still queued stays stored, for the next page (or another tab) to take over.
    this.#queueStore?.release();
  }

  readonly #onOnline = (): void => {
    clearTimeout(this.#replayTimer);
    this.#replayTimer = undefined;
    this.#replayFailures = 0;
    void this.flush();
  };

  /** GET without the queue's involvement (a replay calls it from inside the write chain). */
  async #readRemote(key: string, retry: boolean): Promise<ReadResult> {
    const epoch = this.#epochs.get(key);
    const attempt = await this.#requests.attempt(this.#documentUrl(key)!, 'GET', {}, null, retry);
    if ('failure' in attempt) return { status: 'unavailable', error: attempt.error };
    const { response, text } = attempt;
    if (response.status !== 404 && !response.ok) return { status: 'unavailable', error: describe(response, text) };
    this.#known.add(key);
    const etag = response.status === 404 ? undefined : (response.headers.get('ETag') ?? undefined);
    // A write acknowledged while this read was in flight has the newer etag: keep that one.
    if (this.#epochs.get(key) === epoch) {
      // Corrupt bytes keep their etag too: the user's next change must be able to replace them.
      if (etag === undefined) this.#etags.delete(key);
      else this.#etags.set(key, etag);
    }
    return response.status === 404 ? { status: 'absent' } : parseRecord(text, etag);
  }

  #bumpEpoch(key: string): void {
    this.#epochs.set(key, (this.#epochs.get(key) ?? 0) + 1);
  }

  #submit(write: QueuedWrite): Promise<WriteResult> {
    if (this.#documentUrl(write.key) === undefined) {
      return Promise.resolve({ status: 'unavailable', error: invalidKey(write.key) });
    }
    return this.#serially(async (): Promise<WriteResult> => {
      if (this.#replayTimer === undefined) await this.#replay();
      // Behind earlier queued writes (or inside a replay backoff) a write must wait its turn.
      if (this.#queue.length > 0 || this.#replayTimer !== undefined || isOffline()) {
        return this.#unreachable(this.#queue.enqueue(write));
      }
      const outcome = await this.#send(write.key, write.body, this.#etagFor(write));
      switch (outcome.kind) {
        case 'ok':
          return outcome.etag === undefined ? { status: 'ok' } : { status: 'ok', etag: outcome.etag };
        case 'conflict':
          return { status: 'conflict', current: outcome.current };
        case 'offline': {
          const queued = this.#queue.enqueue(write);
          this.#scheduleReplay();
          return this.#unreachable(queued);
        }
        case 'transient':
          // The browser went offline while we were retrying a 5xx: keep the write for the replay.
          return isOffline() ? this.#queue.enqueue(write) : { status: 'unavailable', error: outcome.error };
        case 'rejected':
          // 413 from the endpoint, 507 from a proxy: the document no longer fits, like a full disk.
          return outcome.status === 413 || outcome.status === 507
            ? { status: 'quota', error: outcome.error }
            : { status: 'unavailable', error: outcome.error };
      }
    });
  }

  /** A queued write's answer, unless the server has been out of reach while the browser is online. */
  #unreachable(result: WriteResult): WriteResult {
    if (result.status !== 'queued' || isOffline() || this.#requests.networkFailures < UNREACHABLE_AFTER) return result;
    return {
      status: 'unavailable',
      error:
        `The server cannot be reached although the browser is online (${this.#requests.networkFailures} failed requests ` +
        'in a row): a CORS, TLS or DNS error, or the server is down. The change is kept and retried.',
    };
  }

  /** Queues of pages that are gone join this one, and are replayed. */
  #takeOver(left: QueuedWrite[]): void {
    if (this.#queue.takeOver(left)) queueMicrotask(() => void this.flush());
  }

  /** Sends queued writes in order until the queue is empty or the server is out of reach. Runs serially. */
  async #replay(): Promise<void> {
    while (this.#queue.length > 0 && !this.#disposed) {
      if (isOffline()) return;
      const head = this.#queue.head!;
      const outcome = await this.#send(head.key, head.body, this.#etagFor(head));
      if (outcome.kind === 'offline' || outcome.kind === 'transient') {
        this.#scheduleReplay();
        return;
      }
      this.#replayFailures = 0;
      clearTimeout(this.#replayTimer);
      this.#replayTimer = undefined;
      const pending = head.body === null ? null : (JSON.parse(head.body) as StoredRecord);
      if (outcome.kind === 'ok') {
        // A write coalesced into the head while it was out: send that one next, on the new etag.
        this.#queue.acknowledge(head);
        this.#notify({
          key: head.key,
          reason: 'replayed',
          ...(outcome.etag === undefined ? {} : { etag: outcome.etag }),
        });
      } else if (outcome.kind === 'conflict') {
        const last = this.#queue.withdraw(head.key) ?? head;
        this.#notify({
          key: head.key,
          reason: 'conflict',
          current: outcome.current,
          pending: last.body === null ? null : (JSON.parse(last.body) as StoredRecord),
        });
      } else {
        this.#queue.dropHead();
        this.#notify({ key: head.key, reason: 'rejected', error: outcome.error, pending });
      }
    }
  }

  #scheduleReplay(): void {
    if (this.#disposed || this.#queue.length === 0) return;
    clearTimeout(this.#replayTimer);
    const delay = this.#requests.backoff(this.#replayFailures++);
    this.#replayTimer = setTimeout(() => {
      this.#replayTimer = undefined;
      void this.flush();
    }, delay);
  }

  /** The etag a write must match; undefined: it creates (`If-None-Match: *`), or a delete takes any version. */
  #etagFor(write: QueuedWrite): string | undefined {
    return write.precondition === CREATE ? undefined : (write.precondition ?? this.#etags.get(write.key));
  }

  /** One PUT or DELETE with its precondition, retries, and the re-read that turns a 412 into a result. */
  async #send(key: string, body: string | null, ifMatch: string | undefined): Promise<Outcome> {
    const url = this.#documentUrl(key)!;
    const headers: HeaderMap = {};
    if (body === null) headers['If-Match'] = ifMatch ?? '*';
    else if (ifMatch === undefined) headers['If-None-Match'] = '*';
    else headers['If-Match'] = ifMatch;
    if (body !== null) headers['Content-Type'] = 'application/json';

    const attempt = await this.#requests.attempt(url, body === null ? 'DELETE' : 'PUT', headers, body, true);
    if ('failure' in attempt) {
      return attempt.failure === 'offline'
        ? { kind: 'offline', error: attempt.error }
        : { kind: 'transient', error: attempt.error };
    }
    const { response, text } = attempt;
    this.#known.add(key);
    if (response.ok || (body === null && response.status === 404)) this.#bumpEpoch(key);
    if (response.ok) {
      const etag = response.headers.get('ETag') ?? undefined;
      if (body === null || etag === undefined) this.#etags.delete(key);
      else this.#etags.set(key, etag);
      return etag === undefined || body === null ? { kind: 'ok' } : { kind: 'ok', etag };
    }
    if (body === null && response.status === 404) {
      this.#etags.delete(key);
      return { kind: 'ok' };
    }
    if (response.status === 412 || response.status === 428) {
      const current = await this.#readRemote(key, true);
      // An earlier try of this very request may have been applied with its answer lost: then the
      // server already holds exactly what we meant, and reporting a conflict would make it a duplicate.
      if (body === null && current.status === 'absent') return { kind: 'ok' };
      if (body !== null && current.status === 'present' && JSON.stringify(current.record) === body) {
        return current.etag === undefined ? { kind: 'ok' } : { kind: 'ok', etag: current.etag };
      }
      return { kind: 'conflict', current };
    }
    if (isRetryable(response.status) || response.status === 401 || response.status === 403) {
      return { kind: 'transient', error: describe(response, text) };
    }
    return { kind: 'rejected', status: response.status, error: describe(response, text) };
  }

  /** A response came back, so the network works: give the queue its chance. */
  #afterContact(): void {
    if (this.#queue.length > 0) {
      clearTimeout(this.#replayTimer);
      this.#replayTimer = undefined;
      void this.flush();
    }
  }

  #serially<T>(task: () => Promise<T>): Promise<T> {
    const run = this.#tail.then(task, task);
    this.#tail = run.catch(() => undefined);
    return run;
  }

  #documentUrl(key: string): string | undefined {
    if (key === '' || key === '.' || key === '..') return undefined;
    try {
      return `${this.#baseUrl}/documents/${encodeURIComponent(key)}`;
    } catch {
      return undefined;
    }
  }

  #notify(change: HttpChange): void {
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch (error) {
        console.error('HttpAdapter watcher threw', error);
      }
    }
  }

  #startPolling(): void {
    if (this.#pollIntervalMs <= 0 || this.#pollTimer !== undefined || this.#disposed) return;
    this.#pollTimer = setInterval(() => void this.#poll(), this.#pollIntervalMs);
  }

  #stopPolling(): void {
    clearInterval(this.#pollTimer);
    this.#pollTimer = undefined;
  }

  /**
   * Conditional GET of every known document. The remembered etags stay untouched: they are what the
   * owner last read, and moving them here would let its next write overwrite a change it never merged.
   */
  async #poll(): Promise<void> {
    if (this.#polling || isOffline()) return;
    this.#polling = true;
    try {
      for (const key of [...this.#known]) {
        if (this.#queue.has(key) || this.#listeners.size === 0) continue;
        const seen = this.#etags.get(key);
        const conditional: HeaderMap = seen === undefined ? {} : { 'If-None-Match': seen };
        const attempt = await this.#requests.attempt(this.#documentUrl(key)!, 'GET', conditional, null, false);
        if ('failure' in attempt) return;
        this.#afterContact();
        const status = attempt.response.status;
        const now = status === 200 ? (attempt.response.headers.get('ETag') ?? '') : status === 404 ? null : undefined;
        if (now === undefined || now === (seen ?? null) || this.#notifiedEtags.get(key) === now) continue;
        this.#notifiedEtags.set(key, now);
        this.#notify({ key, reason: 'remote' });
      }
    } finally {
      this.#polling = false;
    }
  }
}

function invalidKey(key: string): string {
  return `The key ${JSON.stringify(key.slice(0, 40))} cannot be sent as a URL path segment`;
}
