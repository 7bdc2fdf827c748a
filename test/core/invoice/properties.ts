import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { computeInvoice, InvoiceError, type InvoiceResult } from '../../../src/core/invoice/index.js';
import type { RoundingMode } from '../../../src/core/money/index.js';
import { invoices, POLICIES } from './arbitraries.js';
import { OracleRefusal, oracle, parse } from './oracle.js';

const RUNS = 10_000;

const negate = (amount: string): string =>
  amount.startsWith('-') ? amount.slice(1) : /[1-9]/.test(amount) ? `-${amount}` : amount;

/** Every amount negated, ids kept. */
export function negated(result: InvoiceResult): InvoiceResult {
  return JSON.parse(JSON.stringify(result), (key, value: unknown) =>
    key !== 'id' && typeof value === 'string' ? negate(value) : value,
  ) as InvoiceResult;
}

function errorOf(run: () => unknown): InvoiceError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(InvoiceError);
    return error as InvoiceError;
  }
  throw new Error('expected an InvoiceError');
}

/**
 * The properties for every policy of one rounding mode (each mode is its own test file, so the
 * files run in parallel and each stays well inside the runner's time limit).
 */
export function checkAgainstOracle(mode: RoundingMode): void {
  for (const policy of POLICIES.filter((p) => p.mode === mode))
    describe(`computeInvoice against the rational oracle: ${policy.mode}, ${policy.taxes}, inclusive rounds the ${policy.inclusive}`, function () {
      this.timeout(180_000);

      // The contract alone has no inclusive taxes: it is checked once per mode and tax rounding.
      if (policy.inclusive === 'net')
        it(`every amount of the contract matches over ${RUNS} invoices`, () => {
          fc.assert(
            fc.property(invoices(policy, { contractOnly: true }), (input) => {
              expect(computeInvoice(input)).to.deep.equal(oracle(input));
            }),
            { numRuns: RUNS },
          );
        });

      it(`with the extensions: every amount matches, reordering changes no total, a credit note is minus the invoice, discount pieces and cash rounding hold, over ${RUNS} invoices`, () => {
        fc.assert(
          fc.property(invoices(policy), fc.infiniteStream(fc.nat()), (input, randoms) => {
            let expected: InvoiceResult;
            try {
              expected = oracle(input);
            } catch (refusal) {
              if (!(refusal instanceof OracleRefusal)) throw refusal;
              expect(errorOf(() => computeInvoice(input)).path).to.equal(refusal.path);
              return;
            }
            const result = computeInvoice(input);
            expect(result).to.deep.equal(expected);

            const order = [...input.lines]
              .map((l) => ({ l, k: randoms.next().value as number }))
              .sort((a, b) => a.k - b.k);
            const shuffled = computeInvoice({ ...input, lines: order.map((o) => o.l) });
            expect({ ...shuffled, lines: undefined }).to.deep.equal({ ...result, lines: undefined });
            const byId = new Map(result.lines.map((l) => [l.id, l]));
            for (const l of shuffled.lines) expect(l).to.deep.equal(byId.get(l.id));

            const flipped = computeInvoice({
              ...input,
              kind: input.kind === 'credit-note' ? 'invoice' : 'credit-note',
            });
            expect(flipped).to.deep.equal(negated(result));

            if (result.discount !== undefined) {
              const pieces = result.lines.reduce(
                (sum, l) => sum + parse(l.discount!).n * (10n ** 6n / parse(l.discount!).d),
                0n,
              );
              expect(pieces).to.equal(parse(result.discount).n * (10n ** 6n / parse(result.discount).d));
            }
            if (input.cashRounding) {
              const step = parse(input.cashRounding.step);
              const total = parse(result.total);
              // total / step is a whole number, and 2 × |adjustment| ≤ step.
              expect((total.n * step.d) % (total.d * step.n)).to.equal(0n);
              const adjustment = parse(result.cashRounding!);
              const size = adjustment.n < 0n ? -adjustment.n : adjustment.n;
              expect(2n * size * step.d <= step.n * adjustment.d).to.equal(true);
            }
          }),
          { numRuns: RUNS },
        );
      });
    });
}
