import type { InvoiceDocument } from '../../../src/components/invoice/index.js';

/** An invoice being written: one line, seller filled in. */
export const draft = (): InvoiceDocument => ({
  currency: 'EUR',
  rounding: { mode: 'half-up', taxes: 'per-line' },
  taxes: [{ id: 'vat', rate: '19', label: 'VAT 19%' }],
  lines: [{ id: 'a', description: 'Design work', quantity: '1', unitPrice: '0', taxes: ['vat'] }],
  number: 'INV-1',
  issueDate: '2026-12-07',
  seller: { name: 'Gridle Ltd', address: '1 Main Street' },
  notes: 'Thank you.',
});
