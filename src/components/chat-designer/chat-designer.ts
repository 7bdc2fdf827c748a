import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TkElement } from '../../base/tk-element.js';
import { baseStyles } from '../../base/styles.js';
import { buttonStyles } from '../../base/button-styles.js';
import { LocalizeController } from '../../base/localize.js';
import { PersistController } from '../../base/preferences/persist-controller.js';
import { AnnouncerController } from '../../base/announcer.js';
import { contrastRatio, tintedTextColor, AA_TEXT } from '../../core/color/contrast.js';
import { parseColor, toHex } from '../../core/color/parse.js';
import type { ChatBrand } from '../../core/chat/brand.js';
import type { Weekday } from '../../core/chat/hours.js';
import type { Preferences } from '../../core/prefs/store.js';
import type { ChatTransport } from '../../core/chat/types.js';
import type { ChatPrechatField } from '../../core/chat/types.js';
import '../chat-widget/define.js';
import { defaultChatSettings, embedSnippet, validateChatSettings, type ChatSettings } from './chat-settings.js';
import { designerStyles } from './chat-designer.styles.js';

export { defaultChatSettings, embedSnippet, type ChatSettings } from './chat-settings.js';

/** Strings a user of the designer reads; override any through `strings`. */
export const defaultChatDesignerStrings = {
  label: 'Chat widget settings',
  brandLegend: 'Brand',
  color: 'Brand colour',
  textColor: 'Text on the brand colour',
  automatic: 'Automatic',
  font: 'Font family',
  radius: 'Corner radius (px)',
  positionLegend: 'Position',
  end: 'Bottom corner at the end',
  start: 'Bottom corner at the start',
  contentLegend: 'Texts',
  heading: 'Heading',
  greeting: 'Greeting',
  avatar: 'Avatar address',
  replyTime: 'Reply time',
  hoursLegend: 'Business hours',
  alwaysOpen: 'Answer at any time',
  from: 'From',
  to: 'To',
  prechatLegend: 'Before the chat, ask for',
  askName: 'Name',
  askEmail: 'Email',
  askPhone: 'Phone',
  lowContrast: (ratio: string): string =>
    `The text on your brand colour has a contrast of ${ratio}:1; it needs 4.5:1 to be readable.`,
  fix: (color: string): string => `Use ${color}`,
  fixed: (color: string): string => `Text colour set to ${color}.`,
  snippetLegend: 'Add it to your site',
  snippetHtml: 'HTML',
  snippetNpm: 'npm',
  copy: 'Copy',
  copied: 'Copied.',
  reset: 'Reset to suggested',
  resetDone: 'Settings reset.',
  preview: 'Live preview',
};
export type ChatDesignerStrings = typeof defaultChatDesignerStrings;

export interface TkChatSettingsChangeDetail {
  settings: ChatSettings;
}

declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-chat-settings-change': TkChatSettingsChangeDetail;
  }
}

const WEEKDAYS: Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const PRECHAT: { name: string; key: 'askName' | 'askEmail' | 'askPhone'; type: ChatPrechatField['type'] }[] = [
  { name: 'name', key: 'askName', type: 'text' },
  { name: 'email', key: 'askEmail', type: 'email' },
  { name: 'phone', key: 'askPhone', type: 'tel' },
];

/**
 * Where a business brands its chat in a minute: colours, font, corners, position, texts, business
 * hours and the pre-chat form, with a live preview that is the real `tk-chat-widget` given the very
 * settings object being edited. Warns when text on the brand colour would be hard to read and
 * offers a readable colour of the same hue; exports the code to paste into a site.
 *
 * The settings are a preferences document (`persist-key`): the workspace's brand arrives as
 * personalized defaults with their reason, and what this user changes is their own layer, which
 * "Reset to suggested" removes.
 *
 * @summary Chat widget brand and behaviour designer with a live preview and an embed snippet.
 *
 * @slot page - Content shown behind the preview widget: a stand-in for the site, e.g. a product page.
 *
 * @csspart base - Form and preview side by side.
 * @csspart form - The settings form.
 * @csspart reason - Why the starting settings were suggested.
 * @csspart warning - The low-contrast warning.
 * @csspart fix-button - "Use #…": applies a readable text colour.
 * @csspart snippet - The code to paste.
 * @csspart preview - The box the live widget shows in.
 *
 * @cssprop [--tk-chat-designer-gap=var(--tk-space-4)] - Space between form and preview.
 * @cssprop [--tk-chat-designer-preview-height=40rem] - Height of the preview.
 * @cssprop [--tk-chat-designer-page=var(--tk-color-surface-sunken)] - Background of the preview, standing in for the site.
 *
 * @event {CustomEvent<TkChatSettingsChangeDetail>} tk-chat-settings-change - The settings changed (once per committed edit).
 */
