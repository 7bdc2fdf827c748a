import { expect } from '@open-wc/testing';
import { computeInvoice, InvoiceError, type InvoiceInput } from '../../../src/core/invoice/index.js';
import type { Policy } from './arbitraries.js';
import { negated } from './properties.js';

const EUR = (mode: Policy['mode'] = 'half-up', taxes: Policy['taxes'] = 'per-line') =>
  ({ currency: 'EUR', rounding: { mode, taxes } }) as const;

function errorOf(run: () => unknown): InvoiceError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(InvoiceError);
    return error as InvoiceError;
  }
  throw new Error('expected an InvoiceError');
}

describe('computeInvoice: the contract example', () => {
  it('gives the figures of the issue', () => {
    expect(
      computeInvoice({
        ...EUR(),
        taxes: [{ id: 'vat', rate: '19' }],
        lines: [{ id: 'a', quantity: '3', unitPrice: '19.99', taxes: ['vat'], discountPercent: '10' }],
      }),
    ).to.deep.equal({
      lines: [{ id: 'a', net: '53.97', taxes: { vat: '10.25' } }],
      subtotal: '53.97',
      taxes: [{ id: 'vat', base: '53.97', amount: '10.25' }],
      total: '64.22',
    });
  });
});

describe('computeInvoice: fixed traps', () => {
  it('8180 × 9.975% is 815.96 as a line tax under half-up', () => {
    const result = computeInvoice({
      currency: 'CAD',
      rounding: { mode: 'half-up', taxes: 'per-line' },
      taxes: [{ id: 'qst', rate: '9.975' }],
      lines: [{ id: 'a', quantity: '1', unitPrice: '8180', taxes: ['qst'] }],
    });
    expect(result.lines[0].taxes).to.deep.equal({ qst: '815.96' });
    expect(result.total).to.equal('8995.96');
  });

  for (const inclusive of ['net', 'tax'] as const)
    it(`1,190.00 EUR at 19% inclusive is 1,000.00 + 190.00 (rounding the ${inclusive})`, () => {
      const result = computeInvoice({
        currency: 'EUR',
        rounding: { mode: 'half-up', taxes: 'per-line', inclusive },
        taxes: [{ id: 'vat', rate: '19', inclusive: true }],
        lines: [{ id: 'a', quantity: '1', unitPrice: '1190.00', taxes: ['vat'] }],
      });
      expect(result.lines[0]).to.deep.equal({ id: 'a', net: '1000.00', taxes: { vat: '190.00' }, gross: '1190.00' });
      expect(result.total).to.equal('1190.00');
    });

  it('an inclusive price whose split is not exact: rounding the net or the tax differ, gross stays the price', () => {
    const at = (inclusive: 'net' | 'tax') =>
      computeInvoice({
        currency: 'EUR',
        rounding: { mode: 'half-up', taxes: 'per-line', inclusive },
        taxes: [
          { id: 'a', rate: '10', inclusive: true },
          { id: 'b', rate: '10', inclusive: true },
        ],
        lines: [{ id: 'x', quantity: '1', unitPrice: '0.13', taxes: ['a', 'b'] }],
      }).lines[0];
    // 0.13 / 1.2 = 0.10833…: net first gives 0.11 and 0.02 left (0.01 + 0.01);
    // taxes first give 0.01 + 0.01 and a net of 0.11.
    expect(at('net')).to.deep.equal({ id: 'x', net: '0.11', taxes: { a: '0.01', b: '0.01' }, gross: '0.13' });
    expect(at('tax')).to.deep.equal({ id: 'x', net: '0.11', taxes: { a: '0.01', b: '0.01' }, gross: '0.13' });
    const odd = (inclusive: 'net' | 'tax') =>
      computeInvoice({
        currency: 'EUR',
        rounding: { mode: 'half-up', taxes: 'per-line', inclusive },
        taxes: [{ id: 'a', rate: '7', inclusive: true }],
        lines: [{ id: 'x', quantity: '1', unitPrice: '0.15', taxes: ['a'] }],
      }).lines[0];
    // 0.15 / 1.07 = 0.14018…; the tax 0.15 × 7/107 = 0.00981…
    expect(odd('net')).to.deep.equal({ id: 'x', net: '0.14', taxes: { a: '0.01' }, gross: '0.15' });
    expect(odd('tax')).to.deep.equal({ id: 'x', net: '0.14', taxes: { a: '0.01' }, gross: '0.15' });
  });

  it('JPY totals have no decimals and KWD three', () => {
    const jpy = computeInvoice({
      currency: 'JPY',
      rounding: { mode: 'half-up', taxes: 'per-document' },
      taxes: [{ id: 'ct', rate: '10' }],
      lines: [
        { id: 'a', quantity: '3', unitPrice: '333.5', taxes: ['ct'] },
        { id: 'b', quantity: '1', unitPrice: '999', taxes: ['ct'] },
      ],
    });
    expect(jpy).to.deep.equal({
      lines: [
        { id: 'a', net: '1001' },
        { id: 'b', net: '999' },
      ],
      subtotal: '2000',
      taxes: [{ id: 'ct', base: '2000', amount: '200' }],
      total: '2200',
    });
    const kwd = computeInvoice({
      currency: 'KWD',
      rounding: { mode: 'half-even', taxes: 'per-line' },
      taxes: [{ id: 'vat', rate: '5' }],
      lines: [{ id: 'a', quantity: '1', unitPrice: '1.25', taxes: ['vat'] }],
    });
    expect(kwd.lines[0]).to.deep.equal({ id: 'a', net: '1.250', taxes: { vat: '0.062' } });
    expect(kwd.total).to.equal('1.312');
  });

  it('−2.5 is −3 under half-up and −2 under half-even', () => {
    const at = (mode: Policy['mode']) =>
      computeInvoice({
        currency: 'JPY',
        rounding: { mode, taxes: 'per-line' },
        lines: [{ id: 'a', quantity: '-1', unitPrice: '2.5' }],
      }).total;
    expect(at('half-up')).to.equal('-3');
    expect(at('half-even')).to.equal('-2');
    expect(at('up')).to.equal('-3');
    expect(at('down')).to.equal('-2');
  });

  it('writes zero without a sign', () => {
    const result = computeInvoice({ ...EUR(), lines: [{ id: 'a', quantity: '-1', unitPrice: '0.001' }] });
    expect(result).to.deep.equal({
      lines: [{ id: 'a', net: '0.00', taxes: {} }],
      subtotal: '0.00',
      taxes: [],
      total: '0.00',
    });
  });

  it('compound tax: a tax on the net plus the taxes before it', () => {
    const result = computeInvoice({
      currency: 'CAD',
      rounding: { mode: 'half-up', taxes: 'per-line' },
      taxes: [
        { id: 'gst', rate: '5' },
        { id: 'qst', rate: '7.5', compound: true },
      ],
      lines: [{ id: 'a', quantity: '1', unitPrice: '100.00', taxes: ['gst', 'qst'] }],
    });
    expect(result.taxes).to.deep.equal([
      { id: 'gst', base: '100.00', amount: '5.00' },
      { id: 'qst', base: '105.00', amount: '7.88' },
    ]);
    expect(result.total).to.equal('112.88');
  });

  it('invoice discount: allocated by largest remainder, the pieces sum exactly', () => {
    const result = computeInvoice({
      ...EUR(),
      taxes: [{ id: 'vat', rate: '20' }],
      lines: ['a', 'b', 'c'].map((id) => ({ id, quantity: '1', unitPrice: '10.00', taxes: ['vat'] })),
      discount: { amount: '1.00' },
    });
    expect(result.lines.map((l) => l.discount)).to.deep.equal(['0.34', '0.33', '0.33']);
    expect(result.discount).to.equal('1.00');
    // Per line: 9.66 × 20% = 1.93 and 9.67 × 20% = 1.93 (twice), so 5.79, not 29.00 × 20% = 5.80.
    expect(result.taxes).to.deep.equal([{ id: 'vat', base: '29.00', amount: '5.79' }]);
    expect(result.total).to.equal('34.79');
  });

  it('cash rounding is its own adjustment', () => {
    const result = computeInvoice({
      currency: 'CHF',
      rounding: { mode: 'half-up', taxes: 'per-document' },
      taxes: [{ id: 'mwst', rate: '8.1' }],
      lines: [{ id: 'a', quantity: '1', unitPrice: '10.00', taxes: ['mwst'] }],
      cashRounding: { step: '0.05' },
    });
    expect(result.taxes[0].amount).to.equal('0.81');
    expect(result.cashRounding).to.equal('-0.01');
    expect(result.total).to.equal('10.80');
  });

  it('a credit note is minus the invoice', () => {
    const input: InvoiceInput = {
      ...EUR(),
      taxes: [{ id: 'vat', rate: '19' }],
      lines: [{ id: 'a', quantity: '3', unitPrice: '19.99', taxes: ['vat'], discountPercent: '10' }],
    };
    expect(computeInvoice({ ...input, kind: 'credit-note' })).to.deep.equal(negated(computeInvoice(input)));
    expect(computeInvoice({ ...input, kind: 'credit-note' }).total).to.equal('-64.22');
  });
});

