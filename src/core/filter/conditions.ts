import { foldText, isAscii } from '../fields/fold.js';
import type { FieldDefinition } from '../fields/types.js';
import type { FilterCondition, FilterOptions } from './types.js';
import { VALUELESS_OPERATORS } from './types.js';
import { isEmptyValue, parseIsoDate, zoneDays, type ZoneDays } from './values.js';

/** One condition made ready to test records: it reads its field and tests the value, in one call. */
export type RecordTest = (record: unknown) => boolean;

/** How a record test reads its field's value (see `valueReader`). */
type Read = (record: unknown) => unknown;

/** What conditions share while a filter is evaluated or compiled. */
export interface FilterContext {
  locale: string;
  collator: Intl.Collator;
  zone: ZoneDays;
  /** Today's calendar day in the zone, read from the clock once per context. */
  today: () => number;
  /** The calendar day of a record's date value (conditions on one field read it once per record). */
  dayOf: (value: unknown) => number | undefined;
  /** A record's text folded for `contains`, `startsWith` and `endsWith`, once per distinct text. */
  fold: (value: unknown) => string | undefined;
  /** Whether `foldText` folds ASCII text by plain lower case in this locale (not in Turkish, say). */
  asciiLowers: boolean;
}

const collators = new Map<string, Intl.Collator>();

function collatorFor(locale: string): { locale: string; collator: Intl.Collator } {
  let collator = collators.get(locale);
  if (!collator) {
    try {
      collator = new Intl.Collator(locale, { sensitivity: 'base' });
    } catch {
      return collatorFor('en');
    }
    collators.set(locale, collator);
  }
  return { locale, collator };
}

function readClock(now: FilterOptions['now']): number {
  const value = typeof now === 'function' ? now() : now;
  const ms = value === undefined ? Date.now() : value instanceof Date ? value.getTime() : value;
  return Number.isFinite(ms) ? ms : Date.now();
}

const ASCII_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/**
 * The context of one evaluation or compilation. An unknown locale falls back to `'en'`; an unknown
 * time zone throws a `RangeError` (it is the integrator's option, and a silent fallback would show
 * other days).
 */
export function createContext(options: FilterOptions = {}): FilterContext {
  const { locale, collator } = collatorFor(options.locale ?? 'en');
  const zone = zoneDays(options.timeZone);
  let today: number | undefined;
  return {
    locale,
    collator,
    zone,
    today: () => (today ??= zone.dayOf(readClock(options.now))),
    dayOf: lastValueMemo((value) => zone.dayOfValue(value)),
    fold: textMemo((value) => (value.trim() !== '' ? foldText(value, locale) : undefined)),
    asciiLowers: foldText(ASCII_LETTERS, locale) === ASCII_LETTERS.toLowerCase(),
  };
}

/** `read`, remembering its last text input: the conditions on one field see the same value in a row. */
function lastValueMemo<T>(read: (value: unknown) => T): (value: unknown) => T {
  let last: unknown = lastValueMemo;
  let result!: T;
  return (value) => {
    if (typeof value !== 'string' || value !== last) {
      result = read(value);
      last = value;
    }
    return result;
  };
}

/** Texts remembered per context: enough for the distinct values of a few columns, not for every record. */
const MEMO_SIZE = 16_384;

/** `read` of text, remembered per distinct text (up to `MEMO_SIZE` of them); `undefined` for anything else. */
function textMemo<T>(read: (text: string) => T): (value: unknown) => T | undefined {
  const memo = new Map<string, T>();
  return (value) => {
    if (typeof value !== 'string') return undefined;
    let result = memo.get(value);
    if (result === undefined && !memo.has(value)) {
      result = read(value);
      if (memo.size < MEMO_SIZE) memo.set(value, result);
    }
    return result;
  };
}

/** Whether a condition takes part: it needs no value, or its value is not empty. */
export function isActiveCondition(condition: FilterCondition): boolean {
  if (VALUELESS_OPERATORS.has(condition.operator)) return true;
  const { value } = condition;
  if (condition.operator === 'between') {
    return Array.isArray(value) && value.length === 2 && !(isEmptyValue(value[0]) && isEmptyValue(value[1]));
  }
  return !isEmptyValue(value);
}

