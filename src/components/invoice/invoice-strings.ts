/**
 * Strings a reader sees on an invoice. Override them through the component's `strings` property
 * (translation) or a template's `labels` (a business's own wording); labels win.
 */
export const defaultInvoiceStrings = {
  invoice: 'Invoice',
  creditNote: 'Credit note',
  from: 'From',
  billTo: 'Bill to',
  number: 'Invoice number',
  issueDate: 'Issue date',
  dueDate: 'Due date',
  description: 'Description',
  quantity: 'Qty',
  unitPrice: 'Unit price',
  discount: 'Discount',
  taxes: 'Tax',
  amount: 'Amount',
  subtotal: 'Subtotal',
  invoiceDiscount: 'Discount',
  cashRounding: 'Rounding',
  total: 'Total',
  notes: 'Notes',
  taxId: 'Tax ID',
  email: 'Email',
  phone: 'Phone',
  logo: 'Logo',
  lines: 'Line items',
  totals: 'Totals',
  details: 'Details',
  /** Before the page number in print ("Page 2 / 5"). */
  page: 'Page',
  /** Shown when the invoice cannot be computed; the engine's message follows. */
  error: 'This invoice cannot be computed:',
  /** A tax's base, after its label: "on €100.00". */
  taxBase: (base: string) => `on ${base}`,
};
export type InvoiceStrings = typeof defaultInvoiceStrings;
