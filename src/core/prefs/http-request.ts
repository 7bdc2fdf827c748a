import type { HeaderMap, HttpAdapterOptions, HttpRetryOptions } from './http-types.js';

/** The last response, whatever its status, or why no response came. */
export type Attempt = { response: Response; text: string } | { failure: 'offline' | 'error'; error: string };

const DEFAULT_RETRY = { attempts: 3, baseDelayMs: 250, maxDelayMs: 8000 };

/**
 * Requests to the preferences endpoint: the integrator's headers, credentials and fetch, a timeout
 * per request, and bounded retries with exponential backoff and jitter (Retry-After honoured).
 */
export class HttpRequester {
  readonly #headers: HttpAdapterOptions['headers'];
  readonly #fetch: typeof fetch | undefined;
  readonly #credentials: RequestCredentials;
  readonly #retry: Required<HttpRetryOptions>;
  readonly #timeoutMs: number;
  /** Requests in a row that got no response at all, while the browser said it was online. */
  #failures = 0;

  constructor(options: HttpAdapterOptions) {
    this.#headers = options.headers;
    this.#fetch = options.fetch ?? (typeof fetch === 'function' ? fetch.bind(globalThis) : undefined);
    this.#credentials = options.credentials ?? 'same-origin';
    this.#retry = { ...DEFAULT_RETRY, ...options.retry };
    this.#retry.attempts = Math.max(1, Math.floor(this.#retry.attempts));
    this.#timeoutMs = options.timeoutMs ?? 15_000;
  }

  /** Requests in a row that got no response at all while the browser said it was online. */
  get networkFailures(): number {
    return this.#failures;
  }

  /**
   * fetch with timeout and bounded retries (exponential backoff with jitter, Retry-After honoured).
   * Resolves with the last response, whatever its status, or with why no response came.
   */
  async attempt(
    url: string,
    method: string,
    extraHeaders: HeaderMap,
    body: string | null,
    retry: boolean,
  ): Promise<Attempt> {
    const fetchImpl = this.#fetch;
    if (!fetchImpl) return { failure: 'error', error: 'fetch is not available in this environment' };
    const tries = retry ? this.#retry.attempts : 1;
    let last: Attempt = { failure: 'offline', error: 'not attempted' };
    for (let index = 0; index < tries; index++) {
      if (index > 0) {
        const retryAfter = 'response' in last ? retryAfterMs(last.response) : undefined;
        await sleep(Math.min(retryAfter ?? this.backoff(index - 1), this.#retry.maxDelayMs));
        if (isOffline()) return last;
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
      this.#failures = 0;
      return { response, text };
    } catch (error) {
      if (!isOffline()) this.#failures++;
      // fetch rejects with a TypeError for every network-level failure (offline, DNS, refused, CORS)
      // and with an AbortError on our timeout; anything else came from a custom fetch.
      return { failure: 'offline', error: `Network error: ${message(error)}` };
    } finally {
      clearTimeout(timer);
    }
  }

  /** Exponential backoff with "equal jitter": half the step is fixed so delays really grow. */
  backoff(retryIndex: number): number {
    const step = Math.min(this.#retry.maxDelayMs, this.#retry.baseDelayMs * 2 ** Math.min(retryIndex, 30));
    return step / 2 + Math.random() * (step / 2);
  }
}

/** Whether the browser says it is offline. */
export function isOffline(): boolean {
  return typeof navigator !== 'undefined' && navigator.onLine === false;
}

/** Statuses worth trying again: timeouts, rate limits and server errors that may pass. */
export function isRetryable(status: number): boolean {
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

/** A response that is not a success, in words: its status and the endpoint's error message. */
export function describe(response: Response, text: string): string {
  let detail = response.statusText;
  try {
    const parsed = JSON.parse(text) as { error?: { code?: unknown; message?: unknown } };
    if (typeof parsed.error?.message === 'string') detail = parsed.error.message;
  } catch {
    // A body that is not our error shape (a proxy's HTML page) adds nothing useful.
  }
  return `HTTP ${response.status}${detail ? `: ${detail}` : ''}`;
}

export function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
