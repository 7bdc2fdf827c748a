/**
 * Exact decimal arithmetic on bigint: a decimal string is read into an integer and a scale
 * (`"19.99"` is 1999 at scale 2), every product stays an integer, and the only division is the
 * final rounding of a fraction to an integer, done with an explicit mode. No binary floating point
 * takes part in a computation.
 */

/** How a value that falls between two representable amounts is settled. */
export type RoundingMode = 'half-up' | 'half-even' | 'up' | 'down';

/** Every rounding mode, in the order the documentation lists them. */
export const ROUNDING_MODES: readonly RoundingMode[] = ['half-up', 'half-even', 'up', 'down'];

/** The only accepted form of a number at the API: no exponent, no `+`, no trailing dot. */
export const DECIMAL_PATTERN = /^-?\d+(\.\d+)?$/;

/** A decimal read exactly: its value is `units / 10^scale`. */
export interface Decimal {
  readonly units: bigint;
  readonly scale: number;
}

/** Reads a decimal string exactly, or returns `undefined` when it does not match `DECIMAL_PATTERN`. */
export function parseDecimal(text: unknown): Decimal | undefined {
  if (typeof text !== 'string' || !DECIMAL_PATTERN.test(text)) return undefined;
  const negative = text.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? text.slice(1) : text).split('.');
  const units = BigInt(whole + fraction);
  return { units: negative ? -units : units, scale: fraction.length };
}

const powers: bigint[] = [];
/** 10^n as a bigint (cached: the engine asks for the same few powers millions of times). */
export function pow10(n: number): bigint {
  let value = powers[n];
  if (value === undefined) {
    value = 10n ** BigInt(n);
    powers[n] = value;
  }
  return value;
}

/**
 * Rounds `numerator / denominator` to an integer with `mode`. Every mode is symmetric around zero:
 * `half-up` rounds a half away from zero (−2.5 → −3), `half-even` to the even neighbour (−2.5 → −2),
 * `up` away from zero and `down` toward zero.
 */
export function roundDiv(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator < 0n) {
    numerator = -numerator;
    denominator = -denominator;
  }
  const quotient = numerator / denominator;
  const remainder = numerator - quotient * denominator;
  if (remainder === 0n) return quotient;
  const away = numerator < 0n ? quotient - 1n : quotient + 1n;
  if (mode === 'down') return quotient;
  if (mode === 'up') return away;
  const twice = (remainder < 0n ? -remainder : remainder) * 2n;
  if (twice > denominator) return away;
  if (twice < denominator) return quotient;
  if (mode === 'half-up') return away;
  return quotient % 2n === 0n ? quotient : away;
}

/**
 * Rounds a decimal to `digits` decimals, giving integer minor units (`"2.345"` at 2 digits,
 * half-even → 234n).
 */
export function toMinor(value: Decimal, digits: number, mode: RoundingMode): bigint {
  if (value.scale <= digits) return value.units * pow10(digits - value.scale);
  return roundDiv(value.units, pow10(value.scale - digits), mode);
}

/**
 * Writes integer minor units as a decimal string with exactly `digits` decimals: 81596n at 2 →
 * `"815.96"`, 1000n at 0 → `"1000"`, −100n at 2 → `"-1.00"`. Zero never carries a sign.
 */
export function formatMinor(units: bigint, digits: number): string {
  const negative = units < 0n;
  const text = (negative ? -units : units).toString().padStart(digits + 1, '0');
  const whole = digits === 0 ? text : `${text.slice(0, -digits)}.${text.slice(-digits)}`;
  return negative ? `-${whole}` : whole;
}

/**
 * Rounds a decimal string to `digits` decimals with `mode` and writes it back:
 * `roundDecimal('-2.5', 0, 'half-up')` is `"-3"`, with `'half-even'` it is `"-2"`.
 * @throws {RangeError} when `value` is not a decimal string.
 */
export function roundDecimal(value: string, digits: number, mode: RoundingMode): string {
  const parsed = parseDecimal(value);
  if (!parsed) throw new RangeError(`Not a decimal string: ${JSON.stringify(String(value).slice(0, 40))}`);
  return formatMinor(toMinor(parsed, digits, mode), digits);
}
