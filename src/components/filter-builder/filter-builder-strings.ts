import type { FilterOperator } from '../../core/filter/types.js';

const OPERATOR_LABELS: Record<FilterOperator, string> = {
  contains: 'contains',
  notContains: 'does not contain',
  equals: 'is',
  notEquals: 'is not',
  startsWith: 'starts with',
  endsWith: 'ends with',
  lt: 'less than',
  lte: 'at most',
  gt: 'more than',
  gte: 'at least',
  between: 'between',
  on: 'on',
  before: 'before',
  after: 'after',
  inLast: 'in the last',
  inNext: 'in the next',
  anyOf: 'is any of',
  noneOf: 'is none of',
  isTrue: 'is yes',
  isFalse: 'is no',
  isEmpty: 'is empty',
  isNotEmpty: 'is not empty',
};

/**
 * Strings a user reads in a filter builder (the summary sentence's words are `sentenceStrings`).
 * Messages with values are functions so a translation controls word order.
 */
export const defaultFilterBuilderStrings = {
  /** Accessible name of the whole builder. */
  label: 'Filter',
  /** Label of the summary sentence. */
  summary: 'Showing',
  /** A group's combinator choice. */
  combinator: 'Match',
  and: 'all of',
  or: 'any of',
  /** The checkbox that negates a group. */
  not: 'Not',
  addCondition: 'Add condition',
  addGroup: 'Add group',
  removeGroup: 'Remove group',
  removeCondition: 'Remove condition',
  /** Names of a condition's controls; `position` counts from 1 within its group. */
  field: (position: number): string => `Field of condition ${position}`,
  operator: (position: number): string => `Comparison of condition ${position}`,
  value: (position: number): string => `Value of condition ${position}`,
  min: (position: number): string => `From, condition ${position}`,
  max: (position: number): string => `To, condition ${position}`,
  /** A group's name, by depth (1 is the outermost) and position. */
  group: (depth: number, position: number): string => (depth === 1 ? 'All conditions' : `Group ${position}`),
  /** Placeholder of the field chooser. */
  chooseField: 'Search fields…',
  noFields: 'No field matches.',
  days: 'days',
  empty: 'No conditions yet. Add one to filter.',
  /** Shown while the editing controls load (on first use). */
  loading: 'Loading the filter editor…',
  /** Shown when the editing controls could not be loaded. */
  unavailable: 'The filter editor could not be loaded. Check the connection and reload.',
  /** Announced after an edit. */
  added: 'Condition added.',
  groupAdded: 'Group added.',
  removed: 'Removed.',
  /** What an operator is called in its menu. */
  operatorName: (operator: FilterOperator): string => OPERATOR_LABELS[operator],
};
export type FilterBuilderStrings = typeof defaultFilterBuilderStrings;
