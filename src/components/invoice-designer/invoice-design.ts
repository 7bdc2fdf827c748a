import type { FieldError } from '../../core/prefs/document.js';
import type { InvoiceRounding } from '../../core/invoice/types.js';
import { builtInTemplate, type InvoiceTemplate } from '../../core/invoice/template.js';
import type { InvoiceBrand } from '../../core/invoice/brand.js';
import { ROUNDING_MODES } from '../../core/money/decimal.js';
import { currencyDigits } from '../../core/money/currencies.js';
import type { InvoiceDocument, InvoiceParty } from '../invoice/invoice-types.js';

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
export function validateDesign(value: unknown): FieldError[] {
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

/**
 * Every id in display order: the shown ones in the template's order, each hidden one kept in the
 * slot it had, so hiding and showing again puts it back where it was.
 */
export function arrangeAll<T>(previous: readonly T[], shown: readonly T[], all: readonly T[]): T[] {
  const start = previous.length ? [...previous] : [...shown];
  for (const id of all) if (!start.includes(id)) start.push(id);
  const visible = new Set(shown);
  const queue = [...shown];
  return start.map((id) => (visible.has(id) ? queue.shift()! : id));
}

/** `list` with the item at `from` moved to `to`. */
export function move<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item);
  return next;
}
