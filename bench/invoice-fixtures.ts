// Invoices for the benchmarks: deterministic (seeded), with the shape of a real one: two taxes,
// some line discounts, quantities and prices with more decimals than the currency.
import type { InvoiceInput } from '../src/core/invoice/index.js';
import type { InvoiceDocument } from '../src/components/invoice/index.js';
import { sampleInvoice } from '../stories/Components/invoice-data.js';

export function benchInvoice(lines: number, taxes: 'per-line' | 'per-document' = 'per-line'): InvoiceInput {
  let seed = 7;
  const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return {
    currency: 'EUR',
    rounding: { mode: 'half-even', taxes },
    taxes: [
      { id: 'vat', rate: '19', label: 'VAT 19%' },
      { id: 'reduced', rate: '7', label: 'VAT 7%' },
    ],
    lines: Array.from({ length: lines }, (_, i) => {
      const line: InvoiceInput['lines'][number] = {
        id: `line-${i}`,
        quantity: String(1 + Math.floor(random() * 40)),
        unitPrice: `${Math.floor(random() * 900)}.${String(Math.floor(random() * 10000)).padStart(4, '0')}`,
        taxes: [random() < 0.7 ? 'vat' : 'reduced'],
      };
      if (random() < 0.3) line.discountPercent = String(Math.floor(random() * 25));
      return line;
    }),
  };
}

/** The same invoice as a document to render, with the parties, dates, notes and fields of the stories' sample. */
export function benchDocument(lines: number): InvoiceDocument {
  const input = benchInvoice(lines);
  return {
    ...sampleInvoice(),
    ...input,
    lines: input.lines.map((line, i) => ({
      ...line,
      description: `Consulting hours, workstream ${i % 17}, phase ${i % 5}`,
    })),
  };
}
