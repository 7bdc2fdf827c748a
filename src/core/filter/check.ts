import { toFieldSet, type FieldSet } from '../fields/field-set.js';
import type { FieldDefinition } from '../fields/types.js';
import { migrateFilter } from './migrate.js';
import {
  DEFAULT_MAX_DEPTH,
  FILTER_VERSION,
  OPERATORS,
  VALUELESS_OPERATORS,
  type CheckedFilter,
  type CheckFilterOptions,
  type Filter,
  type FilterCondition,
  type FilterDrop,
  type FilterGroup,
  type FilterOperator,
} from './types.js';
import { isEmptyValue, parseIsoDate } from './values.js';

/** Longest `inLast`/`inNext` span in days (about 2,700 years): more is a typing slip, not a filter. */
export const MAX_DAY_SPAN = 1_000_000;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The empty filter: an `and` group with no conditions, which matches every record. */
export function emptyFilter(): Filter {
  return { version: FILTER_VERSION, root: { type: 'group', combinator: 'and', children: [] } };
}

const isNumber = (value: unknown) => typeof value === 'number' && Number.isFinite(value);
const isDate = (value: unknown) => typeof value === 'string' && parseIsoDate(value) !== undefined;

/** Whether a non-empty scalar value has the type the field compares by. */
function scalarFits(field: FieldDefinition, value: unknown): boolean {
  switch (field.type) {
    case 'text':
      return typeof value === 'string';
    case 'number':
    case 'currency':
      return isNumber(value);
    case 'date':
      return isDate(value);
    default:
      return false;
  }
}

/** `-0` as `0`: JSON cannot keep the sign, so a stored filter would differ from the one checked. */
const unsigned = (value: unknown) => (Object.is(value, -0) ? 0 : value);

type ValueCheck = { ok: true; value: unknown; unknown?: unknown[] } | { ok: false };

/**
 * A condition's value checked against its operator and field: the value to keep, or not ok.
 * An empty value is kept as it is (the condition is inactive, not wrong).
 */
function checkValue(field: FieldDefinition, operator: FilterOperator, value: unknown): ValueCheck {
  if (VALUELESS_OPERATORS.has(operator)) return { ok: true, value: undefined };
  if (operator === 'anyOf' || operator === 'noneOf') {
    if (isEmptyValue(value)) return { ok: true, value: [] };
    if (!Array.isArray(value)) return { ok: false };
    const known = field.options ? new Set(field.options.map((option) => option.value)) : undefined;
    const kept: unknown[] = [];
    const unknown: unknown[] = [];
    for (const option of value) {
      const fits = known ? known.has(option as string) : typeof option === 'string' || isNumber(option);
      if (fits && !kept.includes(option)) kept.push(unsigned(option));
      else if (!fits) unknown.push(option);
    }
    return unknown.length > 0 ? { ok: true, value: kept, unknown } : { ok: true, value: kept };
  }
  if (operator === 'between') {
    if (isEmptyValue(value)) return { ok: true, value: [null, null] };
    if (!Array.isArray(value) || value.length !== 2) return { ok: false };
    const [min, max] = value as unknown[];
    const bound = (b: unknown) => isEmptyValue(b) || scalarFits(field, b);
    return bound(min) && bound(max)
      ? { ok: true, value: [unsigned(min ?? null), unsigned(max ?? null)] }
      : { ok: false };
  }
  if (isEmptyValue(value)) return { ok: true, value: typeof value === 'string' ? value : undefined };
  if (operator === 'inLast' || operator === 'inNext') {
    const ok = Number.isInteger(value) && (value as number) >= 1 && (value as number) <= MAX_DAY_SPAN;
    return ok ? { ok: true, value } : { ok: false };
  }
  return scalarFits(field, value) ? { ok: true, value: unsigned(value) } : { ok: false };
}

