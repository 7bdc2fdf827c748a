import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { InvoiceResult } from '../../core/invoice/types.js';
import type { InvoiceColumnId, InvoiceSectionId, InvoiceTemplate } from '../../core/invoice/template.js';
import type { InvoiceStrings } from './invoice-strings.js';
import type {
  InvoiceCustomField,
  InvoiceDocument,
  InvoiceDocumentLine,
  InvoiceParty,
  TkInvoiceErrorDetail,
} from './invoice-types.js';

/** The figures of an invoice, or why there are none. */
export type InvoiceComputed =
  { result: InvoiceResult; error?: undefined } | { result?: undefined; error: TkInvoiceErrorDetail };

export type InvoiceLabel = Exclude<keyof InvoiceStrings, 'taxBase'>;

/** What the sections are drawn from: the element's data, its words and its formatting. */
export interface InvoiceView {
  readonly invoice: InvoiceDocument | undefined;
  readonly template: InvoiceTemplate;
  /** The logo's address, already checked by `safeUrl('brand-image')`. */
  readonly logo: string | undefined;
  label(key: InvoiceLabel): string;
  taxBase(base: string): string;
  money(amount: string, exact?: boolean): string;
  number(value: string, percent?: boolean): string;
  date(value: unknown): string | undefined;
  title(): string;
  /** Sanitized HTML of Markdown notes, or `undefined` while the renderer is not there (the text shows). */
  markdown(notes: string): string | undefined;
}

type Fields = InvoiceCustomField[] | undefined;

/** −amount, written without a sign when it is zero. */
const negate = (amount: string): string =>
  amount.startsWith('-') ? amount.slice(1) : /[1-9]/.test(amount) ? `-${amount}` : amount;

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

/** Custom fields by the section they are printed in; fields whose section is not shown go to `fields`. */
export function fieldsBySection(view: InvoiceView): Map<InvoiceSectionId | 'fields', InvoiceCustomField[]> {
  const placed = new Map<InvoiceSectionId | 'fields', InvoiceCustomField[]>();
  const fields = Array.isArray(view.invoice?.customFields) ? view.invoice.customFields : [];
  for (const field of fields) {
    if (typeof field !== 'object' || field === null) continue;
    let section: InvoiceSectionId | 'fields' = view.template.fieldSections[String(field.id)] ?? field.section ?? 'meta';
    if (section === 'lines' || !view.template.sections.includes(section)) section = 'fields';
    const list = placed.get(section) ?? [];
    list.push(field);
    placed.set(section, list);
  }
  return placed;
}

