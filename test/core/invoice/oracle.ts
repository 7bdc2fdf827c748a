/**
 * A rational-arithmetic oracle for computeInvoice, written from the declared policies (the Money
 * docs page) and sharing no code with the engine: every value is an exact fraction of bigints, and
 * each rounding rounds one fraction.
 */
import type { InvoiceInput, InvoiceResult } from '../../../src/core/invoice/index.js';
import type { RoundingMode } from '../../../src/core/money/index.js';

export const ORACLE_DIGITS: Record<string, number> = { EUR: 2, USD: 2, JPY: 0, KWD: 3, CHF: 2 };

export interface Q {
  n: bigint;
  d: bigint;
}

const abs = (x: bigint): bigint => (x < 0n ? -x : x);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b) [a, b] = [b, a % b];
  return a || 1n;
}
/** A fraction with a positive denominator; reduced only when its terms grow large (speed). */
export function q(n: bigint, d = 1n): Q {
  if (d < 0n) [n, d] = [-n, -d];
  if (d > 1n << 256n) {
    const g = gcd(n, d);
    return { n: n / g, d: d / g };
  }
  return { n, d };
}
export const add = (a: Q, b: Q): Q => q(a.n * b.d + b.n * a.d, a.d * b.d);
export const sub = (a: Q, b: Q): Q => q(a.n * b.d - b.n * a.d, a.d * b.d);
export const mul = (a: Q, b: Q): Q => q(a.n * b.n, a.d * b.d);
export const div = (a: Q, b: Q): Q => q(a.n * b.d, a.d * b.n);
const cmp = (a: Q, b: Q): number => {
  const x = a.n * b.d - b.n * a.d;
  return x < 0n ? -1 : x > 0n ? 1 : 0;
};
const ONE = q(1n);
const HALF = q(1n, 2n);

export function parse(text: string): Q {
  const negative = text.startsWith('-');
  const [whole, fraction = ''] = text.replace('-', '').split('.');
  const n = BigInt(`${whole}${fraction}`);
  return q(negative ? -n : n, 10n ** BigInt(fraction.length));
}

/** Floor toward minus infinity. */
function floor(x: Q): bigint {
  const t = x.n / x.d;
  return x.n < 0n && t * x.d !== x.n ? t - 1n : t;
}

export function round(x: Q, mode: RoundingMode): bigint {
  const negative = x.n < 0n;
  const a = q(abs(x.n), x.d);
  const whole = floor(a);
  const fraction = sub(a, q(whole));
  let bump = false;
  if (fraction.n !== 0n) {
    const c = cmp(fraction, HALF);
    if (mode === 'up') bump = true;
    else if (mode === 'half-up') bump = c >= 0;
    else if (mode === 'half-even') bump = c > 0 || (c === 0 && whole % 2n === 1n);
  }
  const r = bump ? whole + 1n : whole;
  return negative ? -r : r;
}

export function show(minor: bigint, digits: number): string {
  const scale = 10n ** BigInt(digits);
  const a = abs(minor);
  const text = digits === 0 ? `${a}` : `${a / scale}.${`${a % scale}`.padStart(digits, '0')}`;
  return minor < 0n ? `-${text}` : text;
}

/** Largest remainder: floors of the exact shares, the units left to the largest remainders (ties: smaller key). */
export function largestRemainder(total: bigint, weights: Q[], keys: (string | number)[]): bigint[] {
  const sum = weights.reduce(add, q(0n));
  if (total === 0n || sum.n === 0n) return weights.map(() => 0n);
  const size = q(abs(total));
  const shares = weights.map((w) => mul(size, div(w, sum)));
  const floors = shares.map(floor);
  const left = abs(total) - floors.reduce((a, b) => a + b, 0n);
  const order = shares
    .map((s, i) => ({ i, r: sub(s, q(floors[i])) }))
    .sort((a, b) => cmp(b.r, a.r) || (keys[a.i] < keys[b.i] ? -1 : keys[a.i] > keys[b.i] ? 1 : 0));
  for (let k = 0; k < Number(left); k++) floors[order[k].i] += 1n;
  return floors.map((f) => (total < 0n ? -f : f));
}

/** The policies leave this invoice without figures; `path` is the field an InvoiceError must name. */
export class OracleRefusal extends Error {
  constructor(readonly path: string) {
    super(path);
  }
}

