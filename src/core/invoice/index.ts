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
export {
  INVOICE_SECTIONS,
  INVOICE_COLUMNS,
  INVOICE_LAYOUTS,
  REQUIRED_SECTIONS,
  REQUIRED_COLUMNS,
  FIELD_SECTIONS,
  builtInTemplate,
  resolveTemplate,
  type InvoiceTemplate,
  type InvoiceSectionId,
  type InvoiceColumnId,
  type InvoiceLayout,
  type PaperSize,
} from './template.js';
export { safeFont, type InvoiceBrand } from './brand.js';
export { brandColors, type BrandColors } from './brand-colors.js';
export { COUNTRY_POLICIES, countryInvoiceRules } from './personalize.js';
