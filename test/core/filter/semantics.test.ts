import { expect } from '@open-wc/testing';
import {
  checkFilter,
  compile,
  describe as describeFilter,
  evaluate,
  normalize,
  type FieldDefinition,
  type Filter,
  type FilterCondition,
  type FilterOptions,
} from '../../../src/index.js';

const FIELDS: FieldDefinition[] = [
  { id: 'name', label: 'Name', type: 'text' },
  { id: 'amount', label: 'Amount', type: 'currency' },
  { id: 'created', label: 'Created', type: 'date' },
  {
    id: 'stage',
    label: 'Stage',
    type: 'enum',
    options: [
      { value: 'won', label: 'Won' },
      { value: 'lost', label: 'Lost' },
    ],
  },
  {
    id: 'owner',
    label: 'Owner',
    type: 'enum',
    options: [
      { value: 'ana', label: 'Ana' },
      { value: 'li', label: 'Li' },
      { value: 'jo', label: 'Jo' },
    ],
  },
  { id: 'vip', label: 'VIP', type: 'boolean' },
];

const one = (condition: Omit<FilterCondition, 'type'>): Filter => ({
  version: 1,
  root: { type: 'group', combinator: 'and', children: [{ type: 'condition', ...condition }] },
});

/** Evaluates one condition on one field value, and checks compile agrees. */
function test(condition: Omit<FilterCondition, 'type'>, value: unknown, options?: FilterOptions): boolean {
  const record = { [condition.field]: value };
  const result = evaluate(one(condition), record, FIELDS, options);
  expect(compile(one(condition), FIELDS, options)(record), 'compile agrees').to.equal(result);
  return result;
}

