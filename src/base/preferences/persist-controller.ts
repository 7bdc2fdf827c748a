import { ContextEvent } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type {
  DocumentOptions,
  DocumentStatus,
  Layers,
  PreferenceDocument,
  SaveResult,
  SetOptions,
} from '../../core/prefs/document.js';
import { PreferencesError } from '../../core/prefs/errors.js';
import type { Path } from '../../core/prefs/patch.js';
import type { Preferences } from '../../core/prefs/store.js';
import type * as EngineModule from './engine.js';
import { LazyModule } from '../lazy.js';
import { DEV, devWarn, looksLikeStore } from '../dev.js';
import { composedParent } from '../focus.js';
import { whenIdle } from '../idle.js';
import { preferencesContext } from './context.js';

/** Detail of `tk-preferences-error`: a document could not be loaded or saved. */
export interface TkPreferencesErrorDetail {
  /** The document's key. */
  key: string;
  error: PreferencesError;
}

/** @deprecated Use `TkPreferencesErrorDetail` (every event detail type is named `Tk…Detail`). */
export type PreferencesErrorDetail = TkPreferencesErrorDetail;

declare module '../tk-element.js' {
  interface TkEventDetailMap {
    'tk-preferences-error': TkPreferencesErrorDetail;
  }
}

/** `SetOptions` plus when to apply the change. */
export interface PersistSetOptions extends SetOptions {
  /**
   * `'idle'` applies the change in the next idle moment (or at `flush()`), so a gesture that moves
   * hundreds of widgets shows before it is written; a newer idle change replaces a waiting one.
   * Default: now.
   */
  when?: 'now' | 'idle';
}

/** Longest a change set `{ when: 'idle' }` waits for an idle moment. */
const IDLE_TIMEOUT_MS = 100;

/** A component that persists: it declares these two properties (`persist-key` attribute, `preferences` object). */
export interface PersistHost extends ReactiveControllerHost, HTMLElement {
  /** The document key. Without one, customizations live only as long as the element. */
  persistKey?: string | null;
  /** A store set on the component directly; it wins over an enclosing `<tk-preferences>`. */
  preferences?: Preferences;
}

const PROVIDER_TAG = 'tk-preferences';
/** How long an enclosing `<tk-preferences>` may stay undefined before development builds say so. */
const UNDEFINED_PROVIDER_GRACE_MS = 2000;

type Engine = typeof EngineModule;

/** The stores a component makes for itself (embedded and in-memory), loaded once per page. */
const engine = /* @__PURE__ */ new LazyModule<Engine>(() => import('./engine.js'));

let embedded: Preferences | undefined;

/** The store of components with a `persist-key` but no provider: localStorage, created on first use. */
function embeddedPreferences({ createPreferences }: Engine): Preferences {
  return (embedded ??= createPreferences());
}

/**
 * Binds a component's `persist-key` to a preferences document: the one way components persist.
 *
 * The store comes from the host's `preferences` property, else the nearest `<tk-preferences>`, else
 * an embedded localStorage store. The controller re-renders the host on every change (local, other
 * tab, personalized defaults, status) and makes it dispatch `tk-preferences-error` on problems.
 *
 * The embedded and in-memory stores load with the preferences engine on first use. Until the
 * document is open the controller reports `loading` and the defaults, and changes made meanwhile
 * are applied to the document, in order, once it is. If the engine cannot be fetched (offline, a
 * deploy in progress) the status is `degraded`, the defaults show, changes resolve as `unavailable`
 * and the host dispatches `tk-preferences-error`. Connecting the host again asks again, though
 * browsers may keep a failed import for the life of the page.
 *
 * ```ts
 * class TkThing extends TkElement {
 *   private readonly persist = new PersistController(this, { version: 1, defaults: { columns: [] } });
 *   @property({ attribute: 'persist-key' }) persistKey?: string;
 *   @property({ attribute: false }) preferences?: Preferences;
 *   // a discrete change:         this.persist.set(next)
 *   // during a drag:             this.persist.stage(next)  …then on drop: this.persist.commit()
 *   // drag cancelled (Escape):   this.persist.revert()
 * }
 * ```
 */
