import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { TkElement } from '../../base/tk-element.js';
import { LocalizeController } from '../../base/localize.js';
import { AnnouncerController } from '../../base/announcer.js';
import { ReorderController, type ReorderMove, type ReorderStrings } from '../../base/reorder.js';
import { PersistController } from '../../base/preferences/persist-controller.js';
import { safeUrl } from '../../base/safe-url.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../base/styles.js';
import type { Preferences } from '../../core/prefs/store.js';
import type { FieldError } from '../../core/prefs/document.js';
import { computeInvoice } from '../../core/invoice/compute.js';
import { InvoiceError } from '../../core/invoice/errors.js';
import type { InvoiceResult, InvoiceRounding } from '../../core/invoice/types.js';
import {
  FIELD_SECTIONS,
  INVOICE_COLUMNS,
  INVOICE_LAYOUTS,
  INVOICE_SECTIONS,
  REQUIRED_COLUMNS,
  REQUIRED_SECTIONS,
  builtInTemplate,
  resolveTemplate,
  type InvoiceColumnId,
  type InvoiceSectionId,
  type InvoiceTemplate,
} from '../../core/invoice/template.js';
import type { InvoiceBrand } from '../../core/invoice/brand.js';
import { ROUNDING_MODES } from '../../core/money/decimal.js';
import { currencyDigits } from '../../core/money/currencies.js';
import { formatMoney } from '../../core/money/format.js';
import { contrastRatio, readableTextColor, AA_TEXT } from '../../core/color/contrast.js';
import { parseColor, toHex } from '../../core/color/parse.js';
import { FieldSet } from '../../core/fields/field-set.js';
import { searchFields } from '../../core/fields/search.js';
import '../invoice/define.js';
import type { TkInvoice } from '../invoice/invoice.js';
import type { InvoiceDocument, InvoiceDocumentLine, InvoiceParty } from '../invoice/invoice-types.js';
import { invoiceDesignerStyles } from './invoice-designer.styles.js';
import { defaultInvoiceDesignerStrings, type InvoiceDesignerStrings } from './invoice-designer-strings.js';

/** The template, brand and money policy a user designs: one preferences document. */
export interface InvoiceDesign {
  template: InvoiceTemplate;
  brand: InvoiceBrand;
  /** ISO 4217 code the invoices are written in. */
  currency: string;
  rounding: Pick<InvoiceRounding, 'mode' | 'taxes'>;
  /** Cash rounding step (`"0.05"`), or `""` for none. */
  cashStep: string;
}

/** A client the bill-to block can be filled from. */
export interface InvoiceClient extends InvoiceParty {
  id: string;
}

export interface TkInvoiceChangeDetail {
  invoice: InvoiceDocument;
}

declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-invoice-change': TkInvoiceChangeDetail;
  }
}

