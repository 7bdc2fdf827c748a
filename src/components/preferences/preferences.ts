import { ContextProvider } from '@lit/context';
import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { preferencesContext } from '../../base/preferences/context.js';
import { TkElement } from '../../base/tk-element.js';
import type { DefaultsProvider, PersonalizationContext } from '../../core/personalize/types.js';
import type { PreferencesAdapter } from '../../core/prefs/adapter.js';
import { createPreferences, type Preferences } from '../../core/prefs/store.js';
import { preferencesStyles } from './preferences.styles.js';

/**
 * Provides a preferences store to every Tailorkit component inside it, through the context protocol,
 * so it works the same in plain HTML and in any framework. A component with `persist-key` inside
 * opens its document in this store.
 *
 * Set `preferences` to a store made with `createPreferences()`, or let the element make one from
 * `adapter`, `defaults` and `context` (a localStorage store when none are set). Changing `context`
 * re-resolves personalized defaults without touching what users customized.
 *
 * @summary Provides a preferences store to the Tailorkit components inside it.
 * @slot - The components that persist through this store.
 */
export class TkPreferences extends TkElement {
  static override styles = preferencesStyles;

  private readonly provider = new ContextProvider(this, { context: preferencesContext });

  /** The store the element made (when `preferences` is not set) and what it was made from. */
  private owned?: { store: Preferences; adapter?: PreferencesAdapter; defaults?: DefaultsProvider };
  private appliedContext?: PersonalizationContext;
  private disposal?: ReturnType<typeof setTimeout>;

  /** The store to provide. When unset, the element makes one from `adapter`, `defaults` and `context`. */
  @property({ attribute: false }) preferences?: Preferences;

  /** Storage of the store the element makes (default: localStorage). Ignored when `preferences` is set. */
  @property({ attribute: false }) adapter?: PreferencesAdapter;

  /** Defaults provider of the store the element makes. Ignored when `preferences` is set. */
  @property({ attribute: false }) defaults?: DefaultsProvider;

  /** What is known about the user; applied to the provided store whenever it changes. */
  @property({ attribute: false }) context?: PersonalizationContext;

  /** The store the components inside use. */
  get store(): Preferences {
    if (this.preferences) return this.preferences;
    const { adapter, defaults, context } = this;
    if (this.owned && (this.owned.adapter !== adapter || this.owned.defaults !== defaults)) this.releaseOwned();
    if (!this.owned) {
      this.owned = { store: createPreferences({ adapter, defaults, context }), adapter, defaults };
      this.appliedContext = context;
    }
    return this.owned.store;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    clearTimeout(this.disposal);
    // Provide before the children connect and ask for it: they connect right after this element.
    this.provide();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Moving the element disconnects and reconnects it at once; only a removal lets the store go.
    this.disposal = setTimeout(() => this.releaseOwned());
  }

  protected override willUpdate(): void {
    if (this.preferences) this.releaseOwned();
    this.provide();
  }

  override render(): TemplateResult {
    return html`<slot></slot>`;
  }

  private provide(): void {
    const store = this.store;
    if (this.context && this.context !== this.appliedContext) {
      this.appliedContext = this.context;
      void store.setContext(this.context);
    }
    if (this.provider.value !== store) this.provider.setValue(store);
  }

  private releaseOwned(): void {
    if (!this.owned) return;
    void this.owned.store.dispose();
    this.owned = undefined;
    this.appliedContext = undefined;
    if (!this.isConnected) this.provider.setValue(undefined);
  }
}
