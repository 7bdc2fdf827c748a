import { foldText } from '../fields/fold.js';
import type { FieldDefinition } from '../fields/types.js';
import type { FilterCondition, FilterOptions } from './types.js';
import { VALUELESS_OPERATORS } from './types.js';
import { isEmptyValue, parseIsoDate, zoneDays, type ZoneDays } from './values.js';

/** One condition made ready to test field values: `true` when a value matches. */
export type ValueTest = (value: unknown) => boolean;

/** What conditions share while a filter is evaluated or compiled. */
export interface FilterContext {
  locale: string;
  collator: Intl.Collator;
  zone: ZoneDays;
  /** Today's calendar day in the zone, read from the clock once per context. */
  today: () => number;
  /** The calendar day of a record's date value (conditions on one field read it once per record). */
  dayOf: (value: unknown) => number | undefined;
  /** A record's text folded for `contains`, `startsWith` and `endsWith` (once per record and field). */
  fold: (value: unknown) => string | undefined;
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
    fold: lastValueMemo((value) =>
      typeof value === 'string' && value.trim() !== '' ? foldText(value, locale) : undefined,
    ),
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

/** Whether a condition takes part: it needs no value, or its value is not empty. */
export function isActiveCondition(condition: FilterCondition): boolean {
  if (VALUELESS_OPERATORS.has(condition.operator)) return true;
  const { value } = condition;
  if (condition.operator === 'between') {
    return Array.isArray(value) && value.length === 2 && !(isEmptyValue(value[0]) && isEmptyValue(value[1]));
  }
  return !isEmptyValue(value);
}

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;
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

const not =
  (test: ValueTest): ValueTest =>
  (value) =>
    !test(value);

function textTest(condition: FilterCondition, context: FilterContext): ValueTest {
  const query = (condition.value as string).trim();
  const { locale, collator } = context;
  const folded = foldText(query, locale);
  const { fold } = context;
  switch (condition.operator) {
    case 'equals':
    case 'notEquals': {
      const equals: ValueTest = (value) => {
        const t = text(value);
        return t !== undefined && collator.compare(t, query) === 0;
      };
      return condition.operator === 'equals' ? equals : not(equals);
    }
    case 'startsWith':
      return (value) => fold(value)?.startsWith(folded) ?? false;
    case 'endsWith':
      return (value) => fold(value)?.endsWith(folded) ?? false;
    case 'notContains':
      return (value) => !(fold(value)?.includes(folded) ?? false);
    default:
      return (value) => fold(value)?.includes(folded) ?? false;
  }
}

function numberTest(condition: FilterCondition): ValueTest {
  const { operator } = condition;
  if (operator === 'between') {
    const [min, max] = bounds(condition.value, finite);
    return (value) => within(finite(value), min, max);
  }
  const q = condition.value as number;
  switch (operator) {
    case 'notEquals':
      return (value) => finite(value) !== q;
    case 'lt':
      return (value) => (finite(value) ?? Number.NaN) < q;
    case 'lte':
      return (value) => (finite(value) ?? Number.NaN) <= q;
    case 'gt':
      return (value) => (finite(value) ?? Number.NaN) > q;
    case 'gte':
      return (value) => (finite(value) ?? Number.NaN) >= q;
    default:
      return (value) => finite(value) === q;
  }
}

/** The calendar day a condition's date value names, in the filter's zone. */
function conditionDay(value: unknown, zone: ZoneDays): number | undefined {
  return typeof value === 'string' && parseIsoDate(value) ? zone.dayOfValue(value) : undefined;
}

function dateTest(condition: FilterCondition, context: FilterContext): ValueTest {
  const { operator } = condition;
  const { dayOf, zone } = context;
  if (operator === 'between') {
    const [min, max] = bounds(condition.value, (bound) => conditionDay(bound, zone));
    return (value) => within(dayOf(value), min, max);
  }
  if (operator === 'inLast' || operator === 'inNext') {
    const days = condition.value as number;
    const today = context.today();
    const [min, max] = operator === 'inLast' ? [today - days + 1, today] : [today, today + days - 1];
    return (value) => within(dayOf(value), min, max);
  }
  const q = conditionDay(condition.value, zone)!;
  if (operator === 'before') return (value) => (dayOf(value) ?? Number.NaN) < q;
  if (operator === 'after') return (value) => (dayOf(value) ?? Number.NaN) > q;
  return (value) => dayOf(value) === q;
}

function enumTest(condition: FilterCondition): ValueTest {
  const options = new Set(condition.value as unknown[]);
  const anyOf: ValueTest = (value) =>
    Array.isArray(value) ? value.some((v) => options.has(v)) : !isEmptyValue(value) && options.has(value);
  return condition.operator === 'noneOf' ? not(anyOf) : anyOf;
}

/**
 * A checked condition made into a test of the field's value, or `undefined` when the condition is
 * inactive (no value yet). The one definition of what every operator means.
 */
export function prepareCondition(
  condition: FilterCondition,
  field: FieldDefinition,
  context: FilterContext,
): ValueTest | undefined {
  if (!isActiveCondition(condition)) return undefined;
  switch (condition.operator) {
    case 'isEmpty':
      return isEmptyValue;
    case 'isNotEmpty':
      return not(isEmptyValue);
    case 'isTrue':
      return (value) => value === true;
    case 'isFalse':
      return (value) => value === false;
    case 'anyOf':
    case 'noneOf':
      return enumTest(condition);
  }
  switch (field.type) {
    case 'text':
      return textTest(condition, context);
    case 'number':
    case 'currency':
      return numberTest(condition);
    case 'date':
      return dateTest(condition, context);
    default:
      return undefined;
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
