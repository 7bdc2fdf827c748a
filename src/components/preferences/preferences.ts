import { ContextProvider } from '@lit/context';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { reportConfigError } from '../../base/config-error.js';
import { checkProviderShapes } from '../../base/dev.js';
import { preferencesContext } from '../../base/preferences/context.js';
import { TkElement } from '../../base/tk-element.js';
import type { Rule } from '../../core/personalize/rules.js';
import type { DefaultsProvider, PersonalizationContext } from '../../core/personalize/types.js';
import type { PreferencesAdapter } from '../../core/prefs/adapter.js';
import { createPreferences, type Preferences } from '../../core/prefs/store.js';
import {
  adapterFromAttributes,
  contextFromAttributes,
  defaultsFromRules,
  type AdapterName,
  type Configured,
} from './preferences-config.js';
import { preferencesStyles } from './preferences.styles.js';

/** What the element's own store is made from, compared on every update to know when to remake it. */
interface StoreSource {
  /** The adapter object, or the attribute values an adapter is made from. */
  adapterKey: unknown;
  defaults?: DefaultsProvider;
}

/**
 * Provides a preferences store to every Tailorkit component inside it, through the context protocol,
 * so it works the same in plain HTML and in any framework. A component with `persist-key` inside
 * opens its document in this store.
 *
 * In plain HTML, attributes are enough:
 *
 * ```html
 * <tk-preferences adapter="local" namespace="acme" data-role="sales" data-user-id="u42">
 *   <tk-dashboard persist-key="home">…</tk-dashboard>
 * </tk-preferences>
 * <tk-preferences adapter="http" endpoint="/api/prefs" context='{"role":"sales","interests":["reporting"]}'>…</tk-preferences>
 * ```
 *
 * From script, set `preferences` to a store made with `createPreferences()`, or set `adapter` to an
 * adapter object and `defaults` to a defaults provider. Changing the context (the `context`
 * attribute or property, or a `data-*` attribute) re-resolves personalized defaults without touching
 * what users customized. A value the element cannot use is reported with `tk-config-error` and on
 * the console; it then keeps customizations in memory rather than in storage the page did not ask for.
 *
 * @summary Provides a preferences store to the Tailorkit components inside it.
 * @slot - The components that persist through this store.
 * @event {CustomEvent<TkConfigErrorDetail>} tk-config-error - An attribute or property value cannot be used (unknown adapter, missing or non-http endpoint, context or rules that are not valid JSON); `message` says what the element does instead.
 */
export class TkPreferences extends TkElement {
  static override styles = preferencesStyles;

  readonly #provider = new ContextProvider(this, { context: preferencesContext });

  /** The store the element made (when `preferences` is not set) and what it was made from. */
  #owned?: { store: Preferences; source: StoreSource; adapter?: PreferencesAdapter };
  #appliedContext?: string;
  #disposal?: ReturnType<typeof setTimeout>;
  /** Watches `data-*` attributes, which are part of the context. */
  #dataObserver?: MutationObserver;
  /** The last parse of each configuration input and what came of it, so each problem is reported once. */
  readonly #parsed = new Map<string, { parts: readonly unknown[]; result: Configured<unknown> }>();

  /** The store to provide. When unset, the element makes one from its other properties. */
  @property({ attribute: false }) preferences?: Preferences;

  /**
   * Storage of the store the element makes: `local` (localStorage, the default), `indexeddb`,
   * `http` (with `endpoint`) or `memory`; from script, also any adapter object. Ignored when
   * `preferences` is set. The IndexedDB and HTTP adapters' code loads when the store first reads.
   */
  @property() adapter?: AdapterName | PreferencesAdapter;

  /** Prefix of stored keys with `adapter="local"` (`acme:home`), database name with `indexeddb`. Default `tailorkit`. */
  @property() namespace?: string;

  /** Base URL of the preferences endpoint for `adapter="http"` (documents at `{endpoint}/documents/{key}`). Implies `http` when `adapter` is absent. */
  @property() endpoint?: string;

  /** Defaults provider of the store the element makes; wins over `rules`. Ignored when `preferences` is set. */
  @property({ attribute: false }) defaults?: DefaultsProvider;

