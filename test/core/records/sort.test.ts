import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { nextSort, sortRecords, type RecordField, type SortKey } from '../../../src/core/records/index.js';
import { asciiCollationKey } from '../../../src/core/records/collation-keys.js';

const FIELDS: RecordField[] = [
  { id: 'name', label: 'Name', type: 'text' },
  { id: 'amount', label: 'Amount', type: 'currency' },
  { id: 'due', label: 'Due', type: 'date' },
  { id: 'won', label: 'Won', type: 'boolean' },
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

const names = (records: { name?: unknown }[]): unknown[] => records.map((record) => record.name);

describe('sortRecords', () => {
  it('compares text case- and accent-insensitively, numbers inside text by value', () => {
    const records = [{ name: 'item 10' }, { name: 'Émile' }, { name: 'item 2' }, { name: 'emile' }, { name: 'Zoë' }];
    const sorted = sortRecords(records, [{ field: 'name', direction: 'asc' }], FIELDS);
    expect(names(sorted)).to.deep.equal(['Émile', 'emile', 'item 2', 'item 10', 'Zoë']);
  });

  it('compares numbers and dates by value, ISO strings and Date objects alike', () => {
    const records = [
      { id: 1, amount: 100, due: '2026-03-01' },
      { id: 2, amount: 9, due: new Date('2025-12-31T00:00:00Z') },
      { id: 3, amount: 25.5, due: '2026-01-15T10:00:00Z' },
    ];
    expect(sortRecords(records, [{ field: 'amount', direction: 'asc' }], FIELDS).map((r) => r.id)).to.deep.equal([
      2, 3, 1,
    ]);
    expect(sortRecords(records, [{ field: 'due', direction: 'desc' }], FIELDS).map((r) => r.id)).to.deep.equal([
      1, 3, 2,
    ]);
  });

  it('puts empty values last in both directions and enum values in option order', () => {
    const records = [
      { id: 1, stage: 'won' },
      { id: 2, stage: null },
      { id: 3, stage: 'lead' },
      { id: 4, stage: 'mystery' },
    ];
    expect(sortRecords(records, [{ field: 'stage', direction: 'asc' }], FIELDS).map((r) => r.id)).to.deep.equal([
      3, 1, 4, 2,
    ]);
    expect(sortRecords(records, [{ field: 'stage', direction: 'desc' }], FIELDS).map((r) => r.id)).to.deep.equal([
      4, 1, 3, 2,
    ]);
  });

  it('uses the second key on ties and ignores keys of unknown fields', () => {
    const records = [
      { id: 1, won: true, amount: 5 },
      { id: 2, won: false, amount: 7 },
      { id: 3, won: true, amount: 1 },
    ];
    const sort: SortKey[] = [
      { field: 'gone', direction: 'asc' },
      { field: 'won', direction: 'desc' },
      { field: 'amount', direction: 'asc' },
    ];
    expect(sortRecords(records, sort, FIELDS).map((r) => r.id)).to.deep.equal([3, 1, 2]);
  });

  it('leaves its input untouched', () => {
    const records = [{ name: 'b' }, { name: 'a' }];
    sortRecords(records, [{ field: 'name', direction: 'asc' }], FIELDS);
    expect(names(records)).to.deep.equal(['b', 'a']);
  });

  it('is stable and a permutation of its input (property)', () => {
    const value = fc.oneof(
      fc.constantFrom('a', 'A', 'b', 'é', 'E', '10', '2', '', ' ', 'x y'),
      fc.integer({ min: -5, max: 5 }),
      fc.constantFrom(null, undefined, true, false, '2026-01-01', '2025-06-30T12:00:00Z', 'not a date'),
    );
    const record = fc.record({ name: value, amount: value, due: value, won: value, stage: value });
    const key = fc.record({
      field: fc.constantFrom('name', 'amount', 'due', 'won', 'stage', 'unknown'),
      direction: fc.constantFrom('asc' as const, 'desc' as const),
    });
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), fc.array(key, { maxLength: 3 }), (rows, sort) => {
        const tagged = rows.map((row, index) => ({ ...row, index }));
        const sorted = sortRecords(tagged, sort, FIELDS);
        expect(sorted.map((row) => row.index).sort((a, b) => a - b)).to.deep.equal(tagged.map((row) => row.index));
        // Stability: sorting again changes nothing, and neighbours that tie on every key (a pair the
        // sort leaves as given in either order) keep their input order.
        expect(sortRecords(sorted, sort, FIELDS)).to.deep.equal(sorted);
        for (let i = 1; i < sorted.length; i++) {
          const a = sorted[i - 1];
          const b = sorted[i];
          const tie = sortRecords([b, a], sort, FIELDS)[0] === b;
          if (tie) expect(a.index).to.be.below(b.index);
        }
      }),
    );
  });
});

