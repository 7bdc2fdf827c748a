import { toFieldSet, type FieldSet } from '../fields/field-set.js';
import type { FieldDefinition } from '../fields/types.js';
import { checkFilter } from './check.js';
import { conditionCost, createContext, prepareCondition, type FilterContext } from './conditions.js';
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
      outcome = prepareCondition(child, fields.get(child.field)!, context)?.(record);
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

/** A compiled part of a group and its estimated cost (see `conditionCost`). */
interface Part {
  test: Predicate;
  cost: number;
}

function compileGroup(group: FilterGroup, fields: FieldSet, context: FilterContext): Part | undefined {
  const parts: Part[] = [];
  for (const child of group.children) {
    if (child.type === 'group') {
      const part = compileGroup(child, fields, context);
      if (part) parts.push(part);
      continue;
    }
    const field = fields.get(child.field)!;
    const test = prepareCondition(child, field, context);
    if (test) parts.push({ test, cost: conditionCost(child, field) });
  }
  if (parts.length === 0) return undefined;
  // Cheap parts first: they often decide the group before the costly ones run.
  parts.sort((a, b) => a.cost - b.cost);
  const cost = parts.reduce((sum, part) => sum + part.cost, 0);
  const negate = group.not === true;
  const tests = parts.map((part) => part.test);
  if (tests.length === 1) {
    const [only] = tests as [Predicate];
    return { test: negate ? (record) => !only(record) : only, cost };
  }
  const and = group.combinator === 'and';
  return {
    test: (record) => {
      for (const test of tests) if (test(record) !== and) return !and !== negate;
      return and !== negate;
    },
    cost,
  };
}

/**
 * A predicate with the same results as `evaluate`, made once for many records: the filter is
 * checked and normalized, queries folded and dates turned into days once, and each group tests its
 * cheap conditions first. "Today" for `inLast`/`inNext` is read from the clock when compiled.
 */
export function compile(
  filter: unknown,
  fields: FieldSet | readonly FieldDefinition[],
  options?: FilterOptions,
): (record: unknown) => boolean {
  const set = toFieldSet(fields);
  const { filter: checked } = checkFilter(filter, set);
  return compileGroup(normalize(checked).root, set, createContext(options))?.test ?? (() => true);
}
