/**
 * `computeInvoice`: one engine for the editor, the printed invoice and `toJSON()`. Amounts are
 * integer minor units (bigint) from start to end; every rounding is one `roundDiv` of an exact
 * fraction with the invoice's declared mode. The policies are written in the Money docs page.
 */
import { currencyDigits } from '../money/currencies.js';
import {
  ROUNDING_MODES,
  formatMinor,
  parseDecimal,
  pow10,
  roundDiv,
  type Decimal,
  type RoundingMode,
} from '../money/decimal.js';
import { InvoiceError } from './errors.js';
import type { InvoiceInput, InvoiceLineResult, InvoiceResult, InvoiceTaxResult } from './types.js';

/** Limits that keep every figure a reasonable size: a price has at most 15 digits before the point. */
const MAX_DECIMALS = 6;
const MAX_WHOLE_DIGITS = 15;

/** A non-negative exact fraction n / d with d > 0. */
interface Ratio {
  n: bigint;
  d: bigint;
}

interface Tax {
  id: string;
  /** rate / 100 as a fraction. */
  rate: Ratio;
  inclusive: boolean;
  compound: boolean;
}

interface Line {
  id: string;
  quantity: Decimal;
  unitPrice: Decimal;
  discount: Decimal | undefined;
  /** Indices into the tax list, in the invoice's tax order. */
  taxes: number[];
}

interface Plan {
  digits: number;
  mode: RoundingMode;
  perLine: boolean;
  inclusive: 'net' | 'tax';
  taxes: Tax[];
  lines: Line[];
  discount: { percent: Decimal } | { amount: bigint } | undefined;
  cash: { step: bigint; mode: RoundingMode } | undefined;
  sign: 1n | -1n;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number') return `the number ${value} (write numbers as decimal strings)`;
  return value === undefined ? 'nothing' : typeof value;
}

function decimalAt(value: unknown, path: string, what: string): Decimal {
  const parsed = parseDecimal(value);
  if (!parsed) throw new InvoiceError(path, `${what} must be a decimal string like "12.50", got ${describe(value)}`);
  const whole = (value as string).replace(/^-/, '').split('.')[0] ?? '';
  if (parsed.scale > MAX_DECIMALS) throw new InvoiceError(path, `${what} has more than ${MAX_DECIMALS} decimals`);
  if (whole.replace(/^0+(?=\d)/, '').length > MAX_WHOLE_DIGITS)
    throw new InvoiceError(path, `${what} has more than ${MAX_WHOLE_DIGITS} digits before the point`);
  return parsed;
}

function percentAt(value: unknown, path: string, what: string): Decimal {
  const parsed = decimalAt(value, path, what);
  if (parsed.units < 0n || parsed.units > 100n * pow10(parsed.scale))
    throw new InvoiceError(path, `${what} must be between 0 and 100, got ${describe(value)}`);
  return parsed;
}

function modeAt(value: unknown, path: string): RoundingMode {
  if (!ROUNDING_MODES.includes(value as RoundingMode))
    throw new InvoiceError(
      path,
      `the rounding mode must be one of ${ROUNDING_MODES.join(', ')}, got ${describe(value)}`,
    );
  return value as RoundingMode;
}

/** Whole minor units of an amount given in the currency, or an error when it has more decimals. */
function minorAt(value: unknown, path: string, what: string, digits: number): bigint {
  const parsed = decimalAt(value, path, what);
  if (parsed.scale <= digits) return parsed.units * pow10(digits - parsed.scale);
  const divisor = pow10(parsed.scale - digits);
  if (parsed.units % divisor !== 0n)
    throw new InvoiceError(path, `${what} has more decimals than the currency's ${digits}`);
  return parsed.units / divisor;
}