describe('nextSort', () => {
  it('cycles ascending, descending, none', () => {
    let sort = nextSort([], 'name');
    expect(sort).to.deep.equal([{ field: 'name', direction: 'asc' }]);
    sort = nextSort(sort, 'name');
    expect(sort).to.deep.equal([{ field: 'name', direction: 'desc' }]);
    expect(nextSort(sort, 'name')).to.deep.equal([]);
  });

  it('replaces the sort without Shift and adds a key with it', () => {
    const first = nextSort([], 'name');
    expect(nextSort(first, 'amount')).to.deep.equal([{ field: 'amount', direction: 'asc' }]);
    const two = nextSort(first, 'amount', true);
    expect(two).to.deep.equal([
      { field: 'name', direction: 'asc' },
      { field: 'amount', direction: 'asc' },
    ]);
    expect(nextSort(nextSort(two, 'name', true), 'name', true)).to.deep.equal([{ field: 'amount', direction: 'asc' }]);
  });
});

describe('ASCII collation keys', () => {
  it('order ASCII text exactly as the record collator does (property)', () => {
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const text = fc.string({ unit: fc.constantFrom(...'aAbBzZ019 -_.,#@~\t\u0001\'"(/'.split('')), maxLength: 8 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const ka = asciiCollationKey(a, collator)!;
        const kb = asciiCollationKey(b, collator)!;
        const byKey = ka < kb ? -1 : ka > kb ? 1 : 0;
        expect(byKey, `${JSON.stringify(a)} vs ${JSON.stringify(b)}`).to.equal(Math.sign(collator.compare(a, b)));
      }),
      { numRuns: 3000 },
    );
  });

  it('orders any text as the collator does, ties in input order, in either direction (property)', () => {
    // Case, marks, digits (numeric collation), punctuation, ignorable controls, non-Latin and empty text.
    const unit = fc.constantFrom(
      ...'aAbBeEzZ0129 -._'.split(''),
      'é',
      'É',
      'ë',
      'ß',
      'æ',
      'ø',
      'å',
      '\u0301',
      '日',
      '\u0001',
    );
    const text = fc.string({ unit, maxLength: 6 });
    fc.assert(
      fc.property(
        fc.array(text, { maxLength: 40 }),
        fc.constantFrom('asc' as const, 'desc' as const),
        fc.constantFrom('en', 'de', 'sv', 'da', 'cs'),
        (texts, direction, locale) => {
          const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
          const rows = texts.map((name, index) => ({ name, index }));
          const sorted = sortRecords(rows, [{ field: 'name', direction }], FIELDS, locale);
          const sign = direction === 'asc' ? 1 : -1;
          const blank = (row: { name: string }) => row.name.trim() === '';
          for (let i = 1; i < sorted.length; i++) {
            const [a, b] = [sorted[i - 1], sorted[i]];
            const label = `${JSON.stringify(a.name)} before ${JSON.stringify(b.name)} (${direction}, ${locale})`;
            if (blank(a) || blank(b)) {
              expect(blank(b), label).to.equal(true); // empty text last, in input order
              if (blank(a)) expect(a.index, label).to.be.below(b.index);
              continue;
            }
            const order = Math.sign(collator.compare(a.name, b.name)) * sign;
            expect(order, label).to.be.at.most(0);
            if (order === 0) expect(a.index, label).to.be.below(b.index);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });

  it('sorts mixed ASCII and accented text as the collator alone would', () => {
    const names = ['Zoë', 'zoe', 'Émile', 'emil', 'item 10', 'item 9', 'Ärzte', 'arzt', 'b', '_x', '007', '7'];
    const records = names.map((name) => ({ name }));
    const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    const expected = [...names].sort(collator.compare);
    const sorted = sortRecords(records, [{ field: 'name', direction: 'asc' }], FIELDS, 'en').map((r) => r.name);
    for (let i = 1; i < sorted.length; i++) {
      expect(collator.compare(sorted[i - 1], sorted[i]), `${sorted[i - 1]} before ${sorted[i]}`).to.be.at.most(0);
    }
    expect([...sorted].sort(collator.compare)).to.deep.equal(expected);
  });
});
