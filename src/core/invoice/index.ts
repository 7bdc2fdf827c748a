export { computeInvoice, allocate } from './compute.js';
export { InvoiceError } from './errors.js';
export type {
  InvoiceInput,
  InvoiceTax,
  InvoiceLineInput,
  InvoiceRounding,
  InvoiceDiscount,
  CashRounding,
  InvoiceResult,
  InvoiceLineResult,
  InvoiceTaxResult,
} from './types.js';
