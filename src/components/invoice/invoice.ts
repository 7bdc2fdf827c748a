import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { TkElement } from '../../base/tk-element.js';
import { LocalizeController } from '../../base/localize.js';
import { baseStyles } from '../../base/styles.js';
import { LazyModule } from '../../base/lazy.js';
import { safeUrl } from '../../base/safe-url.js';
import { computeInvoice } from '../../core/invoice/compute.js';
import { InvoiceError } from '../../core/invoice/errors.js';
import type { InvoiceInput } from '../../core/invoice/types.js';
import { resolveTemplate, type InvoiceLayout, type InvoiceTemplate } from '../../core/invoice/template.js';
import { safeFont, type InvoiceBrand } from '../../core/invoice/brand.js';
import type { BrandColors } from '../../core/invoice/brand-colors.js';
import { formatDecimal, formatMoney } from '../../core/money/format.js';
import { invoiceStyles, pageStyles } from './invoice.styles.js';
import { defaultInvoiceStrings, type InvoiceStrings } from './invoice-strings.js';
import type { InvoiceDocument, InvoiceJson } from './invoice-types.js';
import { printableDocument, printInFrame } from './invoice-print.js';
import {
  fieldsBySection,
  renderFields,
  renderSection,
  type InvoiceComputed,
  type InvoiceLabel,
  type InvoiceView,
} from './invoice-sections.js';

/** The colour parser and contrast check, loaded when a brand first sets a colour. */
const colourModule = /* @__PURE__ */ new LazyModule(() => import('../../core/invoice/brand-colors.js'));
/** The Markdown renderer (marked + DOMPurify), loaded when an invoice's notes are Markdown. */
const markdownModule = /* @__PURE__ */ new LazyModule(() => import('../../base/markdown.js'));

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The input the engine reads: the document without what only the page shows. */
function engineInput(invoice: InvoiceDocument): InvoiceInput {
  return {
    ...invoice,
    lines: Array.isArray(invoice.lines)
      ? invoice.lines.map((line) => {
          if (typeof line !== 'object' || line === null) return line;
          const { description: _description, ...rest } = line;
          return rest;
        })
      : invoice.lines,
  };
}

/**
 * An invoice drawn from data: the figures come from `computeInvoice`, the one engine the designer
 * and `toJSON()` use too, so the page, the editor and the JSON always agree.
 *
 * The look comes from a declarative `template` (a built-in layout name, or sections, columns,
 * labels and custom-field placement over one), and the business's `brand` (logo, colours, font).
 * Every string in the invoice (names, addresses, descriptions, custom fields, notes) is printed as
 * text; notes in Markdown go through the one sanitizing renderer. Amounts are formatted with `Intl`
 * for the invoice's language (`lang` on it or an ancestor) with the currency's ISO 4217 digits.
 *
 * `printInvoice()` prints the invoice alone through the browser's own print dialog ("Save as PDF"
 * included): A4 or Letter from the template, the table header repeated on every page, no line row
 * split across pages, the totals kept together, and page numbers where the browser draws them.
 *
 * @summary An exact, brandable, printable invoice.
 *
 * @csspart base - The paper: the whole invoice.
 * @csspart header - Logo, seller and title.
 * @csspart logo - The logo image.
 * @csspart parties - Seller and buyer blocks.
 * @csspart meta - Number, dates and custom fields.
 * @csspart lines - The lines table.
 * @csspart totals - Subtotal, discount, taxes, rounding and total.
 * @csspart total - The total row.
 * @csspart notes - The notes.
 * @csspart footer - The footer.
 * @csspart fields - Custom fields whose section is not shown.
 * @csspart error - What is shown when the invoice cannot be computed.
 *
 * @cssprop [--tk-invoice-brand=#1d4ed8] - Main brand colour (the band of the modern layout, headings, rules); the `brand` property wins. Not the app theme's brand: the paper is white in every theme.
 * @cssprop [--tk-invoice-on-brand=#fff] - Text on the main brand colour.
 * @cssprop [--tk-invoice-accent=var(--tk-invoice-brand)] - Second brand colour (table header of the modern layout).
 * @cssprop [--tk-invoice-on-accent=#fff] - Text on the accent colour.
 * @cssprop [--tk-invoice-font=var(--tk-font-body)] - The invoice's font.
 * @cssprop [--tk-invoice-paper=#fff] - The paper colour (an invoice is printed on white in every theme).
 * @cssprop [--tk-invoice-ink=#1f2937] - Text colour on the paper.
 * @cssprop [--tk-invoice-muted=#4b5563] - Secondary text on the paper.
 * @cssprop [--tk-invoice-rule=#d1d5db] - Lines between rows.
 *
 * @event {CustomEvent<TkInvoiceErrorDetail>} tk-invoice-error - The invoice cannot be computed (an unknown currency, a malformed number…); `path` names the field. The invoice shows the reason instead of figures.
 */
