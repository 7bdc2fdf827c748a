import type { FieldType } from '../fields/types.js';

/** The names of the comparisons a condition can make (see `OPERATORS` for which apply to a field type). */
export type FilterOperator =
  | 'contains'
  | 'notContains'
  | 'equals'
  | 'notEquals'
  | 'startsWith'
  | 'endsWith'
  | 'lt'
  | 'lte'
  | 'gt'
  | 'gte'
  | 'between'
  | 'on'
  | 'before'
  | 'after'
  | 'inLast'
  | 'inNext'
  | 'anyOf'
  | 'noneOf'
  | 'isTrue'
  | 'isFalse'
  | 'isEmpty'
  | 'isNotEmpty';

/** One comparison of a record's field. */
export type FilterCondition = { type: 'condition'; field: string; operator: FilterOperator; value?: unknown };

/** Conditions and groups combined with `and` or `or`, negated when `not` is set. */
export type FilterGroup = {
  type: 'group';
  combinator: 'and' | 'or';
  not?: boolean;
  children: (FilterGroup | FilterCondition)[];
};

/** A filter: the versioned JSON model that is stored and exchanged. */
export type Filter = { version: 1; root: FilterGroup };

/** The model version this library writes. */
export const FILTER_VERSION = 1;

/** Options of `evaluate`, `compile` and `describe`. */
export interface FilterOptions {
  /** Locale for text comparison and lower case; default `'en'`. */
  locale?: string;
  /** IANA time zone whose calendar days `on`, `before`, `after`, `between`, `inLast` and `inNext` compare; default the runtime's. */
  timeZone?: string;
  /** The current time for `inLast` and `inNext` (a clock function, a `Date` or epoch milliseconds); default `Date.now()`. */
  now?: Date | number | (() => Date | number);
}

/** Why `checkFilter` dropped part of a filter. */
export type FilterDropReason =
  /** Not a filter at all (not an object, no root group); the empty filter was used. */
  | 'invalid-filter'
  /** Written by a newer version of the model; the empty filter was used and the data left alone. */
  | 'newer-version'
  /** A child that is neither a well-formed group nor a well-formed condition. */
  | 'invalid-node'
  /** A group deeper than the depth limit (the root is level 1). */
  | 'too-deep'
  /** A condition on a field that no definition knows. */
  | 'unknown-field'
  /** An operator that does not exist, or does not apply to the field's type. */
  | 'unknown-operator'
  /** A value of the wrong type for the operator (text where a number belongs, an unknown enum option). */
  | 'invalid-value';

/** One part of a filter that `checkFilter` dropped, reported rather than thrown. */
export interface FilterDrop {
  reason: FilterDropReason;
  /** Child indexes from the root group down to the dropped node, in the filter as given. */
  path: number[];
  field?: string;
  operator?: string;
  /** For `invalid-value`: the value dropped (for an enum list, the unknown options only). */
  value?: unknown;
}

/** What `checkFilter` returns: a filter that is safe to evaluate, and what was dropped from it. */
export interface CheckedFilter {
  filter: Filter;
  dropped: FilterDrop[];
}

export interface CheckFilterOptions {
  /** The deepest group level allowed, the root being level 1; default 3. */
  maxDepth?: number;
}

/** The operators each field type offers, in the order a builder lists them. */
export const OPERATORS: Readonly<Record<FieldType, readonly FilterOperator[]>> = {
  text: ['contains', 'notContains', 'equals', 'notEquals', 'startsWith', 'endsWith', 'isEmpty', 'isNotEmpty'],
  number: ['equals', 'notEquals', 'lt', 'lte', 'gt', 'gte', 'between', 'isEmpty', 'isNotEmpty'],
  currency: ['equals', 'notEquals', 'lt', 'lte', 'gt', 'gte', 'between', 'isEmpty', 'isNotEmpty'],
  date: ['on', 'before', 'after', 'between', 'inLast', 'inNext', 'isEmpty', 'isNotEmpty'],
  enum: ['anyOf', 'noneOf', 'isEmpty', 'isNotEmpty'],
  boolean: ['isTrue', 'isFalse', 'isEmpty', 'isNotEmpty'],
};

/** Operators that take no value. */
export const VALUELESS_OPERATORS: ReadonlySet<FilterOperator> = new Set(['isTrue', 'isFalse', 'isEmpty', 'isNotEmpty']);

/** The default depth limit of groups, the root counted as level 1. */
export const DEFAULT_MAX_DEPTH = 3;
