/**
 * A module a component loads on first use, once per page: `load()` imports it (after a failure the
 * next `load()` asks again, though browsers may keep a failed import for the page's life), and
 * `loaded` is the module once it has arrived, for code that must not wait.
 *
 * ```ts
 * const editing = new LazyModule(() => import('./editing.js'));
 * editing.load().then((module) => ..., (error) => ...);
 * if (editing.loaded) ...
 * ```
 */
export class LazyModule<T> {
  /** The module, once loaded. */
  loaded: T | undefined;
  #loading: Promise<T> | undefined;
  readonly #importer: () => Promise<T>;

  constructor(importer: () => Promise<T>) {
    this.#importer = importer;
  }

  load(): Promise<T> {
    return (this.#loading ??= this.#importer().then(
      (module) => (this.loaded = module),
      (error: unknown) => {
        this.#loading = undefined;
        throw error;
      },
    ));
  }
}
