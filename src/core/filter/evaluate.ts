import { toFieldSet, type FieldSet } from '../fields/field-set.js';
import type { FieldDefinition } from '../fields/types.js';
import { checkFilter } from './check.js';
import { createContext, prepareCondition, valueReader, type FilterContext } from './conditions.js';
import { normalize } from './normalize.js';
import type { FilterGroup, FilterOptions } from './types.js';

/** `true`/`false`, or `undefined` for a group with no active condition (it takes no part). */
function evaluateGroup(
  group: FilterGroup,
  record: unknown,
  fields: FieldSet,
  context: FilterContext,
): boolean | undefined {
  let result: boolean | undefined;
  for (const child of group.children) {
    let outcome: boolean | undefined;
    if (child.type === 'group') outcome = evaluateGroup(child, record, fields, context);
    else {
      const test = prepareCondition(child, fields.get(child.field)!, context);
      outcome = test?.(valueReader(child.field)(record));
    }
    if (outcome === undefined) continue;
    result = outcome;
    if (group.combinator === 'and' ? !outcome : outcome) break;
  }
  return result === undefined ? undefined : result !== (group.not === true);
}

/**
 * Whether a record matches a filter. The filter is read by `checkFilter` first (a stored filter
 * from an older version is migrated; what cannot be used is left out). A condition without a value
 * and a group without such conditions take no part, so an empty filter matches every record.
 *
 * Records are plain objects keyed by field id; a value of the wrong type for its field counts as
 * empty. Interpreted on each call: for many records, `compile` once.
 */
export function evaluate(
  filter: unknown,
  record: unknown,
  fields: FieldSet | readonly FieldDefinition[],
  options?: FilterOptions,
): boolean {
  const set = toFieldSet(fields);
  const { filter: checked } = checkFilter(filter, set);
  return evaluateGroup(checked.root, record, set, createContext(options)) ?? true;
}

type Predicate = (record: unknown) => boolean;

function compileGroup(group: FilterGroup, fields: FieldSet, context: FilterContext): Predicate | undefined {
  const parts: Predicate[] = [];
  for (const child of group.children) {
    if (child.type === 'group') {
      const part = compileGroup(child, fields, context);
      if (part) parts.push(part);
      continue;
    }
    const test = prepareCondition(child, fields.get(child.field)!, context);
    const read = valueReader(child.field);
    if (test) parts.push((record) => test(read(record)));
  }
  if (parts.length === 0) return undefined;
  const negate = group.not === true;
  if (parts.length === 1) {
    const [only] = parts as [Predicate];
    return negate ? (record) => !only(record) : only;
  }
  const and = group.combinator === 'and';
  return (record) => {
    for (const part of parts) if (part(record) !== and) return !and !== negate;
    return and !== negate;
  };
}

/**
 * A predicate with the same results as `evaluate`, made once for many records: the filter is
 * checked and normalized, queries folded and dates turned into days once. "Today" for `inLast`/`inNext` is read from the clock when compiled.
 */
export function compile(
  filter: unknown,
  fields: FieldSet | readonly FieldDefinition[],
  options?: FilterOptions,
): (record: unknown) => boolean {
  const set = toFieldSet(fields);
  const { filter: checked } = checkFilter(filter, set);
  return compileGroup(normalize(checked).root, set, createContext(options)) ?? (() => true);
}