function checkCondition(
  node: Record<string, unknown>,
  fields: FieldSet,
  path: number[],
  dropped: FilterDrop[],
): FilterCondition | undefined {
  const { field: id, operator } = node;
  if (typeof id !== 'string' || typeof operator !== 'string') {
    dropped.push({ reason: 'invalid-node', path });
    return undefined;
  }
  const field = fields.get(id);
  if (!field) {
    dropped.push({ reason: 'unknown-field', path, field: id, operator });
    return undefined;
  }
  if (!OPERATORS[field.type].includes(operator as FilterOperator)) {
    dropped.push({ reason: 'unknown-operator', path, field: id, operator });
    return undefined;
  }
  const checked = checkValue(field, operator as FilterOperator, node.value);
  if (!checked.ok) {
    dropped.push({ reason: 'invalid-value', path, field: id, operator, value: node.value });
    return undefined;
  }
  if (checked.unknown) dropped.push({ reason: 'invalid-value', path, field: id, operator, value: checked.unknown });
  const condition: FilterCondition = { type: 'condition', field: id, operator: operator as FilterOperator };
  if (checked.value !== undefined) condition.value = checked.value;
  return condition;
}

function checkGroup(
  node: Record<string, unknown>,
  fields: FieldSet,
  path: number[],
  depth: number,
  maxDepth: number,
  dropped: FilterDrop[],
): FilterGroup | undefined {
  if (
    node.type !== 'group' ||
    (node.combinator !== 'and' && node.combinator !== 'or') ||
    !Array.isArray(node.children)
  ) {
    dropped.push({ reason: 'invalid-node', path });
    return undefined;
  }
  if (depth > maxDepth) {
    dropped.push({ reason: 'too-deep', path });
    return undefined;
  }
  const group: FilterGroup = { type: 'group', combinator: node.combinator, children: [] };
  if (node.not === true) group.not = true;
  (node.children as unknown[]).forEach((child, index) => {
    const at = [...path, index];
    if (!isRecord(child)) dropped.push({ reason: 'invalid-node', path: at });
    else if (child.type === 'condition') {
      const condition = checkCondition(child, fields, at, dropped);
      if (condition) group.children.push(condition);
    } else {
      const inner = checkGroup(child, fields, at, depth + 1, maxDepth, dropped);
      if (inner) group.children.push(inner);
    }
  });
  return group;
}

/**
 * Reads a filter from anywhere (storage, a URL, a host) against the field definitions. Returns a new
 * filter that is safe to evaluate and edit, and what was dropped: unknown fields, operators that do
 * not apply to the field's type, wrong-typed values, malformed nodes and groups past the depth limit
 * (default 3, the root being level 1). It never throws.
 *
 * A filter stored by an older model version (the unversioned `{ combinator, rules }` form) is
 * migrated first. One from a newer version gives the empty filter and a `newer-version` report, so a
 * caller can keep the stored data untouched. Conditions without a value yet are kept: they are
 * inactive, not wrong.
 */
export function checkFilter(
  filter: unknown,
  fields: FieldSet | readonly FieldDefinition[],
  options: CheckFilterOptions = {},
): CheckedFilter {
  const set = toFieldSet(fields);
  const maxDepth = options.maxDepth ?? DEFAULT_MAX_DEPTH;
  const dropped: FilterDrop[] = [];
  let input = filter;
  if (isRecord(input) && input.version === undefined && 'rules' in input) {
    input = migrateFilter(input, set);
  }
  if (!isRecord(input)) {
    dropped.push({ reason: 'invalid-filter', path: [] });
    return { filter: emptyFilter(), dropped };
  }
  if (typeof input.version === 'number' && input.version > FILTER_VERSION) {
    dropped.push({ reason: 'newer-version', path: [] });
    return { filter: emptyFilter(), dropped };
  }
  if (input.version !== FILTER_VERSION || !isRecord(input.root)) {
    dropped.push({ reason: 'invalid-filter', path: [] });
    return { filter: emptyFilter(), dropped };
  }
  const root = checkGroup(input.root, set, [], 1, Math.max(1, maxDepth), dropped);
  if (!root) {
    dropped[dropped.length - 1].reason = 'invalid-filter';
    return { filter: emptyFilter(), dropped };
  }
  return { filter: { version: FILTER_VERSION, root }, dropped };
}
