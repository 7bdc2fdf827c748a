/**
 * The filter model, DOM-free: a versioned JSON filter of nested `and`/`or` groups (negatable) and
 * typed conditions, with one meaning shared by `evaluate` (interpreted), `compile` (fast, for many
 * records), `normalize`, `describe` (one readable sentence) and `checkFilter` (reads stored or
 * hostile filters, migrates older versions, reports what it drops; never throws).
 *
 * ```ts
 * const filter: Filter = {
 *   version: 1,
 *   root: { type: 'group', combinator: 'and', children: [
 *     { type: 'condition', field: 'stage', operator: 'anyOf', value: ['won'] },
 *     { type: 'condition', field: 'amount', operator: 'gt', value: 10000 },
 *   ] },
 * };
 * const matches = compile(filter, fields, { timeZone: 'Europe/Paris' });
 * records.filter(matches);
 * describe(filter, fields, 'en', { currency: 'EUR' }); // "Stage is Won and Amount > €10,000"
 * ```
 *
 * @packageDocumentation
 */
export type {
  CheckedFilter,
  CheckFilterOptions,
  Filter,
  FilterCondition,
  FilterDrop,
  FilterDropReason,
  FilterGroup,
  FilterOperator,
  FilterOptions,
} from './types.js';
export { DEFAULT_MAX_DEPTH, FILTER_VERSION, OPERATORS, VALUELESS_OPERATORS } from './types.js';
export { checkFilter, emptyFilter, MAX_DAY_SPAN } from './check.js';
export { evaluate, compile } from './evaluate.js';
export { normalize } from './normalize.js';
export { describe, DEFAULT_FILTER_STRINGS, type DescribeOptions, type FilterStrings } from './describe.js';
export { isActiveCondition } from './conditions.js';
export { isEmptyValue, parseIsoDate, ZoneDays, zoneDays, type IsoDate } from './values.js';
export type { FilterV0Group, FilterV0Rule } from './migrate.js';
