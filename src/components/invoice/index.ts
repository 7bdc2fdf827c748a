export { TkInvoice } from './invoice.js';
export { defaultInvoiceStrings, type InvoiceStrings } from './invoice-strings.js';
export type {
  InvoiceDocument,
  InvoiceDocumentLine,
  InvoiceParty,
  InvoiceCustomField,
  InvoiceJson,
  TkInvoiceErrorDetail,
} from './invoice-types.js';
