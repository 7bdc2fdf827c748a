import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { TkElement } from '../../base/tk-element.js';
import { LocalizeController } from '../../base/localize.js';
import { baseStyles } from '../../base/styles.js';
import { computeInvoice } from '../../core/invoice/compute.js';
import { InvoiceError } from '../../core/invoice/errors.js';
import type { InvoiceInput, InvoiceResult } from '../../core/invoice/types.js';
import {
  resolveTemplate,
  type InvoiceColumnId,
  type InvoiceLayout,
  type InvoiceSectionId,
  type InvoiceTemplate,
} from '../../core/invoice/template.js';
import { safeFont, type InvoiceBrand } from '../../core/invoice/brand.js';
import { renderMarkdown } from '../../base/markdown.js';
import { safeUrl } from '../../base/safe-url.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { BrandColors } from '../../core/invoice/brand-colors.js';
import { LazyModule } from '../../base/lazy.js';
import { formatDecimal, formatMoney } from '../../core/money/format.js';
import { invoiceStyles, pageStyles } from './invoice.styles.js';
import { defaultInvoiceStrings, type InvoiceStrings } from './invoice-strings.js';
import type {
  InvoiceCustomField,
  InvoiceDocument,
  InvoiceDocumentLine,
  InvoiceJson,
  InvoiceParty,
  TkInvoiceErrorDetail,
} from './invoice-types.js';

/** The colour parser and contrast check, loaded when a brand first sets a colour. */
const colourModule = /* @__PURE__ */ new LazyModule(() => import('../../core/invoice/brand-colors.js'));

type Computed = { result: InvoiceResult; error?: undefined } | { result?: undefined; error: TkInvoiceErrorDetail };