const finite = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

/** The `[min, max]` of a `between`, an empty bound open. */
function bounds<T>(value: unknown, read: (bound: unknown) => T | undefined): [T | undefined, T | undefined] {
  const [min, max] = value as [unknown, unknown];
  return [isEmptyValue(min) ? undefined : read(min), isEmptyValue(max) ? undefined : read(max)];
}

function within(x: number | undefined, min: number | undefined, max: number | undefined): boolean {
  return x !== undefined && (min === undefined || x >= min) && (max === undefined || x <= max);
}

/** ASCII lower case of one UTF-16 code unit (`NaN`, past the end, stays `NaN`). */
const lowerAscii = (code: number): number => (code >= 65 && code <= 90 ? code + 32 : code);

/**
 * Whether `text` starts with the folded `query`, read from its ASCII start without folding it (in a
 * locale where ASCII folds by lower case): each code point folds on its own, so an ASCII stretch
 * folds to its own lower case. `undefined` when a non-ASCII character comes first: then the fold of
 * the whole text decides.
 */
function asciiPrefix(text: string, query: string): boolean | undefined {
  for (let i = 0; i < query.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return undefined;
    if (lowerAscii(code) !== query.charCodeAt(i)) return false;
  }
  return true;
}

/** `asciiPrefix` for the end of `text`: whether it ends with the folded `query`, read backwards. */
function asciiSuffix(text: string, query: string): boolean | undefined {
  for (let i = text.length - 1, j = query.length - 1; j >= 0; i--, j--) {
    const code = text.charCodeAt(i);
    if (code >= 0x80) return undefined;
    if (lowerAscii(code) !== query.charCodeAt(j)) return false;
  }
  return true;
}

function textTest(condition: FilterCondition, context: FilterContext, read: Read): RecordTest {
  const query = (condition.value as string).trim();
  const { locale, collator, fold } = context;
  const folded = foldText(query, locale);
  // A folded query with a visible character never matches blank text, so the fast paths need not check.
  const fast = context.asciiLowers && folded.trim() !== '';
  const contains = (value: unknown): boolean =>
    fast && typeof value === 'string' && isAscii(value)
      ? value.toLowerCase().includes(folded)
      : (fold(value)?.includes(folded) ?? false);
  /** `startsWith` or `endsWith`: read in place where the ASCII end of the text decides, else folded. */
  const affix =
    (ascii: typeof asciiPrefix, method: 'startsWith' | 'endsWith'): RecordTest =>
    (record) => {
      const value = read(record);
      return (
        (fast && typeof value === 'string' ? ascii(value, folded) : undefined) ?? fold(value)?.[method](folded) ?? false
      );
    };
  switch (condition.operator) {
    case 'equals':
    case 'notEquals': {
      const equals = textMemo((t) => t.trim() !== '' && collator.compare(t, query) === 0);
      return condition.operator === 'equals'
        ? (record) => equals(read(record)) === true
        : (record) => equals(read(record)) !== true;
    }
    case 'startsWith':
      return affix(asciiPrefix, 'startsWith');
    case 'endsWith':
      return affix(asciiSuffix, 'endsWith');
    case 'notContains':
      return (record) => !contains(read(record));
    default:
      return (record) => contains(read(record));
  }
}

function numberTest(condition: FilterCondition, read: Read): RecordTest {
  const { operator } = condition;
  if (operator === 'between') {
    const [min, max] = bounds(condition.value, finite);
    return (record) => within(finite(read(record)), min, max);
  }
  const q = condition.value as number;
  switch (operator) {
    case 'notEquals':
      return (record) => finite(read(record)) !== q;
    case 'lt':
      return (record) => (finite(read(record)) ?? Number.NaN) < q;
    case 'lte':
      return (record) => (finite(read(record)) ?? Number.NaN) <= q;
    case 'gt':
      return (record) => (finite(read(record)) ?? Number.NaN) > q;
    case 'gte':
      return (record) => (finite(read(record)) ?? Number.NaN) >= q;
    default:
      return (record) => finite(read(record)) === q;
  }
}

