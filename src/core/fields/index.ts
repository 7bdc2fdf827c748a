/**
 * Field definitions and the field picker's state, DOM-free: the ordered list of visible field ids,
 * the operations on it, and search. Record views and the filter builder use the same definitions.
 *
 * ```ts
 * const set = new FieldSet(fields);              // validated, indexed; problems in set.problems
 * const { value, dropped } = sanitizeVisible(set, stored); // stored state: unknown ids dropped, reported
 * let visible = showFields(set, value, ['email']);
 * visible = moveField(set, visible, 'email', 2);  // kept within its pinned zone
 * const matches = searchFields(set, 'emai');       // ranked, with highlight ranges
 * ```
 *
 * Every operation returns a new array and keeps the invariants: visible and hidden are exactly the
 * known fields with no repeats, required fields are visible, pinned fields stay in their zone.
 *
 * @packageDocumentation
 */
export type {
  DroppedId,
  DroppedIdReason,
  FieldDefinition,
  FieldOption,
  FieldPin,
  FieldProblem,
  FieldProblemCode,
  FieldType,
  SanitizedVisible,
  VisibleFields,
} from './types.js';
export { FieldSet, toFieldSet, UNCATEGORIZED, type FieldSearchText } from './field-set.js';
export { foldText, foldTextWithMap, originalRange, type FoldedText } from './fold.js';
export {
  defaultVisibleFields,
  fieldDifferences,
  hideFields,
  moveField,
  moveFieldBy,
  resetAll,
  resetField,
  sameOrder,
  sanitizeVisible,
  selectionState,
  setCategoryVisible,
  setFieldsVisible,
  showFields,
  zoneRange,
  type FieldDifference,
} from './state.js';
export {
  searchFields,
  findFields,
  highlightMatch,
  FieldSearch,
  type FieldHit,
  type FieldMatch,
  type MatchRank,
  type SearchOptions,
  type TextRange,
} from './search.js';
export { SearchSession } from './session.js';