function plan(input: unknown): Plan {
  if (!isRecord(input)) throw new InvoiceError('', 'the invoice must be an object');
  const digits = typeof input.currency === 'string' ? currencyDigits(input.currency) : undefined;
  if (digits === undefined)
    throw new InvoiceError('currency', `unknown ISO 4217 currency code ${describe(input.currency)}`);

  const rounding = input.rounding;
  if (!isRecord(rounding)) throw new InvoiceError('rounding', 'rounding must be an object with mode and taxes');
  const mode = modeAt(rounding.mode, 'rounding.mode');
  if (rounding.taxes !== 'per-line' && rounding.taxes !== 'per-document')
    throw new InvoiceError('rounding.taxes', `must be "per-line" or "per-document", got ${describe(rounding.taxes)}`);

  const taxInput = input.taxes ?? [];
  if (!Array.isArray(taxInput)) throw new InvoiceError('taxes', 'taxes must be an array');
  const taxIndex = new Map<string, number>();
  let exclusiveSeen = false;
  const taxes = taxInput.map((raw: unknown, i): Tax => {
    const path = `taxes[${i}]`;
    if (!isRecord(raw)) throw new InvoiceError(path, 'a tax must be an object with id and rate');
    if (typeof raw.id !== 'string' || raw.id === '')
      throw new InvoiceError(`${path}.id`, 'a tax needs a non-empty string id');
    if (taxIndex.has(raw.id)) throw new InvoiceError(`${path}.id`, `the tax id ${describe(raw.id)} is used twice`);
    taxIndex.set(raw.id, i);
    const rate = decimalAt(raw.rate, `${path}.rate`, 'a tax rate');
    if (rate.units < 0n) throw new InvoiceError(`${path}.rate`, 'a tax rate must be 0 or more');
    for (const flag of ['inclusive', 'compound'] as const)
      if (raw[flag] !== undefined && typeof raw[flag] !== 'boolean')
        throw new InvoiceError(`${path}.${flag}`, `${flag} must be true or false`);
    const inclusive = raw.inclusive === true;
    const compound = raw.compound === true;
    if (inclusive && compound && exclusiveSeen)
      throw new InvoiceError(`${path}.compound`, 'an inclusive compound tax may only follow inclusive taxes');
    if (!inclusive) exclusiveSeen = true;
    return { id: raw.id, rate: { n: rate.units, d: pow10(rate.scale) * 100n }, inclusive, compound };
  });

  let inclusive: 'net' | 'tax' = 'tax';
  if (taxes.some((t) => t.inclusive)) {
    if (rounding.inclusive !== 'net' && rounding.inclusive !== 'tax')
      throw new InvoiceError(
        'rounding.inclusive',
        `an inclusive tax needs an explicit choice, "net" or "tax", got ${describe(rounding.inclusive)}`,
      );
    inclusive = rounding.inclusive;
  }

  if (!Array.isArray(input.lines)) throw new InvoiceError('lines', 'lines must be an array');
  const lineIds = new Set<string>();
  const lines = input.lines.map((raw: unknown, i): Line => {
    const path = `lines[${i}]`;
    if (!isRecord(raw)) throw new InvoiceError(path, 'a line must be an object');
    if (typeof raw.id !== 'string' || raw.id === '')
      throw new InvoiceError(`${path}.id`, 'a line needs a non-empty string id');
    if (lineIds.has(raw.id)) throw new InvoiceError(`${path}.id`, `the line id ${describe(raw.id)} is used twice`);
    lineIds.add(raw.id);
    const quantity = decimalAt(raw.quantity, `${path}.quantity`, 'the quantity');
    const unitPrice = decimalAt(raw.unitPrice, `${path}.unitPrice`, 'the unit price');
    const discount =
      raw.discountPercent === undefined
        ? undefined
        : percentAt(raw.discountPercent, `${path}.discountPercent`, 'the discount percent');
    const carried = raw.taxes ?? [];
    if (!Array.isArray(carried)) throw new InvoiceError(`${path}.taxes`, 'a line’s taxes must be an array of tax ids');
    const indices = carried.map((id: unknown, k) => {
      const index = typeof id === 'string' ? taxIndex.get(id) : undefined;
      if (index === undefined) throw new InvoiceError(`${path}.taxes[${k}]`, `unknown tax id ${describe(id)}`);
      return index;
    });
    if (new Set(indices).size !== indices.length)
      throw new InvoiceError(`${path}.taxes`, 'a line carries the same tax twice');
    return { id: raw.id, quantity, unitPrice, discount, taxes: indices.sort((a, b) => a - b) };
  });

  let discount: Plan['discount'];
  if (input.discount !== undefined) {
    const raw = input.discount;
    if (isRecord(raw) && raw.percent !== undefined && raw.amount === undefined)
      discount = { percent: percentAt(raw.percent, 'discount.percent', 'the discount percent') };
    else if (isRecord(raw) && raw.amount !== undefined && raw.percent === undefined) {
      const amount = minorAt(raw.amount, 'discount.amount', 'the discount amount', digits);
      if (amount < 0n) throw new InvoiceError('discount.amount', 'the discount amount must be 0 or more');
      discount = { amount };
    } else throw new InvoiceError('discount', 'the discount must be { percent } or { amount }');
  }

  let cash: Plan['cash'];
  if (input.cashRounding !== undefined) {
    const raw = input.cashRounding;
    if (!isRecord(raw)) throw new InvoiceError('cashRounding', 'cash rounding must be an object with a step');
    const step = minorAt(raw.step, 'cashRounding.step', 'the cash step', digits);
    if (step <= 0n) throw new InvoiceError('cashRounding.step', 'the cash step must be more than 0');
    cash = { step, mode: raw.mode === undefined ? 'half-up' : modeAt(raw.mode, 'cashRounding.mode') };
  }

  if (input.kind !== undefined && input.kind !== 'invoice' && input.kind !== 'credit-note')
    throw new InvoiceError('kind', `must be "invoice" or "credit-note", got ${describe(input.kind)}`);

  return {
    digits,
    mode,
    perLine: rounding.taxes === 'per-line',
    inclusive,
    taxes,
    lines,
    discount,
    cash,
    sign: input.kind === 'credit-note' ? -1n : 1n,
  };
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
}

