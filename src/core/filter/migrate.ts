import type { FieldSet } from '../fields/field-set.js';
import type { FieldDefinition } from '../fields/types.js';

/**
 * The model before versions (version 0), as older releases stored it: operators written as symbols
 * and values as they were typed (strings, lists as comma-separated text).
 *
 * ```json
 * { "combinator": "and", "rules": [{ "field": "amount", "operator": ">", "value": "1000" }] }
 * ```
 */
export interface FilterV0Group {
  combinator: 'and' | 'or';
  not?: boolean;
  rules: (FilterV0Group | FilterV0Rule)[];
}

/** A rule of the version 0 model. */
export interface FilterV0Rule {
  field: string;
  /** `=`, `!=`, `<`, `<=`, `>`, `>=`, `contains`, `doesNotContain`, `beginsWith`, `endsWith`, `in`, `notIn`, `between`, `notBetween`, `null`, `notNull`. */
  operator: string;
  value?: unknown;
}

type Node = Record<string, unknown>;

const isRecord = (value: unknown): value is Node =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A list typed as `"a, b"` or given as an array. */
function list(value: unknown): unknown[] {
  if (Array.isArray(value)) return value;
  if (typeof value === 'string')
    return value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  return value === undefined || value === null ? [] : [value];
}

/** A value typed as text, read by the field's type (left as it is when it cannot be read). */
function read(field: FieldDefinition, value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  switch (field.type) {
    case 'number':
    case 'currency': {
      if (text === '') return undefined;
      const number = Number(text);
      return Number.isFinite(number) ? number : value;
    }
    case 'enum':
      return field.options?.find((option) => String(option.value) === text)?.value ?? value;
    default:
      return value;
  }
}

const condition = (field: string, operator: string, value?: unknown): Node =>
  value === undefined ? { type: 'condition', field, operator } : { type: 'condition', field, operator, value };
const negated = (child: Node): Node => ({ type: 'group', combinator: 'and', not: true, children: [child] });

const SYMBOLS: Record<string, string> = { '<': 'lt', '<=': 'lte', '>': 'gt', '>=': 'gte' };
const TEXT: Record<string, string> = {
  '=': 'equals',
  '!=': 'notEquals',
  contains: 'contains',
  doesNotContain: 'notContains',
  beginsWith: 'startsWith',
  endsWith: 'endsWith',
};

function migrateRule(rule: Node, fields: FieldSet): Node {
  const id = String(rule.field);
  const operator = String(rule.operator);
  const field = fields.get(id);
  // Unknown fields and operators go through as they are, for checkFilter to report.
  if (!field) return condition(id, operator, rule.value);
  if (operator === 'null') return condition(id, 'isEmpty');
  if (operator === 'notNull') return condition(id, 'isNotEmpty');
  const value = (v: unknown) => read(field, v);
  // A bound left out (only one typed) is open.
  const between = () => {
    const [min = null, max = null] = list(rule.value).map(value);
    return [min, max];
  };
  switch (field.type) {
    case 'boolean': {
      const truth = rule.value === true || rule.value === 'true';
      const test = condition(id, truth ? 'isTrue' : 'isFalse');
      return operator === '!=' ? negated(test) : test;
    }
    case 'enum':
      if (operator === '=' || operator === 'in') return condition(id, 'anyOf', list(rule.value).map(value));
      if (operator === '!=' || operator === 'notIn') return condition(id, 'noneOf', list(rule.value).map(value));
      break;
    case 'date': {
      const day = rule.value;
      if (operator === '=') return condition(id, 'on', day);
      if (operator === '!=') return negated(condition(id, 'on', day));
      if (operator === '<') return condition(id, 'before', day);
      if (operator === '>') return condition(id, 'after', day);
      if (operator === '<=') return condition(id, 'between', [null, day]);
      if (operator === '>=') return condition(id, 'between', [day, null]);
      break;
    }
    case 'number':
    case 'currency':
      if (operator === '=') return condition(id, 'equals', value(rule.value));
      if (operator === '!=') return condition(id, 'notEquals', value(rule.value));
      if (SYMBOLS[operator]) return condition(id, SYMBOLS[operator], value(rule.value));
      break;
    case 'text':
      if (TEXT[operator]) return condition(id, TEXT[operator], rule.value);
      break;
  }
  if (operator === 'between') return condition(id, 'between', between());
  if (operator === 'notBetween') return negated(condition(id, 'between', between()));
  return condition(id, operator, rule.value);
}

function migrateGroup(group: Node, fields: FieldSet): Node {
  const rules = Array.isArray(group.rules) ? (group.rules as unknown[]) : [];
  const migrated: Node = {
    type: 'group',
    combinator: group.combinator === 'or' ? 'or' : 'and',
    children: rules.map((rule) =>
      isRecord(rule) ? ('rules' in rule ? migrateGroup(rule, fields) : migrateRule(rule, fields)) : rule,
    ),
  };
  if (group.not === true) migrated.not = true;
  return migrated;
}

/**
 * A version 0 filter in the current model, for `checkFilter` to check. Rules the current model
 * cannot say in one condition (`!=` on a date, `notBetween`) become a negated group of one.
 */
export function migrateFilter(filter: Node, fields: FieldSet): { version: 1; root: Node } {
  return { version: 1, root: migrateGroup(filter, fields) };
}
