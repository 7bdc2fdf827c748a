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
import type { PreferencesError } from '../../core/prefs/errors.js';
import { MemoryAdapter } from '../../core/prefs/memory-adapter.js';
import type { Path } from '../../core/prefs/patch.js';
import { createPreferences, type Preferences } from '../../core/prefs/store.js';
import { preferencesContext } from './context.js';

export interface PreferencesErrorDetail {
  key: string;
  error: PreferencesError;
}

declare module '../tk-element.js' {
  interface TkEventDetailMap {
    'tk-preferences-error': PreferencesErrorDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-preferences-error': CustomEvent<PreferencesErrorDetail>;
  }
}

/** A component that persists: it declares these two properties (`persist-key` attribute, `preferences` object). */
export interface PersistHost extends ReactiveControllerHost, HTMLElement {
  /** The document key. Without one, customizations live only as long as the element. */
  persistKey?: string | null;
  /** A store set on the component directly; it wins over an enclosing `<tk-preferences>`. */
  preferences?: Preferences;
}

const PROVIDER_TAG = 'tk-preferences';

let embedded: Preferences | undefined;

/** The store of components with a `persist-key` but no provider: localStorage, created on first use. */
function embeddedPreferences(): Preferences {
  return (embedded ??= createPreferences());
}

/**
 * Binds a component's `persist-key` to a preferences document: the one way components persist.
 *
 * The store comes from the host's `preferences` property, else the nearest `<tk-preferences>`, else
 * an embedded localStorage store. The controller re-renders the host on every change (local, other
 * tab, personalized defaults, status) and makes it dispatch `tk-preferences-error` on problems.
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
  private readonly host: PersistHost;
  private readonly options: DocumentOptions<T>;
  private provided?: Preferences;
  /** A `<tk-preferences>` encloses the host but has no store for it yet. */
  private awaitingProvider = false;
  private unsubscribeContext?: () => void;
  private local?: Preferences;
  private store?: Preferences;
  private bound?: PreferenceDocument<T>;
  /** Stops listening to the bound document; set only while the host is connected, so removed hosts can be collected. */
  private unlisten?: () => void;

  constructor(host: PersistHost, options: DocumentOptions<T>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  /** The document in use: the persisted one, or an in-memory one without `persist-key` or store. */
  get document(): PreferenceDocument<T> {
    return this.bind();
  }

  get value(): T {
    return this.document.value;
  }

  /** `loading` also while an enclosing `<tk-preferences>` is not ready to provide a store. */
  get status(): DocumentStatus {
    return this.awaitingProvider && this.host.persistKey ? 'loading' : this.document.status;
  }

  get layers(): Layers<T> {
    return this.document.layers;
  }

  get lastError(): PreferencesError | undefined {
    return this.document.lastError;
  }

  hostConnected(): void {
    this.requestStore();
    this.bind();
  }

  hostUpdate(): void {
    this.bind();
  }

  hostDisconnected(): void {
    this.unsubscribeContext?.();
    this.unsubscribeContext = undefined;
    this.stopListening();
  }

  /** A discrete change (toggle, pick, drop): applied at once, written once per task. */
  set(next: T, options?: SetOptions): Promise<SaveResult> {
    return this.document.set(next, options);
  }

  /** A change in the middle of a gesture: shown at once, written by `commit()`. */
  stage(next: T): Promise<SaveResult> {
    return this.document.set(next, { commit: false });
  }

  update(recipe: (draft: T) => T | void, options?: SetOptions): Promise<SaveResult> {
    return this.document.update(recipe, options);
  }

  /** Ends a gesture: one write for everything staged. */
  commit(): Promise<SaveResult> {
    return this.document.commit();
  }

  /** Cancels a gesture: back to the last committed value. */
  revert(): void {
    this.document.revert();
  }

  reset(path?: Path): Promise<SaveResult> {
    return this.document.reset(path);
  }

  isCustomized(path?: Path): boolean {
    return this.document.isCustomized(path);
  }

  /** Opens the document the host should show now, if that changed. */
  private bind(): PreferenceDocument<T> {
    const key = this.host.persistKey;
    let store = this.host.preferences ?? this.provided;
    if (!store && !this.awaitingProvider && key && this.host.isConnected) store = embeddedPreferences();
    if (!store || !key) store = this.local ??= createPreferences({ adapter: new MemoryAdapter() });
    const documentKey = store === this.local ? 'unpersisted' : key!;
    if (!this.bound || this.store !== store || this.bound.key !== documentKey) {
      this.stopListening();
      this.store = store;
      this.bound = store.open(documentKey, this.options);
      this.host.requestUpdate();
    }
    if (!this.unlisten && this.host.isConnected) this.listen(this.bound);
    return this.bound;
  }

  /** Follows the document; catches up first, as it may have changed while the host was away. */
  private listen(document: PreferenceDocument<T>): void {
    this.host.requestUpdate();
    const offChange = document.subscribe(() => this.host.requestUpdate());
    const offError = document.onError((error) => {
      const detail: PreferencesErrorDetail = { key: document.key, error };
      this.host.dispatchEvent(new CustomEvent('tk-preferences-error', { detail, bubbles: true, composed: true }));
    });
    this.unlisten = () => {
      offChange();
      offError();
    };
  }

  private stopListening(): void {
    this.unlisten?.();
    this.unlisten = undefined;
  }

  private requestStore(): void {
    let answered = false;
    const callback = (store: Preferences | undefined, unsubscribe?: () => void): void => {
      answered = true;
      if (unsubscribe !== this.unsubscribeContext) this.unsubscribeContext?.();
      this.unsubscribeContext = unsubscribe;
      this.provided = store;
      this.awaitingProvider = !store;
      if (this.host.isConnected) this.bind();
    };
    this.host.dispatchEvent(new ContextEvent(preferencesContext, this.host, callback, true));
    if (answered || !customElements || customElements.get(PROVIDER_TAG) || !enclosedByProvider(this.host)) return;
    // A <tk-preferences> encloses the host but is not defined yet: ask again once it is.
    this.awaitingProvider = true;
    void customElements.whenDefined(PROVIDER_TAG).then(() => {
      if (this.host.isConnected && !this.provided) this.requestStore();
    });
  }
}

function enclosedByProvider(element: Element): boolean {
  let node: Node | null = element;
  while (node) {
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
    if (node instanceof Element && node.localName === PROVIDER_TAG) return true;
  }
  return false;
}