/**
 * Splits `total` into whole pieces proportional to `weights` (largest remainder): each piece is
 * its exact share rounded down, and the units left go to the largest remainders, ties to the
 * smaller key. Worked on magnitudes, so negating `total` negates every piece, and the pieces
 * always sum to `total` exactly.
 */
export function allocate(total: bigint, weights: readonly bigint[], keys: readonly string[]): bigint[] {
  let sum = 0n;
  for (const w of weights) sum += w;
  if (total === 0n || sum === 0n) return weights.map(() => 0n);
  const sign = total < 0n ? -1n : 1n;
  const whole = total * sign;
  const flip = sum < 0n ? -1n : 1n;
  const positive = sum * flip;
  const floors: bigint[] = [];
  const remainders: bigint[] = [];
  let left = whole;
  for (const w of weights) {
    const scaled = whole * w * flip;
    const floor = floorDiv(scaled, positive);
    floors.push(floor);
    remainders.push(scaled - floor * positive);
    left -= floor;
  }
  if (left > 0n) {
    const order = weights.map((_, i) => i);
    order.sort((a, b) => {
      const ra = remainders[a];
      const rb = remainders[b];
      if (ra !== rb) return ra > rb ? -1 : 1;
      const ka = keys[a];
      const kb = keys[b];
      return ka < kb ? -1 : ka > kb ? 1 : 0;
    });
    for (let k = 0; k < Number(left); k++) floors[order[k]] += 1n;
  }
  return floors.map((f) => f * sign);
}

function add(a: Ratio, b: Ratio): Ratio {
  return { n: a.n * b.d + b.n * a.d, d: a.d * b.d };
}

/**
 * Each tax of a line as a fraction of the net: rate for a simple tax, rate × (1 + the fractions
 * before it that the line carries) for a compound one.
 */
