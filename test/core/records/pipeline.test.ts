import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { compile, evaluate } from '../../../src/core/filter/index.js';
import type { Filter, FilterCondition } from '../../../src/core/filter/index.js';
import { showRecords, type RecordField } from '../../../src/core/records/index.js';

const FIELDS: RecordField[] = [
  { id: 'name', label: 'Name', type: 'text' },
  { id: 'amount', label: 'Amount', type: 'number' },
  {
    id: 'stage',
    label: 'Stage',
    type: 'enum',
    options: [
      { value: 'lead', label: 'Lead' },
      { value: 'won', label: 'Won' },
    ],
  },
];

const record = fc.record({
  id: fc.nat(),
  name: fc.oneof(fc.constantFrom('Émile', 'emile', 'Zoë', 'Ana', '', 'won lead', '12'), fc.string({ maxLength: 6 })),
  amount: fc.oneof(fc.integer({ min: -50, max: 50 }), fc.constant(null)),
  stage: fc.constantFrom('lead', 'won', null, 'other'),
});

const condition: fc.Arbitrary<FilterCondition> = fc.oneof(
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constant('name'),
    operator: fc.constantFrom('contains' as const, 'startsWith' as const, 'notContains' as const),
    value: fc.constantFrom('e', 'an', 'z', '1'),
  }),
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constant('amount'),
    operator: fc.constantFrom('gt' as const, 'lte' as const),
    value: fc.integer({ min: -20, max: 20 }),
  }),
  fc.record({
    type: fc.constant('condition' as const),
    field: fc.constant('stage'),
    operator: fc.constantFrom('anyOf' as const, 'noneOf' as const),
    value: fc.subarray(['lead', 'won']),
  }),
);

const filter: fc.Arbitrary<Filter> = fc.record({
  version: fc.constant(1 as const),
  root: fc.record({
    type: fc.constant('group' as const),
    combinator: fc.constantFrom('and' as const, 'or' as const),
    not: fc.boolean(),
    children: fc.array(condition, { maxLength: 3 }),
  }),
});

describe('showRecords', () => {
  it('never shows a record that fails the filter, whatever the search and sort (property)', () => {
    fc.assert(
      fc.property(
        fc.array(record, { maxLength: 40 }),
        filter,
        fc.constantFrom('', 'e', 'won', 'zoe', '1', 'an le'),
        fc.constantFrom('asc' as const, 'desc' as const),
        (records, chosen, query, direction) => {
          const shown = showRecords(records, {
            fields: FIELDS,
            shown: FIELDS,
            predicate: compile(chosen, FIELDS),
            query,
            sort: [{ field: 'name', direction }],
          });
          for (const each of shown) expect(evaluate(chosen, each, FIELDS)).to.equal(true);
          const passing = records.filter((each) => evaluate(chosen, each, FIELDS));
          if (query === '') expect(shown).to.have.length(passing.length);
          else expect(shown.length).to.be.at.most(passing.length);
        },
      ),
    );
  });

  it('filters, then searches the shown fields as displayed, then sorts', () => {
    const records = [
      { id: 1, name: 'Zoë', amount: 5, stage: 'won' },
      { id: 2, name: 'Ana', amount: 50, stage: 'won' },
      { id: 3, name: 'Émile', amount: 500, stage: 'lead' },
    ];
    const shown = showRecords(records, {
      fields: FIELDS,
      shown: FIELDS,
      predicate: compile(
        {
          version: 1,
          root: {
            type: 'group',
            combinator: 'and',
            children: [{ type: 'condition', field: 'amount', operator: 'gt', value: 4 }],
          },
        },
        FIELDS,
      ),
      query: 'won',
      sort: [{ field: 'name', direction: 'asc' }],
    });
    expect(shown.map((each) => each.id)).to.deep.equal([2, 1]);
  });
});
