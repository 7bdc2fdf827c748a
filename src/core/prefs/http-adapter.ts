import type {
  ExternalChange,
  PreferencesAdapter,
  ReadResult,
  StoredRecord,
  WriteOptions,
  WriteResult,
} from './adapter.js';

type HeaderMap = Record<string, string>;

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

interface QueuedWrite {
  key: string;
  /** JSON snapshot taken when the write was accepted (null for a delete), so later mutation cannot leak in. */
  body: string | null;
  /**
   * The caller's precondition: an etag, or CREATE for `If-None-Match: *`. Undefined means the etag
   * this adapter remembers when the request goes out, which earlier queued writes of the key move on.
   */
  precondition: string | typeof CREATE | undefined;
}

type Outcome =
  | { kind: 'ok'; etag?: string }
  | { kind: 'conflict'; current: ReadResult }
  /** Could not reach the server (offline, DNS, CORS, timeout). */
  | { kind: 'offline'; error: string }
  /** Reached it, but it may work later (5xx, 429, 401/403 until credentials are refreshed). */
  | { kind: 'transient'; error: string }
  /** Reached it and it will never accept this request as sent. */
  | { kind: 'rejected'; status: number; error: string };

type Attempt = { response: Response; text: string } | { failure: 'offline' | 'error'; error: string };

