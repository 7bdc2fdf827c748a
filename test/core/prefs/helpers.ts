// Shared test doubles for the preferences tests (not a test file itself).
import type {
  ExternalChange,
  PreferencesAdapter,
  ReadResult,
  StoredRecord,
  WriteOptions,
  WriteResult,
} from '../../../src/core/prefs/index.js';

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
