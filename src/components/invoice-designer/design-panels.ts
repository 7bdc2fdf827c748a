import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { ReorderController } from '../../base/reorder.js';
import { safeUrl } from '../../base/safe-url.js';
import type { Layers } from '../../core/prefs/document.js';
import type { InvoiceRounding } from '../../core/invoice/types.js';
import { INVOICE_LAYOUTS, builtInTemplate, type InvoiceTemplate } from '../../core/invoice/template.js';
import type { InvoiceBrand } from '../../core/invoice/brand.js';
import { ROUNDING_MODES } from '../../core/money/decimal.js';
import { contrastRatio, readableTextColor, AA_TEXT } from '../../core/color/contrast.js';
import { parseColor, toHex } from '../../core/color/parse.js';
import '../invoice/define.js';
import type { InvoiceDocument } from '../invoice/invoice-types.js';
import type { InvoiceDesign } from './invoice-design.js';
import type { InvoiceDesignerStrings } from './invoice-designer-strings.js';

/**
 * The panels where a user shapes the design (a preferences document): template thumbnails, brand
 * with its contrast check, money and paper policy, and the order of sections and columns.
 */

const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'JPY', 'KWD', 'SEK', 'INR', 'AUD'];
const PAPERS = ['A4', 'Letter'] as const;
const CASH_STEPS = ['', '0.05', '0.10', '1'];
const FONTS = ['', 'system-ui, sans-serif', 'Georgia, serif', '"Courier New", monospace'];

/** What the design panels read and change. */
export interface DesignPanelsHost {
  readonly design: InvoiceDesign;
  readonly previewInvoice: InvoiceDocument;
  readonly layers: Layers<InvoiceDesign>;
  term<K extends keyof InvoiceDesignerStrings>(key: K): InvoiceDesignerStrings[K];
  number(value: number, options: Intl.NumberFormatOptions): string;
  setTemplate(change: Partial<InvoiceTemplate>): void;
  setDesign(change: Partial<InvoiceDesign>): void;
  setBrand(change: Partial<InvoiceBrand>): void;
  resetDesign(): void;
}

function contrast(host: DesignPanelsHost): TemplateResult | typeof nothing {
  const primary = host.design.brand.primary;
  const parsed = typeof primary === 'string' ? parseColor(primary) : null;
  if (!parsed) return nothing;
  const hex = toHex({ ...parsed, alpha: 1 });
  const paper = contrastRatio(hex, '#ffffff');
  const band = contrastRatio(readableTextColor(hex), hex);
  const line = (text: string, ratio: number) => {
    const pass = ratio >= AA_TEXT;
    return html`<li class=${pass ? 'pass' : 'fail'}>
      ${text} — ${pass ? host.term('contrastPass') : host.term('contrastFail')}
    </li>`;
  };
  const shown = (ratio: number) => host.number(ratio, { maximumFractionDigits: 1 });
  return html`<ul class="contrast" part="contrast" aria-live="polite">
    ${line(host.term('contrastPaper')(shown(paper)), paper)} ${line(host.term('contrastBand')(shown(band)), band)}
  </ul>`;
}

export function templatePicker(host: DesignPanelsHost): TemplateResult {
  const design = host.design;
  const thumbnail = host.previewInvoice;
  return html`<fieldset class="templates">
    <legend>${host.term('template')}</legend>
    ${INVOICE_LAYOUTS.map(
      (layout) =>
        html`<label class="template-choice" part="thumbnail">
          <input
            type="radio"
            name="layout"
            .value=${layout}
            .checked=${design.template.layout === layout}
            @change=${() => host.setTemplate({ ...builtInTemplate(layout), labels: design.template.labels, fieldSections: design.template.fieldSections, paper: design.template.paper })}
          />
          <span class="thumbnail" aria-hidden="true" inert>
            <tk-invoice
              .invoice=${thumbnail}
              .template=${{ ...design.template, ...builtInTemplate(layout), paper: design.template.paper }}
              .brand=${design.brand}
            ></tk-invoice>
          </span>
          <span>${host.term('layoutName')(layout)}</span>
        </label>`,
    )}
  </fieldset>`;
}

