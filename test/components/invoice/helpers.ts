import { fixture, html } from '@open-wc/testing';
import '../../../src/components/invoice/define.js';
import type { TkInvoice, InvoiceDocument } from '../../../src/components/invoice/index.js';
import type { InvoiceBrand, InvoiceLayout, InvoiceTemplate } from '../../../src/core/invoice/index.js';

export const sample = (): InvoiceDocument => ({
  currency: 'EUR',
  rounding: { mode: 'half-up', taxes: 'per-line' },
  taxes: [{ id: 'vat', rate: '19', label: 'VAT 19%' }],
  lines: [
    { id: 'a', description: 'Design work', quantity: '3', unitPrice: '19.99', taxes: ['vat'], discountPercent: '10' },
    { id: 'b', description: 'Hosting', quantity: '1', unitPrice: '1234.5', taxes: ['vat'] },
  ],
  number: 'INV-2026-001',
  issueDate: '2026-12-07',
  dueDate: '2027-01-06',
  seller: {
    name: 'Gridle Ltd',
    address: '1 Main Street\nDublin',
    email: 'billing@gridle.example',
    taxId: 'IE1234567X',
  },
  buyer: { name: 'Acme GmbH', address: 'Hauptstraße 5\n10115 Berlin' },
  notes: 'Thank you for your business.',
  customFields: [{ id: 'po', label: 'PO number', value: 'PO-77' }],
});

export async function mount(
  invoice: InvoiceDocument | undefined,
  options: { template?: InvoiceLayout | Partial<InvoiceTemplate>; brand?: InvoiceBrand; lang?: string } = {},
): Promise<TkInvoice> {
  const el = await fixture<TkInvoice>(
    html`<tk-invoice
      lang=${options.lang ?? 'en-US'}
      .invoice=${invoice}
      .template=${options.template ?? 'classic'}
      .brand=${options.brand}
    ></tk-invoice>`,
  );
  await el.updateComplete;
  return el;
}

export const shadow = (el: TkInvoice): ShadowRoot => el.shadowRoot!;

/** The text a reader sees in a totals row, by figure (`subtotal`, `tax:vat`, `total`…). */
export function figure(el: TkInvoice, name: string): string | undefined {
  return shadow(el).querySelector(`[data-figure="${name}"] td`)?.textContent?.trim();
}
