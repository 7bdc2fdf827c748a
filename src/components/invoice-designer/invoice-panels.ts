import { html, nothing, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { InvoiceError } from '../../core/invoice/errors.js';
import type { InvoiceResult } from '../../core/invoice/types.js';
import { FIELD_SECTIONS, type InvoiceSectionId, type InvoiceTemplate } from '../../core/invoice/template.js';
import { formatMoney } from '../../core/money/format.js';
import type { InvoiceDocument, InvoiceDocumentLine } from '../invoice/invoice-types.js';
import type { ClientSearch } from './client-search.js';
import type { InvoiceDesign } from './invoice-design.js';
import type { InvoiceDesignerStrings } from './invoice-designer-strings.js';

/**
 * The panels where a user edits the invoice itself (the host's data): the bill-to block with its
 * client search, the line items with live totals, custom fields and notes. Every edit goes through
 * `host.edit`, which sends `tk-invoice-change`.
 */

/** What the invoice panels read and change. */
export interface InvoicePanelsHost {
  readonly invoice: InvoiceDocument;
  readonly design: InvoiceDesign;
  readonly clients: ClientSearch;
  readonly lang: string;
  term<K extends keyof InvoiceDesignerStrings>(key: K): InvoiceDesignerStrings[K];
  edit(change: Partial<InvoiceDocument>): void;
  setTemplate(change: Partial<InvoiceTemplate>): void;
  /** Focuses the element `selector` finds once the edit has rendered. */
  focusAfterUpdate(selector: string): void;
}

let uid = 0;

function editLine(host: InvoicePanelsHost, index: number, change: Partial<InvoiceDocumentLine>): void {
  const lines = host.invoice.lines.map((line, i) => (i === index ? { ...line, ...change } : line));
  for (const line of lines) if (line.discountPercent === '') delete line.discountPercent;
  host.edit({ lines });
}

function addLine(host: InvoicePanelsHost): void {
  const id = `line-${Date.now().toString(36)}-${(uid += 1)}`;
  const tax = host.invoice.taxes?.[0]?.id;
  host.edit({
    lines: [...host.invoice.lines, { id, description: '', quantity: '1', unitPrice: '0', taxes: tax ? [tax] : [] }],
  });
  host.focusAfterUpdate(`[data-line="${id}"] input`);
}

function removeLine(host: InvoicePanelsHost, index: number): void {
  host.edit({ lines: host.invoice.lines.filter((_, i) => i !== index) });
}

function addField(host: InvoicePanelsHost): void {
  const fields = host.invoice.customFields ?? [];
  const id = `field-${Date.now().toString(36)}-${(uid += 1)}`;
  host.edit({ customFields: [...fields, { id, label: '', value: '' }] });
  host.focusAfterUpdate(`[data-field="${id}"] input`);
}

function editField(host: InvoicePanelsHost, index: number, change: { label?: string; value?: string }): void {
  const fields = (host.invoice.customFields ?? []).map((field, i) => (i === index ? { ...field, ...change } : field));
  host.edit({ customFields: fields });
}

function removeField(host: InvoicePanelsHost, index: number): void {
  host.edit({ customFields: (host.invoice.customFields ?? []).filter((_, i) => i !== index) });
}

function placeField(host: InvoicePanelsHost, id: string, section: InvoiceSectionId): void {
  host.setTemplate({ fieldSections: { ...host.design.template.fieldSections, [id]: section } });
}

export function billToPanel(host: InvoicePanelsHost): TemplateResult {
  const search = host.clients;
  const matches = search.open ? search.matches() : [];
  const buyer = host.invoice.buyer ?? {};
  const party = (key: 'name' | 'address' | 'email' | 'taxId', multiline = false) => {
    const set = (e: Event) =>
      host.edit({ buyer: { ...host.invoice.buyer, [key]: (e.target as HTMLInputElement).value } });
    return html`<label class="row"
      >${host.term(key)}
      ${
        multiline
          ? html`<textarea name="buyer-${key}" rows="2" .value=${buyer[key] ?? ''} @input=${set}></textarea>`
          : html`<input type="text" name="buyer-${key}" .value=${buyer[key] ?? ''} @input=${set} />`
      }</label
    >`;
  };
  return html`<fieldset>
    <legend>${host.term('billTo')}</legend>
    <div class="combobox">
      <label class="row" for="client-search">${host.term('findClient')}</label>
      <input
        id="client-search"
        type="text"
        role="combobox"
        aria-label=${host.term('findClient')}
        autocomplete="off"
        aria-autocomplete="list"
        aria-controls="client-list"
        aria-expanded=${search.open ? 'true' : 'false'}
        aria-activedescendant=${search.active >= 0 && matches[search.active] ? `client-${search.active}` : nothing}
        .value=${search.query}
        @input=${(e: Event) => search.type((e.target as HTMLInputElement).value)}
        @keydown=${(e: KeyboardEvent) => search.onKeydown(e)}
        @blur=${() => search.close()}
      />
      <ul id="client-list" role="listbox" aria-label=${host.term('findClient')} ?hidden=${!search.open}>
        ${
          search.open && matches.length === 0
            ? html`<li class="note" role="option" aria-disabled="true" aria-selected="false">
                ${host.term('noClients')}
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
              aria-selected=${i === search.active ? 'true' : 'false'}
              @mousedown=${(e: Event) => e.preventDefault()}
              @click=${() => search.choose(client)}
            >
              ${client.name ?? ''}${client.email ? html` <span class="note">${client.email}</span>` : nothing}
            </li>`,
        )}
      </ul>
    </div>
    ${party('name')} ${party('address', true)} ${party('email')} ${party('taxId')}
  </fieldset>`;
}

export function linesPanel(
  host: InvoicePanelsHost,
  computed: { result?: InvoiceResult; error?: InvoiceError },
): TemplateResult {
  const taxes = host.invoice.taxes ?? [];
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
        aria-label="${label} (${host.term('line')(index + 1)})"
        aria-invalid=${invalid ? 'true' : 'false'}
        aria-describedby=${invalid ? 'lines-error' : nothing}
        .value=${value}
        @input=${(e: Event) => editLine(host, index, { [key]: (e.target as HTMLInputElement).value.trim() === '' && key === 'discountPercent' ? '' : (e.target as HTMLInputElement).value })}
      />
    </td>`;
  };
  const money = (amount: string) => formatMoney(amount, host.design.currency, host.lang);
  return html`<fieldset>
    <legend>${host.term('lines')}</legend>
    <table class="line-editor">
      <thead>
        <tr>
          <th scope="col">${host.term('description')}</th>
          <th scope="col">${host.term('quantity')}</th>
          <th scope="col">${host.term('unitPrice')}</th>
          <th scope="col">${host.term('discount')}</th>
          <th scope="col">${host.term('tax')}</th>
          <th scope="col"><span class="visually-hidden">${host.term('remove')('')}</span></th>
        </tr>
      </thead>
      <tbody>
        ${repeat(
          host.invoice.lines,
          (line) => line.id,
          (line, i) =>
            html`<tr data-line=${line.id}>
              ${input(i, 'description', host.term('description'), line.description ?? '')}
              ${input(i, 'quantity', host.term('quantity'), line.quantity)}
              ${input(i, 'unitPrice', host.term('unitPrice'), line.unitPrice)}
              ${input(i, 'discountPercent', host.term('discount'), line.discountPercent ?? '')}
              <td>
                <select
                  aria-label="${host.term('tax')} (${host.term('line')(i + 1)})"
                  @change=${(e: Event) => {
                    const id = (e.target as HTMLSelectElement).value;
                    editLine(host, i, { taxes: id ? [id] : [] });
                  }}
                >
                  <option value="" ?selected=${!line.taxes?.length}>${host.term('noTax')}</option>
                  ${taxes.map((tax) => html`<option .value=${tax.id} ?selected=${line.taxes?.[0] === tax.id}>${tax.label ?? tax.id}</option>`)}
                </select>
              </td>
              <td>
                <button type="button" class="button" @click=${() => removeLine(host, i)}>
                  ${host.term('remove')(line.description || host.term('line')(i + 1))}
                </button>
              </td>
            </tr>`,
        )}
      </tbody>
    </table>
    <button type="button" class="button" @click=${() => addLine(host)}>${host.term('addLine')}</button>
    ${
      computed.result
        ? html`<dl class="live-totals" part="totals" aria-live="polite">
            <div>
              <dt>${host.term('subtotal')}</dt>
              <dd data-figure="subtotal">${money(computed.result.subtotal)}</dd>
            </div>
            <div>
              <dt>${host.term('total')}</dt>
              <dd data-figure="total">${money(computed.result.total)}</dd>
            </div>
          </dl>`
        : html`<p id="lines-error" class="error-text" part="error" role="alert">${computed.error?.message}</p>`
    }
  </fieldset>`;
}

export function fieldsPanel(host: InvoicePanelsHost): TemplateResult {
  const fields = host.invoice.customFields ?? [];
  const sectionName = host.term('sectionName');
  return html`<fieldset>
    <legend>${host.term('customFields')}</legend>
    ${fields.map((field, i) => {
      const placed = host.design.template.fieldSections[field.id] ?? field.section ?? 'meta';
      const name = field.label || `${host.term('customFields')} ${i + 1}`;
      return html`<div class="field-row" data-field=${field.id}>
        <label class="row"
          >${host.term('fieldLabel')}
          <input
            type="text"
            .value=${field.label}
            @input=${(e: Event) => editField(host, i, { label: (e.target as HTMLInputElement).value })}
        /></label>
        <label class="row"
          >${host.term('fieldValue')}
          <input
            type="text"
            .value=${field.value}
            @input=${(e: Event) => editField(host, i, { value: (e.target as HTMLInputElement).value })}
        /></label>
        <label class="row"
          >${host.term('fieldSection')}
          <select
            @change=${(e: Event) => placeField(host, field.id, (e.target as HTMLSelectElement).value as InvoiceSectionId)}
          >
            ${FIELD_SECTIONS.map((s) => html`<option .value=${s} ?selected=${s === placed}>${sectionName(s)}</option>`)}
          </select></label
        >
        <button type="button" class="button" @click=${() => removeField(host, i)}>${host.term('remove')(name)}</button>
      </div>`;
    })}
    <button type="button" class="button" @click=${() => addField(host)}>${host.term('addField')}</button>
  </fieldset>`;
}

export function notesPanel(host: InvoicePanelsHost): TemplateResult {
  return html`<fieldset>
    <legend>${host.term('notes')}</legend>
    <label class="row"
      >${host.term('notes')}
      <textarea
        name="notes"
        rows="3"
        .value=${host.invoice.notes ?? ''}
        @input=${(e: Event) => host.edit({ notes: (e.target as HTMLTextAreaElement).value })}
      ></textarea>
    </label>
    <label class="check"
      ><input
        type="checkbox"
        name="markdown"
        .checked=${host.invoice.notesFormat === 'markdown'}
        @change=${(e: Event) => host.edit({ notesFormat: (e.target as HTMLInputElement).checked ? 'markdown' : 'text' })}
      />
      ${host.term('markdown')}</label
    >
  </fieldset>`;
}
