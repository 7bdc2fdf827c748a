// Shared pieces of the Foundations stories: side-by-side theme panels and a colour token table that
// measures what each token resolves to in its panel. Story-only code; nothing here ships in src/.
import { LitElement, css, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { contrastRatio, parseColor, toHex, type Rgba } from '../../src/core/color/index.js';
import { defineElement } from '../../src/base/index.js';
import { contrastPairs, type ThemeToken } from '../../src/themes/tokens.js';

export type Theme = 'light' | 'dark';

/** Styles of the story layouts; they live in the light DOM so the theme classes apply to them. */
export const foundationsStyles = html`<style>
  .fd-page {
    padding: var(--tk-space-2);
    background: var(--tk-color-surface);
    color: var(--tk-color-text);
    font-family: var(--tk-font-body);
    font-size: var(--tk-font-size-s);
    line-height: var(--tk-line-height-normal);
  }
  .fd-panels {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 26rem), 1fr));
    gap: var(--tk-space-4);
  }
  .fd-panel {
    background: var(--tk-color-surface);
    color: var(--tk-color-text);
    font-family: var(--tk-font-body);
    font-size: var(--tk-font-size-s);
    line-height: var(--tk-line-height-normal);
    border: var(--tk-border-width) solid var(--tk-color-border);
    border-radius: var(--tk-radius-l);
    padding: var(--tk-space-4);
    min-inline-size: 0;
  }
  .fd-panel > h2,
  .fd-page h2 {
    margin: 0 0 var(--tk-space-3);
    font-family: var(--tk-font-heading);
    font-size: var(--tk-font-size-l);
    font-weight: var(--tk-font-weight-semibold);
  }
  .fd-muted {
    color: var(--tk-color-text-muted);
  }
  .fd-visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
  .fd-page code,
  .fd-panel code {
    font-family: var(--tk-font-mono);
    font-size: 0.95em;
  }
  .fd-table {
    inline-size: 100%;
    border-collapse: collapse;
  }
  .fd-table caption {
    text-align: start;
    font-weight: var(--tk-font-weight-semibold);
    padding-block: var(--tk-space-2);
  }
  .fd-table th {
    text-align: start;
    font-weight: var(--tk-font-weight-medium);
    font-size: var(--tk-font-size-xs);
    color: var(--tk-color-text-muted);
    padding: var(--tk-space-1) var(--tk-space-2);
    border-block-end: var(--tk-border-width) solid var(--tk-color-border);
  }
  .fd-table td {
    vertical-align: middle;
    padding: var(--tk-space-2);
    border-block-end: var(--tk-border-width) solid var(--tk-color-border);
  }
  .fd-table td:first-child code {
    white-space: nowrap;
  }
</style>`;

/** One row of a specimen table: a token, its value, what it is for and how it looks. */
export interface SpecimenRow {
  token: ThemeToken;
  specimen: TemplateResult;
}

/** A table of non-colour tokens with a live specimen of each. */
export function specimenTable(caption: string, rows: readonly SpecimenRow[]): TemplateResult {
  return html`
    <table class="fd-table">
      <caption>
        ${caption}
      </caption>
      <thead>
        <tr>
          <th scope="col">Token</th>
          <th scope="col">Value</th>
          <th scope="col">Specimen</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          ({ token, specimen }) => html`
            <tr>
              <td>
                <code>${token.name}</code>
                <div class="fd-muted">${token.description}</div>
              </td>
              <td><code>${token.light === token.dark ? token.light : `${token.light} / ${token.dark}`}</code></td>
              <td>${specimen}</td>
            </tr>
          `,
        )}
      </tbody>
    </table>
  `;
}

let uniqueId = 0;

/** An id no other story on the same docs page uses. */
export function nextId(prefix: string): string {
  uniqueId += 1;
  return `${prefix}-${uniqueId}`;
}

/** The same content rendered once in the light theme and once in the dark one, side by side. */
export function themePanels(content: (theme: Theme) => TemplateResult): TemplateResult {
  return html`${foundationsStyles}
    <div class="fd-panels">
      ${(['light', 'dark'] as const).map((theme) => {
        const heading = nextId(`fd-${theme}`);
        return html`
          <section class="fd-panel tk-theme-${theme}" aria-labelledby=${heading}>
            <h2 id=${heading}>${theme === 'light' ? 'Light theme' : 'Dark theme'}</h2>
            ${content(theme)}
          </section>
        `;
      })}
    </div>`;
}

/** Measures what a custom property resolves to as a colour inside `scope`. */
export function measureColor(scope: ParentNode, token: string): Rgba | undefined {
  const probe = document.createElement('span');
  probe.style.color = `var(${token})`;
  probe.style.forcedColorAdjust = 'none';
  scope.append(probe);
  const parsed = parseColor(getComputedStyle(probe).color);
  probe.remove();
  return parsed ?? undefined;
}

/** A ratio with the WCAG level it reaches, for people reading the catalog. */
export function describeRatio(ratio: number, minimum = 4.5): string {
  const value = `${ratio.toFixed(2)}:1`;
  if (minimum < 4.5) return ratio >= minimum ? `${value} (passes 3:1 for UI)` : `${value} (below 3:1)`;
  if (ratio >= 7) return `${value} AAA`;
  if (ratio >= 4.5) return `${value} AA`;
  if (ratio >= 3) return `${value} AA large text only`;
  return `${value} not for text`;
}

const short = (name: string): string => name.replace('--tk-color-', '');

/**
 * A table of colour tokens with a swatch, the declared and resolved values, and what the token's
 * contrast promises are worth in the surrounding theme.
 *
 * @summary Story helper: colour tokens as swatches with contrast information.
 */
export class FoundationsColorTable extends LitElement {
  static override styles = css`
    :host {
      display: block;
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
    }
    caption {
      text-align: start;
      font-weight: var(--tk-font-weight-semibold);
      padding-block: var(--tk-space-2);
    }
    th {
      text-align: start;
      font-weight: var(--tk-font-weight-medium);
      color: var(--tk-color-text-muted);
      font-size: var(--tk-font-size-xs);
      padding: var(--tk-space-1) var(--tk-space-2);
      border-block-end: var(--tk-border-width) solid var(--tk-color-border);
    }
    td {
      vertical-align: top;
      padding: var(--tk-space-2);
      border-block-end: var(--tk-border-width) solid var(--tk-color-border);
    }
    .swatch {
      inline-size: 2.5rem;
      block-size: 2.5rem;
      border-radius: var(--tk-radius-m);
      box-shadow: inset 0 0 0 1px rgb(128 128 128 / 0.4);
      forced-color-adjust: none;
    }
    code {
      font-family: var(--tk-font-mono);
      font-size: var(--tk-font-size-xs);
      overflow-wrap: anywhere;
    }
    .name {
      font-weight: var(--tk-font-weight-medium);
    }
    .note {
      display: block;
      color: var(--tk-color-text-muted);
      font-size: var(--tk-font-size-xs);
    }
  `;

  /** @internal What each colour token resolves to here, filled in after the first render. */
  @state() private measured = new Map<string, Rgba>();

  /** The tokens to list. */
  @property({ attribute: false }) tokens: readonly ThemeToken[] = [];

  /** Which declared value to show. */
  @property({ attribute: 'theme' }) theme: Theme = 'light';

  /** Table caption. */
  @property({ attribute: 'caption' }) caption = '';

  protected override firstUpdated(changed: PropertyValues): void {
    super.firstUpdated(changed);
    this.measure();
  }

  /** Re-reads the resolved colours, for when the surrounding theme or brand changed. */
  measure(): void {
    const names = new Set<string>(['--tk-color-surface', ...this.tokens.map((t) => t.name)]);
    for (const pair of contrastPairs) names.add(pair.foreground).add(pair.background);
    const measured = new Map<string, Rgba>();
    for (const name of names) {
      const color = measureColor(this.renderRoot, name);
      if (color) measured.set(name, color);
    }
    this.measured = measured;
  }

  private declared(token: ThemeToken): string {
    const value = token[this.theme];
    return value.length > 60 ? 'derived from --tk-brand (see Theming)' : value;
  }

  private notes(token: ThemeToken): TemplateResult[] {
    const color = (name: string): Rgba | undefined => this.measured.get(name);
    const own = color(token.name);
    if (!own) return [];
    const asForeground = contrastPairs.filter((p) => p.foreground === token.name);
    const asBackground = contrastPairs.filter((p) => p.background === token.name && p.minimum >= 4.5);
    const worst = (
      pairs: typeof contrastPairs,
      other: 'foreground' | 'background',
    ): TemplateResult | typeof nothing => {
      let result: { ratio: number; name: string; minimum: number } | undefined;
      for (const pair of pairs) {
        const against = color(pair[other]);
        if (!against) continue;
        const ratio = contrastRatio(other === 'background' ? own : against, other === 'background' ? against : own);
        if (!result || ratio < result.ratio) result = { ratio, name: pair[other], minimum: pair.minimum };
      }
      if (!result) return nothing;
      const where = other === 'background' ? `on ${short(result.name)}` : `with ${short(result.name)} on it`;
      return html`<span class="note">Worst: ${describeRatio(result.ratio, result.minimum)} ${where}</span>`;
    };
    if (asForeground.length || asBackground.length) {
      return [worst(asForeground, 'background'), worst(asBackground, 'foreground')].filter(
        (note): note is TemplateResult => note !== nothing,
      );
    }
    const surface = color('--tk-color-surface');
    if (!surface) return [];
    return [html`<span class="note">On surface: ${describeRatio(contrastRatio(own, surface))}</span>`];
  }

  override render(): TemplateResult {
    return html`
      <table>
        ${
          this.caption
            ? html`<caption>
                ${this.caption}
              </caption>`
            : nothing
        }
        <thead>
          <tr>
            <th scope="col">Swatch</th>
            <th scope="col">Token</th>
            <th scope="col">Value and contrast</th>
          </tr>
        </thead>
        <tbody>
          ${this.tokens.map((token) => {
            const resolved = this.measured.get(token.name);
            return html`
              <tr>
                <td><div class="swatch" style=${styleMap({ background: `var(${token.name})` })}></div></td>
                <td>
                  <code class="name">${token.name}</code>
                  <span class="note">${token.description}</span>
                </td>
                <td>
                  <code>${this.declared(token)}</code>
                  ${resolved ? html`<span class="note">Resolves to <code>${toHex(resolved)}</code></span>` : nothing}
                  ${this.notes(token)}
                </td>
              </tr>
            `;
          })}
        </tbody>
      </table>
    `;
  }
}
defineElement('foundations-color-table', FoundationsColorTable);

declare global {
  interface HTMLElementTagNameMap {
    'foundations-color-table': FoundationsColorTable;
  }
}
