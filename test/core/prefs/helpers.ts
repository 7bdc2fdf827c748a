// Shared test doubles for the preferences tests (not a test file itself).
import type {
  ExternalChange,
  PreferencesAdapter,
  ReadResult,
  StoredRecord,
  WriteOptions,
  WriteResult,
} from '../../../src/core/prefs/index.js';
import { HttpAdapter, type HttpAdapterOptions } from '../../../src/core/prefs/index.js';

/** Wraps an adapter and counts the calls that reach storage. */
export class CountingAdapter implements PreferencesAdapter {
  readonly kind: string;
  writes = 0;
  removes = 0;
  reads = 0;
  readonly written: StoredRecord[] = [];

  constructor(readonly inner: PreferencesAdapter) {
    this.kind = `counting ${inner.kind}`;
  }

  get fallback(): PreferencesAdapter['fallback'] {
    return this.inner.fallback;
  }

  read(key: string): Promise<ReadResult> {
    this.reads++;
    return this.inner.read(key);
  }

  write(key: string, record: StoredRecord, options?: WriteOptions): Promise<WriteResult> {
    this.writes++;
    this.written.push(record);
    return this.inner.write(key, record, options);
  }

  remove(key: string, options?: WriteOptions): Promise<WriteResult> {
    this.removes++;
    return this.inner.remove(key, options);
  }

  watch(listener: (change: ExternalChange) => void): () => void {
    return this.inner.watch?.(listener) ?? (() => {});
  }

  dispose(): void {
    this.inner.dispose?.();
  }
}

/**
 * An adapter with an offline queue, like HttpAdapter: offline, writes answer `queued`; on reconnect
 * they replay in order with their preconditions, and a conflict withdraws the key's queued writes and
 * tells watchers, so the owner merges and writes again.
 */
export class QueueingAdapter implements PreferencesAdapter {
  readonly kind = 'queueing';
  online = true;
  private readonly queue: { key: string; record: StoredRecord; options?: WriteOptions }[] = [];
  private readonly listeners = new Set<(change: ExternalChange & { reason: string }) => void>();

  constructor(readonly server: PreferencesAdapter) {}

  read(key: string): Promise<ReadResult> {
    return this.online ? this.server.read(key) : Promise.resolve({ status: 'unavailable', error: 'offline' });
  }

  write(key: string, record: StoredRecord, options?: WriteOptions): Promise<WriteResult> {
    if (this.online) return this.server.write(key, record, options);
    this.queue.push({ key, record, options: this.queue.some((write) => write.key === key) ? undefined : options });
    return Promise.resolve({ status: 'queued' });
  }

  remove(key: string, options?: WriteOptions): Promise<WriteResult> {
    return this.online
      ? this.server.remove(key, options)
      : Promise.resolve({ status: 'unavailable', error: 'offline' });
  }

  watch(listener: (change: ExternalChange & { reason: string }) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  async reconnect(): Promise<void> {
    this.online = true;
    while (this.queue.length) {
      const { key, record, options } = this.queue.shift()!;
      const result = await this.server.write(key, record, options);
      const reason = result.status === 'conflict' ? 'conflict' : 'replayed';
      if (reason === 'conflict')
        this.queue.splice(0, this.queue.length, ...this.queue.filter((each) => each.key !== key));
      for (const listener of this.listeners) listener({ key, reason });
    }
  }
}

/** A Storage double that can be made full or broken, for quota and failure rules. */
export class TestStorage implements Storage {
  readonly entries = new Map<string, string>();
  full = false;
  broken = false;

  get length(): number {
    return this.entries.size;
  }

  key(index: number): string | null {
    return [...this.entries.keys()][index] ?? null;
  }

  getItem(key: string): string | null {
    if (this.broken) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.entries.get(key) ?? null;
  }

  setItem(key: string, value: string): void {
    if (this.broken) throw new DOMException('The operation is insecure.', 'SecurityError');
    if (this.full) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    this.entries.set(key, String(value));
  }

  removeItem(key: string): void {
    if (this.broken) throw new DOMException('The operation is insecure.', 'SecurityError');
    this.entries.delete(key);
  }

  clear(): void {
    this.entries.clear();
  }
}

/** Resolves after `count` macrotasks: long enough for coalesced writes (one task) to happen. */
export async function tasks(count = 3): Promise<void> {
  for (let index = 0; index < count; index++) await new Promise((resolve) => setTimeout(resolve, 0));
}

let counter = 0;
/** A name no other test (or earlier run in the same browser profile) has used. */
export function unique(prefix: string): string {
  counter += 1;
  return `${prefix}-${Date.now().toString(36)}-${counter}`;
}

/** Collects `unhandledrejection` events while `body` runs. */
export async function collectUnhandledRejections(body: () => Promise<void>): Promise<unknown[]> {
  const seen: unknown[] = [];
  const onRejection = (event: PromiseRejectionEvent): void => {
    seen.push(event.reason);
  };
  window.addEventListener('unhandledrejection', onRejection);
  try {
    await body();
    await tasks(5);
  } finally {
    window.removeEventListener('unhandledrejection', onRejection);
  }
  return seen;
}

/** The reference endpoint from server/app.mjs, started by the test runner on a free port. */
export const PREFS_SERVER =
  (window as unknown as { __TK_TEST__?: { prefsServer?: string } }).__TK_TEST__?.prefsServer ?? '';

const httpAdapters: HttpAdapter[] = [];
/**
 * An HttpAdapter for `user` on the reference endpoint: fast retries, and an offline queue kept under
 * a name of its own. `resetNetwork()` disposes it.
 */
export function httpAdapterFor(user: string, options: Partial<HttpAdapterOptions> = {}): HttpAdapter {
  const adapter = new HttpAdapter({
    baseUrl: PREFS_SERVER,
    headers: { Authorization: `Bearer ${user}` },
    retry: { attempts: 3, baseDelayMs: 5, maxDelayMs: 40 },
    queueName: `${PREFS_SERVER} ${user}`,
    ...options,
  });
  httpAdapters.push(adapter);
  return adapter;
}

let online = true;
/** What `navigator.onLine` says from now on, without the event (a change the page has not heard of yet). */
export function setOnline(value: boolean): void {
  online = value;
  Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => online });
}
export function goOffline(): void {
  setOnline(false);
  window.dispatchEvent(new Event('offline'));
}
export function goOnline(): void {
  setOnline(true);
  window.dispatchEvent(new Event('online'));
}

/** After each test: disposes the adapters from `httpAdapterFor` and gives `navigator.onLine` back. */
export function resetNetwork(): void {
  for (const adapter of httpAdapters.splice(0)) adapter.dispose();
  online = true;
  delete (navigator as { onLine?: boolean }).onLine;
}