export class TkChatDesigner extends TkElement {
  static override styles = [baseStyles, buttonStyles, designerStyles];

  readonly #localize = new LocalizeController(this, defaultChatDesignerStrings);
  readonly #announcer = new AnnouncerController(this);
  readonly #persistence = new PersistController<ChatSettings>(this, {
    version: 1,
    defaults: defaultChatSettings,
    validate: validateChatSettings,
  });

  @state() private snippetKind: 'html' | 'npm' = 'html';

  /** Key of the settings document in the preferences store. */
  @property({ attribute: 'persist-key' }) persistKey?: string;
  /** The store; otherwise the nearest `<tk-preferences>` or localStorage. */
  @property({ attribute: false }) preferences?: Preferences;
  /** Overrides for the strings a user reads. */
  @property({ attribute: false }) strings: Partial<ChatDesignerStrings> = {};
  /** A transport for the preview, so the preview chats (e.g. `createEchoTransport()`); none by default. */
  @property({ attribute: false }) transport?: ChatTransport;
  /** Where the embed snippet loads the library from. */
  @property({ attribute: 'script-source' }) scriptSource = 'https://cdn.jsdelivr.net/npm/tailorkit/dist';

  /** The settings in effect: library defaults, the workspace's suggestion, then this user's changes. */
  get settings(): ChatSettings {
    return this.#persistence.value;
  }

  /** Removes this user's changes: the suggested (or library) settings show again. */
  async reset(): Promise<void> {
    await this.#persistence.reset();
    this.#announcer.announce(this.#localize.term('resetDone'));
    this.emit('tk-chat-settings-change', { settings: this.settings });
  }

  /** Shows a change at once; `commit` writes it (text fields commit when they lose focus). */
  #change(recipe: (draft: ChatSettings) => void, commit = true): void {
    const next = structuredClone(this.settings);
    recipe(next);
    if (commit) {
      void this.#persistence.set(next);
      this.emit('tk-chat-settings-change', { settings: next });
    } else void this.#persistence.stage(next);
  }

  #text(key: 'heading' | 'greeting' | 'avatar' | 'replyTime') {
    return {
      input: (event: Event) => this.#change((draft) => (draft[key] = (event.target as HTMLInputElement).value), false),
      change: (event: Event) => this.#change((draft) => (draft[key] = (event.target as HTMLInputElement).value)),
    };
  }

  #brand(key: keyof ChatBrand, commit: boolean, value: string | number | undefined): void {
    this.#change((draft) => {
      const brand: Record<string, unknown> = { ...draft.brand };
      if (value === undefined || value === '') delete brand[key];
      else brand[key] = value;
      draft.brand = brand;
    }, commit);
  }

  #setHours(day: Weekday | null, range?: [string, string]): void {
    this.#change((draft) => {
      if (day === null) {
        draft.hours = range ? { days: Object.fromEntries(WEEKDAYS.slice(0, 5).map((d) => [d, [range]])) } : null;
        return;
      }
      const days = { ...(draft.hours?.days ?? {}) };
      if (range) days[day] = [range];
      else delete days[day];
      draft.hours = { ...(draft.hours ?? {}), days };
    });
  }

  #togglePrechat(field: (typeof PRECHAT)[number], on: boolean): void {
    this.#change((draft) => {
      const fields = (draft.prechat?.fields ?? []).filter((each) => each.name !== field.name);
      if (on)
        fields.push({ name: field.name, label: this.#localize.term(field.key), type: field.type, required: true });
      const order = PRECHAT.map((each) => each.name);
      fields.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
      draft.prechat = fields.length > 0 ? { fields } : null;
    });
  }

  async #copy(text: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.#announcer.announce(this.#localize.term('copied'));
    } catch {
      // Clipboard access refused: the snippet is selectable in the page.
    }
  }

  #renderContrast(brand: ChatBrand): TemplateResult | typeof nothing {
    const color = parseColor(brand.color ?? '');
    const text = brand.textColor ? parseColor(brand.textColor) : null;
    if (!color || !text) return nothing;
    const ratio = contrastRatio(text, color);
    if (ratio >= AA_TEXT) return nothing;
    const fix = tintedTextColor(color);
    return html`<p part="warning" role="alert">
      ${this.#localize.term('lowContrast')(this.#localize.number(Math.floor(ratio * 10) / 10, { maximumFractionDigits: 1 }))}
      <button
        class="button"
        part="fix-button"
        type="button"
        @click=${() => {
          this.#brand('textColor', true, fix);
          this.#announcer.announce(this.#localize.term('fixed')(fix));
        }}
      >
        ${this.#localize.term('fix')(fix)}
      </button>
    </p>`;
  }

  #renderHours(settings: ChatSettings): TemplateResult {
    const t = this.#localize;
    const days = settings.hours?.days ?? {};
    const weekday = new Intl.DateTimeFormat(t.lang(), { weekday: 'long' });
    return html`<fieldset>
      <legend>${t.term('hoursLegend')}</legend>
      <label class="inline"
        ><input
          type="checkbox"
          .checked=${settings.hours === null}
          @change=${(event: Event) => this.#setHours(null, (event.target as HTMLInputElement).checked ? undefined : ['09:00', '17:00'])}
        />${t.term('alwaysOpen')}</label
      >
      ${
        settings.hours === null
          ? nothing
          : WEEKDAYS.map((day, index) => {
              const range = days[day]?.[0];
              // 2024-01-01 was a Monday.
              const name = weekday.format(new Date(Date.UTC(2024, 0, 1 + index, 12)));
              return html`<div class="row">
                <label class="inline"
                  ><input
                    type="checkbox"
                    .checked=${range !== undefined}
                    @change=${(event: Event) =>
                      this.#setHours(day, (event.target as HTMLInputElement).checked ? ['09:00', '17:00'] : undefined)}
                  />${name}</label
                >
                ${
                  range
                    ? html`<label
                          >${t.term('from')}
                          <input
                            type="time"
                            aria-label=${`${name} ${t.term('from')}`}
                            .value=${range[0]}
                            @change=${(event: Event) => this.#setHours(day, [(event.target as HTMLInputElement).value, range[1]])}
                        /></label>
                        <label
                          >${t.term('to')}
                          <input
                            type="time"
                            aria-label=${`${name} ${t.term('to')}`}
                            .value=${range[1]}
                            @change=${(event: Event) => this.#setHours(day, [range[0], (event.target as HTMLInputElement).value])}
                        /></label>`
                    : nothing
                }
              </div>`;
            })
      }
    </fieldset>`;
  }

  override render(): TemplateResult {
    const t = this.#localize;
    const settings = this.settings;
    const brand = settings.brand ?? {};
    const layers = this.#persistence.layers;
    const reason = layers.personalized !== undefined ? layers.reason : undefined;
    const colorHex = (() => {
      const parsed = parseColor(brand.color ?? '');
      return parsed ? toHex({ ...parsed, alpha: 1 }) : '#2563eb';
    })();
    const asked = new Set((settings.prechat?.fields ?? []).map((field) => field.name));
    const snippet = embedSnippet(settings, this.snippetKind, this.scriptSource);
    return html`<div part="base">
      <form part="form" aria-label=${t.term('label')} @submit=${(event: Event) => event.preventDefault()}>
        ${reason ? html`<p part="reason">${reason}</p>` : nothing}
        <fieldset>
          <legend>${t.term('brandLegend')}</legend>
          <div class="row">
            <label
              >${t.term('color')}
              <input
                type="color"
                .value=${colorHex}
                @input=${(event: Event) => this.#brand('color', false, (event.target as HTMLInputElement).value)}
                @change=${(event: Event) => this.#brand('color', true, (event.target as HTMLInputElement).value)}
            /></label>
            <label
              >${t.term('textColor')}
              <input
                type="text"
                placeholder=${t.term('automatic')}
                .value=${brand.textColor ?? ''}
                @change=${(event: Event) => this.#brand('textColor', true, (event.target as HTMLInputElement).value.trim())}
            /></label>
          </div>
          ${this.#renderContrast(brand)}
          <label
            >${t.term('font')}
            <input
              type="text"
              .value=${brand.font ?? ''}
              @change=${(event: Event) => this.#brand('font', true, (event.target as HTMLInputElement).value.trim())}
          /></label>
          <label
            >${t.term('radius')}
            <input
              type="number"
              min="0"
              max="32"
              .value=${String(typeof brand.radius === 'number' ? brand.radius : 12)}
              @change=${(event: Event) => this.#brand('radius', true, Number((event.target as HTMLInputElement).value))}
          /></label>
        </fieldset>
        <fieldset>
          <legend>${t.term('positionLegend')}</legend>
          ${(['end', 'start'] as const).map(
            (position) =>
              html`<label class="inline"
                ><input
                  type="radio"
                  name="position"
                  .checked=${settings.position === position}
                  @change=${() => this.#change((draft) => (draft.position = position))}
                />${t.term(position)}</label
              >`,
          )}
        </fieldset>
        <fieldset>
          <legend>${t.term('contentLegend')}</legend>
          ${(['heading', 'replyTime', 'avatar'] as const).map((key) => {
            const handlers = this.#text(key);
            return html`<label
              >${t.term(key)}
              <input
                type=${key === 'avatar' ? 'url' : 'text'}
                .value=${settings[key]}
                @input=${handlers.input}
                @change=${handlers.change}
            /></label>`;
          })}
          <label
            >${t.term('greeting')}
            <textarea
              rows="2"
              .value=${settings.greeting}
              @input=${this.#text('greeting').input}
              @change=${this.#text('greeting').change}
            ></textarea>
          </label>
        </fieldset>
        ${this.#renderHours(settings)}
        <fieldset>
          <legend>${t.term('prechatLegend')}</legend>
          ${PRECHAT.map(
            (field) =>
              html`<label class="inline"
                ><input
                  type="checkbox"
                  .checked=${asked.has(field.name)}
                  @change=${(event: Event) => this.#togglePrechat(field, (event.target as HTMLInputElement).checked)}
                />${t.term(field.key)}</label
              >`,
          )}
        </fieldset>
        <fieldset>
          <legend>${t.term('snippetLegend')}</legend>
          <div class="row" role="radiogroup" aria-label=${t.term('snippetLegend')}>
            ${(['html', 'npm'] as const).map(
              (kind) =>
                html`<label class="inline"
                  ><input
                    type="radio"
                    name="snippet"
                    .checked=${this.snippetKind === kind}
                    @change=${() => (this.snippetKind = kind)}
                  />${t.term(kind === 'html' ? 'snippetHtml' : 'snippetNpm')}</label
                >`,
            )}
            <button class="button" type="button" @click=${() => this.#copy(snippet)}>${t.term('copy')}</button>
          </div>
          <pre part="snippet" tabindex="0" aria-label=${t.term('snippetLegend')}><code>${snippet}</code></pre>
        </fieldset>
        <div class="row">
          <button
            class="button"
            type="button"
            ?disabled=${!this.#persistence.isCustomized()}
            @click=${() => this.reset()}
          >
            ${t.term('reset')}
          </button>
        </div>
      </form>
      <section part="preview" aria-label=${t.term('preview')}>
        <slot name="page"></slot>
        <tk-chat-widget
          .transport=${this.transport}
          open
          .brand=${settings.brand}
          position=${settings.position}
          .heading=${settings.heading}
          .greeting=${settings.greeting}
          .avatar=${settings.avatar || undefined}
          .replyTime=${settings.replyTime}
          .hours=${settings.hours ?? undefined}
          .prechat=${settings.prechat ?? undefined}
          .fullscreenBelow=${0}
        ></tk-chat-widget>
      </section>
    </div>`;
  }
}