/** A CSS string literal that nothing in it can end: every character outside a safe set is a hex escape. */
function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{N} .,:/-]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** −amount, written without a sign when it is zero. */
const negate = (amount: string): string =>
  amount.startsWith('-') ? amount.slice(1) : /[1-9]/.test(amount) ? `-${amount}` : amount;

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
  #computed: Computed | undefined;
  #colours: BrandColors = {};
  #colourLoad: Promise<void> | undefined;
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

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('invoice')) this.#computed = undefined;
    if (changed.has('template')) this.#template = resolveTemplate(this.template);
    if (changed.has('template') || changed.has('layout')) this.layout = this.#template.layout;
    if (changed.has('brand')) this.#resolveColours();
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
    this.#colourLoad = colourModule.load().then(
      ({ brandColors }) => {
        if (this.brand !== brand) return;
        this.#colours = brandColors(brand);
        this.requestUpdate();
      },
      // Offline: the invoice keeps the token colours, which are readable by themselves.
      () => undefined,
    );
  }

  /** Also waits for the brand colours when they are still loading, so the invoice is drawn as it will print. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    const pending = this.#colourLoad;
    if (!pending) return result;
    await pending;
    if (this.#colourLoad === pending) this.#colourLoad = undefined;
    return super.getUpdateComplete();
  }

  override updated(changed: PropertyValues<this>): void {
    if (changed.has('invoice') && this.invoice && this.#computed?.error)
      this.emit('tk-invoice-error', this.#computed.error);
  }

  /** The figures, computed once per invoice value. */
  #compute(): Computed {
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
  #label(key: Exclude<keyof InvoiceStrings, 'taxBase'>): string {
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

  /** Custom fields by the section they are printed in; fields whose section is not shown go to `fields`. */
  #fieldsBySection(): Map<InvoiceSectionId | 'fields', InvoiceCustomField[]> {
    const placed = new Map<InvoiceSectionId | 'fields', InvoiceCustomField[]>();
    const fields = Array.isArray(this.invoice?.customFields) ? this.invoice.customFields : [];
    for (const field of fields) {
      if (typeof field !== 'object' || field === null) continue;
      let section: InvoiceSectionId | 'fields' =
        this.#template.fieldSections[String(field.id)] ?? field.section ?? 'meta';
      if (section === 'lines' || !this.#template.sections.includes(section)) section = 'fields';
      const list = placed.get(section) ?? [];
      list.push(field);
      placed.set(section, list);
    }
    return placed;
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
   * browser serializes it, so every string stays text), its styles and the `@page` rules.
   */
  printableHtml(): string {
    const paper = this.#template.paper === 'Letter' ? 'letter' : 'A4';
    const css = [baseStyles, ...invoiceStyles, pageStyles].map((style) => style.cssText).join('\n');
    const page = `@page { size: ${paper}; margin: 14mm 14mm 16mm; @bottom-right { content: ${cssString(this.#label('page'))} " " counter(page) " / " counter(pages); font: 9pt sans-serif; color: #4b5563; } }`;
    const body = this.renderRoot.querySelector('[part="base"]')?.outerHTML.replace(/<!--[^]*?-->/g, '') ?? '';
    const title = [this.#title(), this.invoice?.number].filter((s) => typeof s === 'string' && s).join(' ');
    return `<!doctype html><html lang="${escapeHtml(this.#localize.lang())}"><head><meta charset="utf-8"><title>${escapeHtml(
      title,
    )}</title><style>${page}\n${css}</style></head><body class="tk-invoice-print">${body}</body></html>`;
  }

  /**
   * Prints the invoice alone with the browser's own print dialog (where "Save as PDF" lives): it is
   * drawn in a hidden frame, so nothing else on the page is printed. Resolves once the dialog closes.
   */
  async printInvoice(): Promise<void> {
    await this.updateComplete;
    const frame = document.createElement('iframe');
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.style.cssText = 'position:fixed;inset-inline-start:-10000px;inline-size:0;block-size:0;border:0';
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    frame.srcdoc = this.printableHtml();
    document.body.append(frame);
    try {
      await loaded;
      frame.contentWindow?.focus();
      frame.contentWindow?.print();
    } finally {
      frame.remove();
    }
  }

  #title(): string {
    return this.invoice?.kind === 'credit-note' ? this.#label('creditNote') : this.#label('invoice');
  }

  #party(party: InvoiceParty | undefined, heading: string, part: string): TemplateResult | typeof nothing {
    if (!party || typeof party !== 'object') return nothing;
    const text = (value: unknown): string | undefined =>
      typeof value === 'string' && value !== '' ? value : undefined;
    const name = text(party.name);
    const address = text(party.address);
    const email = text(party.email);
    const phone = text(party.phone);
    const taxId = text(party.taxId);
    if (!name && !address && !email && !phone && !taxId) return nothing;
    return html`<div class="party" part=${part}>
      <h2 class="label">${heading}</h2>
      ${name ? html`<p class="party-name">${name}</p>` : nothing}
      ${address ? html`<p class="address">${address}</p>` : nothing}
      ${email ? html`<p><span class="visually-hidden">${this.#label('email')}: </span>${email}</p>` : nothing}
      ${phone ? html`<p><span class="visually-hidden">${this.#label('phone')}: </span>${phone}</p>` : nothing}
      ${taxId ? html`<p>${this.#label('taxId')}: ${taxId}</p>` : nothing}
    </div>`;
  }

  #fields(fields: InvoiceCustomField[] | undefined): TemplateResult | typeof nothing {
    if (!fields?.length) return nothing;
    return html`<dl class="fields">
      ${fields.map(
        (field) =>
          html`<div class="field" data-field-id=${String(field.id)}>
            <dt>${String(field.label ?? '')}</dt>
            <dd>${String(field.value ?? '')}</dd>
          </div>`,
      )}
    </dl>`;
  }

  #header(fields: InvoiceCustomField[] | undefined): TemplateResult {
    const seller = this.invoice?.seller;
    const name = typeof seller?.name === 'string' ? seller.name : '';
    const logo = safeUrl(this.brand?.logo, 'brand-image');
    return html`<header class="header" part="header">
      ${logo ? html`<img class="logo" part="logo" src=${logo} alt=${name || this.#label('logo')} />` : nothing}
      ${name ? html`<p class="seller-name">${name}</p>` : nothing}
      <h1 class="title">
        ${this.#title()}${
          typeof this.invoice?.number === 'string' && this.invoice.number
            ? html` <span class="title-number">${this.invoice.number}</span>`
            : nothing
        }
      </h1>
      ${this.#fields(fields)}
    </header>`;
  }

  #meta(fields: InvoiceCustomField[] | undefined): TemplateResult | typeof nothing {
    const issued = this.#date(this.invoice?.issueDate);
    const due = this.#date(this.invoice?.dueDate);
    const number = typeof this.invoice?.number === 'string' && this.invoice.number ? this.invoice.number : undefined;
    if (!issued && !due && !number && !fields?.length) return nothing;
    const row = (label: string, value: string | undefined) =>
      value
        ? html`<div class="field">
            <dt>${label}</dt>
            <dd>${value}</dd>
          </div>`
        : nothing;
    return html`<section class="meta" part="meta" aria-label=${this.#label('details')}>
      <dl class="fields">
        ${row(this.#label('number'), number)} ${row(this.#label('issueDate'), issued)}
        ${row(this.#label('dueDate'), due)}
      </dl>
      ${this.#fields(fields)}
    </section>`;
  }

  #cell(column: InvoiceColumnId, line: InvoiceDocumentLine, figures: InvoiceResult['lines'][number]): TemplateResult {
    switch (column) {
      case 'description':
        return html`<td class="description">${typeof line.description === 'string' ? line.description : ''}</td>`;
      case 'quantity':
        return html`<td class="num">${this.#number(line.quantity)}</td>`;
      case 'unitPrice':
        return html`<td class="num">${this.#money(line.unitPrice, true)}</td>`;
      case 'discount':
        return html`<td class="num">${line.discountPercent ? this.#number(line.discountPercent, true) : ''}</td>`;
      case 'taxes': {
        const taxes = this.invoice?.taxes ?? [];
        const labels = (line.taxes ?? []).map((id) => {
          const tax = taxes.find((t) => t.id === id);
          return tax?.label ?? (tax ? this.#number(tax.rate, true) : id);
        });
        return html`<td class="num">${labels.join(', ')}</td>`;
      }
      case 'amount':
        return html`<td class="num amount">${this.#money(figures.net)}</td>`;
    }
  }

  #lines(result: InvoiceResult): TemplateResult {
    const columns = this.#template.columns;
    const lines = this.invoice?.lines ?? [];
    return html`<section class="lines-section">
      <table class="lines" part="lines">
        <caption class="visually-hidden">
          ${this.#label('lines')}
        </caption>
        <thead>
          <tr>
            ${columns.map(
              (column) =>
                html`<th scope="col" class=${column === 'description' ? 'description' : 'num'}>
                  ${this.#label(column)}
                </th>`,
            )}
          </tr>
        </thead>
        <tbody>
          ${result.lines.map(
            (figures, i) =>
              html`<tr data-line-id=${figures.id}>
                ${columns.map((column) => this.#cell(column, lines[i], figures))}
              </tr>`,
          )}
        </tbody>
      </table>
    </section>`;
  }

  #totals(result: InvoiceResult, fields: InvoiceCustomField[] | undefined): TemplateResult {
    const taxes = this.invoice?.taxes ?? [];
    const row = (figure: string, label: string, amount: string, extra?: string) =>
      html`<tr data-figure=${figure} part=${figure === 'total' ? 'total' : nothing}>
        <th scope="row">${label}${extra ? html` <span class="base">${extra}</span>` : nothing}</th>
        <td class="num">${this.#money(amount)}</td>
      </tr>`;
    return html`<section class="totals" part="totals" aria-label=${this.#label('totals')}>
      <table>
        <tbody>
          ${row('subtotal', this.#label('subtotal'), result.subtotal)}
          ${
            result.discount !== undefined
              ? row('discount', this.#label('invoiceDiscount'), negate(result.discount))
              : nothing
          }
          ${result.taxes.map((figure) => {
            const tax = taxes.find((t) => t.id === figure.id);
            const label = tax?.label ?? `${this.#label('taxes')} ${tax ? this.#number(tax.rate, true) : figure.id}`;
            return row(
              `tax:${figure.id}`,
              label,
              figure.amount,
              this.#localize.term('taxBase')(this.#money(figure.base)),
            );
          })}
          ${
            result.cashRounding !== undefined
              ? row('cash-rounding', this.#label('cashRounding'), result.cashRounding)
              : nothing
          }
          ${row('total', this.#label('total'), result.total)}
        </tbody>
      </table>
      ${this.#fields(fields)}
    </section>`;
  }

  #notes(fields: InvoiceCustomField[] | undefined): TemplateResult | typeof nothing {
    const notes = typeof this.invoice?.notes === 'string' ? this.invoice.notes : '';
    if (!notes && !fields?.length) return nothing;
    // Markdown goes through the one sanitizing renderer (DOMPurify; links http(s), mailto, tel only).
    const body = !notes
      ? nothing
      : this.invoice?.notesFormat === 'markdown'
        ? html`<div class="notes-markdown">${unsafeHTML(renderMarkdown(notes))}</div>`
        : html`<p class="notes-text">${notes}</p>`;
    return html`<section class="notes" part="notes" aria-label=${this.#label('notes')}>
      ${notes ? html`<h2 class="label">${this.#label('notes')}</h2>` : nothing} ${body} ${this.#fields(fields)}
    </section>`;
  }

  #footer(fields: InvoiceCustomField[] | undefined): TemplateResult | typeof nothing {
    const seller = this.invoice?.seller;
    const bits = [
      seller?.name,
      seller?.email,
      seller?.phone,
      seller?.taxId ? `${this.#label('taxId')} ${seller.taxId}` : undefined,
    ].filter((bit): bit is string => typeof bit === 'string' && bit !== '');
    if (!bits.length && !fields?.length) return nothing;
    return html`<footer class="footer" part="footer">
      ${bits.length ? html`<p>${bits.join(' · ')}</p>` : nothing} ${this.#fields(fields)}
    </footer>`;
  }

  #section(section: InvoiceSectionId, computed: Computed, fields: Map<string, InvoiceCustomField[]>): unknown {
    const own = fields.get(section);
    switch (section) {
      case 'header':
        return this.#header(own);
      case 'parties': {
        const seller = this.#party(this.invoice?.seller, this.#label('from'), 'seller');
        const buyer = this.#party(this.invoice?.buyer, this.#label('billTo'), 'buyer');
        if (seller === nothing && buyer === nothing && !own?.length) return nothing;
        return html`<section class="parties" part="parties">${seller}${buyer}${this.#fields(own)}</section>`;
      }
      case 'meta':
        return this.#meta(own);
      case 'lines':
        if (!this.invoice) return nothing;
        return computed.result
          ? this.#lines(computed.result)
          : html`<p class="error" part="error" role="alert">${this.#label('error')} ${computed.error.message}</p>`;
      case 'totals':
        return computed.result ? this.#totals(computed.result, own) : nothing;
      case 'notes':
        return this.#notes(own);
      case 'footer':
        return this.#footer(own);
    }
  }

  override render(): TemplateResult {
    const computed = this.#compute();
    const fields = this.#fieldsBySection();
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
      aria-label=${[this.#title(), this.invoice?.number].filter((s) => typeof s === 'string' && s).join(' ')}
    >
      ${this.#template.sections.map((section) => this.#section(section, computed, fields))}
      ${extra?.length ? html`<section class="extra-fields" part="fields">${this.#fields(extra)}</section>` : nothing}
    </article>`;
  }
}
