// Catalog-only elements for the Preferences pages: a small settings panel that persists through
// PersistController (the way every Tailorkit component does), a panel showing the three layers,
// and the "who is the user" controls a host app would drive from its own data.
import { LitElement, css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { PersistController } from '../../src/base/preferences/persist-controller.js';
import type { Preferences } from '../../src/core/prefs/store.js';
import type { PersonalizationContext } from '../../src/core/personalize/types.js';
import { ruleDefaults } from '../../src/core/personalize/rules.js';

export interface DemoSettings {
  startPage: 'inbox' | 'pipeline' | 'tickets' | 'reports';
  density: 'comfortable' | 'compact';
  showForecast: boolean;
  digest: 'off' | 'daily' | 'weekly';
}

/** What a user without personalization or customization sees. */
export const librarySettings: DemoSettings = {
  startPage: 'inbox',
  density: 'comfortable',
  showForecast: false,
  digest: 'weekly',
};

export const SETTINGS_KEY = 'settings-demo';

/** The host's defaults provider: first matching rule wins, each with the reason the user sees. */
export const demoDefaults = ruleDefaults([
  {
    when: { role: 'sales' },
    reason: 'Suggested for the Sales role',
    values: { [SETTINGS_KEY]: { startPage: 'pipeline', showForecast: true, digest: 'daily' } },
  },
  {
    when: { role: 'support' },
    reason: 'Suggested for the Support role',
    values: { [SETTINGS_KEY]: { startPage: 'tickets', density: 'compact', digest: 'daily' } },
  },
  {
    when: { role: 'manager' },
    reason: 'Suggested for the Manager role',
    values: { [SETTINGS_KEY]: { startPage: 'reports', showForecast: true } },
  },
  {
    when: { interests: { includes: 'reporting' } },
    reason: 'Suggested because you are into reporting',
    values: { [SETTINGS_KEY]: { startPage: 'reports', digest: 'weekly' } },
  },
]);

const fieldLabels: Record<keyof DemoSettings, string> = {
  startPage: 'Start page',
  density: 'Density',
  showForecast: 'Show forecast',
  digest: 'Email digest',
};

const shared = css`
  :host {
    display: block;
    font-family: var(--tk-font-body, system-ui, sans-serif);
    color: var(--tk-color-text, CanvasText);
  }
  section {
    border: 1px solid var(--tk-color-border, GrayText);
    border-radius: var(--tk-radius-l, 8px);
    background: var(--tk-color-surface-raised, Canvas);
    padding: var(--tk-space-4, 1rem);
  }
  h2,
  h3 {
    margin-block: 0 var(--tk-space-3, 0.75rem);
    font-size: var(--tk-font-size-m, 1rem);
  }
  button {
    font: inherit;
    font-size: var(--tk-font-size-s, 0.875rem);
    padding-block: var(--tk-space-1, 0.25rem);
    padding-inline: var(--tk-space-3, 0.75rem);
    border: 1px solid var(--tk-color-border-strong, ButtonBorder);
    border-radius: var(--tk-radius-m, 6px);
    background: var(--tk-color-surface, ButtonFace);
    color: var(--tk-color-text, ButtonText);
    cursor: pointer;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible {
    outline: 2px solid var(--tk-color-focus, Highlight);
    outline-offset: 2px;
  }
  select,
  input {
    font: inherit;
    color: inherit;
    background: var(--tk-color-surface, Field);
    border: 1px solid var(--tk-color-border-strong, ButtonBorder);
    border-radius: var(--tk-radius-s, 4px);
  }
  select {
    padding: var(--tk-space-1, 0.25rem);
  }
  .badge {
    display: inline-block;
    font-size: var(--tk-font-size-xs, 0.75rem);
    padding-inline: var(--tk-space-2, 0.5rem);
    border-radius: 999px;
    border: 1px solid currentColor;
  }
  .badge.user {
    color: var(--tk-color-brand-text, LinkText);
  }
  .badge.suggested {
    color: var(--tk-color-text-muted, #555);
  }
`;

/**
 * A settings panel that persists through PersistController: customizations go to the user's layer,
 * each field shows whether it is the user's own choice or a suggestion, and resets per field.
 */
export class DemoSettingsPanel extends LitElement {
  static override styles = [
    shared,
    css`
      .reason {
        display: flex;
        flex-wrap: wrap;
        gap: var(--tk-space-2, 0.5rem);
        align-items: center;
        justify-content: space-between;
        padding: var(--tk-space-2, 0.5rem) var(--tk-space-3, 0.75rem);
        margin-block-end: var(--tk-space-3, 0.75rem);
        border-radius: var(--tk-radius-m, 6px);
        background: var(--tk-color-brand-subtle, Canvas);
      }
      .field {
        display: grid;
        grid-template-columns: 9rem 1fr auto;
        gap: var(--tk-space-2, 0.5rem);
        align-items: center;
        padding-block: var(--tk-space-2, 0.5rem);
        border-block-end: 1px solid var(--tk-color-border, GrayText);
      }
      .field > :nth-child(2) {
        justify-self: start;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: var(--tk-space-2, 0.5rem);
        margin-block-start: var(--tk-space-3, 0.75rem);
      }
      .status {
        color: var(--tk-color-text-muted, #555);
        font-size: var(--tk-font-size-s, 0.875rem);
      }
    `,
  ];

  private readonly persist = new PersistController<DemoSettings>(this, { version: 1, defaults: librarySettings });

  @property({ attribute: 'persist-key' }) persistKey?: string;
  @property({ attribute: false }) preferences?: Preferences;

  private change<K extends keyof DemoSettings>(key: K, value: DemoSettings[K]): void {
    void this.persist.set({ ...this.persist.value, [key]: value });
  }

  private fieldState(key: keyof DemoSettings): TemplateResult | typeof nothing {
    if (this.persist.isCustomized([key])) {
      return html`<span class="badge user">Your choice</span>
        <button @click=${() => void this.persist.reset([key])} aria-label="Reset ${fieldLabels[key]}">Reset</button>`;
    }
    const personalized = this.persist.layers.personalized as Partial<DemoSettings> | undefined;
    return personalized && key in personalized ? html`<span class="badge suggested">Suggested</span>` : nothing;
  }

  override render(): TemplateResult {
    const value = this.persist.value;
    const layers = this.persist.layers;
    const store = this.preferences;
    return html`
      <section aria-labelledby="settings-title">
        <h2 id="settings-title">Workspace settings</h2>
        ${
          layers.reason
            ? html`<p class="reason">
                <span>${layers.reason}</span>
                <button @click=${() => void this.persist.reset()} ?disabled=${!this.persist.isCustomized()}>
                  Reset to suggested
                </button>
              </p>`
            : nothing
        }
        <div class="field">
          <label for="start">${fieldLabels.startPage}</label>
          <select
            id="start"
            .value=${value.startPage}
            @change=${(e: Event) =>
              this.change('startPage', (e.target as HTMLSelectElement).value as DemoSettings['startPage'])}
          >
            <option value="inbox">Inbox</option>
            <option value="pipeline">Pipeline</option>
            <option value="tickets">Tickets</option>
            <option value="reports">Reports</option>
          </select>
          <span>${this.fieldState('startPage')}</span>
        </div>
        <div class="field" role="radiogroup" aria-labelledby="density-label">
          <span id="density-label">${fieldLabels.density}</span>
          <span>
            ${(['comfortable', 'compact'] as const).map(
              (density) =>
                html`<label>
                  <input
                    type="radio"
                    name="density"
                    .checked=${value.density === density}
                    @change=${() => this.change('density', density)}
                  />
                  ${density === 'comfortable' ? 'Comfortable' : 'Compact'}
                </label>`,
            )}
          </span>
          <span>${this.fieldState('density')}</span>
        </div>
        <div class="field">
          <label for="forecast">${fieldLabels.showForecast}</label>
          <input
            id="forecast"
            type="checkbox"
            .checked=${value.showForecast}
            @change=${(e: Event) => this.change('showForecast', (e.target as HTMLInputElement).checked)}
          />
          <span>${this.fieldState('showForecast')}</span>
        </div>
        <div class="field">
          <label for="digest">${fieldLabels.digest}</label>
          <select
            id="digest"
            .value=${value.digest}
            @change=${(e: Event) => this.change('digest', (e.target as HTMLSelectElement).value as DemoSettings['digest'])}
          >
            <option value="off">Off</option>
            <option value="daily">Daily</option>
            <option value="weekly">Weekly</option>
          </select>
          <span>${this.fieldState('digest')}</span>
        </div>
        <div class="actions">
          <button @click=${() => void this.persist.reset()} ?disabled=${!this.persist.isCustomized()}>
            Reset all my changes
          </button>
          ${
            store
              ? html`<label>
                  <input
                    type="checkbox"
                    .checked=${store.personalization}
                    @change=${(e: Event) => void store.setPersonalization((e.target as HTMLInputElement).checked)}
                  />
                  Personalized suggestions
                </label>`
              : nothing
          }
        </div>
        <p class="status" role="status">Status: ${this.persist.status}</p>
      </section>
      <demo-layers-panel .layers=${layers} .value=${value}></demo-layers-panel>
    `;
  }
}

/** Shows the three layers and the reason, as JSON, so an integrator sees exactly what is stored. */
export class DemoLayersPanel extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        margin-block-start: var(--tk-space-4, 1rem);
      }
      .grid {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
        gap: var(--tk-space-3, 0.75rem);
      }
      pre {
        margin: 0;
        font-family: var(--tk-font-mono, monospace);
        font-size: var(--tk-font-size-xs, 0.75rem);
        white-space: pre-wrap;
        word-break: break-word;
      }
      h3 {
        font-size: var(--tk-font-size-s, 0.875rem);
        margin-block-end: var(--tk-space-1, 0.25rem);
      }
      p {
        margin: 0 0 var(--tk-space-1, 0.25rem);
        font-size: var(--tk-font-size-xs, 0.75rem);
        color: var(--tk-color-text-muted, #555);
      }
    `,
  ];

  @property({ attribute: false }) layers?: PersistController<DemoSettings>['layers'];
  @property({ attribute: false }) value?: DemoSettings;

  override render(): TemplateResult {
    const layers = this.layers;
    if (!layers) return html``;
    const json = (v: unknown): string => (v === undefined ? '(nothing)' : JSON.stringify(v, null, 2));
    return html`<section aria-labelledby="layers-title">
      <h2 id="layers-title">Layers</h2>
      <div class="grid">
        <div>
          <h3>1. Library defaults</h3>
          <p>Shipped with the component.</p>
          <pre>${json(layers.library)}</pre>
        </div>
        <div>
          <h3>2. Personalized defaults</h3>
          <p>
            Computed by the host, never stored. ${layers.personalization ? '' : 'Switched off by the user.'}
            ${layers.reason ? `Reason: ${layers.reason}.` : ''}
          </p>
          <pre>${json(layers.personalized)}</pre>
        </div>
        <div>
          <h3>3. User customization</h3>
          <p>The only layer that is stored.</p>
          <pre>${json(layers.user)}</pre>
        </div>
        <div>
          <h3>Effective value</h3>
          <p>What the component shows.</p>
          <pre>${json(this.value)}</pre>
        </div>
      </div>
    </section>`;
  }
}

const roles = [
  ['', 'No role'],
  ['sales', 'Sales'],
  ['support', 'Support'],
  ['manager', 'Manager'],
] as const;
const interests = [
  ['reporting', 'Reporting'],
  ['forecasting', 'Forecasting'],
  ['customer-care', 'Customer care'],
] as const;

/**
 * What the host application knows about the user (role, onboarding answers). Changing it re-resolves
 * the personalized defaults through `preferences.setContext`, without touching what the user changed.
 */
export class DemoUserContext extends LitElement {
  static override styles = [
    shared,
    css`
      fieldset {
        border: 0;
        padding: 0;
        margin: 0 0 var(--tk-space-3, 0.75rem);
      }
      legend {
        font-weight: 600;
        margin-block-end: var(--tk-space-1, 0.25rem);
      }
      label {
        display: block;
        padding-block: 2px;
      }
    `,
  ];

  @property({ attribute: false }) preferences?: Preferences;

  private apply(next: Partial<PersonalizationContext>): void {
    const store = this.preferences;
    if (!store) return;
    void store.setContext({ ...store.context, ...next }).then(() => this.requestUpdate());
  }

  override render(): TemplateResult {
    const context = this.preferences?.context ?? {};
    const chosen = new Set(context.interests ?? []);
    return html`<section aria-labelledby="user-title">
      <h2 id="user-title">The user, as the host app knows them</h2>
      <fieldset>
        <legend>Role</legend>
        ${roles.map(
          ([value, label]) =>
            html`<label>
              <input
                type="radio"
                name="role"
                .checked=${(context.role ?? '') === value}
                @change=${() => this.apply({ role: value || undefined })}
              />
              ${label}
            </label>`,
        )}
      </fieldset>
      <fieldset>
        <legend>What are you into?</legend>
        ${interests.map(
          ([value, label]) =>
            html`<label>
              <input
                type="checkbox"
                .checked=${chosen.has(value)}
                @change=${(e: Event) => {
                  const next = new Set(chosen);
                  if ((e.target as HTMLInputElement).checked) next.add(value);
                  else next.delete(value);
                  this.apply({ interests: [...next] });
                }}
              />
              ${label}
            </label>`,
        )}
      </fieldset>
    </section>`;
  }
}

for (const [tag, ctor] of [
  ['demo-settings-panel', DemoSettingsPanel],
  ['demo-layers-panel', DemoLayersPanel],
  ['demo-user-context', DemoUserContext],
] as const) {
  if (!customElements.get(tag)) customElements.define(tag, ctor);
}

declare global {
  interface HTMLElementTagNameMap {
    'demo-settings-panel': DemoSettingsPanel;
    'demo-layers-panel': DemoLayersPanel;
    'demo-user-context': DemoUserContext;
  }
}