export function defaultInvoiceDesign(): InvoiceDesign {
  return {
    template: builtInTemplate('classic'),
    brand: {},
    currency: 'EUR',
    rounding: { mode: 'half-up', taxes: 'per-line' },
    cashStep: '',
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fields of a stored design with the wrong shape: the preferences engine drops just those. */
function validateDesign(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const record = isRecord(value) ? value : {};
  if (!isRecord(record.template)) errors.push({ path: 'template', message: 'must be a template object' });
  if (!isRecord(record.brand)) errors.push({ path: 'brand', message: 'must be an object' });
  if (typeof record.currency !== 'string' || currencyDigits(record.currency) === undefined)
    errors.push({ path: 'currency', message: 'must be an ISO 4217 code' });
  const rounding = isRecord(record.rounding) ? record.rounding : {};
  if (
    !ROUNDING_MODES.includes(rounding.mode as never) ||
    (rounding.taxes !== 'per-line' && rounding.taxes !== 'per-document')
  )
    errors.push({ path: 'rounding', message: 'must be { mode, taxes }' });
  if (typeof record.cashStep !== 'string') errors.push({ path: 'cashStep', message: 'must be a string' });
  return errors;
}

const CURRENCIES = ['EUR', 'USD', 'GBP', 'CHF', 'CAD', 'JPY', 'KWD', 'SEK', 'INR', 'AUD'];
const PAPERS = ['A4', 'Letter'] as const;
const CASH_STEPS = ['', '0.05', '0.10', '1'];
const FONTS = ['', 'system-ui, sans-serif', 'Georgia, serif', '"Courier New", monospace'];
let uid = 0;

/**
 * Every id in display order: the shown ones in the template's order, each hidden one kept in the
 * slot it had, so hiding and showing again puts it back where it was.
 */
function arrangeAll<T>(previous: readonly T[], shown: readonly T[], all: readonly T[]): T[] {
  const start = previous.length ? [...previous] : [...shown];
  for (const id of all) if (!start.includes(id)) start.push(id);
  const visible = new Set(shown);
  const queue = [...shown];
  return start.map((id) => (visible.has(id) ? queue.shift()! : id));
}

function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}

/**
 * Where a user shapes their invoices: pick a template from live thumbnails, brand it (with a
 * contrast check), choose and order the sections and the lines-table columns by drag or keyboard,
 * add custom fields, edit line items with live totals, fill the bill-to block from the host's
 * clients, and write notes (Markdown optional, sanitized). The preview is a real `tk-invoice`, so
 * what the user sees is what prints.
 *
 * Template, brand and money policy are a preferences document (`persist-key`): the host's
 * personalized defaults (for example `countryInvoiceRules` by country: currency, tax rounding,
 * paper size) show through with their reason until the user changes something, and "Reset to
 * suggested" brings them back. The invoice itself is the host's data: every edit dispatches
 * `tk-invoice-change` with the new value.
 *
 * Register it where the designer opens (`import('tailorkit/components/invoice-designer/define')`):
 * a page that only shows invoices never downloads it.
 *
 * @summary Design invoice templates and edit an invoice with a live preview.
 *
 * @csspart base - The designer's wrapper.
 * @csspart form - The column of settings.
 * @csspart preview - The preview column.
 * @csspart thumbnail - Each template thumbnail.
 * @csspart contrast - The contrast check.
 * @csspart reason - Why the money and paper settings were suggested.
 * @csspart totals - The live totals under the line items.
 * @csspart error - The reason the invoice cannot be computed.
 *
 * @cssprop [--tk-invoice-designer-gap=var(--tk-space-4)] - Space between the panels.
 * @cssprop [--tk-invoice-designer-preview-width=36rem] - Width of the preview column.
 *
 * @event {CustomEvent<TkInvoiceChangeDetail>} tk-invoice-change - The user edited the invoice (a line, the bill-to block, a custom field, notes).
 * @event {CustomEvent<PreferencesErrorDetail>} tk-preferences-error - The design could not be loaded or saved.
 */
export class TkInvoiceDesigner extends TkElement {
  static override styles = [baseStyles, buttonStyles, visuallyHidden, invoiceDesignerStyles];

  readonly #localize = new LocalizeController(this, defaultInvoiceDesignerStrings);
  readonly #announcer = new AnnouncerController(this);
  readonly #persist = new PersistController<InvoiceDesign>(this, {
    version: 1,
    defaults: defaultInvoiceDesign(),
    validate: validateDesign,
  });
  readonly #sectionsReorder = new ReorderController(this, {
    items: () => [this.#sectionOrder()],
    lists: () => [this.renderRoot.querySelector<HTMLElement>('.sections-list')],
    label: (id) => this.#term('sectionName')(id as InvoiceSectionId),
    onMove: (moved) => this.#moveSection(moved),
    strings: () => this.reorderStrings,
  });
  readonly #columnsReorder = new ReorderController(this, {
    items: () => [this.#columnOrder()],
    lists: () => [this.renderRoot.querySelector<HTMLElement>('.columns-list')],
    label: (id) => this.#term('columnName')(id as InvoiceColumnId),
    onMove: (moved) => this.#moveColumn(moved),
    strings: () => this.reorderStrings,
  });
  #clients = new FieldSet([]);
  /** @internal Order of every section, shown or not, so a hidden one keeps its place. */
  @state() private sectionOrder: InvoiceSectionId[] = [];
  /** @internal Order of every column, shown or not. */
  @state() private columnOrder: InvoiceColumnId[] = [];
  /** @internal What the user typed in the client search. */
  @state() private clientQuery = '';
  /** @internal The highlighted client option. */
  @state() private activeClient = -1;
  /** @internal Whether the client list is open. */
  @state() private clientsOpen = false;

  /** The document key of the design; without it, the design lives as long as the element. */
  @property({ attribute: 'persist-key' }) persistKey?: string;
  /** A preferences store; else the nearest `<tk-preferences>`, else the embedded one. */
  @property({ attribute: false }) preferences?: Preferences;
  /** The invoice being edited (the host's data). Currency, rounding and cash rounding come from the design. */
  @property({ attribute: false }) invoice: InvoiceDocument = {
    currency: 'EUR',
    rounding: { mode: 'half-up', taxes: 'per-line' },
    taxes: [{ id: 'vat', rate: '19', label: 'VAT 19%' }],
    lines: [{ id: 'line-1', description: '', quantity: '1', unitPrice: '0', taxes: ['vat'] }],
  };
  /** The host's clients, for quick-filling the bill-to block. */
  @property({ attribute: false }) clients: InvoiceClient[] = [];
  /** Overrides for the strings a user reads. */
  @property({ attribute: false }) strings: Partial<InvoiceDesignerStrings> = {};
  /** Overrides for what reordering sections and columns announces. */
  @property({ attribute: false }) reorderStrings: Partial<ReorderStrings> = {};

  /** The design in effect: library defaults < personalized defaults < the user's choices. */
  get design(): InvoiceDesign {
    const value = this.#persist.value;
    return { ...defaultInvoiceDesign(), ...value, template: resolveTemplate(value.template) };
  }

  /** The invoice as the preview draws it: the host's data with the design's currency and policy. */
  get previewInvoice(): InvoiceDocument {
    const design = this.design;
    const invoice: InvoiceDocument = {
      ...this.invoice,
      currency: design.currency,
      rounding: { ...this.invoice.rounding, ...design.rounding },
    };
    if (design.cashStep) invoice.cashRounding = { step: design.cashStep };
    else delete invoice.cashRounding;
    return invoice;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('clients'))
      this.#clients = new FieldSet(
        (Array.isArray(this.clients) ? this.clients : []).map((client, i) => ({
          id: String(i),
          label: typeof client.name === 'string' ? client.name : '',
          type: 'text',
          synonyms: [client.email, client.taxId, client.address].filter(
            (s): s is string => typeof s === 'string' && s !== '',
          ),
        })),
      );
    const template = this.design.template;
    this.sectionOrder = arrangeAll(this.sectionOrder, template.sections, INVOICE_SECTIONS);
    this.columnOrder = arrangeAll(this.columnOrder, template.columns, INVOICE_COLUMNS);
  }

  #term<K extends keyof InvoiceDesignerStrings>(key: K): InvoiceDesignerStrings[K] {
    return this.#localize.term(key);
  }

  #sectionOrder(): string[] {
    return this.sectionOrder;
  }

  #columnOrder(): string[] {
    return this.columnOrder;
  }

  #setTemplate(change: Partial<InvoiceTemplate>): void {
    const design = this.design;
    void this.#persist.set({ ...design, template: { ...design.template, ...change } });
  }

  #setDesign(change: Partial<InvoiceDesign>): void {
    void this.#persist.set({ ...this.design, ...change });
  }

  #moveSection({ from, to }: ReorderMove): void {
    const order = move(this.sectionOrder, from.index, to.index);
    this.sectionOrder = order;
    this.#setTemplate({ sections: order.filter((s) => this.design.template.sections.includes(s)) });
  }

  #moveColumn({ from, to }: ReorderMove): void {
    const order = move(this.columnOrder, from.index, to.index);
    this.columnOrder = order;
    this.#setTemplate({ columns: order.filter((c) => this.design.template.columns.includes(c)) });
  }

  #toggleSection(section: InvoiceSectionId, shown: boolean): void {
    const current = new Set(this.design.template.sections);
    if (shown) current.add(section);
    else current.delete(section);
    this.#setTemplate({ sections: this.sectionOrder.filter((s) => current.has(s)) });
  }

  #toggleColumn(column: InvoiceColumnId, shown: boolean): void {
    const current = new Set(this.design.template.columns);
    if (shown) current.add(column);
    else current.delete(column);
    this.#setTemplate({ columns: this.columnOrder.filter((c) => current.has(c)) });
  }

  #setBrand(change: Partial<InvoiceBrand>): void {
    const brand = { ...this.design.brand, ...change };
    for (const key of Object.keys(brand) as (keyof InvoiceBrand)[]) if (!brand[key]) delete brand[key];
    this.#setDesign({ brand });
  }

  #edit(change: Partial<InvoiceDocument>): void {
    this.invoice = { ...this.invoice, ...change };
    this.emit('tk-invoice-change', { invoice: this.invoice });
  }

  #editLine(index: number, change: Partial<InvoiceDocumentLine>): void {
    const lines = this.invoice.lines.map((line, i) => (i === index ? { ...line, ...change } : line));
    for (const line of lines) if (line.discountPercent === '') delete line.discountPercent;
    this.#edit({ lines });
  }

  #addLine(): void {
    const id = `line-${Date.now().toString(36)}-${(uid += 1)}`;
    const tax = this.invoice.taxes?.[0]?.id;
    this.#edit({
      lines: [...this.invoice.lines, { id, description: '', quantity: '1', unitPrice: '0', taxes: tax ? [tax] : [] }],
    });
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>(`[data-line="${id}"] input`)?.focus(),
    );
  }

  #removeLine(index: number): void {
    this.#edit({ lines: this.invoice.lines.filter((_, i) => i !== index) });
  }

  #addField(): void {
    const fields = this.invoice.customFields ?? [];
    const id = `field-${Date.now().toString(36)}-${(uid += 1)}`;
    this.#edit({ customFields: [...fields, { id, label: '', value: '' }] });
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLInputElement>(`[data-field="${id}"] input`)?.focus(),
    );
  }

  #editField(index: number, change: { label?: string; value?: string }): void {
    const fields = (this.invoice.customFields ?? []).map((field, i) => (i === index ? { ...field, ...change } : field));
    this.#edit({ customFields: fields });
  }

  #removeField(index: number): void {
    this.#edit({ customFields: (this.invoice.customFields ?? []).filter((_, i) => i !== index) });
  }

  #placeField(id: string, section: InvoiceSectionId): void {
    this.#setTemplate({ fieldSections: { ...this.design.template.fieldSections, [id]: section } });
  }

  #matches(): InvoiceClient[] {
    const clients = Array.isArray(this.clients) ? this.clients : [];
    return searchFields(this.#clients, this.clientQuery, { locale: this.#localize.lang() })
      .slice(0, 8)
      .map((match) => clients[Number(match.field.id)])
      .filter(Boolean);
  }

  #chooseClient(client: InvoiceClient): void {
    const { id: _id, ...party } = client;
    this.#edit({ buyer: { ...party } });
    this.clientQuery = typeof client.name === 'string' ? client.name : '';
    this.clientsOpen = false;
    this.activeClient = -1;
    this.#announcer.announce(this.#term('clientChosen')(this.clientQuery));
  }

  #onClientKey(event: KeyboardEvent): void {
    const matches = this.#matches();
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      this.clientsOpen = true;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.activeClient = matches.length ? (this.activeClient + step + matches.length) % matches.length : -1;
    } else if (event.key === 'Enter' && this.clientsOpen && matches[this.activeClient]) {
      event.preventDefault();
      this.#chooseClient(matches[this.activeClient]);
    } else if (event.key === 'Escape' && this.clientsOpen) {
      event.preventDefault();
      this.clientsOpen = false;
      this.activeClient = -1;
    }
  }

  #computed(): { result?: InvoiceResult; error?: InvoiceError } {
    const invoice = this.previewInvoice;
    try {
      return {
        result: computeInvoice({ ...invoice, lines: invoice.lines.map(({ description: _d, ...line }) => line) }),
      };
    } catch (error) {
      return { error: error instanceof InvoiceError ? error : new InvoiceError('', String(error)) };
    }
  }

  /** Prints the preview through the browser's own dialog (where "Save as PDF" lives). */
  async printInvoice(): Promise<void> {
    await this.updateComplete;
    await this.renderRoot.querySelector<TkInvoice>('.preview tk-invoice')?.printInvoice();
  }

  /** Resets the money and paper policy and the design to the suggested (personalized) defaults. */
  resetDesign(): Promise<unknown> {
    return this.#persist.reset();
  }

  #contrast(): TemplateResult | typeof nothing {
    const primary = this.design.brand.primary;
    const parsed = typeof primary === 'string' ? parseColor(primary) : null;
    if (!parsed) return nothing;
    const hex = toHex({ ...parsed, alpha: 1 });
    const paper = contrastRatio(hex, '#ffffff');
    const band = contrastRatio(readableTextColor(hex), hex);
    const line = (text: string, ratio: number) => {
      const pass = ratio >= AA_TEXT;
      return html`<li class=${pass ? 'pass' : 'fail'}>
        ${text} — ${pass ? this.#term('contrastPass') : this.#term('contrastFail')}
      </li>`;
    };
    const shown = (ratio: number) => this.#localize.number(ratio, { maximumFractionDigits: 1 });
    return html`<ul class="contrast" part="contrast" aria-live="polite">
      ${line(this.#term('contrastPaper')(shown(paper)), paper)} ${line(this.#term('contrastBand')(shown(band)), band)}
    </ul>`;
  }

  #templatePicker(): TemplateResult {
    const design = this.design;
    const thumbnail = this.previewInvoice;
    return html`<fieldset class="templates">
      <legend>${this.#term('template')}</legend>
      ${INVOICE_LAYOUTS.map(
        (layout) =>
          html`<label class="template-choice" part="thumbnail">
            <input
              type="radio"
              name="layout"
              .value=${layout}
              .checked=${design.template.layout === layout}
              @change=${() => this.#setTemplate({ ...builtInTemplate(layout), labels: design.template.labels, fieldSections: design.template.fieldSections, paper: design.template.paper })}
            />
            <span class="thumbnail" aria-hidden="true" inert>
              <tk-invoice
                .invoice=${thumbnail}
                .template=${{ ...design.template, ...builtInTemplate(layout), paper: design.template.paper }}
                .brand=${design.brand}
              ></tk-invoice>
            </span>
            <span>${this.#term('layoutName')(layout)}</span>
          </label>`,
      )}
    </fieldset>`;
  }

  #brandPanel(): TemplateResult {
    const brand = this.design.brand;
    const logoRejected = !!brand.logo && !safeUrl(brand.logo, 'brand-image');
    const colour = (value: string | undefined) => {
      const parsed = value ? parseColor(value) : null;
      return parsed ? toHex({ ...parsed, alpha: 1 }) : '#1d4ed8';
    };
    return html`<fieldset>
      <legend>${this.#term('brand')}</legend>
      <label class="row"
        >${this.#term('logo')}
        <input
          type="url"
          name="logo"
          .value=${brand.logo ?? ''}
          aria-invalid=${logoRejected ? 'true' : 'false'}
          aria-describedby="logo-note"
          @change=${(e: Event) => this.#setBrand({ logo: (e.target as HTMLInputElement).value.trim() })}
      /></label>
      <p id="logo-note" class=${logoRejected ? 'note error-text' : 'note'}>${this.#term('logoRejected')}</p>
      <div class="colours">
        <label class="row"
          >${this.#term('primary')}
          <input
            type="color"
            name="primary"
            .value=${colour(brand.primary)}
            @change=${(e: Event) => this.#setBrand({ primary: (e.target as HTMLInputElement).value })}
        /></label>
        <label class="row"
          >${this.#term('accent')}
          <input
            type="color"
            name="accent"
            .value=${colour(brand.accent ?? brand.primary)}
            @change=${(e: Event) => this.#setBrand({ accent: (e.target as HTMLInputElement).value })}
        /></label>
      </div>
      ${this.#contrast()}
      <label class="row"
        >${this.#term('font')}
        <select name="font" @change=${(e: Event) => this.#setBrand({ font: (e.target as HTMLSelectElement).value })}>
          ${FONTS.map(
            (value) =>
              html`<option .value=${value} ?selected=${(brand.font ?? '') === value}>
                ${this.#term('fontName')(value)}
              </option>`,
          )}
        </select></label
      >
    </fieldset>`;
  }

  #policyPanel(): TemplateResult {
    const design = this.design;
    const layers = this.#persist.layers;
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
      <legend>${this.#term('policy')}</legend>
      ${reason ? html`<p class="reason" part="reason">${reason}</p>` : nothing}
      ${select(
        'currency',
        this.#term('currency'),
        design.currency,
        currencies.map((c) => [c, c]),
        (currency) => this.#setDesign({ currency }),
      )}
      ${select(
        'mode',
        this.#term('roundingMode'),
        design.rounding.mode,
        ROUNDING_MODES.map((m) => [m, this.#term('modeName')(m)]),
        (mode) => this.#setDesign({ rounding: { ...design.rounding, mode: mode as InvoiceRounding['mode'] } }),
      )}
      ${select(
        'taxes',
        this.#term('taxRounding'),
        design.rounding.taxes,
        (['per-line', 'per-document'] as const).map((t) => [t, this.#term('taxRoundingName')(t)]),
        (taxes) => this.#setDesign({ rounding: { ...design.rounding, taxes: taxes as InvoiceRounding['taxes'] } }),
      )}
      ${select(
        'cash',
        this.#term('cashStep'),
        design.cashStep,
        CASH_STEPS.map((step) => [step, this.#term('cashStepName')(step)]),
        (cashStep) => this.#setDesign({ cashStep }),
      )}
      ${select(
        'paper',
        this.#term('paper'),
        design.template.paper,
        PAPERS.map((p) => [p, p]),
        (paper) => this.#setTemplate({ paper: paper as InvoiceTemplate['paper'] }),
      )}
      ${
        layers.user !== undefined
          ? html`<button type="button" class="button" @click=${() => void this.resetDesign()}>
              ${this.#term('resetSuggested')}
            </button>`
          : nothing
      }
    </fieldset>`;
  }

  #orderPanel<T extends string>(
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
      <legend>${this.#term(kind)}</legend>
      <p class="note" id="${kind}-hint">${this.#term('reorderHint')}</p>
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
                  aria-label=${this.#term('show')(name(id))}
                  @keydown=${(e: KeyboardEvent) => e.stopPropagation()}
                  @change=${(e: Event) => toggle(id, (e.target as HTMLInputElement).checked)}
                />
                ${name(id)}${fixed ? html` <span class="note">(${this.#term('alwaysShown')})</span>` : nothing}</label
              >
            </li>`;
          },
        )}
      </ol>
    </fieldset>`;
  }

  #fieldsPanel(): TemplateResult {
    const fields = this.invoice.customFields ?? [];
    const sectionName = this.#term('sectionName');
    return html`<fieldset>
      <legend>${this.#term('customFields')}</legend>
      ${fields.map((field, i) => {
        const placed = this.design.template.fieldSections[field.id] ?? field.section ?? 'meta';
        const name = field.label || `${this.#term('customFields')} ${i + 1}`;
        return html`<div class="field-row" data-field=${field.id}>
          <label class="row"
            >${this.#term('fieldLabel')}
            <input
              type="text"
              .value=${field.label}
              @input=${(e: Event) => this.#editField(i, { label: (e.target as HTMLInputElement).value })}
          /></label>
          <label class="row"
            >${this.#term('fieldValue')}
            <input
              type="text"
              .value=${field.value}
              @input=${(e: Event) => this.#editField(i, { value: (e.target as HTMLInputElement).value })}
          /></label>
          <label class="row"
            >${this.#term('fieldSection')}
            <select
              @change=${(e: Event) => this.#placeField(field.id, (e.target as HTMLSelectElement).value as InvoiceSectionId)}
            >
              ${FIELD_SECTIONS.map((s) => html`<option .value=${s} ?selected=${s === placed}>${sectionName(s)}</option>`)}
            </select></label
          >
          <button type="button" class="button" @click=${() => this.#removeField(i)}>
            ${this.#term('remove')(name)}
          </button>
        </div>`;
      })}
      <button type="button" class="button" @click=${() => this.#addField()}>${this.#term('addField')}</button>
    </fieldset>`;
  }

  #billToPanel(): TemplateResult {
    const matches = this.clientsOpen ? this.#matches() : [];
    const buyer = this.invoice.buyer ?? {};
    const party = (key: 'name' | 'address' | 'email' | 'taxId', multiline = false) => {
      const set = (e: Event) =>
        this.#edit({ buyer: { ...this.invoice.buyer, [key]: (e.target as HTMLInputElement).value } });
      return html`<label class="row"
        >${this.#term(key)}
        ${
          multiline
            ? html`<textarea name="buyer-${key}" rows="2" .value=${buyer[key] ?? ''} @input=${set}></textarea>`
            : html`<input type="text" name="buyer-${key}" .value=${buyer[key] ?? ''} @input=${set} />`
        }</label
      >`;
    };
    return html`<fieldset>
      <legend>${this.#term('billTo')}</legend>
      <div class="combobox">
        <label class="row" for="client-search">${this.#term('findClient')}</label>
        <input
          id="client-search"
          type="text"
          role="combobox"
          aria-label=${this.#term('findClient')}
          autocomplete="off"
          aria-autocomplete="list"
          aria-controls="client-list"
          aria-expanded=${this.clientsOpen ? 'true' : 'false'}
          aria-activedescendant=${this.activeClient >= 0 && matches[this.activeClient] ? `client-${this.activeClient}` : nothing}
          .value=${this.clientQuery}
          @input=${(e: Event) => {
            this.clientQuery = (e.target as HTMLInputElement).value;
            this.clientsOpen = true;
            this.activeClient = -1;
          }}
          @keydown=${(e: KeyboardEvent) => this.#onClientKey(e)}
          @blur=${() => (this.clientsOpen = false)}
        />
        <ul id="client-list" role="listbox" aria-label=${this.#term('findClient')} ?hidden=${!this.clientsOpen}>
          ${
            this.clientsOpen && matches.length === 0
              ? html`<li class="note" role="option" aria-disabled="true" aria-selected="false">
                  ${this.#term('noClients')}
                </li>`
              : nothing
          }
          ${matches.map(
            (client, i) =>
              // The keyboard stays on the combobox input (aria-activedescendant); options are clicked only.
              // eslint-disable-next-line lit-a11y/click-events-have-key-events
              html`<li
                id="client-${i}"
                role="option"
                aria-selected=${i === this.activeClient ? 'true' : 'false'}
                @mousedown=${(e: Event) => e.preventDefault()}
                @click=${() => this.#chooseClient(client)}
              >
                ${client.name ?? ''}${client.email ? html` <span class="note">${client.email}</span>` : nothing}
              </li>`,
          )}
        </ul>
      </div>
      ${party('name')} ${party('address', true)} ${party('email')} ${party('taxId')}
    </fieldset>`;
  }

  #linesPanel(computed: { result?: InvoiceResult; error?: InvoiceError }): TemplateResult {
    const taxes = this.invoice.taxes ?? [];
    const errorPath = computed.error?.path ?? '';
    const input = (
      index: number,
      key: 'description' | 'quantity' | 'unitPrice' | 'discountPercent',
      label: string,
      value: string,
    ) => {
      const invalid = errorPath === `lines[${index}].${key}`;
      return html`<td>
        <input
          type="text"
          name=${key}
          inputmode=${key === 'description' ? 'text' : 'decimal'}
          aria-label="${label} (${this.#term('line')(index + 1)})"
          aria-invalid=${invalid ? 'true' : 'false'}
          aria-describedby=${invalid ? 'lines-error' : nothing}
          .value=${value}
          @input=${(e: Event) => this.#editLine(index, { [key]: (e.target as HTMLInputElement).value.trim() === '' && key === 'discountPercent' ? '' : (e.target as HTMLInputElement).value })}
        />
      </td>`;
    };
    const money = (amount: string) => formatMoney(amount, this.design.currency, this.#localize.lang());
    return html`<fieldset>
      <legend>${this.#term('lines')}</legend>
      <table class="line-editor">
        <thead>
          <tr>
            <th scope="col">${this.#term('description')}</th>
            <th scope="col">${this.#term('quantity')}</th>
            <th scope="col">${this.#term('unitPrice')}</th>
            <th scope="col">${this.#term('discount')}</th>
            <th scope="col">${this.#term('tax')}</th>
            <th scope="col"><span class="visually-hidden">${this.#term('remove')('')}</span></th>
          </tr>
        </thead>
        <tbody>
          ${repeat(
            this.invoice.lines,
            (line) => line.id,
            (line, i) =>
              html`<tr data-line=${line.id}>
                ${input(i, 'description', this.#term('description'), line.description ?? '')}
                ${input(i, 'quantity', this.#term('quantity'), line.quantity)}
                ${input(i, 'unitPrice', this.#term('unitPrice'), line.unitPrice)}
                ${input(i, 'discountPercent', this.#term('discount'), line.discountPercent ?? '')}
                <td>
                  <select
                    aria-label="${this.#term('tax')} (${this.#term('line')(i + 1)})"
                    @change=${(e: Event) => {
                      const id = (e.target as HTMLSelectElement).value;
                      this.#editLine(i, { taxes: id ? [id] : [] });
                    }}
                  >
                    <option value="" ?selected=${!line.taxes?.length}>${this.#term('noTax')}</option>
                    ${taxes.map((tax) => html`<option .value=${tax.id} ?selected=${line.taxes?.[0] === tax.id}>${tax.label ?? tax.id}</option>`)}
                  </select>
                </td>
                <td>
                  <button type="button" class="button" @click=${() => this.#removeLine(i)}>
                    ${this.#term('remove')(line.description || this.#term('line')(i + 1))}
                  </button>
                </td>
              </tr>`,
          )}
        </tbody>
      </table>
      <button type="button" class="button" @click=${() => this.#addLine()}>${this.#term('addLine')}</button>
      ${
        computed.result
          ? html`<dl class="live-totals" part="totals" aria-live="polite">
              <div>
                <dt>${this.#term('subtotal')}</dt>
                <dd data-figure="subtotal">${money(computed.result.subtotal)}</dd>
              </div>
              <div>
                <dt>${this.#term('total')}</dt>
                <dd data-figure="total">${money(computed.result.total)}</dd>
              </div>
            </dl>`
          : html`<p id="lines-error" class="error-text" part="error" role="alert">${computed.error?.message}</p>`
      }
    </fieldset>`;
  }

  #notesPanel(): TemplateResult {
    return html`<fieldset>
      <legend>${this.#term('notes')}</legend>
      <label class="row"
        >${this.#term('notes')}
        <textarea
          name="notes"
          rows="3"
          .value=${this.invoice.notes ?? ''}
          @input=${(e: Event) => this.#edit({ notes: (e.target as HTMLTextAreaElement).value })}
        ></textarea>
      </label>
      <label class="check"
        ><input
          type="checkbox"
          name="markdown"
          .checked=${this.invoice.notesFormat === 'markdown'}
          @change=${(e: Event) => this.#edit({ notesFormat: (e.target as HTMLInputElement).checked ? 'markdown' : 'text' })}
        />
        ${this.#term('markdown')}</label
      >
    </fieldset>`;
  }

  override render(): TemplateResult {
    const design = this.design;
    const computed = this.#computed();
    return html`<div part="base" class="designer" role="group" aria-label=${this.#term('designer')}>
      <div class="form" part="form">
        ${this.#templatePicker()} ${this.#brandPanel()} ${this.#policyPanel()}
        ${this.#orderPanel('sections', this.sectionOrder, design.template.sections, REQUIRED_SECTIONS, this.#term('sectionName'), (id, on) => this.#toggleSection(id, on), this.#sectionsReorder)}
        ${this.#orderPanel('columns', this.columnOrder, design.template.columns, REQUIRED_COLUMNS, this.#term('columnName'), (id, on) => this.#toggleColumn(id, on), this.#columnsReorder)}
        ${this.#billToPanel()} ${this.#linesPanel(computed)} ${this.#fieldsPanel()} ${this.#notesPanel()}
      </div>
      <section class="preview" part="preview" aria-label=${this.#term('preview')}>
        <button type="button" class="button" data-variant="primary" @click=${() => void this.printInvoice()}>
          ${this.#term('print')}
        </button>
        <tk-invoice .invoice=${this.previewInvoice} .template=${design.template} .brand=${design.brand}></tk-invoice>
      </section>
    </div>`;
  }
}