export function renderFields(fields: Fields): TemplateResult | typeof nothing {
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

function party(
  view: InvoiceView,
  who: InvoiceParty | undefined,
  heading: string,
  part: string,
): TemplateResult | typeof nothing {
  if (!who || typeof who !== 'object') return nothing;
  const name = text(who.name);
  const address = text(who.address);
  const email = text(who.email);
  const phone = text(who.phone);
  const taxId = text(who.taxId);
  if (!name && !address && !email && !phone && !taxId) return nothing;
  return html`<div class="party" part=${part}>
    <h2 class="label">${heading}</h2>
    ${name ? html`<p class="party-name">${name}</p>` : nothing}
    ${address ? html`<p class="address">${address}</p>` : nothing}
    ${email ? html`<p><span class="visually-hidden">${view.label('email')}: </span>${email}</p>` : nothing}
    ${phone ? html`<p><span class="visually-hidden">${view.label('phone')}: </span>${phone}</p>` : nothing}
    ${taxId ? html`<p>${view.label('taxId')}: ${taxId}</p>` : nothing}
  </div>`;
}

function header(view: InvoiceView, fields: Fields): TemplateResult {
  const name = text(view.invoice?.seller?.name);
  const number = text(view.invoice?.number);
  // A logo is the business's name as it writes it (usually a wordmark): it stands for the name, whose
  // words become its text alternative, rather than showing the name twice.
  return html`<header class="header" part="header">
    ${
      view.logo
        ? html`<img class="logo" part="logo" src=${view.logo} alt=${name ?? view.label('logo')} />`
        : name
          ? html`<p class="seller-name">${name}</p>`
          : nothing
    }
    <h1 class="title">${view.title()}${number ? html` <span class="title-number">${number}</span>` : nothing}</h1>
    ${renderFields(fields)}
  </header>`;
}

function meta(view: InvoiceView, fields: Fields): TemplateResult | typeof nothing {
  const issued = view.date(view.invoice?.issueDate);
  const due = view.date(view.invoice?.dueDate);
  const number = text(view.invoice?.number);
  if (!issued && !due && !number && !fields?.length) return nothing;
  const row = (label: string, value: string | undefined) =>
    value
      ? html`<div class="field">
          <dt>${label}</dt>
          <dd>${value}</dd>
        </div>`
      : nothing;
  return html`<section class="meta" part="meta" aria-label=${view.label('details')}>
    <dl class="fields">
      ${row(view.label('number'), number)} ${row(view.label('issueDate'), issued)} ${row(view.label('dueDate'), due)}
    </dl>
    ${renderFields(fields)}
  </section>`;
}

function cell(
  view: InvoiceView,
  column: InvoiceColumnId,
  line: InvoiceDocumentLine,
  figures: InvoiceResult['lines'][number],
): TemplateResult {
  switch (column) {
    case 'description':
      return html`<td class="description">${typeof line.description === 'string' ? line.description : ''}</td>`;
    case 'quantity':
      return html`<td class="num">${view.number(line.quantity)}</td>`;
    case 'unitPrice':
      return html`<td class="num">${view.money(line.unitPrice, true)}</td>`;
    case 'discount':
      return html`<td class="num">${line.discountPercent ? view.number(line.discountPercent, true) : ''}</td>`;
    case 'taxes': {
      const taxes = view.invoice?.taxes ?? [];
      const labels = (line.taxes ?? []).map((id) => {
        const tax = taxes.find((t) => t.id === id);
        return tax?.label ?? (tax ? view.number(tax.rate, true) : id);
      });
      return html`<td class="num">${labels.join(', ')}</td>`;
    }
    case 'amount':
      return html`<td class="num amount">${view.money(figures.net)}</td>`;
  }
}

function lines(view: InvoiceView, result: InvoiceResult): TemplateResult {
  const columns = view.template.columns;
  const input = view.invoice?.lines ?? [];
  return html`<section class="lines-section">
    <table class="lines" part="lines">
      <caption class="visually-hidden">
        ${view.label('lines')}
      </caption>
      <thead>
        <tr>
          ${columns.map(
            (column) =>
              html`<th scope="col" class=${column === 'description' ? 'description' : 'num'}>
                ${view.label(column)}
              </th>`,
          )}
        </tr>
      </thead>
      <tbody>
        ${result.lines.map(
          (figures, i) =>
            html`<tr data-line-id=${figures.id}>
              ${columns.map((column) => cell(view, column, input[i], figures))}
            </tr>`,
        )}
      </tbody>
    </table>
  </section>`;
}

function totals(view: InvoiceView, result: InvoiceResult, fields: Fields): TemplateResult {
  const taxes = view.invoice?.taxes ?? [];
  const row = (figure: string, label: string, amount: string, extra?: string) =>
    html`<tr data-figure=${figure} part=${figure === 'total' ? 'total' : nothing}>
      <th scope="row">${label}${extra ? html` <span class="base">${extra}</span>` : nothing}</th>
      <td class="num">${view.money(amount)}</td>
    </tr>`;
  return html`<section class="totals" part="totals" aria-label=${view.label('totals')}>
    <table>
      <tbody>
        ${row('subtotal', view.label('subtotal'), result.subtotal)}
        ${
          result.discount !== undefined
            ? row('discount', view.label('invoiceDiscount'), negate(result.discount))
            : nothing
        }
        ${result.taxes.map((figure) => {
          const tax = taxes.find((t) => t.id === figure.id);
          const label = tax?.label ?? `${view.label('taxes')} ${tax ? view.number(tax.rate, true) : figure.id}`;
          return row(`tax:${figure.id}`, label, figure.amount, view.taxBase(view.money(figure.base)));
        })}
        ${
          result.cashRounding !== undefined
            ? row('cash-rounding', view.label('cashRounding'), result.cashRounding)
            : nothing
        }
        ${row('total', view.label('total'), result.total)}
      </tbody>
    </table>
    ${renderFields(fields)}
  </section>`;
}

function notes(view: InvoiceView, fields: Fields): TemplateResult | typeof nothing {
  const source = text(view.invoice?.notes) ?? '';
  if (!source && !fields?.length) return nothing;
  // Markdown goes through the one sanitizing renderer (DOMPurify; links http(s), mailto, tel only),
  // loaded only for Markdown notes; until it is there the notes show as the text they are.
  const rendered = source && view.invoice?.notesFormat === 'markdown' ? view.markdown(source) : undefined;
  const body = !source
    ? nothing
    : rendered !== undefined
      ? html`<div class="notes-markdown">${unsafeHTML(rendered)}</div>`
      : html`<p class="notes-text">${source}</p>`;
  return html`<section class="notes" part="notes" aria-label=${view.label('notes')}>
    ${source ? html`<h2 class="label">${view.label('notes')}</h2>` : nothing} ${body} ${renderFields(fields)}
  </section>`;
}

function footer(view: InvoiceView, fields: Fields): TemplateResult | typeof nothing {
  const seller = view.invoice?.seller;
  const bits = [
    seller?.name,
    seller?.email,
    seller?.phone,
    seller?.taxId ? `${view.label('taxId')} ${seller.taxId}` : undefined,
  ].filter((bit): bit is string => typeof bit === 'string' && bit !== '');
  if (!bits.length && !fields?.length) return nothing;
  return html`<footer class="footer" part="footer">
    ${bits.length ? html`<p>${bits.join(' · ')}</p>` : nothing} ${renderFields(fields)}
  </footer>`;
}

/** One section of the invoice, in the template's order, with the custom fields placed in it. */
export function renderSection(
  view: InvoiceView,
  section: InvoiceSectionId,
  computed: InvoiceComputed,
  fields: Map<string, InvoiceCustomField[]>,
): unknown {
  const own = fields.get(section);
  switch (section) {
    case 'header':
      return header(view, own);
    case 'parties': {
      const seller = party(view, view.invoice?.seller, view.label('from'), 'seller');
      const buyer = party(view, view.invoice?.buyer, view.label('billTo'), 'buyer');
      if (seller === nothing && buyer === nothing && !own?.length) return nothing;
      return html`<section class="parties" part="parties">${seller}${buyer}${renderFields(own)}</section>`;
    }
    case 'meta':
      return meta(view, own);
    case 'lines':
      if (!view.invoice) return nothing;
      return computed.result
        ? lines(view, computed.result)
        : html`<p class="error" part="error" role="alert">${view.label('error')} ${computed.error.message}</p>`;
    case 'totals':
      return computed.result ? totals(view, computed.result, own) : nothing;
    case 'notes':
      return notes(view, own);
    case 'footer':
      return footer(view, own);
  }
}