export function brandPanel(host: DesignPanelsHost): TemplateResult {
  const brand = host.design.brand;
  const logoRejected = !!brand.logo && !safeUrl(brand.logo, 'brand-image');
  const colour = (value: string | undefined) => {
    const parsed = value ? parseColor(value) : null;
    return parsed ? toHex({ ...parsed, alpha: 1 }) : '#1d4ed8';
  };
  return html`<fieldset>
    <legend>${host.term('brand')}</legend>
    <label class="row"
      >${host.term('logo')}
      <input
        type="url"
        name="logo"
        .value=${brand.logo ?? ''}
        aria-invalid=${logoRejected ? 'true' : 'false'}
        aria-describedby="logo-note"
        @change=${(e: Event) => host.setBrand({ logo: (e.target as HTMLInputElement).value.trim() })}
    /></label>
    <p id="logo-note" class=${logoRejected ? 'note error-text' : 'note'}>${host.term('logoRejected')}</p>
    <div class="colours">
      <label class="row"
        >${host.term('primary')}
        <input
          type="color"
          name="primary"
          .value=${colour(brand.primary)}
          @change=${(e: Event) => host.setBrand({ primary: (e.target as HTMLInputElement).value })}
      /></label>
      <label class="row"
        >${host.term('accent')}
        <input
          type="color"
          name="accent"
          .value=${colour(brand.accent ?? brand.primary)}
          @change=${(e: Event) => host.setBrand({ accent: (e.target as HTMLInputElement).value })}
      /></label>
    </div>
    ${contrast(host)}
    <label class="row"
      >${host.term('font')}
      <select name="font" @change=${(e: Event) => host.setBrand({ font: (e.target as HTMLSelectElement).value })}>
        ${FONTS.map(
          (value) =>
            html`<option .value=${value} ?selected=${(brand.font ?? '') === value}>
              ${host.term('fontName')(value)}
            </option>`,
        )}
      </select></label
    >
  </fieldset>`;
}

export function policyPanel(host: DesignPanelsHost): TemplateResult {
  const design = host.design;
  const layers = host.layers;
  const reason = layers.personalized !== undefined ? layers.reason : undefined;
  const select = (
    name: string,
    label: string,
    value: string,
    options: [string, string][],
    apply: (value: string) => void,
  ) =>
    html`<label class="row"
      >${label}
      <select name=${name} @change=${(e: Event) => apply((e.target as HTMLSelectElement).value)}>
        ${options.map(([v, text]) => html`<option .value=${v} ?selected=${v === value}>${text}</option>`)}
      </select></label
    >`;
  const currencies = CURRENCIES.includes(design.currency) ? CURRENCIES : [design.currency, ...CURRENCIES];
  return html`<fieldset>
    <legend>${host.term('policy')}</legend>
    ${reason ? html`<p class="reason" part="reason">${reason}</p>` : nothing}
    ${select(
      'currency',
      host.term('currency'),
      design.currency,
      currencies.map((c) => [c, c]),
      (currency) => host.setDesign({ currency }),
    )}
    ${select(
      'mode',
      host.term('roundingMode'),
      design.rounding.mode,
      ROUNDING_MODES.map((m) => [m, host.term('modeName')(m)]),
      (mode) => host.setDesign({ rounding: { ...design.rounding, mode: mode as InvoiceRounding['mode'] } }),
    )}
    ${select(
      'taxes',
      host.term('taxRounding'),
      design.rounding.taxes,
      (['per-line', 'per-document'] as const).map((t) => [t, host.term('taxRoundingName')(t)]),
      (taxes) => host.setDesign({ rounding: { ...design.rounding, taxes: taxes as InvoiceRounding['taxes'] } }),
    )}
    ${select(
      'cash',
      host.term('cashStep'),
      design.cashStep,
      CASH_STEPS.map((step) => [step, host.term('cashStepName')(step)]),
      (cashStep) => host.setDesign({ cashStep }),
    )}
    ${select(
      'paper',
      host.term('paper'),
      design.template.paper,
      PAPERS.map((p) => [p, p]),
      (paper) => host.setTemplate({ paper: paper as InvoiceTemplate['paper'] }),
    )}
    ${
      layers.user !== undefined
        ? html`<button type="button" class="button" @click=${() => void host.resetDesign()}>
            ${host.term('resetSuggested')}
          </button>`
        : nothing
    }
  </fieldset>`;
}

export function orderPanel<T extends string>(
  host: DesignPanelsHost,
  kind: 'sections' | 'columns',
  order: T[],
  shown: readonly T[],
  required: readonly T[],
  name: (id: T) => string,
  toggle: (id: T, on: boolean) => void,
  reorder: ReorderController,
): TemplateResult {
  const arranged = reorder.arrange()[0] as T[];
  return html`<fieldset>
    <legend>${host.term(kind)}</legend>
    <p class="note" id="${kind}-hint">${host.term('reorderHint')}</p>
    <ol class="${kind}-list order-list" aria-describedby="${kind}-hint">
      ${repeat(
        arranged.length ? arranged : order,
        (id) => id,
        (id) => {
          const fixed = required.includes(id);
          return html`<li class="order-item" data-reorder-id=${id} tabindex="0" aria-label=${name(id)}>
            <span class="handle" aria-hidden="true">⋮⋮</span>
            <label
              ><input
                type="checkbox"
                .checked=${shown.includes(id)}
                ?disabled=${fixed}
                aria-label=${host.term('show')(name(id))}
                @keydown=${(e: KeyboardEvent) => e.stopPropagation()}
                @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)}
              />
              ${name(id)}${fixed ? html` <span class="note">(${host.term('alwaysShown')})</span>` : nothing}</label
            >
          </li>`;
        },
      )}
    </ol>
  </fieldset>`;
}
