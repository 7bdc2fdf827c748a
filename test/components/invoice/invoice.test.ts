import { expect, oneEvent } from '@open-wc/testing';
import fc from 'fast-check';
import { computeInvoice, type InvoiceInput } from '../../../src/core/invoice/index.js';
import { parseMoney } from '../../../src/core/money/index.js';
import { invoices, POLICIES } from '../../core/invoice/arbitraries.js';
import { figure, mount, sample, shadow } from './helpers.js';

const negate = (amount: string): string =>
  amount.startsWith('-') ? amount.slice(1) : /[1-9]/.test(amount) ? `-${amount}` : amount;

describe('tk-invoice', () => {
  it('shows the figures of computeInvoice, formatted for the language with the currency digits', async () => {
    const el = await mount(sample());
    expect(figure(el, 'subtotal')).to.equal('€1,288.47');
    expect(figure(el, 'tax:vat')).to.equal('€244.81');
    expect(figure(el, 'total')).to.equal('€1,533.28');
    const rows = shadow(el).querySelectorAll('tbody tr[data-line-id]');
    expect([...rows].map((row) => row.querySelector('.amount')?.textContent)).to.deep.equal(['€53.97', '€1,234.50']);
    expect(shadow(el).querySelector('.title')?.textContent?.replace(/\s+/g, ' ').trim()).to.equal(
      'Invoice INV-2026-001',
    );
    await expect(el).to.be.accessible();
  });

  it('follows lang: German separators, JPY without decimals, KWD with three', async () => {
    const de = await mount(sample(), { lang: 'de-DE' });
    expect(figure(de, 'total')).to.equal('1.533,28\u00a0€');
    const jpy = await mount({
      currency: 'JPY',
      rounding: { mode: 'half-up', taxes: 'per-document' },
      taxes: [{ id: 'ct', rate: '10' }],
      lines: [{ id: 'a', description: 'Tea', quantity: '3', unitPrice: '333.5', taxes: ['ct'] }],
    });
    expect(figure(jpy, 'total')).to.equal('¥1,101');
    const kwd = await mount({
      currency: 'KWD',
      rounding: { mode: 'half-even', taxes: 'per-line' },
      lines: [{ id: 'a', quantity: '1', unitPrice: '1.25' }],
    });
    expect(figure(kwd, 'total')).to.equal('KWD\u00a01.250');
  });

  it('the rendered totals equal computeInvoice for random invoices', async function () {
    this.timeout(120_000);
    const el = await mount(sample());
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...POLICIES).chain((policy) => invoices(policy)),
        async (input: InvoiceInput) => {
          let expected;
          try {
            expected = computeInvoice(input);
          } catch {
            return;
          }
          el.invoice = { ...input, lines: input.lines.map((line) => ({ ...line, description: `Item ${line.id}` })) };
          await el.updateComplete;
          const read = (name: string) => parseMoney(figure(el, name) ?? '', input.currency, 'en-US');
          expect(read('subtotal')).to.equal(expected.subtotal);
          expect(read('total')).to.equal(expected.total);
          for (const tax of expected.taxes) expect(read(`tax:${tax.id}`)).to.equal(tax.amount);
          if (expected.discount !== undefined) expect(read('discount')).to.equal(negate(expected.discount));
          if (expected.cashRounding !== undefined) expect(read('cash-rounding')).to.equal(expected.cashRounding);
          const amounts = [...shadow(el).querySelectorAll('tbody tr[data-line-id] .amount')].map((cell) =>
            parseMoney(cell.textContent ?? '', input.currency, 'en-US'),
          );
          expect(amounts).to.deep.equal(expected.lines.map((line) => line.net));
          expect(el.toJSON()).to.deep.equal({ currency: input.currency, ...expected });
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a missing optional part renders nothing, and no invoice renders an empty page', async () => {
    const el = await mount({
      currency: 'EUR',
      rounding: { mode: 'half-up', taxes: 'per-line' },
      lines: [{ id: 'a', quantity: '1', unitPrice: '5' }],
    });
    for (const part of ['parties', 'meta', 'notes', 'footer', 'seller', 'buyer', 'logo', 'fields', 'error'])
      expect(shadow(el).querySelector(`[part~="${part}"]`) !== null, part).to.equal(false);
    expect(figure(el, 'total')).to.equal('€5.00');
    expect(shadow(el).querySelector('.title')?.textContent?.trim()).to.equal('Invoice');
    await expect(el).to.be.accessible();

    const empty = await mount(undefined);
    expect(shadow(empty).querySelector('[part="base"]') !== null).to.equal(true);
    expect(shadow(empty).querySelector('[role="alert"]') !== null).to.equal(false);
    empty.invoice = { currency: 'EUR' } as never;
    await empty.updateComplete;
    expect(shadow(empty).querySelector('[role="alert"]') !== null).to.equal(true);
  });

  it('an invoice that cannot be computed shows why, names the field and dispatches tk-invoice-error', async () => {
    const el = await mount(sample());
    const bad = sample();
    bad.lines[1].quantity = '1e3';
    const event = oneEvent(el, 'tk-invoice-error');
    el.invoice = bad;
    const { detail } = await event;
    expect(detail.path).to.equal('lines[1].quantity');
    const alert = shadow(el).querySelector('[role="alert"]');
    expect(alert?.textContent).to.contain('lines[1].quantity');
    expect(figure(el, 'total')).to.equal(undefined);
    expect(el.toJSON()).to.deep.equal({ error: { path: 'lines[1].quantity', message: detail.message } });
    await expect(el).to.be.accessible();
  });

  it('a credit note is titled so and shows negative figures', async () => {
    const el = await mount({ ...sample(), kind: 'credit-note' });
    expect(shadow(el).querySelector('.title')?.textContent).to.contain('Credit note');
    expect(figure(el, 'total')).to.equal('-€1,533.28');
  });

  it('toJSON gives the engine figures with currency and number', async () => {
    const el = await mount(sample());
    const { description: _a, ...a } = sample().lines[0];
    const { description: _b, ...b } = sample().lines[1];
    expect(el.toJSON()).to.deep.equal({
      currency: 'EUR',
      number: 'INV-2026-001',
      ...computeInvoice({ ...sample(), lines: [a, b] }),
    });
  });
});