function fractions(taxes: readonly Tax[], carried: readonly number[]): Map<number, Ratio> {
  const out = new Map<number, Ratio>();
  let before: Ratio = { n: 0n, d: 1n };
  for (const index of carried) {
    const tax = taxes[index];
    const factor = tax.compound ? { n: tax.rate.n * (before.d + before.n), d: tax.rate.d * before.d } : tax.rate;
    out.set(index, factor);
    before = add(before, factor);
  }
  return out;
}

/** Splits a tax-inclusive amount into net and inclusive taxes, by the declared policy. */
function splitInclusive(p: Plan, amount: bigint, inclusive: readonly number[], carried: readonly number[]) {
  const parts = fractions(p.taxes, carried);
  let sum: Ratio = { n: 0n, d: 1n };
  for (const index of inclusive) sum = add(sum, parts.get(index)!);
  const multiplier: Ratio = { n: sum.d + sum.n, d: sum.d };
  const taxes = new Map<number, bigint>();
  let net: bigint;
  if (p.inclusive === 'tax') {
    net = amount;
    for (const index of inclusive) {
      const f = parts.get(index)!;
      const tax = roundDiv(amount * f.n * multiplier.d, f.d * multiplier.n, p.mode);
      taxes.set(index, tax);
      net -= tax;
    }
  } else {
    net = roundDiv(amount * multiplier.d, multiplier.n, p.mode);
    // The rest is shared in proportion to each tax's fraction, brought to one denominator.
    let common = 1n;
    for (const index of inclusive) common *= parts.get(index)!.d;
    const weights = inclusive.map((index) => (parts.get(index)!.n * common) / parts.get(index)!.d);
    const pieces = allocate(
      amount - net,
      weights,
      inclusive.map((index) => String(index).padStart(6, '0')),
    );
    inclusive.forEach((index, k) => taxes.set(index, pieces[k]));
  }
  return { net, taxes };
}