const CREATE = Symbol('create');
/** Failed fetches in a row, while online, after which the server counts as out of reach (two requests' retries). */
const UNREACHABLE_AFTER = 4;
const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 250, maxDelayMs: 8000 };

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
  readonly #headers: HttpAdapterOptions['headers'];
  readonly #fetchImpl: typeof fetch | undefined;
  readonly #credentials: RequestCredentials;
  readonly #retry: Required<HttpRetryOptions>;
  readonly #timeoutMs: number;
  readonly #pollIntervalMs: number;
  readonly #maxQueueBytes: number;
  readonly #queueStore?: KeptQueue;
  /** Requests in a row that got no response at all, while the browser said it was online. */
  #networkFailures = 0;

  readonly #etags = new Map<string, string>();
  readonly #known = new Set<string>();
  /** Counts acknowledged writes per key, so a read that raced one does not bring back an older etag. */
  readonly #epochs = new Map<string, number>();
  readonly #notifiedEtags = new Map<string, string | null>();
  readonly #listeners = new Set<(change: HttpChange) => void>();
  #queue: QueuedWrite[] = [];
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
    this.#headers = options.headers;
    this.#fetchImpl = options.fetch ?? (typeof fetch === 'function' ? fetch.bind(globalThis) : undefined);
    this.#credentials = options.credentials ?? 'same-origin';
    this.#retry = { ...DEFAULT_RETRY, ...options.retry };
    this.#retry.attempts = Math.max(1, Math.floor(this.#retry.attempts));
    this.#timeoutMs = options.timeoutMs ?? 15_000;
    this.#pollIntervalMs = options.pollIntervalMs ?? 0;
    this.#maxQueueBytes = options.maxQueueBytes ?? 4 * 1024 * 1024;
    this.#queueStore = keptQueue(options);
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
    if (this.#hasQueued(key)) {
      await this.flush();
      const pending = this.#pendingState(key);
      if (pending) return pending;
    }
    const result = await this.#readRemote(key, !this.#isOffline());
    if (result.status !== 'unavailable') this.#afterContact();
    return result;
  }

  write(key: string, record: StoredRecord, options?: WriteOptions): Promise<WriteResult> {
    let body: string;
    try {
      // Only the three fields, in a fixed order: the endpoint rejects others, and the duplicate check
      // after a 412 compares bytes.
      body = JSON.stringify({ version: record.version, user: record.user, updatedAt: record.updatedAt });
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
    const attempt = await this.#attempt(this.#documentUrl(key)!, 'GET', {}, null, retry);
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
      if (this.#queue.length > 0 || this.#replayTimer !== undefined || this.#isOffline()) {
        return this.#unreachable(this.#enqueue(write));
      }
      const outcome = await this.#send(write.key, write.body, this.#etagFor(write));
      switch (outcome.kind) {
        case 'ok':
          return outcome.etag === undefined ? { status: 'ok' } : { status: 'ok', etag: outcome.etag };
        case 'conflict':
          return { status: 'conflict', current: outcome.current };
        case 'offline': {
          const queued = this.#enqueue(write);
          this.#scheduleReplay();
          return this.#unreachable(queued);
        }
        case 'transient':
          // The browser went offline while we were retrying a 5xx: keep the write for the replay.
          return this.#isOffline() ? this.#enqueue(write) : { status: 'unavailable', error: outcome.error };
        case 'rejected':
          // 413 from the endpoint, 507 from a proxy: the document no longer fits, like a full disk.
          return outcome.status === 413 || outcome.status === 507
            ? { status: 'quota', error: outcome.error }
            : { status: 'unavailable', error: outcome.error };
      }
    });
  }

  /**
   * Queues a write, coalesced with a queued write of the same key: that one's precondition (what the
   * owner last read) with this body (what it means to store now).
   */
  #enqueue(write: QueuedWrite): WriteResult {
    const index = this.#queue.findIndex((queued) => queued.key === write.key);
    const entry = index < 0 ? write : { ...this.#queue[index], body: write.body };
    const bytes = this.#queue.reduce((sum, queued, at) => (at === index ? sum : sum + size(queued)), size(entry));
    if (bytes > this.#maxQueueBytes) {
      return {
        status: 'quota',
        error: `The offline queue is full (${bytes} of ${this.#maxQueueBytes} bytes): the change is kept in memory only`,
      };
    }
    if (index < 0) this.#queue.push(entry);
    else this.#queue[index] = entry;
    this.#keepQueue();
    return { status: 'queued' };
  }

  /** A queued write's answer, unless the server has been out of reach while the browser is online. */
  #unreachable(result: WriteResult): WriteResult {
    if (result.status !== 'queued' || this.#isOffline() || this.#networkFailures < UNREACHABLE_AFTER) return result;
    return {
      status: 'unavailable',
      error:
        `The server cannot be reached although the browser is online (${this.#networkFailures} failed requests ` +
        'in a row): a CORS, TLS or DNS error, or the server is down. The change is kept and retried.',
    };
  }

  #keepQueue(): void {
    this.#queueStore?.save(this.#queue);
  }

  /** Queues of pages that are gone join this one; a key this page queued meanwhile keeps its own write. */
  #takeOver(left: QueuedWrite[]): void {
    const fresh = left.filter((write) => !this.#hasQueued(write.key));
    if (fresh.length === 0) return;
    this.#queue.push(...fresh);
    this.#keepQueue();
    queueMicrotask(() => void this.flush());
  }

  /** Sends queued writes in order until the queue is empty or the server is out of reach. Runs serially. */
  async #replay(): Promise<void> {
    while (this.#queue.length > 0 && !this.#disposed) {
      if (this.#isOffline()) return;
      const head = this.#queue[0];
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
        if (this.#queue[0] === head) this.#queue.shift();
        else this.#queue[0] = { ...this.#queue[0], precondition: undefined };
        this.#keepQueue();
        this.#notify({
          key: head.key,
          reason: 'replayed',
          ...(outcome.etag === undefined ? {} : { etag: outcome.etag }),
        });
      } else if (outcome.kind === 'conflict') {
        const mine = this.#queue.filter((write) => write.key === head.key);
        const last = mine[mine.length - 1];
        this.#queue = this.#queue.filter((write) => write.key !== head.key);
        this.#keepQueue();
        this.#notify({
          key: head.key,
          reason: 'conflict',
          current: outcome.current,
          pending: last.body === null ? null : (JSON.parse(last.body) as StoredRecord),
        });
      } else {
        this.#queue.shift();
        this.#keepQueue();
        this.#notify({ key: head.key, reason: 'rejected', error: outcome.error, pending });
      }
    }
  }

  #scheduleReplay(): void {
    if (this.#disposed || this.#queue.length === 0) return;
    clearTimeout(this.#replayTimer);
    const delay = this.#backoff(this.#replayFailures++);
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

    const attempt = await this.#attempt(url, body === null ? 'DELETE' : 'PUT', headers, body, true);
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

  /**
   * fetch with timeout and bounded retries (exponential backoff with jitter, Retry-After honoured).
   * Resolves with the last response, whatever its status, or with why no response came.
   */
  async #attempt(
    url: string,
    method: string,
    extraHeaders: HeaderMap,
    body: string | null,
    retry: boolean,
  ): Promise<Attempt> {
    const fetchImpl = this.#fetchImpl;
    if (!fetchImpl) return { failure: 'error', error: 'fetch is not available in this environment' };
    const tries = retry ? this.#retry.attempts : 1;
    let last: Attempt = { failure: 'offline', error: 'not attempted' };
    for (let index = 0; index < tries; index++) {
      if (index > 0) {
        const retryAfter = 'response' in last ? retryAfterMs(last.response) : undefined;
        await sleep(Math.min(retryAfter ?? this.#backoff(index - 1), this.#retry.maxDelayMs));
        if (this.#isOffline()) return last;
      }
      let headers: HeaderMap;
      try {
        headers = { ...(typeof this.#headers === 'function' ? await this.#headers() : this.#headers), ...extraHeaders };
      } catch (error) {
        return { failure: 'error', error: `The headers option failed: ${message(error)}` };
      }
      last = await this.#fetchOnce(fetchImpl, url, { method, headers, ...(body === null ? {} : { body }) });
      if ('response' in last && !isRetryable(last.response.status)) return last;
    }
    return last;
  }

  async #fetchOnce(fetchImpl: typeof fetch, url: string, init: RequestInit): Promise<Attempt> {
    const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
    const timer = controller ? setTimeout(() => controller.abort(), this.#timeoutMs) : undefined;
    try {
      const response = await fetchImpl(url, {
        ...init,
        cache: 'no-store',
        credentials: this.#credentials,
        ...(controller ? { signal: controller.signal } : {}),
      });
      const text = await response.text();
      this.#networkFailures = 0;
      return { response, text };
    } catch (error) {
      if (!this.#isOffline()) this.#networkFailures++;
      // fetch rejects with a TypeError for every network-level failure (offline, DNS, refused, CORS)
      // and with an AbortError on our timeout; anything else came from a custom fetch.
      return { failure: 'offline', error: `Network error: ${message(error)}` };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Exponential backoff with "equal jitter": half the step is fixed so delays really grow. */
  #backoff(retryIndex: number): number {
    const step = Math.min(this.#retry.maxDelayMs, this.#retry.baseDelayMs * 2 ** Math.min(retryIndex, 30));
    return step / 2 + Math.random() * (step / 2);
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

  #hasQueued(key: string): boolean {
    return this.#queue.some((write) => write.key === key);
  }

  #pendingState(key: string): ReadResult | undefined {
    for (let index = this.#queue.length - 1; index >= 0; index--) {
      const write = this.#queue[index];
      if (write.key !== key) continue;
      return write.body === null
        ? { status: 'absent' }
        : { status: 'present', record: JSON.parse(write.body) as StoredRecord, pending: true };
    }
    return undefined;
  }

  #isOffline(): boolean {
    return typeof navigator !== 'undefined' && navigator.onLine === false;
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
    if (this.#polling || this.#isOffline()) return;
    this.#polling = true;
    try {
      for (const key of [...this.#known]) {
        if (this.#hasQueued(key) || this.#listeners.size === 0) continue;
        const seen = this.#etags.get(key);
        const conditional: HeaderMap = seen === undefined ? {} : { 'If-None-Match': seen };
        const attempt = await this.#attempt(this.#documentUrl(key)!, 'GET', conditional, null, false);
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

function parseRecord(text: string, etag: string | undefined): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { status: 'corrupt', raw: text, error: `Not JSON: ${message(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { status: 'corrupt', raw: text, error: 'Not a stored record: expected a JSON object' };
  }
  const { version, user, updatedAt } = value as Record<string, unknown>;
  // Schema versions start at 1 here, in the document and on the endpoint alike.
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return { status: 'corrupt', raw: text, error: 'Not a stored record: "version" is not an integer from 1' };
  }
  if (!('user' in value)) return { status: 'corrupt', raw: text, error: 'Not a stored record: "user" is missing' };
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) {
    return { status: 'corrupt', raw: text, error: 'Not a stored record: "updatedAt" is not a number' };
  }
  const record: StoredRecord = { version, user, updatedAt };
  return etag === undefined ? { status: 'present', record } : { status: 'present', record, etag };
}

function isRetryable(status: number): boolean {
  return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505 && status !== 507);
}

function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('Retry-After');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

function describe(response: Response, text: string): string {
  let detail = response.statusText;
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    if (typeof parsed.error?.message === 'string') detail = parsed.error.message;
  } catch {
    // A body that is not our error shape (a proxy's HTML page) adds nothing useful.
  }
  return `HTTP ${response.status}${detail ? `: ${detail}` : ''}`;
}

function invalidKey(key: string): string {
  return `The key ${JSON.stringify(key.slice(0, 40))} cannot be sent as a URL path segment`;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function size(write: QueuedWrite): number {
  return write.key.length + (write.body?.length ?? 0);
}

interface KeptQueue {
  /** Takes over the queues of pages that are gone (this tab before a reload, a closed tab): removed from storage. */
  adopt(): Promise<QueuedWrite[]>;
  save(queue: readonly QueuedWrite[]): void;
  /** This page stops keeping its queue; what is stored waits for another page to adopt it. */
  release(): void;
}

/**
 * The offline queue in Storage, one entry per page: `tailorkit:http-queue:<name>#<page id>`, with a
 * Web Lock of the same name held while the page lives. A page adopts the entries whose lock nobody
 * holds, so two tabs never overwrite each other's queue and a reloaded or closed tab's queue is
 * replayed by the next page. Without Web Locks there is one shared entry. Never throws.
 */
function keptQueue(options: HttpAdapterOptions): KeptQueue | undefined {
  let storage: Storage | null | undefined;
  try {
    storage = options.queueStorage === undefined ? globalThis.localStorage : options.queueStorage;
  } catch {
    return undefined; // sandboxed frames throw on reading localStorage
  }
  if (!storage) return undefined;
  const area = storage;
  const name = `tailorkit:http-queue:${options.queueName ?? options.baseUrl}`;
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  const own = locks ? `${name}#${Math.random().toString(36).slice(2)}${Date.now().toString(36)}` : name;
  let release: (() => void) | undefined;
  if (locks) {
    const held = new Promise<void>((resolve) => (release = resolve));
    void locks.request(own, () => held).catch(() => undefined);
  }
  const read = (entry: string): QueuedWrite[] => {
    try {
      const parsed = JSON.parse(area.getItem(entry) ?? '[]') as unknown;
      if (!Array.isArray(parsed)) return [];
      return parsed.flatMap((item: unknown): QueuedWrite[] => {
        const { key, body, precondition } = (item ?? {}) as Record<string, unknown>;
        if (typeof key !== 'string' || (body !== null && typeof body !== 'string')) return [];
        if (precondition !== undefined && typeof precondition !== 'string') return [];
        return [{ key, body, precondition: precondition === '*' ? CREATE : precondition }];
      });
    } catch {
      return [];
    }
  };
  return {
    async adopt() {
      if (!locks) return read(own);
      try {
        return await locks.request(`${name}#adopting`, async () => {
          const { held = [], pending = [] } = await locks.query();
          const alive = new Set([...held, ...pending].map((lock) => lock.name));
          const orphans: string[] = [];
          for (let index = 0; index < area.length; index++) {
            const entry = area.key(index);
            if (
              entry !== null &&
              entry !== own &&
              (entry === name || entry.startsWith(`${name}#`)) &&
              !alive.has(entry)
            ) {
              if (!entry.endsWith('#adopting')) orphans.push(entry);
            }
          }
          const left = orphans.flatMap(read);
          for (const entry of orphans) area.removeItem(entry);
          return left;
        });
      } catch {
        return [];
      }
    },
    save(queue) {
      try {
        if (queue.length === 0) area.removeItem(own);
        else {
          const plain = queue.map(({ key, body, precondition }) => ({
            key,
            body,
            precondition: precondition === CREATE ? '*' : precondition,
          }));
          area.setItem(own, JSON.stringify(plain));
        }
      } catch {
        // A full or blocked storage keeps the queue in memory only; the writes themselves are unaffected.
      }
    },
    release() {
      release?.();
    },
  };
}