  /**
   * Personalized defaults as rules, first match wins, given as JSON in the attribute:
   * `[{"when":{"role":"sales"},"reason":"Suggested for the Sales role","values":{"home":{…}}}]`.
   */
  @property() rules?: readonly Rule[] | string;

  /**
   * What is known about the user, as an object or as JSON in the attribute (`{"role":"sales"}`),
   * over the values of the element's `data-*` attributes (`data-role="sales"`). Applied to the
   * provided store whenever it changes.
   */
  @property() context?: PersonalizationContext | string;

  /** The store the components inside use. */
  get store(): Preferences {
    if (this.preferences) return this.preferences;
    const source = this.#storeSource();
    const owned = this.#owned;
    if (owned && (owned.source.adapterKey !== source.adapterKey || owned.source.defaults !== source.defaults)) {
      this.#releaseOwned();
    }
    if (!this.#owned) {
      const adapter = this.#configuredAdapter();
      const context = this.#configuredContext();
      this.#owned = { store: createPreferences({ adapter, defaults: source.defaults, context }), source };
      if (adapter !== this.adapter) this.#owned.adapter = adapter;
      this.#appliedContext = JSON.stringify(context);
    }
    return this.#owned.store;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    clearTimeout(this.#disposal);
    this.#dataObserver ??= new MutationObserver(() => this.requestUpdate());
    this.#dataObserver.observe(this, { attributes: true });
    // Provide before the children connect and ask for it: they connect right after this element.
    this.#provide();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#dataObserver?.disconnect();
    // Moving the element disconnects and reconnects it at once; only a removal lets the store go.
    this.#disposal = setTimeout(() => this.#releaseOwned());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    checkProviderShapes(this);
    if (this.preferences) this.#releaseOwned();
    // Only a connected element provides: a server renderer updates elements that are in no document.
    if (this.isConnected) this.#provide();
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  #provide(): void {
    const store = this.store;
    const context = this.#configuredContext();
    const key = JSON.stringify(context);
    // A store given through `preferences` keeps its own context unless this element states one.
    const stated = this.context !== undefined || Object.keys(this.dataset).length > 0;
    if (stated && key !== this.#appliedContext) {
      this.#appliedContext = key;
      void store.setContext(context);
    }
    if (this.#provider.value !== store) this.#provider.setValue(store);
  }

  #storeSource(): StoreSource {
    const { adapter, namespace, endpoint, rules } = this;
    const adapterKey = typeof adapter === 'object' ? adapter : JSON.stringify([adapter, namespace, endpoint]);
    const defaults =
      this.defaults ??
      (rules === undefined ? undefined : this.#configured('rules', [rules], () => defaultsFromRules(rules)));
    return { adapterKey, defaults };
  }

  #configuredAdapter(): PreferencesAdapter | undefined {
    const { adapter, namespace, endpoint } = this;
    if (typeof adapter === 'object') return adapter;
    if (adapter === undefined && namespace === undefined && endpoint === undefined) return undefined;
    // A fresh adapter per store: the store is remade only when these attributes change.
    const made = adapterFromAttributes({ adapter, namespace, endpoint }, this.ownerDocument.baseURI);
    for (const detail of made.errors) reportConfigError(this, detail);
    return made.value;
  }

  #configuredContext(): PersonalizationContext {
    const dataset = { ...this.dataset };
    return this.#configured('context', [this.context, JSON.stringify(dataset)], () =>
      contextFromAttributes(this.context, dataset),
    );
  }

  /** Parses an input once per distinct value (compared part by part), reporting its problems that once. */
  #configured<T>(name: string, parts: readonly unknown[], parse: () => Configured<T>): T {
    const last = this.#parsed.get(name);
    if (last && last.parts.every((part, i) => part === parts[i])) return last.result.value as T;
    const result = parse();
    this.#parsed.set(name, { parts, result });
    for (const detail of result.errors) reportConfigError(this, detail);
    return result.value;
  }

  #releaseOwned(): void {
    if (!this.#owned) return;
    const { store, adapter } = this.#owned;
    void store.dispose().then(() => adapter?.dispose?.());
    this.#owned = undefined;
    this.#appliedContext = undefined;
    if (!this.isConnected) this.#provider.setValue(undefined);
  }
}