/** The invoice's figures, computed exactly. See `InvoiceInput` and the Money docs page for each policy. */
export function computeInvoice(input: InvoiceInput): InvoiceResult {
  const p = plan(input);
  const { digits, mode, taxes } = p;
  const n = p.lines.length;

  // 1. Each line's priced amount: quantity × unit price × (1 − discount), rounded once.
  const net = new Array<bigint>(n);
  const lineTaxes: Map<number, bigint>[] = [];
  const split: (Map<number, bigint> | undefined)[] = [];
  const scaleUp = pow10(digits);
  for (let i = 0; i < n; i++) {
    const line = p.lines[i];
    const d = line.discount;
    const keep = d ? 100n * pow10(d.scale) - d.units : 100n;
    const numerator = p.sign * line.quantity.units * line.unitPrice.units * keep * scaleUp;
    const denominator = pow10(line.quantity.scale + line.unitPrice.scale + (d ? d.scale : 0)) * 100n;
    const amount = roundDiv(numerator, denominator, mode);
    const inclusive = line.taxes.filter((t) => taxes[t].inclusive);
    if (inclusive.length > 0) {
      const parts = splitInclusive(p, amount, inclusive, line.taxes);
      net[i] = parts.net;
      split[i] = parts.taxes;
    } else {
      net[i] = amount;
      split[i] = undefined;
    }
    lineTaxes.push(new Map());
  }

  let subtotal = 0n;
  for (const value of net) subtotal += value;

  // 2. The invoice discount, allocated to the nets by largest remainder.
  let discount = 0n;
  let pieces: bigint[] | undefined;
  if (p.discount) {
    if ('percent' in p.discount) {
      const pct = p.discount.percent;
      discount = roundDiv(subtotal * pct.units, pow10(pct.scale) * 100n, mode);
    } else {
      const amount = p.discount.amount;
      if (amount !== 0n && subtotal === 0n)
        throw new InvoiceError('discount.amount', 'a discount amount needs a subtotal other than 0 to be shared');
      if (amount > (subtotal < 0n ? -subtotal : subtotal))
        throw new InvoiceError('discount.amount', 'the discount amount is larger than the subtotal');
      // A discount reduces the subtotal's size: on a credit note (a negative subtotal) it is negative.
      discount = subtotal < 0n ? -amount : amount;
    }
    pieces = allocate(
      discount,
      net,
      p.lines.map((l) => l.id),
    );
  }
  const taxable = net.map((value, i) => value - (pieces ? pieces[i] : 0n));

  // 3. Taxes settled on each line: all of them per line, inclusive ones always.
  const lineBase: Map<number, bigint>[] = [];
  for (let i = 0; i < n; i++) {
    const line = p.lines[i];
    const own = lineTaxes[i];
    const bases = new Map<number, bigint>();
    let before = 0n;
    for (const index of line.taxes) {
      const tax = taxes[index];
      const base = taxable[i] + (tax.compound ? before : 0n);
      bases.set(index, base);
      if (!p.perLine && !tax.inclusive) continue;
      const fromSplit = split[i]?.get(index);
      const amount =
        fromSplit !== undefined && (pieces === undefined || pieces[i] === 0n)
          ? fromSplit
          : roundDiv(base * tax.rate.n, tax.rate.d, mode);
      own.set(index, amount);
      before += amount;
    }
    lineBase.push(bases);
  }

  // 4. Each rate's base and amount for the document.
  const carriers = taxes.map((_, t) => {
    const list: number[] = [];
    for (let i = 0; i < n; i++) if (p.lines[i].taxes.includes(t)) list.push(i);
    return list;
  });
  const documentAmount = (t: number, lines: readonly number[]): { base: bigint; amount: bigint } => {
    const tax = taxes[t];
    const on = lines.filter((i) => p.lines[i].taxes.includes(t));
    if (tax.inclusive || p.perLine) {
      let base = 0n;
      let amount = 0n;
      for (const i of on) {
        base += lineBase[i].get(t)!;
        amount += lineTaxes[i].get(t)!;
      }
      return { base, amount };
    }
    let base = 0n;
    for (const i of on) base += taxable[i];
    if (tax.compound) for (let k = 0; k < t; k++) base += documentAmount(k, on).amount;
    return { base, amount: roundDiv(base * tax.rate.n, tax.rate.d, mode) };
  };
  const taxResults: InvoiceTaxResult[] = [];
  let taxTotal = 0n;
  taxes.forEach((tax, t) => {
    if (carriers[t].length === 0) return;
    const { base, amount } = documentAmount(t, carriers[t]);
    taxTotal += amount;
    taxResults.push({ id: tax.id, base: formatMinor(base, digits), amount: formatMinor(amount, digits) });
  });

  // 5. Total, then cash rounding as its own adjustment.
  let total = subtotal - discount + taxTotal;
  let adjustment: bigint | undefined;
  if (p.cash) {
    const rounded = roundDiv(total, p.cash.step, p.cash.mode) * p.cash.step;
    adjustment = rounded - total;
    total = rounded;
  }

  const lines = p.lines.map((line, i): InvoiceLineResult => {
    const out: InvoiceLineResult = { id: line.id, net: formatMinor(net[i], digits) };
    if (p.perLine) {
      const own: Record<string, string> = {};
      for (const index of line.taxes) own[taxes[index].id] = formatMinor(lineTaxes[i].get(index)!, digits);
      out.taxes = own;
    }
    if (pieces) out.discount = formatMinor(pieces[i], digits);
    if (split[i]) {
      let gross = taxable[i];
      for (const amount of lineTaxes[i].values()) gross += amount;
      out.gross = formatMinor(gross, digits);
    }
    return out;
  });

  // Keys in reading order: subtotal, discount, taxes, cash rounding, total.
  const result = { lines, subtotal: formatMinor(subtotal, digits) } as InvoiceResult;
  if (p.discount) result.discount = formatMinor(discount, digits);
  result.taxes = taxResults;
  if (adjustment !== undefined) result.cashRounding = formatMinor(adjustment, digits);
  result.total = formatMinor(total, digits);
  return result;
}
