/**
 * Display of money through `Intl.NumberFormat`, which is used for display only: the number of
 * decimals always comes from the bundled ISO 4217 table, and the amount is handed to `Intl` as a
 * decimal string, which it formats exactly (no conversion to a binary float on the way).
 */
import { currencyDigits } from './currencies.js';
import { DECIMAL_PATTERN } from './decimal.js';

export interface MoneyFormatOptions {
  /** `symbol` (default), `code`, `narrowSymbol` or `name`, as in `Intl.NumberFormat`. */
  currencyDisplay?: 'symbol' | 'code' | 'narrowSymbol' | 'name';
  /**
   * Keep decimals beyond the currency's (a unit price of 0.0125 EUR), never fewer than the
   * currency's. Without it the amount must already have the currency's digits.
   */
  exact?: boolean;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(
  currency: string,
  locale: string | undefined,
  options: MoneyFormatOptions,
  decimals?: number,
): Intl.NumberFormat {
  const digits = currencyDigits(currency) ?? 2;
  const most = Math.max(digits, decimals ?? digits);
  const key = `${locale ?? ''}|${currency}|${options.currencyDisplay ?? 'symbol'}|${most}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      currencyDisplay: options.currencyDisplay ?? 'symbol',
      minimumFractionDigits: digits,
      maximumFractionDigits: most,
    });
    formatters.set(key, found);
  }
  return found;
}

/** `Intl` formats decimal strings exactly; the type in the DOM library only names numbers. */
type ExactFormat = (value: `${number}`) => string;

/**
 * Formats a decimal amount for a reader: `formatMoney('1234.5', 'EUR', 'de-DE')` is `"1.234,50 €"`.
 * The decimals are the currency's (ISO 4217), whatever the locale would choose.
 * @throws {RangeError} when `amount` is not a decimal string.
 */
export function formatMoney(
  amount: string,
  currency: string,
  locale?: string,
  options: MoneyFormatOptions = {},
): string {
  if (!DECIMAL_PATTERN.test(amount))
    throw new RangeError(`Not a decimal string: ${JSON.stringify(amount.slice(0, 40))}`);
  const decimals = options.exact ? (amount.split('.')[1]?.length ?? 0) : undefined;
  return (formatter(currency, locale, options, decimals).format as unknown as ExactFormat)(amount as `${number}`);
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/**
 * Formats a decimal string (a quantity, a percent) for a reader, exactly and with all its decimals:
 * `formatDecimal('1234.5', 'de-DE')` is `"1.234,5"`; with `percent`, `'12.5'` is `"12.5%"`.
 */
export function formatDecimal(value: string, locale?: string, options: { percent?: boolean } = {}): string {
  if (!DECIMAL_PATTERN.test(value)) throw new RangeError(`Not a decimal string: ${JSON.stringify(value.slice(0, 40))}`);
  const key = `${locale ?? ''}|${options.percent ? '%' : ''}`;
  let format = numberFormats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: options.percent ? 'percent' : 'decimal',
      maximumFractionDigits: 20,
    });
    numberFormats.set(key, format);
  }
  // A percent is formatted from the fraction: move the point two places left, exactly.
  const shown = options.percent ? shiftLeft(value, 2) : value;
  return (format.format as unknown as ExactFormat)(shown as `${number}`);
}

function shiftLeft(value: string, places: number): string {
  const negative = value.startsWith('-');
  const [whole = '', fraction = ''] = (negative ? value.slice(1) : value).split('.');
  const padded = whole.padStart(places + 1, '0');
  const text = `${padded.slice(0, -places)}.${padded.slice(-places)}${fraction}`;
  return negative ? `-${text}` : text;
}

interface Symbols {
  digits: Map<string, string>;
  /** Undefined for a currency without decimals, where a point or comma can only group digits. */
  decimal: string | undefined;
  currency: string;
}

const symbolCache = new Map<string, Symbols>();

function symbolsOf(currency: string, locale: string | undefined, options: MoneyFormatOptions): Symbols {
  const key = `${locale ?? ''}|${currency}|${options.currencyDisplay ?? 'symbol'}`;
  let found = symbolCache.get(key);
  if (!found) {
    const format = formatter(currency, locale, options);
    const parts = (format.formatToParts as unknown as (value: string) => Intl.NumberFormatPart[])('-1234.5');
    const digits = new Map<string, string>();
    const plain = new Intl.NumberFormat(format.resolvedOptions().locale, {
      numberingSystem: format.resolvedOptions().numberingSystem,
      useGrouping: false,
    });
    for (let d = 0; d <= 9; d++) digits.set(plain.format(d), String(d));
    found = {
      digits,
      decimal: parts.find((p) => p.type === 'decimal')?.value,
      currency: parts.find((p) => p.type === 'currency')?.value ?? currency,
    };
    symbolCache.set(key, found);
  }
  return found;
}

/**
 * Reads back an amount written by `formatMoney` with the same currency, locale and options, as a
 * decimal string: `parseMoney('1.234,50 €', 'EUR', 'de-DE')` is `"1234.50"`. Returns `undefined`
 * when the text holds no digits.
 */
export function parseMoney(
  text: string,
  currency: string,
  locale?: string,
  options: MoneyFormatOptions = {},
): string | undefined {
  const symbols = symbolsOf(currency, locale, options);
  const rest = text.split(symbols.currency).join(' ');
  let out = '';
  let negative = false;
  for (const char of rest) {
    const digit = symbols.digits.get(char);
    if (digit !== undefined) out += digit;
    else if (char === symbols.decimal && !out.includes('.')) out += out === '' ? '0.' : '.';
    else if (char === '-' || char === '\u2212' || char === '(') negative = true;
  }
  if (!/\d/.test(out)) return undefined;
  if (out.endsWith('.')) out = out.slice(0, -1);
  return negative && /[1-9]/.test(out) ? `-${out}` : out;
}