describe('computeInvoice: result shape', () => {
  it('lists only the taxes some line carries, in input order; a line holds exactly its own', () => {
    const result = computeInvoice({
      ...EUR(),
      taxes: [
        { id: 'x', rate: '1' },
        { id: 'unused', rate: '2' },
        { id: 'y', rate: '3' },
      ],
      lines: [
        { id: 'a', quantity: '1', unitPrice: '100', taxes: ['y', 'x'] },
        { id: 'b', quantity: '1', unitPrice: '100' },
      ],
    });
    expect(result.taxes.map((t) => t.id)).to.deep.equal(['x', 'y']);
    expect(result.lines[0].taxes).to.deep.equal({ x: '1.00', y: '3.00' });
    expect(result.lines[1].taxes).to.deep.equal({});
    const perDocument = computeInvoice({
      ...EUR('half-up', 'per-document'),
      taxes: [{ id: 'x', rate: '1' }],
      lines: [{ id: 'a', quantity: '1', unitPrice: '1', taxes: ['x'] }],
    });
    expect(perDocument.lines[0]).to.deep.equal({ id: 'a', net: '1.00' });
  });
});

describe('computeInvoice: bad input names the field and returns nothing', () => {
  const line = { id: 'a', quantity: '1', unitPrice: '1' };
  const cases: [string, unknown, string][] = [
    ['unknown currency', { ...EUR(), currency: 'EURO', lines: [line] }, 'currency'],
    ['lower-case currency', { ...EUR(), currency: 'eur', lines: [line] }, 'currency'],
    ['exponent', { ...EUR(), lines: [line, { ...line, id: 'b', quantity: '1e3' }] }, 'lines[1].quantity'],
    ['plus sign', { ...EUR(), lines: [{ ...line, unitPrice: '+1' }] }, 'lines[0].unitPrice'],
    ['trailing dot', { ...EUR(), lines: [{ ...line, unitPrice: '1.' }] }, 'lines[0].unitPrice'],
    ['JS number', { ...EUR(), lines: [{ ...line, quantity: 2 }] }, 'lines[0].quantity'],
    ['seven decimals', { ...EUR(), lines: [{ ...line, unitPrice: '0.0000001' }] }, 'lines[0].unitPrice'],
    [
      'unknown tax',
      { ...EUR(), taxes: [{ id: 'vat', rate: '19' }], lines: [{ ...line, taxes: ['vat', 'gst'] }] },
      'lines[0].taxes[1]',
    ],
    ['discount over 100', { ...EUR(), lines: [{ ...line, discountPercent: '100.01' }] }, 'lines[0].discountPercent'],
    ['negative discount', { ...EUR(), lines: [{ ...line, discountPercent: '-1' }] }, 'lines[0].discountPercent'],
    ['negative rate', { ...EUR(), taxes: [{ id: 'vat', rate: '-19' }], lines: [line] }, 'taxes[0].rate'],
    ['unknown mode', { ...EUR(), rounding: { mode: 'bankers', taxes: 'per-line' }, lines: [line] }, 'rounding.mode'],
    ['tax rounding', { ...EUR(), rounding: { mode: 'half-up', taxes: 'sometimes' }, lines: [line] }, 'rounding.taxes'],
    [
      'inclusive without choice',
      { ...EUR(), taxes: [{ id: 'vat', rate: '19', inclusive: true }], lines: [line] },
      'rounding.inclusive',
    ],
    ['duplicate line id', { ...EUR(), lines: [line, line] }, 'lines[1].id'],
    [
      'duplicate tax id',
      {
        ...EUR(),
        taxes: [
          { id: 'v', rate: '1' },
          { id: 'v', rate: '2' },
        ],
        lines: [line],
      },
      'taxes[1].id',
    ],
    [
      'discount with cents beyond the currency',
      { ...EUR(), lines: [line], discount: { amount: '0.001' } },
      'discount.amount',
    ],
    ['discount over the subtotal', { ...EUR(), lines: [line], discount: { amount: '2' } }, 'discount.amount'],
    ['both discounts', { ...EUR(), lines: [line], discount: { amount: '1', percent: '1' } }, 'discount'],
    [
      'cash step finer than a yen',
      { ...EUR(), currency: 'JPY', lines: [line], cashRounding: { step: '0.5' } },
      'cashRounding.step',
    ],
    ['zero cash step', { ...EUR(), lines: [line], cashRounding: { step: '0' } }, 'cashRounding.step'],
    ['lines not an array', { ...EUR(), lines: 'a' }, 'lines'],
    ['kind', { ...EUR(), lines: [line], kind: 'refund' }, 'kind'],
    [
      'inclusive compound after an exclusive tax',
      {
        ...EUR(),
        rounding: { mode: 'half-up', taxes: 'per-line', inclusive: 'net' },
        taxes: [
          { id: 'a', rate: '1' },
          { id: 'b', rate: '1', inclusive: true, compound: true },
        ],
        lines: [line],
      },
      'taxes[1].compound',
    ],
  ];
  for (const [name, input, path] of cases)
    it(`${name} → ${path}`, () => {
      const error = errorOf(() => computeInvoice(input as InvoiceInput));
      expect(error.path).to.equal(path);
      expect(error.message).to.contain(path);
    });

  it('a hostile string is quoted, shortened, never evaluated', () => {
    const error = errorOf(() =>
      computeInvoice({ ...EUR(), lines: [{ ...line, quantity: '<img src=x onerror=alert(1)>'.repeat(10) }] }),
    );
    expect(error.message.length).to.be.lessThan(200);
  });

  it('null, a string and an empty object are errors, not crashes', () => {
    for (const input of [null, 'invoice', {}, { ...EUR() }])
      errorOf(() => computeInvoice(input as unknown as InvoiceInput));
  });
});
