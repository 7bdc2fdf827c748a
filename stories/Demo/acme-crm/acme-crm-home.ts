// The Acme CRM home page, as a host application would build it around tk-dashboard: it owns the
// preferences store and the user's role, hands the dashboard a widget catalog, and shows what the
// dashboard keeps in storage. Demo-only; not part of the package.
import { LitElement, css, html, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { createPreferences, type Preferences } from '../../../src/core/prefs/store.js';
import { LocalStorageAdapter } from '../../../src/core/prefs/local-storage-adapter.js';
import type { Layers, PreferenceDocument } from '../../../src/core/prefs/document.js';
import type { DashboardPreferences, TkDashboard } from '../../../src/components/dashboard/index.js';
import '../../../src/components/dashboard/define.js';
import '../../../src/components/preferences/define.js';
import { defineAcmeWidgets } from './widgets.js';
import { acmeBreakpoints, acmeCatalog, acmeDefaults, HOME_KEY, roles, type Role } from './acme-data.js';

let localStore: Preferences | undefined;

/**
 * The store the catalog page uses: this browser's localStorage, so what a visitor arranges survives a
 * reload. One per page, so re-rendering the story keeps it.
 */
export function acmeLocalStore(): Preferences {
  return (localStore ??= createPreferences({
    adapter: new LocalStorageAdapter({ namespace: 'tailorkit-storybook' }),
    defaults: acmeDefaults,
    context: { userId: 'storybook-user', role: 'sales' },
  }));
}

/** The same document options the dashboard opens its `persist-key` with; the first `open` decides them. */
const documentOptions = { version: 1, defaults: { layouts: {}, widgets: [], removed: [] } as DashboardPreferences };

/** Indented JSON with each flat record (a layout entry, a widget) on one line, so a layout reads as a table. */
function json(value: unknown): string {
  if (value === undefined) return '(nothing)';
  return JSON.stringify(value, null, 2).replace(
    /\{\n([^{}[\]]*?)\n\s*\}/g,
    (_, body: string) =>
      `{ ${body
        .split('\n')
        .map((line) => line.trim())
        .join(' ')} }`,
  );
}

/**
 * The Acme CRM home: a role switcher, the personalized dashboard and a "What is stored" panel.
 * Set `preferences` to use another store (tests use a memory one); without it the page uses
 * `acmeLocalStore()`.
 */
export class AcmeCrmHome extends LitElement {
  static override styles = css`
    :host {
      display: block;
      font-family: var(--tk-font-body, system-ui, sans-serif);
      color: var(--tk-color-text, CanvasText);
      background: var(--tk-color-surface, Canvas);
    }
    header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--tk-space-3, 0.75rem);
      padding-block: var(--tk-space-3, 0.75rem);
      padding-inline: var(--tk-space-4, 1rem);
      border-block-end: 1px solid var(--tk-color-border, GrayText);
      background: var(--tk-color-surface-raised, Canvas);
    }
    h1 {
      margin: 0;
      font-size: var(--tk-font-size-l, 1.25rem);
    }
    .logo {
      display: inline-block;
      margin-inline-end: var(--tk-space-2, 0.5rem);
      color: var(--tk-color-brand-text, LinkText);
    }
    .role {
      display: flex;
      align-items: center;
      gap: var(--tk-space-2, 0.5rem);
      font-size: var(--tk-font-size-s, 0.875rem);
    }
    select,
    button {
      font: inherit;
      font-size: var(--tk-font-size-s, 0.875rem);
      min-block-size: var(--tk-control-height, 2.25rem);
      padding-inline: var(--tk-space-3, 0.75rem);
      color: var(--tk-color-text, ButtonText);
      background: var(--tk-color-surface, Field);
      border: 1px solid var(--tk-color-border-strong, ButtonBorder);
      border-radius: var(--tk-radius-m, 6px);
    }
    button {
      cursor: pointer;
    }
    button:hover {
      background: var(--tk-color-surface-hover, ButtonFace);
    }
    button[aria-pressed='true'] {
      color: var(--tk-color-on-brand, HighlightText);
      background: var(--tk-color-brand, Highlight);
      border-color: var(--tk-color-brand, Highlight);
    }
    select:focus-visible,
    button:focus-visible,
    pre:focus-visible {
      outline: var(--tk-focus-ring-width, 2px) solid var(--tk-color-focus, Highlight);
      outline-offset: 2px;
    }
    main {
      display: grid;
      gap: var(--tk-space-5, 1.5rem);
      padding: var(--tk-space-4, 1rem);
    }
    h2 {
      margin: 0 0 var(--tk-space-2, 0.5rem);
      font-size: var(--tk-font-size-m, 1rem);
    }
    h3 {
      margin: 0 0 var(--tk-space-1, 0.25rem);
      font-size: var(--tk-font-size-s, 0.875rem);
    }
    .stored {
      padding: var(--tk-space-4, 1rem);
      border: 1px solid var(--tk-color-border, GrayText);
      border-radius: var(--tk-radius-l, 10px);
      background: var(--tk-color-surface-raised, Canvas);
    }
    .layers {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: var(--tk-space-3, 0.75rem);
    }
    .note,
    .layers p {
      margin: 0 0 var(--tk-space-2, 0.5rem);
      font-size: var(--tk-font-size-xs, 0.75rem);
      color: var(--tk-color-text-muted, CanvasText);
    }
    pre {
      margin: 0;
      max-block-size: 18rem;
      overflow: auto;
      padding: var(--tk-space-2, 0.5rem);
      border-radius: var(--tk-radius-m, 6px);
      background: var(--tk-color-surface-sunken, Canvas);
      font-family: var(--tk-font-mono, monospace);
      font-size: var(--tk-font-size-xs, 0.75rem);
      white-space: pre;
    }
  `;

  @query('tk-dashboard') private dashboard!: TkDashboard;

  /** @internal The dashboard's preferences document, opened once the dashboard has opened it. */
  @state() private document?: PreferenceDocument<DashboardPreferences>;
  /** @internal Edit mode of the dashboard. */
  @state() private editing = false;

  /** The preferences store; defaults to `acmeLocalStore()`. */
  @property({ attribute: false }) preferences?: Preferences;

  private unsubscribe: (() => void)[] = [];
  private watched?: Preferences;

  private get store(): Preferences {
    return this.preferences ?? acmeLocalStore();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) void this.watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unwatch();
  }

  protected override updated(): void {
    if (this.store !== this.watched) void this.watch();
  }

  /** Follows the role (which may change in another tab) and the dashboard's document. */
  private async watch(): Promise<void> {
    const store = this.store;
    this.watched = store;
    // The dashboard opens its document when it binds to the store; opening it after that shares the
    // document (and its validator) rather than deciding its options here.
    await this.dashboard.updateComplete;
    if (this.store !== store || !this.isConnected) return;
    this.unwatch();
    const document = store.open(HOME_KEY, documentOptions);
    this.document = document;
    this.unsubscribe = [store.subscribe(() => this.requestUpdate()), document.subscribe(() => this.requestUpdate())];
  }

  private unwatch(): void {
    for (const off of this.unsubscribe) off();
    this.unsubscribe = [];
  }

  private readonly onRoleChange = (event: Event): void => {
    const role = (event.target as HTMLSelectElement).value as Role;
    const store = this.store;
    void store.setContext({ ...store.context, role });
  };

  /** Back to a first visit: the user's layout is removed and the role is Sales again. */
  private readonly startOver = async (): Promise<void> => {
    const store = this.store;
    await this.document?.reset();
    await store.setContext({ ...store.context, role: 'sales' });
    this.editing = false;
  };

  private readonly toggleEditing = (): void => {
    this.editing = !this.editing;
  };

  private renderStored(layers: Layers<DashboardPreferences> | undefined): TemplateResult {
    return html`<section class="stored" aria-labelledby="stored-title">
      <h2 id="stored-title">What is stored</h2>
      <p class="note">
        The dashboard's preferences document "${HOME_KEY}", layer by layer. What you see is library defaults, under the
        personalized defaults, under your own changes.
      </p>
      <div class="layers">
        <div>
          <h3 id="library-title">1. Library defaults</h3>
          <p>Shipped with tk-dashboard: an empty dashboard.</p>
          <pre dir="ltr" tabindex="0" role="region" aria-labelledby="library-title">${json(layers?.library)}</pre>
        </div>
        <div>
          <h3 id="personalized-title">2. Personalized defaults</h3>
          <p>
            Computed by the host from the role, never stored.
            ${layers?.reason ? `Reason: ${layers.reason}.` : ''}${
              layers && !layers.personalization ? ' Switched off by the user.' : ''
            }
          </p>
          <pre dir="ltr" tabindex="0" role="region" aria-labelledby="personalized-title">
${json(layers?.personalized)}</pre>
        </div>
        <div>
          <h3 id="user-title">3. Your customization</h3>
          <p>The only layer written to storage: a patch over the two layers above.</p>
          <pre dir="ltr" tabindex="0" role="region" aria-labelledby="user-title">${json(layers?.user)}</pre>
        </div>
      </div>
    </section>`;
  }

  override render(): TemplateResult {
    const store = this.store;
    const role = typeof store.context['role'] === 'string' ? store.context['role'] : '';
    return html`<header>
        <h1><span class="logo" aria-hidden="true">◆</span>Acme CRM</h1>
        <div class="role">
          <label for="role">Role</label>
          <select id="role" .value=${role} @change=${this.onRoleChange}>
            ${roles.map(
              (option) =>
                html`<option value=${option.value} ?selected=${option.value === role}>${option.label}</option>`,
            )}
          </select>
          <button type="button" @click=${this.startOver}>Start over</button>
        </div>
      </header>
      <main>
        <tk-preferences .preferences=${store}>
          <tk-dashboard
            persist-key=${HOME_KEY}
            ?editable=${this.editing}
            .catalog=${acmeCatalog}
            .breakpoints=${acmeBreakpoints}
            .strings=${{ label: 'Home dashboard' }}
          >
            <button
              slot="toolbar"
              type="button"
              aria-pressed=${this.editing ? 'true' : 'false'}
              @click=${this.toggleEditing}
            >
              Edit dashboard
            </button>
          </tk-dashboard>
        </tk-preferences>
        ${this.renderStored(this.document?.layers)}
      </main>`;
  }
}

defineAcmeWidgets();
if (!customElements.get('acme-crm-home')) customElements.define('acme-crm-home', AcmeCrmHome);

declare global {
  interface HTMLElementTagNameMap {
    'acme-crm-home': AcmeCrmHome;
  }
}