export function oracle(input: InvoiceInput): InvoiceResult {
  const digits = ORACLE_DIGITS[input.currency];
  const unit = q(10n ** BigInt(digits));
  const mode = input.rounding.mode;
  const money = (x: Q): bigint => round(mul(x, unit), mode);
  const perLine = input.rounding.taxes === 'per-line';
  const taxes = (input.taxes ?? []).map((t) => ({
    id: t.id,
    r: div(parse(t.rate), q(100n)),
    inclusive: !!t.inclusive,
    compound: !!t.compound,
  }));
  const sign = input.kind === 'credit-note' ? -1n : 1n;
  const lines = input.lines.map((l) => {
    const carried = (l.taxes ?? []).map((id) => taxes.findIndex((t) => t.id === id)).sort((a, b) => a - b);
    const keep = sub(ONE, div(parse(l.discountPercent ?? '0'), q(100n)));
    const priced = money(mul(mul(mul(parse(l.quantity), parse(l.unitPrice)), keep), q(sign)));
    const inclusive = carried.filter((t) => taxes[t].inclusive);
    let net = priced;
    const split = new Map<number, bigint>();
    if (inclusive.length) {
      const f = new Map<number, Q>();
      let before = q(0n);
      for (const t of carried) {
        const x = taxes[t].compound ? mul(taxes[t].r, add(ONE, before)) : taxes[t].r;
        f.set(t, x);
        before = add(before, x);
      }
      const m = add(ONE, inclusive.map((t) => f.get(t)!).reduce(add, q(0n)));
      if (input.rounding.inclusive === 'tax') {
        for (const t of inclusive) {
          const tax = round(div(mul(q(priced), f.get(t)!), m), mode);
          split.set(t, tax);
          net -= tax;
        }
      } else {
        net = round(div(q(priced), m), mode);
        const pieces = largestRemainder(
          priced - net,
          inclusive.map((t) => f.get(t)!),
          inclusive,
        );
        inclusive.forEach((t, k) => split.set(t, pieces[k]));
      }
    }
    return { id: l.id, carried, net, split };
  });

  const subtotal = lines.reduce((s, l) => s + l.net, 0n);
  let discount = 0n;
  let pieces: bigint[] | undefined;
  if (input.discount) {
    if ('percent' in input.discount)
      discount = round(mul(q(subtotal), div(parse(input.discount.percent), q(100n))), mode);
    else {
      const amount = round(mul(parse(input.discount.amount), unit), 'down');
      if ((amount !== 0n && subtotal === 0n) || amount > abs(subtotal)) throw new OracleRefusal('discount.amount');
      discount = subtotal < 0n ? -amount : amount;
    }
    pieces = largestRemainder(
      discount,
      lines.map((l) => q(l.net)),
      lines.map((l) => l.id),
    );
  }
  const taxable = lines.map((l, i) => l.net - (pieces ? pieces[i] : 0n));

  const lineTax = lines.map(() => new Map<number, bigint>());
  const lineBase = lines.map(() => new Map<number, bigint>());
  lines.forEach((l, i) => {
    let before = 0n;
    for (const t of l.carried) {
      const tax = taxes[t];
      const base = taxable[i] + (tax.compound ? before : 0n);
      lineBase[i].set(t, base);
      if (!perLine && !tax.inclusive) continue;
      const amount =
        l.split.has(t) && (!pieces || pieces[i] === 0n) ? l.split.get(t)! : round(mul(q(base), tax.r), mode);
      lineTax[i].set(t, amount);
      before += amount;
    }
  });

  const figure = (t: number, subset: number[]): { base: bigint; amount: bigint } => {
    const on = subset.filter((i) => lines[i].carried.includes(t));
    const tax = taxes[t];
    if (perLine || tax.inclusive)
      return {
        base: on.reduce((s, i) => s + lineBase[i].get(t)!, 0n),
        amount: on.reduce((s, i) => s + lineTax[i].get(t)!, 0n),
      };
    let base = on.reduce((s, i) => s + taxable[i], 0n);
    if (tax.compound) for (let k = 0; k < t; k++) base += figure(k, on).amount;
    return { base, amount: round(mul(q(base), tax.r), mode) };
  };
  const all = lines.map((_, i) => i);
  const taxResults = taxes
    .map((t, index) => ({ t, index }))
    .filter(({ index }) => lines.some((l) => l.carried.includes(index)))
    .map(({ t, index }) => ({ id: t.id, ...figure(index, all) }));

  let total = subtotal - discount + taxResults.reduce((s, t) => s + t.amount, 0n);
  let adjustment: bigint | undefined;
  if (input.cashRounding) {
    const step = round(mul(parse(input.cashRounding.step), unit), 'down');
    const rounded = round(q(total, step), input.cashRounding.mode ?? 'half-up') * step;
    adjustment = rounded - total;
    total = rounded;
  }

  const result: InvoiceResult = {
    lines: lines.map((l, i) => {
      const out: InvoiceResult['lines'][number] = { id: l.id, net: show(l.net, digits) };
      if (perLine)
        out.taxes = Object.fromEntries(l.carried.map((t) => [taxes[t].id, show(lineTax[i].get(t)!, digits)]));
      if (pieces) out.discount = show(pieces[i], digits);
      if (l.split.size) out.gross = show(taxable[i] + [...lineTax[i].values()].reduce((s, x) => s + x, 0n), digits);
      return out;
    }),
    subtotal: show(subtotal, digits),
    taxes: taxResults.map((t) => ({ id: t.id, base: show(t.base, digits), amount: show(t.amount, digits) })),
    total: show(total, digits),
  };
  if (input.discount) result.discount = show(discount, digits);
  if (adjustment !== undefined) result.cashRounding = show(adjustment, digits);
  return result;
}