describe('filter semantics', () => {
  it('treats undefined, null, blank text and [] as empty, and 0 and false as values', () => {
    for (const empty of [undefined, null, '', '   ', []]) {
      expect(test({ field: 'name', operator: 'isEmpty' }, empty), String(empty)).to.equal(true);
      expect(test({ field: 'name', operator: 'notContains', value: 'a' }, empty)).to.equal(true);
      expect(test({ field: 'name', operator: 'notEquals', value: 'a' }, empty)).to.equal(true);
      expect(test({ field: 'stage', operator: 'noneOf', value: ['won'] }, empty)).to.equal(true);
      expect(test({ field: 'name', operator: 'contains', value: 'a' }, empty)).to.equal(false);
      expect(test({ field: 'amount', operator: 'lt', value: 5 }, empty)).to.equal(false);
      expect(test({ field: 'stage', operator: 'anyOf', value: ['won'] }, empty)).to.equal(false);
      expect(test({ field: 'vip', operator: 'isFalse' }, empty)).to.equal(false);
    }
    expect(test({ field: 'amount', operator: 'isNotEmpty' }, 0)).to.equal(true);
    expect(test({ field: 'vip', operator: 'isNotEmpty' }, false)).to.equal(true);
    expect(test({ field: 'amount', operator: 'equals', value: 0 }, 0)).to.equal(true);
    expect(test({ field: 'vip', operator: 'isFalse' }, false)).to.equal(true);
    expect(test({ field: 'vip', operator: 'isTrue' }, 'true')).to.equal(false);
    expect(test({ field: 'vip', operator: 'isFalse' }, 0)).to.equal(false);
  });

  it('compares text without case or diacritics, with a trimmed query', () => {
    expect(test({ field: 'name', operator: 'equals', value: ' jose ' }, 'José')).to.equal(true);
    expect(test({ field: 'name', operator: 'contains', value: 'SE' }, 'José')).to.equal(true);
    expect(test({ field: 'name', operator: 'startsWith', value: 'éM' }, 'Emile')).to.equal(true);
    expect(test({ field: 'name', operator: 'endsWith', value: 'ILE' }, 'Émile')).to.equal(true);
    expect(test({ field: 'name', operator: 'notContains', value: 'x' }, 'Émile')).to.equal(true);
    expect(test({ field: 'name', operator: 'equals', value: 'Émil' }, 'Emile')).to.equal(false);
    expect(test({ field: 'name', operator: 'contains', value: 'ı' }, 'I', { locale: 'tr' })).to.equal(true);
  });

  it('drops a condition with a blank query instead of matching nothing', () => {
    expect(test({ field: 'name', operator: 'contains', value: '   ' }, 'anything')).to.equal(true);
    const f: Filter = {
      version: 1,
      root: {
        type: 'group',
        combinator: 'or',
        children: [
          { type: 'condition', field: 'name', operator: 'equals', value: '' },
          { type: 'condition', field: 'amount', operator: 'gt', value: 5 },
        ],
      },
    };
    expect(evaluate(f, { amount: 1 }, FIELDS)).to.equal(false);
    expect(normalize(f).root.children).to.have.length(1);
  });

  it('compares numbers by number, never by string, with an inclusive between', () => {
    expect(test({ field: 'amount', operator: 'gt', value: 9 }, 10)).to.equal(true);
    expect(test({ field: 'amount', operator: 'gt', value: 9 }, '10')).to.equal(false);
    expect(test({ field: 'amount', operator: 'between', value: [1, 10] }, 10)).to.equal(true);
    expect(test({ field: 'amount', operator: 'between', value: [1, 10] }, 1)).to.equal(true);
    expect(test({ field: 'amount', operator: 'between', value: [1, 10] }, 10.5)).to.equal(false);
    expect(test({ field: 'amount', operator: 'between', value: [null, 10] }, -1e9)).to.equal(true);
    expect(test({ field: 'amount', operator: 'lte', value: 2 }, Number.NaN)).to.equal(false);
  });

  it('compares calendar days in the filter time zone', () => {
    const paris = { timeZone: 'Europe/Paris' };
    const tokyo = { timeZone: 'Asia/Tokyo' };
    const ny = { timeZone: 'America/New_York' };
    // 23:30 UTC on 5 March is 6 March in Paris and Tokyo, still 5 March in New York.
    expect(test({ field: 'created', operator: 'on', value: '2024-03-06' }, '2024-03-05T23:30:00Z', paris)).to.equal(
      true,
    );
    expect(test({ field: 'created', operator: 'on', value: '2024-03-06' }, '2024-03-05T23:30:00Z', ny)).to.equal(false);
    expect(
      test({ field: 'created', operator: 'before', value: '2024-03-06' }, new Date('2024-03-05T23:30:00Z'), ny),
    ).to.equal(true);
    expect(test({ field: 'created', operator: 'after', value: '2024-03-05' }, '2024-03-05T20:00:00Z', tokyo)).to.equal(
      true,
    );
    // A date without an offset is the calendar day as written, in every zone.
    expect(test({ field: 'created', operator: 'on', value: '2024-03-05' }, '2024-03-05', tokyo)).to.equal(true);
    expect(test({ field: 'created', operator: 'on', value: '2024-03-05' }, '2024-03-05T23:59', ny)).to.equal(true);
    expect(
      test({ field: 'created', operator: 'between', value: ['2024-03-01', '2024-03-05'] }, '2024-03-05', ny),
    ).to.equal(true);
    // The day DST starts in Paris still has its 23 hours.
    expect(test({ field: 'created', operator: 'on', value: '2024-03-31' }, '2024-03-31T21:59:00Z', paris)).to.equal(
      true,
    );
    expect(test({ field: 'created', operator: 'on', value: '2024-03-31' }, '2024-03-31T22:00:00Z', paris)).to.equal(
      false,
    );
    expect(test({ field: 'created', operator: 'on', value: '2024-02-30' }, '2024-03-01')).to.equal(true);
  });

  it('counts inLast and inNext in calendar days from an injected clock', () => {
    // 23:30 UTC on 10 March: 11 March in Paris, 10 March in New York.
    const now = () => Date.UTC(2024, 2, 10, 23, 30);
    const paris = { timeZone: 'Europe/Paris', now };
    const ny = { timeZone: 'America/New_York', now: new Date(now()) };
    expect(test({ field: 'created', operator: 'inLast', value: 1 }, '2024-03-11', paris)).to.equal(true);
    expect(test({ field: 'created', operator: 'inLast', value: 1 }, '2024-03-11', ny)).to.equal(false);
    expect(test({ field: 'created', operator: 'inLast', value: 7 }, '2024-03-05', paris)).to.equal(true);
    expect(test({ field: 'created', operator: 'inLast', value: 7 }, '2024-03-04', paris)).to.equal(false);
    expect(test({ field: 'created', operator: 'inNext', value: 3 }, '2024-03-12', ny)).to.equal(true);
    expect(test({ field: 'created', operator: 'inNext', value: 3 }, '2024-03-13', ny)).to.equal(false);
    expect(test({ field: 'created', operator: 'inNext', value: 3 }, '2024-03-09', ny)).to.equal(false);
  });

  it('compares enum option values, not labels', () => {
    expect(test({ field: 'stage', operator: 'anyOf', value: ['won'] }, 'won')).to.equal(true);
    expect(test({ field: 'stage', operator: 'anyOf', value: ['won'] }, 'Won')).to.equal(false);
    expect(test({ field: 'owner', operator: 'anyOf', value: ['ana', 'li'] }, ['jo', 'li'])).to.equal(true);
    expect(test({ field: 'owner', operator: 'noneOf', value: ['ana', 'li'] }, ['jo'])).to.equal(true);
  });

  it('drops unknown fields, operators and wrong-typed values with a report', () => {
    const { filter, dropped } = checkFilter(
      {
        version: 1,
        root: {
          type: 'group',
          combinator: 'and',
          children: [
            { type: 'condition', field: 'renamed', operator: 'contains', value: 'x' },
            { type: 'condition', field: 'name', operator: 'gt', value: 3 },
            { type: 'condition', field: 'amount', operator: 'gt', value: '3' },
            { type: 'condition', field: 'stage', operator: 'anyOf', value: ['won', 'Won'] },
            { type: 'condition', field: 'created', operator: 'inLast', value: 0 },
            { type: 'group', combinator: 'xor', children: [] },
            { type: 'group', combinator: 'or', children: [{ type: 'group', combinator: 'or', children: [] }] },
            'junk',
          ],
        },
      },
      FIELDS,
      { maxDepth: 2 },
    );
    expect(dropped.map((d) => `${d.reason}@${d.path.join('.')}`)).to.deep.equal([
      'unknown-field@0',
      'unknown-operator@1',
      'invalid-value@2',
      'invalid-value@3',
      'invalid-value@4',
      'invalid-node@5',
      'too-deep@6.0',
      'invalid-node@7',
    ]);
    expect(dropped[3].value).to.deep.equal(['Won']);
    expect(filter.root.children).to.deep.equal([
      { type: 'condition', field: 'stage', operator: 'anyOf', value: ['won'] },
      { type: 'group', combinator: 'or', children: [] },
    ]);
    expect(checkFilter({ version: 2, root: {} }, FIELDS).dropped[0].reason).to.equal('newer-version');
    expect(checkFilter('{"version":1}', FIELDS).dropped[0].reason).to.equal('invalid-filter');
  });

  it('describes a filter in one sentence', () => {
    const f: Filter = {
      version: 1,
      root: {
        type: 'group',
        combinator: 'and',
        children: [
          { type: 'condition', field: 'stage', operator: 'anyOf', value: ['won'] },
          {
            type: 'group',
            combinator: 'or',
            children: [
              { type: 'condition', field: 'amount', operator: 'gt', value: 10000 },
              { type: 'condition', field: 'owner', operator: 'anyOf', value: ['ana', 'li'] },
            ],
          },
        ],
      },
    };
    expect(describeFilter(f, FIELDS, 'en', { currency: 'EUR' })).to.equal(
      'Stage is Won and (Amount > €10,000 or Owner is any of Ana, Li)',
    );
    expect(describeFilter({ ...f, root: { ...f.root, not: true } }, FIELDS, 'en')).to.equal(
      'not (Stage is Won and (Amount > 10,000 or Owner is any of Ana, Li))',
    );
    expect(describeFilter(one({ field: 'created', operator: 'inLast', value: 1 }), FIELDS)).to.equal(
      'Created is in the last 1 day',
    );
    expect(
      describeFilter(one({ field: 'created', operator: 'between', value: ['2024-03-01', null] }), FIELDS, 'en-GB'),
    ).to.equal('Created is on or after 1 Mar 2024');
    expect(
      describeFilter(one({ field: 'amount', operator: 'gt', value: 1234.5 }), FIELDS, 'de', { currency: 'EUR' }),
    ).to.equal('Amount > 1.234,50\u00a0€');
    expect(describeFilter(one({ field: 'name', operator: 'contains', value: '' }), FIELDS)).to.equal('All records');
    expect(describeFilter(one({ field: 'vip', operator: 'isTrue' }), FIELDS, 'not-a-locale!')).to.equal('VIP is yes');
  });

  it('keeps hostile strings as text and never reads inherited properties', () => {
    const hostile = '<img src=x onerror=alert(1)>javascript:alert(1)';
    const fields: FieldDefinition[] = [
      { id: '__proto__', label: hostile, type: 'text' },
      { id: 'constructor', label: 'C', type: 'enum', options: [{ value: 'x', label: '<script>alert(1)</script>' }] },
    ];
    const f = one({ field: '__proto__', operator: 'contains', value: '<img' });
    expect(describeFilter(f, fields)).to.equal(`${hostile} contains “<img”`);
    expect(describeFilter(one({ field: 'constructor', operator: 'anyOf', value: ['x'] }), fields)).to.equal(
      'C is <script>alert(1)</script>',
    );
    expect(evaluate(f, {}, fields)).to.equal(false);
    expect(evaluate(one({ field: 'constructor', operator: 'isEmpty' }), {}, fields)).to.equal(true);
    expect(evaluate(f, JSON.parse(`{"__proto__": "${'<img'}"}`), fields)).to.equal(true);
  });
});
