import type { InvoiceInput, InvoiceLineInput, InvoiceResult } from '../../core/invoice/types.js';
import type { InvoiceSectionId } from '../../core/invoice/template.js';

/** A seller or buyer as printed. Every field is optional and printed as text. */
export interface InvoiceParty {
  name?: string;
  /** Lines separated by newlines. */
  address?: string;
  email?: string;
  phone?: string;
  taxId?: string;
}

/** A field the business adds (PO number, project, bank details); printed as text in its section. */
export interface InvoiceCustomField {
  id: string;
  label: string;
  value: string;
  /** Where it goes unless the template places it; `meta` when neither says. */
  section?: InvoiceSectionId;
}

export interface InvoiceDocumentLine extends InvoiceLineInput {
  description?: string;
}

/** What `tk-invoice` shows: the `computeInvoice` input with descriptions, plus the printed details. */
export interface InvoiceDocument extends Omit<InvoiceInput, 'lines'> {
  lines: InvoiceDocumentLine[];
  number?: string;
  /** `YYYY-MM-DD`. */
  issueDate?: string;
  /** `YYYY-MM-DD`. */
  dueDate?: string;
  seller?: InvoiceParty;
  buyer?: InvoiceParty;
  notes?: string;
  /** `markdown` renders the notes through the one sanitizing renderer; `text` (default) prints them as they are. */
  notesFormat?: 'text' | 'markdown';
  customFields?: InvoiceCustomField[];
}

/** `toJSON()` of an invoice: the engine's figures, or the reason there are none. */
export type InvoiceJson =
  ({ currency: string; number?: string } & InvoiceResult) | { error: { message: string; path: string } };

export interface TkInvoiceErrorDetail {
  message: string;
  /** The field at fault, e.g. `lines[1].quantity`. */
  path: string;
}

declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-invoice-error': TkInvoiceErrorDetail;
  }
}