/** The calendar day a condition's date value names, in the filter's zone. */
function conditionDay(value: unknown, zone: ZoneDays): number | undefined {
  return typeof value === 'string' && parseIsoDate(value) ? zone.dayOfValue(value) : undefined;
}

function dateTest(condition: FilterCondition, context: FilterContext, read: Read): RecordTest {
  const { operator } = condition;
  const { dayOf, zone } = context;
  if (operator === 'between') {
    const [min, max] = bounds(condition.value, (bound) => conditionDay(bound, zone));
    return (record) => within(dayOf(read(record)), min, max);
  }
  if (operator === 'inLast' || operator === 'inNext') {
    const days = condition.value as number;
    const today = context.today();
    const [min, max] = operator === 'inLast' ? [today - days + 1, today] : [today, today + days - 1];
    return (record) => within(dayOf(read(record)), min, max);
  }
  const q = conditionDay(condition.value, zone)!;
  if (operator === 'before') return (record) => (dayOf(read(record)) ?? Number.NaN) < q;
  if (operator === 'after') return (record) => (dayOf(read(record)) ?? Number.NaN) > q;
  return (record) => dayOf(read(record)) === q;
}

function enumTest(condition: FilterCondition, read: Read): RecordTest {
  const options = new Set(condition.value as unknown[]);
  const anyOf = (value: unknown): boolean =>
    Array.isArray(value) ? value.some((v) => options.has(v)) : options.has(value) && !isEmptyValue(value);
  return condition.operator === 'noneOf' ? (record) => !anyOf(read(record)) : (record) => anyOf(read(record));
}

/**
 * A checked condition made into a test of records (it reads the condition's field), or `undefined`
 * when the condition is inactive (no value yet). The one definition of what every operator means.
 */
export function prepareCondition(
  condition: FilterCondition,
  field: FieldDefinition,
  context: FilterContext,
): RecordTest | undefined {
  if (!isActiveCondition(condition)) return undefined;
  const read = valueReader(condition.field);
  switch (condition.operator) {
    case 'isEmpty':
      return (record) => isEmptyValue(read(record));
    case 'isNotEmpty':
      return (record) => !isEmptyValue(read(record));
    case 'isTrue':
      return (record) => read(record) === true;
    case 'isFalse':
      return (record) => read(record) === false;
    case 'anyOf':
    case 'noneOf':
      return enumTest(condition, read);
  }
  switch (field.type) {
    case 'text':
      return textTest(condition, context, read);
    case 'number':
    case 'currency':
      return numberTest(condition, read);
    case 'date':
      return dateTest(condition, context, read);
    default:
      return undefined;
  }
}

/**
 * A rough cost of testing a condition once, to test cheap conditions first where order does not
 * matter (every test is pure, so an `and` or an `or` gives the same result in any order): a flag or
 * a number is a comparison, a set lookup a little more, a date is read from text, text is folded or
 * collated.
 */
export function conditionCost(condition: FilterCondition, field: FieldDefinition): number {
  switch (condition.operator) {
    case 'isTrue':
    case 'isFalse':
      return 1;
    case 'isEmpty':
    case 'isNotEmpty':
      return 2;
    case 'anyOf':
    case 'noneOf':
      return 3;
  }
  switch (field.type) {
    case 'number':
    case 'currency':
      return 2;
    case 'date':
      return 6;
    default:
      return condition.operator === 'startsWith' || condition.operator === 'endsWith' ? 6 : 10;
  }
}

const INHERITED: ReadonlySet<string> = new Set(Object.getOwnPropertyNames(Object.prototype));

/**
 * Reads a field's value from a record. An id that names a property every object inherits
 * (`__proto__`, `constructor`, `toString`) is read only from the record's own properties.
 */
export function valueReader(id: string): (record: unknown) => unknown {
  if (INHERITED.has(id)) {
    return (record) =>
      typeof record === 'object' && record !== null && Object.prototype.hasOwnProperty.call(record, id)
        ? (record as Record<string, unknown>)[id]
        : undefined;
  }
  return (record) =>
    typeof record === 'object' && record !== null ? (record as Record<string, unknown>)[id] : undefined;
}
