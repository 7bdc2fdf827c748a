import { resolveDefaults } from '../personalize/resolve.js';
import type { DefaultsProvider, PersonalizationContext } from '../personalize/types.js';
import type { PreferencesAdapter } from './adapter.js';
import { PreferenceDocument, type DocumentHost, type DocumentOptions, type SaveResult } from './document.js';
import type { PreferencesError } from './errors.js';
import { isPlainObject } from './json.js';
import { LocalStorageAdapter } from './local-storage-adapter.js';

export interface PreferencesOptions {
  /** Where the user's layers are stored. Default: `new LocalStorageAdapter()`. */
  adapter?: PreferencesAdapter;
  /** Computes personalized defaults per document from the context. */
  defaults?: DefaultsProvider;
  /** What is known about the user (role, interests, locale, userId for A/B buckets). */
  context?: PersonalizationContext;
  /** Milliseconds a defaults provider may take before library defaults are used instead. Default 3000. */
  personalizationTimeout?: number;
  /**
   * Milliseconds the first read of a document may take. Past it the document shows its defaults as
   * `degraded` and merges the late answer when it comes; changes apply at once either way. Default 2500.
   */
  loadTimeout?: number;
}

/** A preferences store: created once by the host app, shared by every customizable component. */
export interface Preferences {
  readonly adapter: PreferencesAdapter;
  readonly context: PersonalizationContext;
  /** Whether the user has personalization on (their own stored choice; on by default). */
  readonly personalization: boolean;
  /**
   * The document `key`, opened once per store: opening it again returns the same document (the
   * options of the first `open` apply).
   */
  open<T>(key: string, options: DocumentOptions<T>): PreferenceDocument<T>;
  /** Replaces the context and re-resolves personalized defaults; user layers are not touched. */
  setContext(next: PersonalizationContext): Promise<void>;
  /** Switches personalization on or off for this user; stored as their own preference. Lossless. */
  setPersonalization(enabled: boolean): Promise<SaveResult>;
  /** Hears when the context or the personalization switch changes (here or in another tab). */
  subscribe(listener: () => void): () => void;
  /** Hears every error of every document in this store. */
  onError(listener: (error: PreferencesError) => void): () => void;
  /** Writes what is committed, then stops watching storage. Staged changes are dropped. */
  dispose(): Promise<void>;
}

/** Where the personalization switch is stored, next to the documents. Keys with this prefix are reserved. */
export const PERSONALIZATION_KEY = '__tailorkit/personalization';

interface Settings {
  enabled: boolean;
}

export function createPreferences(options: PreferencesOptions = {}): Preferences {
  return new Store(options);
}

class Store implements Preferences {
  readonly adapter: PreferencesAdapter;
  #contextValue: PersonalizationContext;
  readonly #provider?: DefaultsProvider;
  readonly #timeout: number;
  readonly #ownsAdapter: boolean;
  readonly #documents = new Map<string, PreferenceDocument<unknown>>();
  readonly #settings: PreferenceDocument<Settings>;
  readonly #host: DocumentHost;
  readonly #listeners = new Set<() => void>();
  readonly #errorListeners = new Set<(error: PreferencesError) => void>();
  readonly #unwatch?: () => void;
  #enabled = true;
  #refreshing: Promise<unknown> = Promise.resolve();
  #disposed = false;

  constructor(options: PreferencesOptions) {
    this.#ownsAdapter = !options.adapter;
    this.adapter = options.adapter ?? new LocalStorageAdapter();
    this.#provider = options.defaults;
    this.#contextValue = Object.freeze({ ...options.context });
    this.#timeout = options.personalizationTimeout ?? 3000;
    const report = (error: PreferencesError): void => {
      for (const listener of [...this.#errorListeners]) listener(error);
    };
    this.#settings = new PreferenceDocument<Settings>(
      PERSONALIZATION_KEY,
      { defaults: { enabled: true }, validate: (value) => isPlainObject(value) && typeof value.enabled === 'boolean' },
      {
        adapter: this.adapter,
        settled: Promise.resolve(),
        personalization: () => false,
        resolve: () => Promise.resolve({}),
        report,
        loadTimeout: options.loadTimeout,
      },
    );
    this.#settings.subscribe(() => this.#onSettings());
    this.#host = {
      adapter: this.adapter,
      settled: this.#settings.ready,
      personalization: () => this.#enabled,
      resolve: (key) => resolveDefaults(this.#provider, key, this.#contextValue, this.#timeout),
      report,
      loadTimeout: options.loadTimeout,
    };
    this.#unwatch = this.adapter.watch?.((change) => {
      void (change.key === PERSONALIZATION_KEY ? this.#settings : this.#documents.get(change.key))?.refresh(change);
    });
  }

  get context(): PersonalizationContext {
    return this.#contextValue;
  }

  get personalization(): boolean {
    return this.#enabled;
  }

  open<T>(key: string, options: DocumentOptions<T>): PreferenceDocument<T> {
    if (this.#disposed) throw new Error('this preferences store was disposed');
    if (key.startsWith('__tailorkit/')) throw new RangeError(`preferences: "${key}" is a reserved key`);
    let document = this.#documents.get(key) as PreferenceDocument<T> | undefined;
    if (!document) {
      document = new PreferenceDocument(key, options, this.#host);
      this.#documents.set(key, document as PreferenceDocument<unknown>);
    }
    return document;
  }

  setContext(next: PersonalizationContext): Promise<void> {
    this.#contextValue = Object.freeze({ ...next });
    this.#notify();
    return this.#refreshAll();
  }

  async setPersonalization(enabled: boolean): Promise<SaveResult> {
    const result = await this.#settings.set({ enabled });
    await this.#refreshing;
    return result;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  onError(listener: (error: PreferencesError) => void): () => void {
    this.#errorListeners.add(listener);
    return () => void this.#errorListeners.delete(listener);
  }

  async dispose(): Promise<void> {
    if (this.#disposed) return;
    this.#disposed = true;
    this.#unwatch?.();
    await Promise.all([this.#settings, ...this.#documents.values()].map((document) => document.dispose()));
    this.#documents.clear();
    this.#listeners.clear();
    if (this.#ownsAdapter) this.adapter.dispose?.();
  }

  /** The switch changed (set here, loaded, or changed in another tab). */
  #onSettings(): void {
    const enabled = this.#settings.value.enabled;
    if (enabled === this.#enabled) return;
    this.#enabled = enabled;
    this.#notify();
    void this.#refreshAll();
  }

  #refreshAll(): Promise<void> {
    this.#refreshing = Promise.all([...this.#documents.values()].map((document) => document.refreshDefaults()));
    return this.#refreshing.then(() => undefined);
  }

  #notify(): void {
    for (const listener of [...this.#listeners]) listener();
  }
}
