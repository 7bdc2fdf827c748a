import type { DocumentOptions, DocumentStatus, Layers } from '../../core/prefs/document.js';
import type { Path } from '../../core/prefs/patch.js';
import type { PersistController, PersistHost, PersistSetOptions } from '../../base/preferences/persist-controller.js';
import { LazyModule } from '../../base/lazy.js';

/** The binding to a preferences document, loaded with the engine it opens documents with. */
const binding = /* @__PURE__ */ new LazyModule(() => import('../../base/preferences/persist-controller.js'));

/**
 * A dashboard's `PersistController`, loaded on use, as the preferences engine it opens documents
 * with is: neither is in the code a page loads up front. (The controller decides whether the engine
 * is needed at all, e.g. not when a `<tk-preferences>` provides the store, so it is not fetched
 * ahead of it.)
 *
 * Until the controller is there this answers as a document that is loading (the defaults, no user
 * layer), and keeps the latest change to hand it over; if its code cannot be fetched the status is
 * `degraded` and changes stay in memory.
 */
export class LazyPersistence<T> {
  /** Settles once the controller is made (or its code could not be loaded). */
  readonly ready: Promise<void>;
  readonly #options: DocumentOptions<T>;
  readonly #layers: Layers<T>;
  #controller: PersistController<T> | undefined;
  #failed = false;
  /** The latest change (or a reset) made before the controller was there. */
  #unsaved: { next: T; options: PersistSetOptions } | 'reset' | undefined;

  constructor(host: PersistHost, options: DocumentOptions<T>, failed: (error: unknown) => void) {
    this.#options = options;
    const { defaults } = options;
    this.#layers = {
      library: defaults,
      personalized: undefined,
      base: defaults,
      user: undefined,
      personalization: true,
    };
    this.ready = binding.load().then(
      ({ PersistController }) => {
        const controller = new PersistController(host, options);
        this.#controller = controller;
        const unsaved = this.#unsaved;
        this.#unsaved = undefined;
        if (unsaved === 'reset') void controller.reset();
        else if (unsaved) void controller.set(unsaved.next, unsaved.options);
        host.requestUpdate();
      },
      (error: unknown) => {
        this.#failed = true;
        failed(error);
        host.requestUpdate();
      },
    );
  }

  get value(): T {
    return this.#controller ? this.#controller.value : this.#options.defaults;
  }

  get status(): DocumentStatus {
    return this.#controller?.status ?? (this.#failed ? 'degraded' : 'loading');
  }

  get layers(): Layers<T> {
    return this.#controller?.layers ?? this.#layers;
  }

  /** Whether a change waits to be applied (an idle one, or one made before the controller came). */
  get pending(): boolean {
    return this.#controller ? this.#controller.pending : this.#unsaved !== undefined && this.#unsaved !== 'reset';
  }

  set(next: T, options: PersistSetOptions = {}): void {
    if (this.#controller) void this.#controller.set(next, options);
    else if (!this.#failed) this.#unsaved = { next, options };
  }

  flush(): void {
    this.#controller?.flush();
  }

  reset(): void {
    if (this.#controller) void this.#controller.reset();
    else if (!this.#failed) this.#unsaved = 'reset';
  }

  isCustomized(path?: Path): boolean {
    return this.#controller?.isCustomized(path) ?? false;
  }
}
