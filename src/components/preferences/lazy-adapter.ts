import type {
  AdapterFallback,
  ExternalChange,
  PreferencesAdapter,
  ReadResult,
  StoredRecord,
  WriteOptions,
  WriteResult,
} from '../../core/prefs/adapter.js';

type Listener = (change: ExternalChange) => void;

/**
 * An adapter whose code loads on first use, so `<tk-preferences>` does not make every page fetch the
 * HTTP and IndexedDB adapters whichever it uses. Calls made before the code arrives wait for it; when
 * it cannot be loaded they answer `unavailable` (the document shows its defaults as `degraded` and
 * keeps changes in memory), and a later call tries again.
 */
export class LazyAdapter implements PreferencesAdapter {
  readonly kind: string;
  readonly #load: () => Promise<PreferencesAdapter>;
  #adapter: PreferencesAdapter | undefined;
  #loading: Promise<PreferencesAdapter | Error> | undefined;
  /** Watchers and, once the adapter is there, how to unsubscribe each from it. */
  readonly #watchers = new Map<Listener, (() => void) | undefined>();
  #disposed = false;

  /** `kind` is the loaded adapter's (`http`, `indexedDB`), known before it loads. */
  constructor(kind: string, load: () => Promise<PreferencesAdapter>) {
    this.kind = kind;
    this.#load = load;
  }

  /** The adapter once its code has loaded. */
  get loaded(): PreferencesAdapter | undefined {
    return this.#adapter;
  }

  get fallback(): AdapterFallback | undefined {
    return this.#adapter?.fallback;
  }

  async read(key: string): Promise<ReadResult> {
    const adapter = await this.#ready();
    return adapter instanceof Error ? this.#unavailable(adapter) : adapter.read(key);
  }

  async write(key: string, record: StoredRecord, options?: WriteOptions): Promise<WriteResult> {
    const adapter = await this.#ready();
    return adapter instanceof Error ? this.#unavailable(adapter) : adapter.write(key, record, options);
  }

  async remove(key: string, options?: WriteOptions): Promise<WriteResult> {
    const adapter = await this.#ready();
    return adapter instanceof Error ? this.#unavailable(adapter) : adapter.remove(key, options);
  }

  watch(listener: Listener): () => void {
    this.#watchers.set(listener, this.#adapter?.watch?.(listener));
    if (!this.#adapter) void this.#ready();
    return () => {
      this.#watchers.get(listener)?.();
      this.#watchers.delete(listener);
    };
  }

  dispose(): void {
    this.#disposed = true;
    for (const unwatch of this.#watchers.values()) unwatch?.();
    this.#watchers.clear();
    this.#adapter?.dispose?.();
  }

  #ready(): Promise<PreferencesAdapter | Error> {
    if (this.#adapter) return Promise.resolve(this.#adapter);
    this.#loading ??= this.#load().then(
      (adapter) => {
        if (this.#disposed) {
          adapter.dispose?.();
          return new Error('the preferences store was disposed');
        }
        this.#adapter = adapter;
        for (const listener of this.#watchers.keys()) this.#watchers.set(listener, adapter.watch?.(listener));
        return adapter;
      },
      (error: unknown) => {
        this.#loading = undefined; // the next call tries again
        return error instanceof Error ? error : new Error(String(error));
      },
    );
    return this.#loading;
  }

  #unavailable(error: Error): { status: 'unavailable'; error: string } {
    return { status: 'unavailable', error: `the ${this.kind} storage code could not be loaded: ${error.message}` };
  }
}
