import fc from 'fast-check';
import type { FieldDefinition, Filter, FilterCondition, FilterGroup, FilterOperator } from '../../../src/index.js';
import { OPERATORS } from '../../../src/index.js';

export const FIELDS: FieldDefinition[] = [
  { id: 'name', label: 'Name', type: 'text' },
  { id: 'city', label: 'City', type: 'text' },
  { id: 'amount', label: 'Amount', type: 'currency' },
  { id: 'score', label: 'Score', type: 'number' },
  { id: 'created', label: 'Created', type: 'date' },
  {
    id: 'stage',
    label: 'Stage',
    type: 'enum',
    options: [
      { value: 'won', label: 'Won' },
      { value: 'lost', label: 'Lost' },
      { value: 'open', label: 'Open' },
      { value: 3, label: 'Three' },
    ],
  },
  { id: 'vip', label: 'VIP', type: 'boolean' },
];

const byId = new Map(FIELDS.map((f) => [f.id, f]));

/** Text that exercises case, diacritics, spaces and markup. */
export const words = fc.constantFrom(
  'ana',
  'Ána',
  'ANA',
  'li',
  'Lí',
  'éte',
  'ete',
  ' ',
  '',
  'Zoë',
  'zoe',
  '<b>x</b>',
  'ß',
);
const text = fc.array(words, { maxLength: 3 }).map((parts) => parts.join(''));
const number = fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constantFrom(0, 0.5, -0.0, 1e6));
/** Dates around the fixed clock, as calendar days and as instants with offsets. */
const date = fc.oneof(
  fc.integer({ min: -6, max: 6 }).map((d) => new Date(Date.UTC(2024, 2, 10 + d)).toISOString().slice(0, 10)),
  fc
    .tuple(fc.integer({ min: -6, max: 6 }), fc.integer({ min: 0, max: 23 }), fc.constantFrom('Z', '+05:30', '-08:00'))
    .map(([d, h, z]) => `2024-03-${String(10 + d).padStart(2, '0')}T${String(h).padStart(2, '0')}:30:00${z}`),
);
const empty = fc.constantFrom(undefined, null, '', '  ', []);

/** A field value of the right type, an empty one, or one of the wrong type. */
export function fieldValue(field: FieldDefinition): fc.Arbitrary<unknown> {
  const right: Record<FieldDefinition['type'], fc.Arbitrary<unknown>> = {
    text,
    number,
    currency: number,
    date: fc.oneof(
      date,
      date.map((d) => new Date(d.length === 10 ? `${d}T12:00:00Z` : d)),
    ),
    enum: fc.oneof(fc.constantFrom('won', 'lost', 'open', 3, '3'), fc.subarray(['won', 'lost', 'open'])),
    boolean: fc.boolean(),
  };
  return fc.oneof(
    { weight: 6, arbitrary: right[field.type] },
    { weight: 2, arbitrary: empty },
    { weight: 1, arbitrary: fc.constantFrom(0, false, 'x', 7, true) },
  );
}

export const record = fc.record(Object.fromEntries(FIELDS.map((f) => [f.id, fieldValue(f)])), { requiredKeys: [] });

function operatorValue(field: FieldDefinition, operator: FilterOperator): fc.Arbitrary<unknown> {
  switch (operator) {
    case 'isEmpty':
    case 'isNotEmpty':
    case 'isTrue':
    case 'isFalse':
      return fc.constant(undefined);
    case 'anyOf':
    case 'noneOf':
      return fc.subarray(field.options!.map((o) => o.value));
    case 'inLast':
    case 'inNext':
      return fc.integer({ min: 1, max: 8 });
    case 'between': {
      const bound = field.type === 'date' ? fc.option(date) : fc.option(number);
      return fc.tuple(bound, bound);
    }
    default:
      return field.type === 'text' ? text : field.type === 'date' ? date : number;
  }
}

export const condition: fc.Arbitrary<FilterCondition> = fc.constantFrom(...FIELDS).chain((field) =>
  fc.constantFrom(...OPERATORS[field.type]).chain((operator) =>
    operatorValue(field, operator).map((value) => {
      const c: FilterCondition = { type: 'condition', field: field.id, operator };
      if (value !== undefined) c.value = value;
      return c;
    }),
  ),
);

function group(depth: number): fc.Arbitrary<FilterGroup> {
  const child: fc.Arbitrary<FilterGroup | FilterCondition> =
    depth >= 3
      ? condition
      : fc.oneof(
          { weight: 3, arbitrary: condition },
          { weight: 1, arbitrary: fc.constant(null).chain(() => group(depth + 1)) },
        );
  return fc
    .record({
      combinator: fc.constantFrom('and' as const, 'or' as const),
      not: fc.boolean(),
      children: fc.array(child, { maxLength: depth === 1 ? 4 : 3 }),
    })
    .map(({ combinator, not, children }) => {
      const g: FilterGroup = { type: 'group', combinator, children };
      if (not) g.not = true;
      return g;
    });
}

/** A filter within the depth limit, over `FIELDS`. */
export const filter: fc.Arbitrary<Filter> = group(1).map((root) => ({ version: 1, root }));

export const fieldOf = (id: string) => byId.get(id)!;