export class PersistController<T> implements ReactiveController {
  readonly #host: PersistHost;
  readonly #options: DocumentOptions<T>;
  #provided?: Preferences;
  /** A `<tk-preferences>` encloses the host but has no store for it yet. */
  #awaitingProvider = false;
  #unsubscribeContext?: () => void;
  #local?: Preferences;
  #store?: Preferences;
  #bound?: PreferenceDocument<T>;
  /** Stops listening to the bound document; set only while the host is connected, so removed hosts can be collected. */
  #unlisten?: () => void;
  /** Changes made before a document was open, applied to it in order once it is. */
  #early: { run(document: PreferenceDocument<T>): void; fail(error: PreferencesError): void }[] = [];
  /** Why there is no document: the preferences engine could not be loaded. */
  #unavailable?: PreferencesError;
  /** A change waiting for an idle moment (`set(next, { when: 'idle' })`). */
  #idle?: {
    next: T;
    options: SetOptions;
    /** Cancels the idle callback. */
    cancel: () => void;
    resolve: (result: SaveResult | PromiseLike<SaveResult>) => void;
  };

  constructor(host: PersistHost, options: DocumentOptions<T>) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /**
   * The document in use: the persisted one, or an in-memory one without `persist-key` or store.
   * Undefined while the preferences engine loads (see `ready`).
   */
  get document(): PreferenceDocument<T> | undefined {
    return this.#bind();
  }

  /** Resolves once the document in use is open and loaded; rejects if the engine cannot be loaded. */
  get ready(): Promise<PreferenceDocument<T>> {
    const document = this.#bind();
    if (document) return document.ready;
    if (this.#unavailable) return Promise.reject(this.#unavailable);
    return engine.load().then(() => this.ready);
  }

  /** The effective value; the defaults until the document is open. */
  get value(): T {
    return this.document?.value ?? this.#options.defaults;
  }

  /** `loading` also while an enclosing `<tk-preferences>` is not ready to provide a store. */
  get status(): DocumentStatus {
    const document = this.document;
    if (!document) return this.#unavailable ? 'degraded' : 'loading';
    return this.#awaitingProvider && this.#host.persistKey ? 'loading' : document.status;
  }

  get layers(): Layers<T> {
    const { defaults } = this.#options;
    return (
      this.document?.layers ?? {
        library: defaults,
        personalized: undefined,
        base: defaults,
        user: undefined,
        personalization: true,
      }
    );
  }

  get lastError(): PreferencesError | undefined {
    return this.document?.lastError ?? this.#unavailable;
  }

  hostConnected(): void {
    this.#unavailable = undefined;
    this.#requestStore();
    this.#bind();
  }

  hostUpdate(): void {
    this.#bind();
  }

  hostDisconnected(): void {
    this.flush();
    this.#unsubscribeContext?.();
    this.#unsubscribeContext = undefined;
    this.#stopListening();
  }

  /** A discrete change (toggle, pick, drop): applied at once, written once per task. */
  set(next: T, options: PersistSetOptions = {}): Promise<SaveResult> {
    const { when, ...rest } = options;
    if (when === 'idle') return this.#setWhenIdle(next, rest);
    // A change made now supersedes one still waiting for an idle moment.
    this.#dropIdle();
    return this.#apply((document) => document.set(next, rest));
  }

  /** Whether a change set `{ when: 'idle' }` is still waiting to be applied. */
  get pending(): boolean {
    return this.#idle !== undefined;
  }

  /** Applies (and so writes) a change waiting for an idle moment now: before input, on leaving the page. */
  flush(): void {
    const idle = this.#idle;
    if (!idle) return;
    this.#dropIdle();
    idle.resolve(this.#apply((document) => document.set(idle.next, idle.options)));
  }

  #setWhenIdle(next: T, options: SetOptions): Promise<SaveResult> {
    const previous = this.#idle;
    return new Promise((resolve) => {
      // The newer value replaces a waiting one; both callers hear how the write went.
      this.#idle = {
        next,
        options,
        cancel: previous?.cancel ?? whenIdle(() => this.flush(), IDLE_TIMEOUT_MS),
        resolve: (result) => {
          previous?.resolve(result);
          resolve(result);
        },
      };
    });
  }

  #dropIdle(): void {
    this.#idle?.cancel();
    this.#idle = undefined;
  }

  /** A change in the middle of a gesture: shown at once, written by `commit()`. */
  stage(next: T): Promise<SaveResult> {
    return this.#apply((document) => document.set(next, { commit: false }));
  }

  update(recipe: (draft: T) => T | void, options?: SetOptions): Promise<SaveResult> {
    return this.#apply((document) => document.update(recipe, options));
  }

  /** Ends a gesture: one write for everything staged. */
  commit(): Promise<SaveResult> {
    return this.#apply((document) => document.commit());
  }

  /** Cancels a gesture: back to the last committed value. */
  revert(): void {
    void this.#apply((document) => document.revert());
  }

  reset(path?: Path): Promise<SaveResult> {
    if (path === undefined) this.#dropIdle();
    return this.#apply((document) => document.reset(path));
  }

  /** Whether the user's value differs from the defaults (never while the document is not open). */
  isCustomized(path?: Path): boolean {
    return this.document?.isCustomized(path) ?? false;
  }

  /** Runs a change on the document, or once it is open. */
  #apply<R>(change: (document: PreferenceDocument<T>) => R): Promise<Awaited<R>> {
    const document = this.#bind();
    if (document) return Promise.resolve(change(document));
    const refused = (error: PreferencesError) => ({ status: 'unavailable', error }) as Awaited<R>;
    if (this.#unavailable) return Promise.resolve(refused(this.#unavailable));
    return new Promise((resolve, reject) => {
      this.#early.push({
        run: (opened) => {
          try {
            resolve(change(opened) as Awaited<R>);
          } catch (error) {
            reject(error instanceof Error ? error : new Error(String(error)));
          }
        },
        fail: (error) => resolve(refused(error)),
      });
    });
  }

  /** Opens the document the host should show now, if that changed; undefined while the engine loads. */
  #bind(): PreferenceDocument<T> | undefined {
    const key = this.#host.persistKey;
    let store = this.#host.preferences ?? this.#provided;
    // A `<tk-preferences>` around the host will provide the store: nothing to load meanwhile.
    if (!store && key && this.#awaitingProvider) return undefined;
    const embeddedWanted = !store && key && this.#host.isConnected;
    const loaded = engine.loaded;
    if ((embeddedWanted || !store || !key) && !loaded) {
      if (!this.#unavailable) {
        engine.load().then(
          () => this.#bind(),
          (error: unknown) => this.#engineFailed(error),
        );
      }
      return undefined;
    }
    if (DEV && this.#host.preferences !== undefined && !looksLikeStore(this.#host.preferences)) {
      devWarn(
        `shape:${this.#host.localName}`,
        `<${this.#host.localName}>.preferences is not a preferences store; make it with createPreferences({ adapter, defaults, context }).`,
      );
    }
    if (!store && embeddedWanted) {
      devWarn(
        'embedded',
        `<${this.#host.localName} persist-key="${key}"> has no <tk-preferences> around it and no preferences property, so it stores in this browser's localStorage under "tailorkit:". Put it inside <tk-preferences> to choose the storage (adapter, namespace, endpoint) and personalized defaults.`,
      );
      store = embeddedPreferences(loaded!);
    }
    if (!store || !key) store = this.#local ??= loaded!.createPreferences({ adapter: new loaded!.MemoryAdapter() });
    const documentKey = store === this.#local ? 'unpersisted' : key!;
    if (!this.#bound || this.#store !== store || this.#bound.key !== documentKey) {
      this.#stopListening();
      this.#store = store;
      this.#bound = store.open(documentKey, this.#options);
      this.#host.requestUpdate();
    }
    const bound = this.#bound;
    if (!this.#unlisten && this.#host.isConnected) this.#listen(bound);
    const early = this.#early;
    this.#early = [];
    for (const change of early) change.run(bound);
    return bound;
  }

  /** No engine, so no document: say so once, refuse what waited, and show the defaults. */
  #engineFailed(error: unknown): void {
    if (this.#unavailable || engine.loaded) return;
    const key = this.#host.persistKey || 'unpersisted';
    const reason = error instanceof Error ? error.message : String(error);
    this.#unavailable = new PreferencesError(
      'unavailable',
      key,
      `The preferences engine could not be loaded (${reason}); defaults are shown and changes are not saved.`,
    );
    const early = this.#early;
    this.#early = [];
    for (const change of early) change.fail(this.#unavailable);
    const detail: TkPreferencesErrorDetail = { key, error: this.#unavailable };
    this.#host.dispatchEvent(new CustomEvent('tk-preferences-error', { detail, bubbles: true, composed: true }));
    this.#host.requestUpdate();
  }

  /** Follows the document; catches up first, as it may have changed while the host was away. */
  #listen(document: PreferenceDocument<T>): void {
    this.#host.requestUpdate();
    const offChange = document.subscribe(() => this.#host.requestUpdate());
    const offError = document.onError((error) => {
      const detail: TkPreferencesErrorDetail = { key: document.key, error };
      this.#host.dispatchEvent(new CustomEvent('tk-preferences-error', { detail, bubbles: true, composed: true }));
    });
    this.#unlisten = () => {
      offChange();
      offError();
    };
  }

  #stopListening(): void {
    this.#unlisten?.();
    this.#unlisten = undefined;
  }

  #requestStore(): void {
    let answered = false;
    const callback = (store: Preferences | undefined, unsubscribe?: () => void): void => {
      answered = true;
      if (unsubscribe !== this.#unsubscribeContext) this.#unsubscribeContext?.();
      this.#unsubscribeContext = unsubscribe;
      this.#provided = store;
      this.#awaitingProvider = !store;
      if (this.#host.isConnected) this.#bind();
    };
    this.#host.dispatchEvent(new ContextEvent(preferencesContext, this.#host, callback, true));
    if (answered || !customElements || customElements.get(PROVIDER_TAG) || !enclosedByProvider(this.#host)) return;
    // A <tk-preferences> encloses the host but is not defined yet: ask again once it is.
    this.#awaitingProvider = true;
    if (DEV) {
      setTimeout(() => {
        if (this.#awaitingProvider && !customElements.get(PROVIDER_TAG)) {
          devWarn(
            'undefined-provider',
            `<${PROVIDER_TAG}> encloses <${this.#host.localName}> but is not defined, so nothing is loaded or saved yet. Import 'tailorkit/components/preferences/define' (or 'tailorkit/define', or the autoloader).`,
          );
        }
      }, UNDEFINED_PROVIDER_GRACE_MS);
    }
    void customElements.whenDefined(PROVIDER_TAG).then(() => {
      if (this.#host.isConnected && !this.#provided) this.#requestStore();
    });
  }
}

function enclosedByProvider(element: Element): boolean {
  let node: Node | null = element;
  while (node) {
    node = composedParent(node);
    if (node instanceof Element && node.localName === PROVIDER_TAG) return true;
  }
  return false;
}
