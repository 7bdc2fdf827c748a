// The theming playground of the Foundations section: change the brand colour, the corner radius and
// the font, and watch plain token-styled elements and a real tk-popover follow in both themes.
// Story-only code.
import { LitElement, html, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { contrastRatio, parseColor, readableTextColor, toHex } from '../../src/core/color/index.js';
import { defineElement } from '../../src/base/index.js';
import { TkPopover } from '../../src/components/popover/index.js';
import { describeRatio, foundationsStyles, measureColor, nextId, type Theme } from './foundations.js';

// package.json lists only dist/**/define.js under sideEffects, so a bundler building from src (the
// Storybook build) drops a bare `import '.../popover/define.js'`. Registering through the class keeps it.
TkPopover.define('tk-popover');

export type PlaygroundFont = 'sans' | 'serif' | 'mono';

export const playgroundDefaults = { brand: '#2563eb', radius: 6, font: 'sans' as PlaygroundFont };

const FONTS: Record<PlaygroundFont, { label: string; stack: string }> = {
  sans: { label: 'System sans-serif', stack: 'var(--tk-font-family-sans)' },
  serif: { label: 'Serif', stack: 'var(--tk-font-family-serif)' },
  mono: { label: 'Monospace', stack: 'var(--tk-font-family-mono)' },
};

interface Readout {
  onBrand: string;
  onBrandRatio: number;
  brandText: string;
  brandTextRatio: number;
}

const styles = html`<style>
  .fdp {
    display: grid;
    gap: var(--tk-space-4);
  }
  .fdp-controls {
    display: flex;
    flex-wrap: wrap;
    gap: var(--tk-space-4);
    align-items: end;
  }
  .fdp-controls h2 {
    flex-basis: 100%;
    margin: 0;
  }
  .fdp-field {
    display: grid;
    gap: var(--tk-space-1);
    align-content: start;
  }
  .fdp-field label {
    font-weight: var(--tk-font-weight-medium);
  }
  .fdp-field p {
    margin: 0;
    font-size: var(--tk-font-size-xs);
  }
  .fdp-row {
    display: flex;
    gap: var(--tk-space-2);
    align-items: center;
  }
  .fdp-error {
    color: var(--tk-color-danger);
    min-block-size: 1lh;
  }
  .fdp input[type='color'] {
    inline-size: var(--tk-control-height);
    block-size: var(--tk-control-height);
    padding: 2px;
    border: var(--tk-border-width) solid var(--tk-color-border-strong);
    border-radius: var(--tk-radius-m);
    background: var(--tk-color-surface);
  }
  .fdp-input,
  .fdp select {
    min-block-size: var(--tk-control-height);
    padding-inline: var(--tk-space-3);
    border: var(--tk-border-width) solid var(--tk-color-border-strong);
    border-radius: var(--tk-radius-m);
    background: var(--tk-color-surface);
    color: var(--tk-color-text);
    font: inherit;
  }
  .fdp-input[aria-invalid='true'] {
    border-color: var(--tk-color-danger);
  }
  .fdp :focus-visible {
    outline: var(--tk-focus-ring-width) solid var(--tk-color-focus);
    outline-offset: var(--tk-focus-ring-offset);
  }
  .fdp-button {
    display: inline-flex;
    align-items: center;
    min-block-size: var(--tk-control-height);
    padding-inline: var(--tk-space-3);
    border: var(--tk-border-width) solid var(--tk-color-border-strong);
    border-radius: var(--tk-radius-m);
    background: var(--tk-color-surface-raised);
    color: var(--tk-color-text);
    font: inherit;
    font-weight: var(--tk-font-weight-medium);
    cursor: pointer;
    transition: background-color var(--tk-duration-fast) var(--tk-easing);
  }
  .fdp-button:hover {
    background: var(--tk-color-surface-hover);
  }
  .fdp-primary {
    background: var(--tk-color-brand);
    border-color: var(--tk-color-brand);
    color: var(--tk-color-on-brand);
  }
  .fdp-primary:hover {
    background: var(--tk-color-brand-hover);
  }
  .fdp-quiet {
    background: transparent;
    border-color: transparent;
    color: var(--tk-color-brand-text);
  }
  .fdp-danger {
    background: var(--tk-color-danger);
    border-color: var(--tk-color-danger);
    color: var(--tk-color-on-danger);
  }
  .fdp-danger:hover {
    background: var(--tk-color-danger);
    text-decoration: underline;
  }
  .fdp-preview {
    display: grid;
    gap: var(--tk-space-4);
    font-family: var(--tk-font-body);
  }
  .fdp-preview h3 {
    margin: 0;
    font-family: var(--tk-font-heading);
    font-size: var(--tk-font-size-m);
    font-weight: var(--tk-font-weight-semibold);
  }
  .fdp-buttons,
  .fdp-badges {
    display: flex;
    flex-wrap: wrap;
    gap: var(--tk-space-2);
  }
  .fdp-card {
    display: grid;
    gap: var(--tk-space-2);
    padding: var(--tk-space-4);
    background: var(--tk-color-surface-raised);
    border: var(--tk-border-width) solid var(--tk-color-border);
    border-radius: var(--tk-radius-l);
    box-shadow: var(--tk-shadow-m);
  }
  .fdp-card p {
    margin: 0;
  }
  .fdp-figure {
    font-size: var(--tk-font-size-2xl);
    font-weight: var(--tk-font-weight-bold);
    font-variant-numeric: tabular-nums;
  }
  .fdp-link {
    color: var(--tk-color-brand-text);
  }
  .fdp-badge {
    padding: 0 var(--tk-space-2);
    border-radius: var(--tk-radius-s);
    font-size: var(--tk-font-size-xs);
    font-weight: var(--tk-font-weight-medium);
    line-height: 1.5rem;
  }
  .fdp-badge-brand {
    background: var(--tk-color-brand);
    color: var(--tk-color-on-brand);
  }
  .fdp-badge-subtle {
    background: var(--tk-color-brand-subtle);
    color: var(--tk-color-brand-text);
  }
  .fdp-badge-success {
    background: var(--tk-color-success-subtle);
    color: var(--tk-color-success);
  }
  .fdp-badge-warning {
    background: var(--tk-color-warning-subtle);
    color: var(--tk-color-warning);
  }
  .fdp-badge-danger {
    background: var(--tk-color-danger-subtle);
    color: var(--tk-color-danger);
  }
  .fdp-list {
    display: flex;
    flex-wrap: wrap;
    gap: var(--tk-space-1);
    margin: 0;
    padding: var(--tk-space-1);
    list-style: none;
    background: var(--tk-color-surface-sunken);
    border-radius: var(--tk-radius-m);
  }
  .fdp-list a {
    display: block;
    padding: var(--tk-space-1) var(--tk-space-3);
    border-radius: var(--tk-radius-s);
    color: var(--tk-color-text);
    text-decoration: none;
  }
  .fdp-list a:hover {
    background: var(--tk-color-surface-hover);
  }
  .fdp-list a[aria-current='page'] {
    background: var(--tk-color-brand-subtle);
    color: var(--tk-color-brand-text);
    font-weight: var(--tk-font-weight-semibold);
  }
  .fdp-preview [slot='trigger'] {
    justify-self: start;
  }
  .fdp-popover {
    display: grid;
    gap: var(--tk-space-2);
  }
  .fdp-readout {
    display: grid;
    gap: var(--tk-space-1);
    margin: var(--tk-space-4) 0 0;
    font-size: var(--tk-font-size-xs);
  }
  .fdp-readout div {
    display: flex;
    flex-wrap: wrap;
    gap: var(--tk-space-2);
  }
  .fdp-readout dt {
    color: var(--tk-color-text-muted);
  }
  .fdp-readout dd {
    margin: 0;
  }
</style>`;

/**
 * Lets a reader try the theme knobs: `--tk-brand`, the three radii and `--tk-font-body`, applied to a
 * `tk-brand` element inside a light and a dark panel. Renders into the light DOM, because the theme
 * classes are document styles and do not reach into a shadow root.
 *
 * @summary Story helper: a live theming playground.
 */
export class FoundationsThemingPlayground extends LitElement {
  private readonly ids = {
    heading: nextId('fdp-heading'),
    picker: nextId('fdp-picker'),
    text: nextId('fdp-text'),
    hint: nextId('fdp-hint'),
    error: nextId('fdp-error'),
    radius: nextId('fdp-radius'),
    font: nextId('fdp-font'),
  };

  /** @internal What the reader typed as the brand colour, valid or not. */
  @state() private draft = playgroundDefaults.brand;

  /** @internal What the themes computed, read back from each panel after rendering. */
  @state() private readouts: Partial<Record<Theme, Readout>> = {};

  /** The brand colour: any CSS colour this playground can parse; others are ignored. */
  @property({ attribute: 'brand' }) brand = playgroundDefaults.brand;

  /** Corner radius of buttons and inputs in pixels; badges get half, cards twice as much. */
  @property({ attribute: 'radius', type: Number }) radius = playgroundDefaults.radius;

  /** Font of the sample components. */
  @property({ attribute: 'font' }) font: PlaygroundFont = playgroundDefaults.font;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('brand')) this.draft = this.brand;
  }

  protected override updated(): void {
    this.measure();
  }

  /** The brand as an opaque hex colour, or the default when the property holds no colour. */
  private get brandHex(): string {
    const parsed = parseColor(this.brand) ?? parseColor(playgroundDefaults.brand)!;
    return toHex({ ...parsed, alpha: 1 });
  }

  private measure(): void {
    const readouts: Partial<Record<Theme, Readout>> = {};
    for (const theme of ['light', 'dark'] as const) {
      const preview = this.querySelector(`[data-preview='${theme}']`);
      if (!preview) continue;
      const brand = measureColor(preview, '--tk-color-brand');
      const onBrand = measureColor(preview, '--tk-color-on-brand');
      const brandText = measureColor(preview, '--tk-color-brand-text');
      const surface = measureColor(preview, '--tk-color-surface');
      if (!brand || !onBrand || !brandText || !surface) continue;
      readouts[theme] = {
        onBrand: toHex(onBrand),
        onBrandRatio: contrastRatio(onBrand, brand),
        brandText: toHex(brandText),
        brandTextRatio: contrastRatio(brandText, surface),
      };
    }
    if (JSON.stringify(readouts) !== JSON.stringify(this.readouts)) this.readouts = readouts;
  }

  private readonly onPick = (event: Event): void => {
    this.brand = (event.target as HTMLInputElement).value;
  };

  private readonly onType = (event: Event): void => {
    this.draft = (event.target as HTMLInputElement).value;
    if (parseColor(this.draft)) this.brand = this.draft;
  };

  private readonly onRadius = (event: Event): void => {
    this.radius = Number((event.target as HTMLInputElement).value);
  };

  private readonly onFont = (event: Event): void => {
    this.font = (event.target as HTMLSelectElement).value as PlaygroundFont;
  };

  private readonly reset = (): void => {
    Object.assign(this, playgroundDefaults);
  };

  private preview(theme: Theme): TemplateResult {
    const vars = {
      '--tk-brand': this.brandHex,
      '--tk-radius-s': `${this.radius / 2}px`,
      '--tk-radius-m': `${this.radius}px`,
      '--tk-radius-l': `${this.radius * 2}px`,
      '--tk-font-body': (FONTS[this.font] ?? FONTS.sans).stack,
      '--tk-font-heading': (FONTS[this.font] ?? FONTS.sans).stack,
    };
    const customer = `${this.ids.text}-${theme}-customer`;
    const readout = this.readouts[theme];
    return html`
      <div class="fdp-preview tk-brand" data-preview=${theme} style=${styleMap(vars)}>
        <div class="fdp-buttons">
          <button type="button" class="fdp-button fdp-primary">Save view</button>
          <button type="button" class="fdp-button">Cancel</button>
          <button type="button" class="fdp-button fdp-quiet">Customize</button>
          <button type="button" class="fdp-button fdp-danger">Remove widget</button>
        </div>
        <article class="fdp-card">
          <h3>Q3 pipeline</h3>
          <p class="fd-muted">Updated 5 minutes ago · Suggested for the Sales role</p>
          <p class="fdp-figure">€1.24M</p>
          <div class="fdp-badges">
            <span class="fdp-badge fdp-badge-brand">New</span>
            <span class="fdp-badge fdp-badge-subtle">Customized</span>
            <span class="fdp-badge fdp-badge-success">Paid</span>
            <span class="fdp-badge fdp-badge-warning">Pending</span>
            <span class="fdp-badge fdp-badge-danger">Overdue</span>
          </div>
          <a class="fdp-link" href="#q3-pipeline">Open the pipeline report</a>
        </article>
        <div class="fdp-field">
          <label for=${customer}>Customer</label>
          <input id=${customer} class="fdp-input" type="text" value="Acme Corporation" />
        </div>
        <nav aria-label="Views (${theme} theme)">
          <ul class="fdp-list">
            <li><a href="#all-deals" aria-current="page">All deals</a></li>
            <li><a href="#my-deals">My deals</a></li>
            <li><a href="#closing-soon">Closing soon</a></li>
          </ul>
        </nav>
        <tk-popover placement="bottom-start">
          <button slot="trigger" type="button" class="fdp-button">Filters</button>
          <div class="fdp-popover">
            <h3>Filters</h3>
            <label><input type="checkbox" checked /> Only open deals</label>
            <label><input type="checkbox" /> Assigned to me</label>
          </div>
        </tk-popover>
      </div>
      <dl class="fdp-readout">
        <div>
          <dt>Text on brand</dt>
          <dd>${readout ? html`<code>${readout.onBrand}</code> · ${describeRatio(readout.onBrandRatio)}` : '…'}</dd>
        </div>
        <div>
          <dt>Brand as text on surface</dt>
          <dd>${readout ? html`<code>${readout.brandText}</code> · ${describeRatio(readout.brandTextRatio)}` : '…'}</dd>
        </div>
      </dl>
    `;
  }

  override render(): TemplateResult {
    const invalid = parseColor(this.draft) === null;
    const brand = this.brandHex;
    const text = readableTextColor(brand);
    return html`${foundationsStyles}${styles}
      <div class="fd-page fdp">
        <form class="fdp-controls" aria-labelledby=${this.ids.heading} @submit=${(e: Event) => e.preventDefault()}>
          <h2 id=${this.ids.heading}>Theme knobs</h2>
          <div class="fdp-field">
            <label for=${this.ids.picker}>Brand colour</label>
            <input id=${this.ids.picker} type="color" .value=${brand} @input=${this.onPick} />
          </div>
          <div class="fdp-field">
            <label for=${this.ids.text}>Brand colour as CSS</label>
            <input
              id=${this.ids.text}
              class="fdp-input"
              type="text"
              spellcheck="false"
              autocomplete="off"
              .value=${this.draft}
              aria-invalid=${invalid ? 'true' : 'false'}
              aria-describedby="${this.ids.hint} ${this.ids.error}"
              @input=${this.onType}
            />
            <p id=${this.ids.hint} class="fd-muted">Any CSS colour: #e11d48, rgb(225 29 72), oklch(0.6 0.2 20)</p>
            <p id=${this.ids.error} class="fdp-error" aria-live="polite">
              ${invalid ? 'Not a colour this playground can read; the last valid one stays applied.' : ''}
            </p>
          </div>
          <div class="fdp-field">
            <label for=${this.ids.radius}>Corner radius</label>
            <div class="fdp-row">
              <input
                id=${this.ids.radius}
                type="range"
                min="0"
                max="16"
                step="1"
                .value=${String(this.radius)}
                @input=${this.onRadius}
              />
              <output for=${this.ids.radius}>${this.radius}px</output>
            </div>
          </div>
          <div class="fdp-field">
            <label for=${this.ids.font}>Font</label>
            <select id=${this.ids.font} @change=${this.onFont}>
              ${Object.entries(FONTS).map(
                ([value, { label }]) => html`<option value=${value} ?selected=${value === this.font}>${label}</option>`,
              )}
            </select>
          </div>
          <button type="button" class="fdp-button" @click=${this.reset}>Reset</button>
        </form>
        <p>
          <code>readableTextColor('${brand}')</code> returns <code>${text}</code>:
          ${describeRatio(contrastRatio(text, brand))}. The themes compute the same choice in CSS from
          <code>--tk-brand</code> alone.
        </p>
        <div class="fd-panels">
          ${(['light', 'dark'] as const).map((theme) => {
            const heading = `${this.ids.heading}-${theme}`;
            return html`
              <section class="fd-panel tk-theme-${theme}" aria-labelledby=${heading}>
                <h2 id=${heading}>${theme === 'light' ? 'Light theme' : 'Dark theme'}</h2>
                ${this.preview(theme)}
              </section>
            `;
          })}
        </div>
      </div>`;
  }
}
defineElement('foundations-theming-playground', FoundationsThemingPlayground);

declare global {
  interface HTMLElementTagNameMap {
    'foundations-theming-playground': FoundationsThemingPlayground;
  }
}
