import fc from 'fast-check';
import type { InvoiceInput, InvoiceTax } from '../../../src/core/invoice/index.js';
import { ROUNDING_MODES, type RoundingMode } from '../../../src/core/money/index.js';

/** A decimal string with up to `scale` decimals and `whole` digits before the point. */
export function decimal(whole: number, scale: number, negative = false): fc.Arbitrary<string> {
  return fc.integer({ min: 0, max: scale }).chain((s) => {
    const max = 10n ** BigInt(whole + s) - 1n;
    return fc.bigInt({ min: negative ? -max : 0n, max }).map((units) => {
      const a = units < 0n ? -units : units;
      const digits = a.toString().padStart(s + 1, '0');
      const text = s === 0 ? digits : `${digits.slice(0, -s)}.${digits.slice(-s)}`;
      return units < 0n ? `-${text}` : text;
    });
  });
}

export const percent: fc.Arbitrary<string> = fc.oneof(
  decimal(2, 3),
  fc.constantFrom('0', '100', '100.000', '50', '12.5', '9.975'),
);

export interface Policy {
  mode: RoundingMode;
  taxes: 'per-line' | 'per-document';
  inclusive: 'net' | 'tax';
}

export const POLICIES: Policy[] = ROUNDING_MODES.flatMap((mode) =>
  (['per-line', 'per-document'] as const).flatMap((taxes) =>
    (['net', 'tax'] as const).map((inclusive) => ({ mode, taxes, inclusive })),
  ),
);

export interface InvoiceOptions {
  /** Only what the contract covers: exclusive simple taxes, no invoice discount, no cash rounding. */
  contractOnly?: boolean;
}

/** Random invoices under one policy; extensions (inclusive, compound, discount, cash, credit note) at random. */
export function invoices(policy: Policy, options: InvoiceOptions = {}): fc.Arbitrary<InvoiceInput> {
  const extended = !options.contractOnly;
  const taxArb = fc
    .array(
      fc.record({
        rate: fc.oneof(decimal(2, 3), fc.constantFrom('0', '19', '9.975', '5', '7.7', '21')),
        inclusive: extended ? fc.boolean() : fc.constant(false),
        compound: extended ? fc.boolean() : fc.constant(false),
      }),
      { maxLength: 3 },
    )
    .map((list) => {
      let exclusiveSeen = false;
      return list.map((t, i): InvoiceTax => {
        // An inclusive compound tax may follow inclusive taxes only (the engine rejects the rest).
        const compound = t.compound && !(t.inclusive && exclusiveSeen);
        if (!t.inclusive) exclusiveSeen = true;
        const tax: InvoiceTax = { id: `t${i}`, rate: t.rate };
        if (t.inclusive) tax.inclusive = true;
        if (compound) tax.compound = true;
        return tax;
      });
    });
  return fc
    .record({
      currency: fc.constantFrom('EUR', 'JPY', 'KWD', 'USD', 'CHF'),
      taxes: taxArb,
      lines: fc.array(
        fc.record({
          quantity: fc.oneof(decimal(3, 3, true), fc.constantFrom('1', '2', '0', '-1', '0.5')),
          unitPrice: fc.oneof(decimal(5, 6, true), decimal(4, 2), fc.constantFrom('19.99', '8180', '0.005', '2.5')),
          discountPercent: fc.option(percent, { nil: undefined }),
          mask: fc.integer({ min: 0, max: 7 }),
        }),
        { minLength: 1, maxLength: 8 },
      ),
      discount: extended
        ? fc.option(fc.oneof(fc.record({ percent }), fc.record({ amount: decimal(3, 0) })), { nil: undefined })
        : fc.constant(undefined),
      cash: extended
        ? fc.option(fc.constantFrom('0.05', '0.10', '1', '10'), { nil: undefined })
        : fc.constant(undefined),
      credit: extended ? fc.boolean() : fc.constant(false),
    })
    .map(({ currency, taxes, lines, discount, cash, credit }) => {
      const input: InvoiceInput = {
        currency,
        rounding: { mode: policy.mode, taxes: policy.taxes, inclusive: policy.inclusive },
        taxes,
        lines: lines.map((l, i) => {
          const line: InvoiceInput['lines'][number] = {
            id: `line-${i}`,
            quantity: l.quantity,
            unitPrice: l.unitPrice,
            taxes: taxes.filter((_, t) => (l.mask >> t) & 1).map((t) => t.id),
          };
          if (l.discountPercent !== undefined) line.discountPercent = l.discountPercent;
          return line;
        }),
      };
      if (discount) input.discount = discount;
      // JPY has no cents: its cash steps are whole yen.
      if (cash) input.cashRounding = { step: currency === 'JPY' ? (cash === '10' ? '10' : '1') : cash };
      if (credit) input.kind = 'credit-note';
      return input;
    });
}