export class TkInvoice extends TkElement {
  static override styles = [baseStyles, invoiceStyles];

  readonly #localize = new LocalizeController(this, defaultInvoiceStrings);
  #computed: InvoiceComputed | undefined;
  #colours: BrandColors = {};
  /** Modules still arriving (brand colours, the Markdown renderer): `updateComplete` waits for them. */
  readonly #loading = new Set<Promise<unknown>>();
  #template: InvoiceTemplate = resolveTemplate('classic');

  /** The invoice: the `computeInvoice` input with a description per line, plus number, dates, parties, notes and custom fields. */
  @property({ attribute: false }) invoice?: InvoiceDocument;

  /**
   * A built-in layout (`classic`, `modern`, `compact`; also as the `template` attribute) or a
   * template object: sections, columns, labels, custom-field placement, paper.
   */
  @property({ attribute: 'template' }) template: InvoiceLayout | Partial<InvoiceTemplate> = 'classic';

  /** Logo, colours and font; unsafe or unreadable values are left out. */
  @property({ attribute: false }) brand?: InvoiceBrand;

  /** Overrides for the strings a reader sees (translations); a template's `labels` win over these. */
  @property({ attribute: false }) strings: Partial<InvoiceStrings> = {};

  /** Read-only: the layout drawn (from `template`), reflected for styling (`tk-invoice[layout=modern]`). */
  @property({ reflect: true }) layout: InvoiceLayout = 'classic';

