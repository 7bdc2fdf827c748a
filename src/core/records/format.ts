import { isEmptyValue } from '../filter/values.js';
import { optionLabel, toNumber, toTime, valueText, type RecordField } from './values.js';

export interface FormatOptions {
  /** BCP 47 language tag for `Intl`. Default `en`. */
  locale?: string;
  /** ISO 4217 code for currency fields. Default `USD`. */
  currency?: string;
  /** Text of `true` and `false`. Default `Yes` and `No`. */
  yes?: string;
  no?: string;
}

const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function formatter<F extends Intl.NumberFormat | Intl.DateTimeFormat>(key: string, make: () => F): F {
  let found = formatters.get(key) as F | undefined;
  if (!found) {
    found = make();
    formatters.set(key, found);
  }
  return found;
}

function numberFormat(locale: string, currency?: string): Intl.NumberFormat {
  const key = `n|${locale}|${currency ?? ''}`;
  return formatter(key, () => {
    try {
      return new Intl.NumberFormat(locale, currency ? { style: 'currency', currency } : undefined);
    } catch {
      // An unknown locale or currency code still shows the number rather than breaking the view.
      return new Intl.NumberFormat('en');
    }
  });
}

function dateFormat(locale: string): Intl.DateTimeFormat {
  return formatter(`d|${locale}`, () => {
    try {
      return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
    } catch {
      return new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' });
    }
  });
}

/**
 * A record value as a user reads it: numbers, money and dates through `Intl`, enum values by their
 * option label, booleans as yes/no. Empty values are `''`. A value of the wrong type for its field
 * shows as plain text rather than disappearing.
 *
 * Dates show their calendar day in UTC, so `2026-03-01` reads the same in every time zone.
 */
export function formatValue(field: RecordField, value: unknown, options: FormatOptions = {}): string {
  if (isEmptyValue(value)) return '';
  const locale = options.locale || 'en';
  switch (field.type) {
    case 'number':
    case 'currency': {
      const number = toNumber(value);
      if (number === undefined) break;
      return numberFormat(locale, field.type === 'currency' ? options.currency || 'USD' : undefined).format(number);
    }
    case 'date': {
      const time = toTime(value);
      if (time === undefined) break;
      return dateFormat(locale).format(time);
    }
    case 'boolean':
      if (typeof value === 'boolean') return value ? (options.yes ?? 'Yes') : (options.no ?? 'No');
      break;
    case 'enum':
      return Array.isArray(value)
        ? value.map((each) => optionLabel(field, each)).join(', ')
        : optionLabel(field, value);
    case 'text':
      break;
  }
  return valueText(value);
}
