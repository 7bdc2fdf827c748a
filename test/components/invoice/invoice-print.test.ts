import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import type { InvoiceDocument } from '../../../src/components/invoice/index.js';
import { computeInvoice } from '../../../src/core/invoice/index.js';
import { formatMoney } from '../../../src/core/money/index.js';
import { mount, sample } from './helpers.js';

interface PdfPages {
  skipped?: string;
  pages?: string[];
  width?: number;
  height?: number;
}

function longInvoice(n: number): InvoiceDocument {
  const invoice = sample();
  invoice.lines = Array.from({ length: n }, (_, i) => ({
    id: `l${i}`,
    // Some descriptions wrap over two or three lines, so rows differ in height.
    description:
      i % 7 === 0
        ? `Row ${i} consulting — ${'workshop preparation and follow-up '.repeat(3)}end ${i}`
        : `Row ${i} item`,
    quantity: String((i % 5) + 1),
    unitPrice: `${(i * 37) % 500}.${String(i % 100).padStart(2, '0')}`,
    taxes: ['vat'],
  }));
  return invoice;
}

describe('tk-invoice print', () => {
  it('printableHtml is a standalone document with @page size, page numbers and the invoice as text', async () => {
    const el = await mount(sample(), {
      template: { paper: 'Letter', labels: { page: '</style><script>alert(1)</script>' } },
    });
    const doc = new DOMParser().parseFromString(el.printableHtml(), 'text/html');
    expect(doc.querySelectorAll('script').length).to.equal(0);
    expect(doc.querySelectorAll('style').length).to.equal(1);
    const css = doc.querySelector('style')!.textContent ?? '';
    expect(css).to.match(/@page \{ size: letter;/);
    expect(css).to.contain('counter(page)');
    expect(doc.querySelector('[data-figure="total"] td')?.textContent?.trim()).to.equal('€1,533.28');
    expect(doc.title).to.equal('Invoice INV-2026-001');
    await expect(el).to.be.accessible();
  });

  it('printInvoice prints through a hidden frame and cleans up', async () => {
    const el = await mount(sample());
    await el.printInvoice();
    expect(document.querySelector('iframe') !== null).to.equal(false);
  });

  for (const paper of ['A4', 'Letter'] as const)
    it(`a 300-line invoice printed to PDF (${paper}): header on every page, no row split, totals together`, async function () {
      this.timeout(120_000);
      const invoice = longInvoice(300);
      const el = await mount(invoice, { template: { layout: 'modern', paper } });
      const pdf = await executeServerCommand<PdfPages, { html: string }>('tk-invoice-pdf', {
        html: el.printableHtml(),
      });
      if (pdf.skipped) {
        console.warn(`Skipped: ${pdf.skipped}`);
        this.skip();
      }
      const pages = pdf.pages!;
      // A4 is 595 × 842 pt, Letter 612 × 792 pt.
      expect(Math.round(pdf.width!)).to.equal(paper === 'A4' ? 595 : 612);
      expect(Math.round(pdf.height!)).to.equal(paper === 'A4' ? 842 : 792);
      expect(pages.length).to.be.greaterThan(4);
      pages.forEach((page, i) => {
        // pdftotext may put the wide first header cell on its own text line.
        expect(page, `page ${i + 1} header`).to.match(/Qty\s+Unit price\s+Discount\s+Amount/);
        expect(page, `page ${i + 1} header`).to.match(/^\s*Description\s*$|Description\s+Qty/m);
        expect(page, `page ${i + 1} number`).to.contain(`Page ${i + 1} / ${pages.length}`);
      });
      const figures = computeInvoice({ ...invoice, lines: invoice.lines.map(({ description: _d, ...line }) => line) });
      invoice.lines.forEach((_line, i) => {
        const amount = formatMoney(figures.lines[i].net, 'EUR', 'en-US');
        const start = new RegExp(`Row ${i} (item|consulting)`);
        const holding = pages.filter((page) => start.test(page));
        expect(holding.length, `row ${i} starts on one page`).to.equal(1);
        const page = holding[0];
        // The whole row is on that page: its amount, and for a wrapped description its last words.
        expect(page, `row ${i} amount`).to.contain(amount);
        if (i % 7 === 0) expect(page, `row ${i} end`).to.contain(`end ${i}`);
      });
      const last = pages.at(-1)!;
      const totals = pages.filter((page) => /Subtotal/.test(page));
      expect(totals.length).to.equal(1);
      const totalsPage = totals[0];
      for (const label of ['Subtotal', 'VAT 19%', 'Total']) expect(totalsPage, label).to.contain(label);
      expect(totalsPage).to.contain(formatMoney(figures.total, 'EUR', 'en-US'));
      expect(totalsPage).to.contain(formatMoney(figures.subtotal, 'EUR', 'en-US'));
      expect(pages.indexOf(totalsPage)).to.be.at.least(pages.indexOf(last) - 1);
    });
});
