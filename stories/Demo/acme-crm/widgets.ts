// Demo-only widget elements for the Acme CRM home: a number with its trend, a line chart, a bar chart
// and a list. They are plain Lit elements with static data; the dashboard item around them supplies
// the heading, so each names its content for assistive technology without repeating it on screen.
import { LitElement, css, html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';

export interface ListEntry {
  primary: string;
  secondary: string;
  /** A short value at the end of the row: an amount, an age, a kind. */
  meta: string;
}

const shared = css`
  :host {
    display: block;
    block-size: 100%;
    font-family: var(--tk-font-body, system-ui, sans-serif);
    color: var(--tk-color-text, CanvasText);
  }
  .muted {
    color: var(--tk-color-text-muted, CanvasText);
    font-size: var(--tk-font-size-s, 0.875rem);
  }
`;

/** A key figure with its change and what the change is measured against. */
export class AcmeKpi extends LitElement {
  static override styles = [
    shared,
    css`
      .value {
        margin: 0;
        font-size: var(--tk-font-size-xl, 1.75rem);
        font-weight: 700;
        line-height: 1.2;
        font-variant-numeric: tabular-nums;
      }
      .change {
        font-weight: 600;
        font-size: var(--tk-font-size-s, 0.875rem);
      }
      .up {
        color: var(--tk-color-success, CanvasText);
      }
      .down {
        color: var(--tk-color-danger, CanvasText);
      }
      p {
        margin: var(--tk-space-1, 0.25rem) 0 0;
      }
    `,
  ];

  @property() value = '';
  @property() change = '';
  @property() tone: 'up' | 'down' | 'flat' = 'flat';
  @property() caption = '';

  override render(): TemplateResult {
    const arrow = this.tone === 'up' ? '▲' : this.tone === 'down' ? '▼' : '';
    return html`<p class="value"><bdi>${this.value}</bdi></p>
      <p>
        <span class="change ${this.tone}"><span aria-hidden="true">${arrow}</span> <bdi>${this.change}</bdi></span>
        <span class="muted">${this.caption}</span>
      </p>`;
  }
}

/** The latest value of a series and a small line chart of the whole series. */
export class AcmeSparkline extends LitElement {
  static override styles = [
    shared,
    css`
      :host {
        display: flex;
        flex-direction: column;
        gap: var(--tk-space-2, 0.5rem);
      }
      .value {
        margin: 0;
        font-size: var(--tk-font-size-l, 1.25rem);
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      svg {
        flex: 1;
        min-block-size: 2.5rem;
        inline-size: 100%;
        overflow: visible;
      }
      .line {
        fill: none;
        stroke: var(--tk-color-brand, LinkText);
        stroke-width: 2;
        stroke-linejoin: round;
        stroke-linecap: round;
      }
      .area {
        fill: var(--tk-color-brand-subtle, transparent);
        stroke: none;
      }
      @media (forced-colors: active) {
        .line {
          stroke: CanvasText;
        }
        .area {
          fill: none;
        }
      }
    `,
  ];

  /** What the series is, read as the chart's accessible name. */
  @property() label = '';
  @property() caption = '';
  @property({ attribute: false }) points: number[] = [];
  @property({ attribute: false }) format: (value: number) => string = String;

  /** A sentence a screen reader user gets instead of the picture: the range, the highs and lows. */
  private summary(): string {
    const { points, format } = this;
    if (points.length === 0) return `${this.label}: no data`;
    const first = format(points[0]);
    const last = format(points.at(-1)!);
    return `${this.label}: from ${first} to ${last}, highest ${format(Math.max(...points))}, lowest ${format(Math.min(...points))}`;
  }

  override render(): TemplateResult {
    const points = this.points;
    const min = Math.min(...points);
    const span = Math.max(...points) - min || 1;
    const step = points.length > 1 ? 100 / (points.length - 1) : 0;
    const coordinates = points.map((value, i) => [i * step, 38 - ((value - min) / span) * 34] as const);
    const line = coordinates.map(([x, y]) => `${x.toFixed(2)},${y.toFixed(2)}`).join(' ');
    const summary = this.summary();
    return html`<p class="value">
        <bdi>${points.length > 0 ? this.format(points.at(-1)!) : '–'}</bdi> <span class="muted">${this.caption}</span>
      </p>
      <svg viewBox="0 0 100 40" preserveAspectRatio="none" role="img" aria-label=${summary}>
        <title>${summary}</title>
        ${
          points.length > 1
            ? svg`<polygon class="area" points="0,40 ${line} 100,40"></polygon>
              <polyline class="line" points=${line} vector-effect="non-scaling-stroke"></polyline>`
            : nothing
        }
      </svg>`;
  }
}

/** Horizontal bars as a list, so every label and value is real text a screen reader can walk. */
export class AcmeBarChart extends LitElement {
  static override styles = [
    shared,
    css`
      ul {
        display: grid;
        grid-template-columns: minmax(5rem, max-content) 1fr auto;
        align-items: center;
        gap: var(--tk-space-2, 0.5rem) var(--tk-space-3, 0.75rem);
        margin: 0;
        padding: 0;
        list-style: none;
        font-size: var(--tk-font-size-s, 0.875rem);
      }
      li {
        display: contents;
      }
      .label {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .track,
      .bar {
        display: block;
      }
      .track {
        block-size: 0.75rem;
        border-radius: var(--tk-radius-s, 4px);
        background: var(--tk-color-surface-sunken, Canvas);
        overflow: hidden;
      }
      .bar {
        block-size: 100%;
        border-radius: inherit;
        background: var(--tk-color-brand, LinkText);
      }
      .value {
        font-variant-numeric: tabular-nums;
        font-weight: 600;
        text-align: end;
      }
      @media (forced-colors: active) {
        .track {
          border: 1px solid CanvasText;
        }
        .bar {
          background: CanvasText;
        }
      }
    `,
  ];

  /** What the bars measure: the list's accessible name. */
  @property() label = '';
  @property({ attribute: false }) bars: { label: string; value: number }[] = [];
  @property({ attribute: false }) format: (value: number) => string = String;

  override render(): TemplateResult {
    const max = Math.max(1, ...this.bars.map((bar) => bar.value));
    return html`<ul aria-label=${this.label}>
      ${this.bars.map(
        (bar) =>
          html`<li>
            <span class="label">${bar.label}</span>
            <span class="track" aria-hidden="true"
              ><span class="bar" style=${styleMap({ inlineSize: `${(bar.value / max) * 100}%` })}></span
            ></span>
            <span class="value">${this.format(bar.value)}</span>
          </li>`,
      )}
    </ul>`;
  }
}

/** Rows of deals, tickets or tasks. */
export class AcmeList extends LitElement {
  static override styles = [
    shared,
    css`
      ul {
        margin: 0;
        padding: 0;
        list-style: none;
      }
      li {
        display: grid;
        grid-template-columns: 1fr auto;
        gap: 0 var(--tk-space-3, 0.75rem);
        padding-block: var(--tk-space-1, 0.25rem);
        border-block-end: 1px solid var(--tk-color-border, GrayText);
      }
      li:last-child {
        border-block-end: 0;
      }
      .primary,
      .muted {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      .primary {
        font-size: var(--tk-font-size-s, 0.875rem);
        font-weight: 600;
      }
      .muted {
        font-size: var(--tk-font-size-xs, 0.75rem);
      }
      .meta {
        grid-row: span 2;
        align-self: center;
        font-size: var(--tk-font-size-s, 0.875rem);
        font-variant-numeric: tabular-nums;
      }
    `,
  ];

  /** What the rows are: the list's accessible name. */
  @property() label = '';
  @property({ attribute: false }) entries: ListEntry[] = [];

  override render(): TemplateResult {
    return html`<ul aria-label=${this.label}>
      ${this.entries.map(
        (entry) =>
          html`<li>
            <span class="primary">${entry.primary}</span>
            <span class="meta">${entry.meta}</span>
            <span class="muted">${entry.secondary}</span>
          </li>`,
      )}
    </ul>`;
  }
}

/**
 * Registers the widget tags (each once). A function rather than a module side effect: the package's
 * `sideEffects` list marks every other module side-effect free, so a bare `import './widgets.js'`
 * would be dropped from the Storybook build.
 */
export function defineAcmeWidgets(): void {
  for (const [tag, ctor] of [
    ['acme-kpi', AcmeKpi],
    ['acme-sparkline', AcmeSparkline],
    ['acme-bar-chart', AcmeBarChart],
    ['acme-list', AcmeList],
  ] as const) {
    if (!customElements.get(tag)) customElements.define(tag, ctor);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'acme-kpi': AcmeKpi;
    'acme-sparkline': AcmeSparkline;
    'acme-bar-chart': AcmeBarChart;
    'acme-list': AcmeList;
  }
}
