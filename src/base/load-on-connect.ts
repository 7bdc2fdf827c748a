import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LazyModule } from './lazy.js';
import type { TkLoadErrorDetail } from './tk-element.js';

export interface LoadOnConnectOptions<T> {
  /** What the module is, as `tk-load-error` names it (`editing`, `list`, …). */
  part: string;
  /** The module has arrived (once per element): build what uses it. The host re-renders next. */
  loaded: (module: T) => void;
  /** The module could not be fetched: dispatch `tk-load-error` (`this.emit('tk-load-error', detail)`). */
  failed: (detail: TkLoadErrorDetail) => void;
}

/**
 * Code an element needs once it is on the page but not to show its first frame (editing controls,
 * a virtualized list): fetched when the element connects, after the entry's own code. Until it arrives
 * the element renders what it can (`module` is `undefined`); if it cannot be fetched, `failed` is set,
 * `tk-load-error` is reported once and the element says so. `updateComplete` waits for the load, so
 * tests and hosts that await it see the finished element.
 *
 * ```ts
 * readonly #editing = new LoadOnConnectController(this, editing, {
 *   part: 'editing',
 *   loaded: (module) => (this.#editor = new module.Editor(this)),
 *   failed: (detail) => this.emit('tk-load-error', detail),
 * });
 * protected override getUpdateComplete() { return this.#editing.settled(() => super.getUpdateComplete()); }
 * ```
 */
export class LoadOnConnectController<T> implements ReactiveController {
  /** The module, once loaded. */
  module: T | undefined;
  /** The module could not be fetched (offline, a deploy in progress); a reload tries again. */
  failed = false;
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #lazy: LazyModule<T>;
  readonly #options: LoadOnConnectOptions<T>;
  #loading: Promise<void> | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, lazy: LazyModule<T>, options: LoadOnConnectOptions<T>) {
    this.#host = host;
    this.#lazy = lazy;
    this.#options = options;
    host.addController(this);
  }

  hostConnected(): void {
    void this.load();
  }

  /** Fetches the module if it is not there yet; resolves once it has arrived or failed. */
  load(): Promise<void> {
    if (this.module || this.failed) return Promise.resolve();
    return (this.#loading ??= this.#lazy.load().then(
      (module) => {
        this.module = module;
        this.#options.loaded(module);
        this.#host.requestUpdate();
      },
      (error: unknown) => {
        this.failed = true;
        this.#loading = undefined;
        this.#host.requestUpdate();
        this.#options.failed({ part: this.#options.part, error });
      },
    ));
  }

  /**
   * The host's `getUpdateComplete`: `update` is the host's own (`() => super.getUpdateComplete()`);
   * while the module is on its way, it waits for it and for the update its arrival makes.
   */
  async settled(update: () => Promise<boolean>): Promise<boolean> {
    const result = await update();
    if (this.module || this.failed || !this.#host.isConnected) return result;
    await this.load();
    return update();
  }
}
