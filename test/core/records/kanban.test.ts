import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  NO_VALUE_KEY,
  columnKey,
  groupRecords,
  moveCard,
  orderColumns,
  summarizeColumn,
  type RecordField,
} from '../../../src/core/records/index.js';

const STAGE: RecordField = {
  id: 'stage',
  label: 'Stage',
  type: 'enum',
  options: [
    { value: 'lead', label: 'Lead' },
    { value: 'qualified', label: 'Qualified' },
    { value: 'won', label: 'Won' },
  ],
};

describe('groupRecords', () => {
  it('makes one column per option in order, then unknown values, then "No value"', () => {
    const records = [
      { id: 'a', stage: 'won' },
      { id: 'b', stage: null },
      { id: 'c', stage: 'lead' },
      { id: 'd', stage: 'archived' },
      { id: 'e' },
      { id: 'f', stage: 'won' },
    ];
    const columns = groupRecords(records, STAGE);
    expect(columns.map((column) => [column.label, column.ids])).to.deep.equal([
      ['Lead', ['c']],
      ['Qualified', []],
      ['Won', ['a', 'f']],
      ['archived', ['d']],
      ['', ['b', 'e']],
    ]);
    expect(columns.at(-1)!.key).to.equal(NO_VALUE_KEY);
    expect(columns.at(-1)!.value).to.equal(null);
  });

  it("follows the user's column order and card order", () => {
    const records = [
      { id: 1, stage: 'lead' },
      { id: 2, stage: 'lead' },
      { id: 3, stage: 'lead' },
    ];
    const columns = groupRecords(records, STAGE, {
      order: [columnKey('won'), NO_VALUE_KEY],
      manual: { [columnKey('lead')]: [3, 99, 1] },
    });
    expect(columns.map((column) => column.key)).to.deep.equal([
      columnKey('won'),
      NO_VALUE_KEY,
      columnKey('lead'),
      columnKey('qualified'),
    ]);
    expect(columns[2].ids).to.deep.equal([3, 1, 2]);
  });

  it('orders columns stably when the order names unknown keys', () => {
    const columns = [{ key: 'a' }, { key: 'b' }, { key: 'c' }];
    expect(orderColumns(columns, ['zz', 'c']).map((column) => column.key)).to.deep.equal(['c', 'a', 'b']);
  });
});

describe('moveCard', () => {
  const records = [
    { id: 'a', stage: 'lead' },
    { id: 'b', stage: 'lead' },
    { id: 'c', stage: 'won' },
  ];

  it('moves within and between columns, clamping the index', () => {
    const board = groupRecords(records, STAGE);
    const within = moveCard(board, 'a', columnKey('lead'), 1);
    expect(within[0].ids).to.deep.equal(['b', 'a']);
    const across = moveCard(board, 'a', columnKey('won'), 42);
    expect(across[0].ids).to.deep.equal(['b']);
    expect(across[2].ids).to.deep.equal(['c', 'a']);
    expect(board[0].ids, 'the board given is not changed').to.deep.equal(['a', 'b']);
  });

  it('leaves the board as it is for an unknown card or column', () => {
    const board = groupRecords(records, STAGE);
    expect(moveCard(board, 'zz', columnKey('won'), 0)).to.deep.equal(board);
    expect(moveCard(board, 'a', 'nowhere', 0)).to.deep.equal(board);
  });

  it('keeps every record in exactly one column (property)', () => {
    const stage = fc.constantFrom('lead', 'qualified', 'won', 'lost', null, undefined, '');
    const move = fc.record({ pick: fc.nat(40), to: fc.nat(6), index: fc.integer({ min: -3, max: 50 }) });
    fc.assert(
      fc.property(fc.array(stage, { maxLength: 40 }), fc.array(move, { maxLength: 20 }), (stages, moves) => {
        const rows = stages.map((value, index) => ({ id: index, stage: value }));
        let board = groupRecords(rows, STAGE);
        for (const { pick, to, index } of moves) {
          if (rows.length === 0) break;
          board = moveCard(board, rows[pick % rows.length].id, board[to % board.length].key, index);
        }
        const seen = board.flatMap((column) => column.ids);
        expect([...seen].sort((a, b) => Number(a) - Number(b))).to.deep.equal(rows.map((row) => row.id));
      }),
    );
  });
});

describe('summarizeColumn', () => {
  it('counts cards and sums a numeric field, skipping values that are not numbers', () => {
    const byId = new Map<string | number, Record<string, unknown>>([
      ['a', { amount: 10.5 }],
      ['b', { amount: '4' }],
      ['c', { amount: 'n/a' }],
    ]);
    expect(summarizeColumn(['a', 'b', 'c'], byId, 'amount')).to.deep.equal({ count: 3, sum: 14.5 });
    expect(summarizeColumn(['a'], byId)).to.deep.equal({ count: 1, sum: undefined });
  });
});