  /** What the sections are drawn from (./invoice-sections.ts), as of this render. */
  #view(): InvoiceView {
    return {
      invoice: this.invoice,
      template: this.#template,
      logo: safeUrl(this.brand?.logo, 'brand-image'),
      label: (key) => this.#label(key),
      taxBase: (base) => this.#localize.term('taxBase')(base),
      money: (amount, exact) => this.#money(amount, exact),
      number: (value, percent) => this.#number(value, percent),
      date: (value) => this.#date(value),
      title: () => this.#title(),
      markdown: (notes) => markdownModule.loaded?.renderMarkdown(notes),
    };
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('invoice')) {
      this.#computed = undefined;
      this.#loadMarkdown();
    }
    if (changed.has('template')) this.#template = resolveTemplate(this.template);
    if (changed.has('template') || changed.has('layout')) this.layout = this.#template.layout;
    if (changed.has('brand')) this.#resolveColours();
  }

  /** Renders again once `module` has arrived, and has `updateComplete` wait for it meanwhile. */
  #whenLoaded(loading: Promise<unknown>): void {
    const done = loading.then(
      () => this.requestUpdate(),
      // Offline: what is shown stays readable by itself (token colours, notes as text).
      () => undefined,
    );
    this.#loading.add(done);
    void done.then(() => this.#loading.delete(done));
  }

  #loadMarkdown(): void {
    const invoice = this.invoice;
    if (markdownModule.loaded || invoice?.notesFormat !== 'markdown') return;
    if (typeof invoice.notes !== 'string' || invoice.notes === '') return;
    this.#whenLoaded(markdownModule.load());
  }

  #resolveColours(): void {
    const brand = this.brand;
    if (!brand?.primary && !brand?.accent) {
      this.#colours = {};
      return;
    }
    if (colourModule.loaded) {
      this.#colours = colourModule.loaded.brandColors(brand);
      return;
    }
    this.#whenLoaded(
      colourModule.load().then(({ brandColors }) => {
        if (this.brand === brand) this.#colours = brandColors(brand);
      }),
    );
  }

  /**
   * Also waits for what the invoice is still loading (brand colours, the Markdown renderer for
   * Markdown notes), so the invoice is drawn as it will print.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#loading.size) {
      await Promise.all(this.#loading);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('invoice') && this.invoice && this.#computed?.error)
      this.emit('tk-invoice-error', this.#computed.error);
  }

  /** The figures, computed once per invoice value. */
  #compute(): InvoiceComputed {
    if (this.#computed) return this.#computed;
    try {
      if (!this.invoice) throw new InvoiceError('', 'there is no invoice');
      this.#computed = { result: computeInvoice(engineInput(this.invoice)) };
    } catch (error) {
      const path = error instanceof InvoiceError ? error.path : '';
      const message = error instanceof Error ? error.message : String(error);
      this.#computed = { error: { message, path } };
    }
    return this.#computed;
  }

  /** A label: the template's wording, else the `strings` override, else the default. */
  #label(key: InvoiceLabel): string {
    const own = this.#template.labels[key];
    return typeof own === 'string' ? own : this.#localize.term(key);
  }

  #money(amount: string, exact = false): string {
    const currency = this.invoice?.currency ?? '';
    try {
      return formatMoney(amount, currency, this.#localize.lang(), { exact });
    } catch {
      return amount;
    }
  }

  #number(value: string, percent = false): string {
    try {
      return formatDecimal(value, this.#localize.lang(), { percent });
    } catch {
      return String(value);
    }
  }

  #date(value: unknown): string | undefined {
    if (typeof value !== 'string' || value === '') return undefined;
    const match = ISO_DATE.exec(value);
    if (!match) return value;
    const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
    const date = new Date(time);
    if (Number.isNaN(time) || date.getUTCDate() !== Number(match[3])) return value;
    return new Intl.DateTimeFormat(this.#localize.lang(), { dateStyle: 'medium', timeZone: 'UTC' }).format(date);
  }

  #title(): string {
    return this.invoice?.kind === 'credit-note' ? this.#label('creditNote') : this.#label('invoice');
  }

  /** The invoice's name: its title and number ("Invoice INV-7"). */
  #name(): string {
    return [this.#title(), this.invoice?.number].filter((s) => typeof s === 'string' && s).join(' ');
  }

  /**
   * The invoice's figures as the engine gives them, with the currency and number: the same figures
   * the page shows. When the invoice cannot be computed, `{ error: { message, path } }`.
   */
  toJSON(): InvoiceJson {
    const computed = this.#compute();
    if (computed.error) return { error: { ...computed.error } };
    const out: InvoiceJson = { currency: this.invoice!.currency, ...structuredClone(computed.result) };
    if (typeof this.invoice?.number === 'string') out.number = this.invoice.number;
    return out;
  }

  /**
   * The invoice as a standalone HTML document for print: the rendered invoice (its markup as the
   * browser serializes it, so every string stays text), its styles and the `@page` rules. Call it
   * after `updateComplete`, which also waits for Markdown notes to be rendered.
   */
  printableHtml(): string {
    return printableDocument({
      paper: this.renderRoot.querySelector('[part="base"]'),
      styles: [baseStyles, ...invoiceStyles, pageStyles],
      paperSize: this.#template.paper,
      pageLabel: this.#label('page'),
      title: this.#name(),
      lang: this.#localize.lang(),
    });
  }

  /**
   * Prints the invoice alone with the browser's own print dialog (where "Save as PDF" lives): it is
   * drawn in a hidden frame, so nothing else on the page is printed. Resolves once the dialog closes.
   */
  async printInvoice(): Promise<void> {
    await this.updateComplete;
    await printInFrame(this.printableHtml());
  }

  override render(): TemplateResult {
    const computed = this.#compute();
    const view = this.#view();
    const fields = fieldsBySection(view);
    const colours = this.#colours;
    const style: Record<string, string | undefined> = {
      '--_brand': colours.primary,
      '--_on-brand': colours.onPrimary,
      '--_accent': colours.accent,
      '--_on-accent': colours.onAccent,
      '--_font': safeFont(this.brand?.font),
    };
    const extra = fields.get('fields');
    return html`<article
      part="base"
      class="paper layout-${this.#template.layout}"
      style=${styleMap(style)}
      aria-label=${this.#name()}
    >
      ${this.#template.sections.map((section) => renderSection(view, section, computed, fields))}
      ${extra?.length ? html`<section class="extra-fields" part="fields">${renderFields(extra)}</section>` : nothing}
    </article>`;
  }
}
