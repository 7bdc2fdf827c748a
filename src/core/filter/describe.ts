import { toFieldSet, type FieldSet } from '../fields/field-set.js';
import type { FieldDefinition } from '../fields/types.js';
import { checkFilter } from './check.js';
import { normalize } from './normalize.js';
import type { FilterCondition, FilterGroup, FilterOperator } from './types.js';
import { civilFromDays, isEmptyValue, zoneDays } from './values.js';

/**
 * The words of a filter's sentence. Templates hold `{field}`, `{value}`, `{min}` and `{max}`;
 * `days` is chosen by plural category (`Intl.PluralRules`) and holds `{count}`.
 */
export interface FilterStrings {
  /** Joins the clauses of an `and` group. */
  and: string;
  /** Joins the clauses of an `or` group. */
  or: string;
  /** A negated group; `{clause}` is its sentence. */
  not: string;
  /** A group inside another; `{clause}` is its sentence. */
  group: string;
  /** The sentence of a filter with no active condition. */
  all: string;
  /** A `between` with only its lower bound, for numbers, and for dates. */
  atLeast: string;
  atMost: string;
  onOrAfter: string;
  onOrBefore: string;
  /** `anyOf` and `noneOf` with a single option. */
  is: string;
  isNot: string;
  days: Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };
  operators: Record<FilterOperator, string>;
}

export const DEFAULT_FILTER_STRINGS: FilterStrings = {
  and: ' and ',
  or: ' or ',
  not: 'not ({clause})',
  group: '({clause})',
  all: 'All records',
  atLeast: '{field} ≥ {min}',
  atMost: '{field} ≤ {max}',
  onOrAfter: '{field} is on or after {min}',
  onOrBefore: '{field} is on or before {max}',
  is: '{field} is {value}',
  isNot: '{field} is not {value}',
  days: { one: '{count} day', other: '{count} days' },
  operators: {
    contains: '{field} contains {value}',
    notContains: '{field} does not contain {value}',
    equals: '{field} is {value}',
    notEquals: '{field} is not {value}',
    startsWith: '{field} starts with {value}',
    endsWith: '{field} ends with {value}',
    lt: '{field} < {value}',
    lte: '{field} ≤ {value}',
    gt: '{field} > {value}',
    gte: '{field} ≥ {value}',
    between: '{field} is between {min} and {max}',
    on: '{field} is on {value}',
    before: '{field} is before {value}',
    after: '{field} is after {value}',
    inLast: '{field} is in the last {value}',
    inNext: '{field} is in the next {value}',
    anyOf: '{field} is any of {value}',
    noneOf: '{field} is none of {value}',
    isTrue: '{field} is yes',
    isFalse: '{field} is no',
    isEmpty: '{field} is empty',
    isNotEmpty: '{field} is not empty',
  },
};

export interface DescribeOptions {
  /** ISO 4217 code that formats `currency` fields' amounts (`€10,000`); plain numbers without one. */
  currency?: string;
  /** Time zone whose calendar days date-times are shown in; default the runtime's. */
  timeZone?: string;
  /** Replaces some of the words. */
  strings?: Partial<FilterStrings>;
}

/** The locale itself if the runtime knows it, else `'en'`. */
export function usableLocale(locale: string | undefined): string {
  try {
    return Intl.getCanonicalLocales(locale ?? 'en')[0] ?? 'en';
  } catch {
    return 'en';
  }
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole);

class Describer {
  readonly #strings: FilterStrings;
  readonly #locale: string;
  readonly #options: DescribeOptions;
  readonly #fields: FieldSet;

  constructor(fields: FieldSet, locale: string, options: DescribeOptions) {
    this.#fields = fields;
    this.#locale = locale;
    this.#options = options;
    this.#strings = { ...DEFAULT_FILTER_STRINGS, ...options.strings };
  }

  #number(field: FieldDefinition, value: number): string {
    const { currency } = this.#options;
    const whole = Number.isInteger(value);
    if (field.type === 'currency' && currency) {
      try {
        return new Intl.NumberFormat(this.#locale, {
          style: 'currency',
          currency,
          ...(whole ? { minimumFractionDigits: 0, maximumFractionDigits: 0 } : {}),
        }).format(value);
      } catch {
        // An unknown currency code: the amount as a plain number.
      }
    }
    return new Intl.NumberFormat(this.#locale).format(value);
  }

  #date(value: unknown): string {
    const day = zoneDays(this.#options.timeZone).dayOfValue(value);
    if (day === undefined) return String(value);
    const [year, month, date] = civilFromDays(day);
    const utc = new Date(0);
    utc.setUTCFullYear(year, month - 1, date);
    return new Intl.DateTimeFormat(this.#locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(utc);
  }

  #value(field: FieldDefinition, value: unknown): string {
    if (field.type === 'number' || field.type === 'currency') return this.#number(field, value as number);
    if (field.type === 'date') return this.#date(value);
    return `“${String(value).trim()}”`;
  }

  #condition(condition: FilterCondition): string {
    const field = this.#fields.get(condition.field)!;
    const strings = this.#strings;
    const values: Record<string, string> = { field: field.label };
    const { operator, value } = condition;
    let template = strings.operators[operator];
    if (operator === 'anyOf' || operator === 'noneOf') {
      const labels = (value as unknown[]).map(
        (option) => field.options?.find((o) => o.value === option)?.label ?? String(option),
      );
      values.value = new Intl.ListFormat(this.#locale, { type: 'unit', style: 'short' }).format(labels);
      if (labels.length === 1) template = operator === 'anyOf' ? strings.is : strings.isNot;
    } else if (operator === 'between') {
      const [min, max] = value as [unknown, unknown];
      const date = field.type === 'date';
      if (!isEmptyValue(min)) values.min = this.#value(field, min);
      if (!isEmptyValue(max)) values.max = this.#value(field, max);
      if (values.min === undefined) template = date ? strings.onOrBefore : strings.atMost;
      else if (values.max === undefined) template = date ? strings.onOrAfter : strings.atLeast;
    } else if (operator === 'inLast' || operator === 'inNext') {
      const count = value as number;
      const category = new Intl.PluralRules(this.#locale).select(count);
      values.value = fill(strings.days[category] ?? strings.days.other, {
        count: new Intl.NumberFormat(this.#locale).format(count),
      });
    } else if (value !== undefined) {
      values.value = this.#value(field, value);
    }
    return fill(template, values);
  }

  node(node: FilterGroup | FilterCondition, nested: boolean): string {
    if (node.type === 'condition') return this.#condition(node);
    const strings = this.#strings;
    const clause = node.children
      .map((child) => this.node(child, true))
      .join(node.combinator === 'and' ? strings.and : strings.or);
    if (node.not) return fill(strings.not, { clause });
    return nested && node.children.length > 1 ? fill(strings.group, { clause }) : clause;
  }
}

/**
 * One readable sentence for a filter: "Stage is Won and (Amount > €10,000 or Owner is any of Ana, Li)".
 * The filter is checked and normalized first, so what is described is what is evaluated. Field
 * labels and enum option labels come from the definitions; numbers and dates go through `Intl`.
 */
export function describe(
  filter: unknown,
  fields: FieldSet | readonly FieldDefinition[],
  locale?: string,
  options: DescribeOptions = {},
): string {
  const set = toFieldSet(fields);
  const { root } = normalize(checkFilter(filter, set).filter);
  const describer = new Describer(set, usableLocale(locale), options);
  return root.children.length === 0
    ? (options.strings?.all ?? DEFAULT_FILTER_STRINGS.all)
    : describer.node(root, false);
}
