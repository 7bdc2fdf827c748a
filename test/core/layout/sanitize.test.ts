import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  MAX_ITEM_ROWS,
  MAX_ITEMS,
  isValidLayout,
  sanitizeLayout,
  type LayoutItem,
  type LayoutProblem,
} from '../../../src/core/layout/index.js';
import { art, frozen, pic } from './art.js';

const grid = { columns: 6 };
const codes = (problems: LayoutProblem[]): string[] => problems.map((problem) => problem.code);

describe('sanitizeLayout', () => {
  describe('shape of the input', () => {
    for (const input of [undefined, null, 42, 'layout', { 0: { id: 'a' } }, new Map(), () => []]) {
      it(`turns ${typeof input === 'function' ? 'a function' : (JSON.stringify(input) ?? 'undefined')} into an empty layout`, () => {
        const { layout, problems } = sanitizeLayout(input, grid);
        expect(layout).to.deep.equal([]);
        expect(codes(problems)).to.deep.equal(['not-an-array']);
      });
    }

    it('treats a revoked proxy as unreadable instead of throwing', () => {
      const { proxy, revoke } = Proxy.revocable([], {});
      revoke();
      const { layout, problems } = sanitizeLayout(proxy, grid);
      expect(layout).to.deep.equal([]);
      expect(codes(problems)).to.deep.equal(['not-an-array']);
    });

    it('drops entries that are not item objects and says which', () => {
      const { layout, problems } = sanitizeLayout([null, 7, 'a', [1, 2], { id: 'ok', x: 0, y: 0, w: 1, h: 1 }], grid);
      expect(layout.map((item) => item.id)).to.deep.equal(['ok']);
      expect(problems.map((problem) => [problem.code, problem.index])).to.deep.equal([
        ['invalid-item', 0],
        ['invalid-item', 1],
        ['invalid-item', 2],
        ['invalid-item', 3],
      ]);
    });

    it('drops an entry whose getters throw', () => {
      const hostile = {
        get id(): string {
          throw new Error('boom');
        },
      };
      const { layout, problems } = sanitizeLayout([hostile, { id: 'b', x: 0, y: 0, w: 1, h: 1 }], grid);
      expect(layout.map((item) => item.id)).to.deep.equal(['b']);
      expect(codes(problems)).to.deep.equal(['invalid-item']);
    });

    it('reads at most MAX_ITEMS entries and reports the cut', () => {
      const input = Array.from({ length: MAX_ITEMS + 3 }, (_, i) => ({
        id: `w${i}`,
        x: i % 6,
        y: Math.floor(i / 6),
        w: 1,
        h: 1,
      }));
      const { layout, problems } = sanitizeLayout(input, grid);
      expect(layout).to.have.length(MAX_ITEMS);
      expect(codes(problems)).to.deep.equal(['too-many-items']);
    });
  });

  describe('ids', () => {
    it('drops items without a usable id', () => {
      const { layout, problems } = sanitizeLayout(
        [
          { x: 0, y: 0, w: 1, h: 1 },
          { id: '', x: 1, y: 0 },
          { id: null },
          { id: { toString: () => 'x' } },
          { id: 'kept' },
        ],
        grid,
      );
      expect(layout.map((item) => item.id)).to.deep.equal(['kept']);
      expect(codes(problems)).to.deep.equal(['missing-id', 'missing-id', 'missing-id', 'missing-id']);
    });

    it('keeps the first of duplicate ids and drops the later ones', () => {
      const { layout, problems } = sanitizeLayout(
        [
          { id: 'a', x: 0, y: 0, w: 2, h: 1 },
          { id: 'a', x: 3, y: 0, w: 3, h: 1 },
          { id: 'b', x: 2, y: 0, w: 1, h: 1 },
        ],
        grid,
      );
      expect(layout).to.deep.equal([
        { id: 'a', x: 0, y: 0, w: 2, h: 1 },
        { id: 'b', x: 2, y: 0, w: 1, h: 1 },
      ]);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include({ code: 'duplicate-id', index: 1, id: 'a' });
      expect(problems[0].message).to.contain('"a"');
    });

    it('turns a finite number id into a string and says so', () => {
      const { layout, problems } = sanitizeLayout([{ id: 42, x: 0, y: 0, w: 1, h: 1 }], grid);
      expect(layout).to.deep.equal([{ id: '42', x: 0, y: 0, w: 1, h: 1 }]);
      expect(problems[0]).to.include({ code: 'invalid-value', field: 'id', id: '42' });
    });

    it('treats __proto__, constructor and hasOwnProperty as ordinary ids', () => {
      const input = JSON.parse(
        '[{"id":"__proto__","x":0,"y":0,"w":2,"h":1},{"id":"constructor","x":2,"y":0,"w":2,"h":1},{"id":"hasOwnProperty","x":4,"y":0,"w":2,"h":1},{"id":"__proto__","x":0,"y":1,"w":1,"h":1}]',
      ) as unknown[];
      const { layout, problems } = sanitizeLayout(input, grid);
      expect(layout.map((item) => item.id)).to.deep.equal(['__proto__', 'constructor', 'hasOwnProperty']);
      expect(codes(problems)).to.deep.equal(['duplicate-id']);
      expect(Object.getPrototypeOf(layout[0])).to.equal(Object.prototype);
      expect(isValidLayout(layout, grid)).to.equal(true);
    });

    it('keeps a huge id intact but shortens it in messages', () => {
      const id = 'x'.repeat(100_000);
      const { layout, problems } = sanitizeLayout([{ id, x: 9, y: 0, w: 1, h: 1 }], grid);
      expect(layout[0].id).to.equal(id);
      expect(problems[0].message.length).to.be.below(300);
    });
  });

  describe('numbers', () => {
    it('rounds fractions, reads numeric strings and clamps negatives, reporting each field', () => {
      const { layout, problems } = sanitizeLayout([{ id: 'a', x: '2', y: -3, w: 1.6, h: ' 3 ' }], grid);
      expect(layout).to.deep.equal([{ id: 'a', x: 2, y: 0, w: 2, h: 3 }]);
      expect(problems.map((problem) => problem.field).sort()).to.deep.equal(['h', 'w', 'x', 'y']);
      expect(new Set(codes(problems))).to.deep.equal(new Set(['invalid-value']));
    });

    it('places items with unusable positions in the first free slot, after the placed ones', () => {
      const { layout, problems } = sanitizeLayout(
        [
          { id: 'n', x: NaN, y: 0, w: 2, h: 1 },
          { id: 'i', x: 0, y: Infinity, w: 2, h: 1 },
          { id: 'z', x: null, y: null, w: 2, h: 1 },
          { id: 'A', x: 0, y: 0, w: 2, h: 1 },
        ],
        grid,
      );
      expect(art(layout, 6)).to.equal(
        pic(`
        AAnnii
        zz....
      `),
      );
      expect(problems.map((problem) => `${problem.id}.${problem.field}`)).to.deep.equal(['n.x', 'i.y', 'z.x', 'z.y']);
    });

    it('places items without any position in the first free slot without calling it a problem', () => {
      const { layout, problems } = sanitizeLayout(
        [{ id: 'a', w: 3, h: 1 }, { id: 'b', w: 3, h: 2 }, { id: 'c' }],
        grid,
      );
      expect(art(layout, 6)).to.equal(
        pic(`
        aaabbb
        c..bbb
      `),
      );
      expect(problems).to.deep.equal([]);
    });

    it('reports a half-given position', () => {
      const { layout, problems } = sanitizeLayout([{ id: 'a', x: 3, w: 1, h: 1 }], grid);
      expect(layout).to.deep.equal([{ id: 'a', x: 0, y: 0, w: 1, h: 1 }]);
      expect(problems[0]).to.include({ code: 'invalid-value', field: 'y' });
    });

    it('brings items sticking out of the grid back inside', () => {
      const { layout, problems } = sanitizeLayout(
        [
          { id: 'wide', x: 0, y: 0, w: 1e9, h: 1 },
          { id: 'edge', x: 5, y: 1, w: 3, h: 1 },
          { id: 'far', x: 1e300, y: 2, w: 1, h: 1 },
        ],
        grid,
      );
      expect(art(layout, 6)).to.equal(
        pic(`
        wwwwww
        ...eee
        .....f
      `),
      );
      expect(codes(problems)).to.deep.equal(['out-of-bounds', 'out-of-bounds', 'out-of-bounds']);
    });

    it(`caps heights at MAX_ITEM_ROWS so one item cannot fill its columns`, () => {
      const { layout } = sanitizeLayout([{ id: 'tall', x: 0, y: 0, w: 1, h: 1e9 }], grid);
      expect(layout[0].h).to.equal(MAX_ITEM_ROWS);
    });

    it('gives missing or broken sizes the item minimum', () => {
      const { layout, problems } = sanitizeLayout(
        [
          { id: 'a', x: 0, y: 0, minW: 2, minH: 2 },
          { id: 'b', x: 2, y: 0, w: 'wide', h: 0 },
        ],
        grid,
      );
      expect(layout).to.deep.equal([
        { id: 'a', x: 0, y: 0, w: 2, h: 2, minW: 2, minH: 2 },
        { id: 'b', x: 2, y: 0, w: 1, h: 1 },
      ]);
      expect(problems.map((problem) => problem.field)).to.deep.equal(['w', 'h']);
    });
  });

  describe('constraints and flags', () => {
    it('clamps sizes to the item min and max', () => {
      const { layout, problems } = sanitizeLayout(
        [
          { id: 'a', x: 0, y: 0, w: 1, h: 5, minW: 2, maxH: 2 },
          { id: 'b', x: 2, y: 0, w: 4, h: 1, maxW: 3 },
        ],
        grid,
      );
      expect(layout).to.deep.equal([
        { id: 'a', x: 0, y: 0, w: 2, h: 2, minW: 2, maxH: 2 },
        { id: 'b', x: 2, y: 0, w: 3, h: 1, maxW: 3 },
      ]);
      expect(codes(problems)).to.deep.equal(['size-out-of-range', 'size-out-of-range', 'size-out-of-range']);
    });

    it('caps a minW above the column count at the grid width without rewriting it', () => {
      const { layout, problems } = sanitizeLayout([{ id: 'a', x: 0, y: 0, w: 6, h: 1, minW: 8 }], grid);
      expect(layout).to.deep.equal([{ id: 'a', x: 0, y: 0, w: 6, h: 1, minW: 8 }]);
      expect(problems).to.deep.equal([]);
    });

    it('removes unusable constraints and raises a max below its min', () => {
      const { layout, problems } = sanitizeLayout(
        [{ id: 'a', x: 0, y: 0, w: 3, h: 1, minW: -1, maxW: 'x', minH: 3, maxH: 2 }],
        grid,
      );
      expect(layout).to.deep.equal([{ id: 'a', x: 0, y: 0, w: 3, h: 3, minH: 3, maxH: 3 }]);
      expect(codes(problems)).to.deep.equal([
        'invalid-constraint',
        'invalid-constraint',
        'invalid-constraint',
        'size-out-of-range',
      ]);
    });

    it('accepts only true as a flag', () => {
      const { layout, problems } = sanitizeLayout(
        [{ id: 'a', x: 0, y: 0, w: 1, h: 1, locked: 'true', noMove: true, noResize: 1 }],
        grid,
      );
      expect(layout).to.deep.equal([{ id: 'a', x: 0, y: 0, w: 1, h: 1, noMove: true }]);
      expect(problems.map((problem) => problem.field)).to.deep.equal(['locked', 'noResize']);
    });
  });

  describe('overlaps', () => {
    it('moves the later item in reading order down and lets everything rise (compact)', () => {
      const { layout, problems } = sanitizeLayout(
        [
          { id: 'b', x: 1, y: 0, w: 3, h: 2 },
          { id: 'a', x: 0, y: 0, w: 2, h: 1 },
          { id: 'c', x: 5, y: 7, w: 1, h: 1 },
        ],
        grid,
      );
      expect(art(layout, 6)).to.equal(
        pic(`
        aa...c
        .bbb..
        .bbb..
      `),
      );
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include({ code: 'overlap', id: 'b', index: 0 });
      expect(problems[0].message).to.match(/"b".*moved to y 1/);
    });

    it('keeps positions apart from the overlap when float is set', () => {
      const { layout } = sanitizeLayout(
        [
          { id: 'a', x: 0, y: 2, w: 2, h: 1 },
          { id: 'b', x: 1, y: 2, w: 2, h: 1 },
          { id: 'c', x: 5, y: 4, w: 1, h: 1 },
        ],
        { columns: 6, float: true },
      );
      expect(art(layout, 6)).to.equal(
        pic(`
        ......
        ......
        aa....
        .bb...
        .....c
      `),
      );
    });

    it('keeps locked items in place and moves the unlocked item that overlaps one', () => {
      const { layout, problems } = sanitizeLayout(
        [
          { id: 'u', x: 0, y: 0, w: 2, h: 1 },
          { id: 'L', x: 1, y: 0, w: 2, h: 2, locked: true },
        ],
        grid,
      );
      expect(art(layout, 6)).to.equal(
        pic(`
        .LL...
        .LL...
        uu....
      `),
      );
      expect(problems[0]).to.include({ code: 'overlap', id: 'u' });
    });

    it('moves the later of two overlapping locked items down, still locked', () => {
      const { layout, problems } = sanitizeLayout(
        [
          { id: 'K', x: 0, y: 0, w: 2, h: 1, locked: true },
          { id: 'L', x: 1, y: 0, w: 2, h: 1, locked: true },
        ],
        grid,
      );
      expect(layout).to.deep.equal([
        { id: 'K', x: 0, y: 0, w: 2, h: 1, locked: true },
        { id: 'L', x: 1, y: 1, w: 2, h: 1, locked: true },
      ]);
      expect(problems[0]).to.include({ code: 'locked-overlap', id: 'L' });
    });

    it('stacks 1,000 widgets dropped on one cell into a valid layout, keeping every one', () => {
      const input = Array.from({ length: 1000 }, (_, i) => ({
        id: `w${i}`,
        x: 0,
        y: 0,
        w: 1 + (i % 6),
        h: 1 + (i % 3),
      }));
      for (const float of [false, true]) {
        const { layout, problems } = sanitizeLayout(input, { columns: 6, float });
        expect(layout).to.have.length(1000);
        expect(isValidLayout(layout, { columns: 6 })).to.equal(true);
        expect(problems.filter((problem) => problem.code === 'overlap')).to.have.length(999);
      }
    });
  });

  it('drops and reports items that do not fit within maxRows', () => {
    const { layout, problems } = sanitizeLayout(
      [
        { id: 'a', x: 0, y: 0, w: 6, h: 2 },
        { id: 'b', x: 0, y: 0, w: 6, h: 2 },
        { id: 'c', x: 0, y: 0, w: 6, h: 1 },
      ],
      { columns: 6, maxRows: 3 },
    );
    expect(layout.map((item) => item.id)).to.deep.equal(['a', 'c']);
    expect(problems.map((problem) => [problem.code, problem.id])).to.deep.include(['no-room', 'b']);
  });

  it('copies only layout fields, returns new objects and leaves a frozen input alone', () => {
    const input = frozen([{ id: 'a', x: 0, y: 0, w: 1, h: 1, heading: 'Revenue', locked: false }]);
    const { layout } = sanitizeLayout(input, grid);
    expect(layout).to.deep.equal([{ id: 'a', x: 0, y: 0, w: 1, h: 1 }]);
    expect(layout[0]).not.to.equal(input[0]);
  });

  it('ignores fields inherited through a polluted Object.prototype', () => {
    const prototype = Object.prototype as Record<string, unknown>;
    const inject = (key: string, value: unknown): void => {
      Object.defineProperty(prototype, key, { value, configurable: true, writable: true, enumerable: false });
    };
    inject('locked', true);
    inject('w', 5);
    try {
      const { layout } = sanitizeLayout([{ id: 'a', x: 0, y: 0, h: 1 }], grid);
      expect(layout).to.deep.equal([{ id: 'a', x: 0, y: 0, w: 1, h: 1 }]);
      expect(Object.hasOwn(layout[0], 'locked')).to.equal(false);
    } finally {
      delete prototype['locked'];
      delete prototype['w'];
    }
  });

  it('turns 10,000 garbage entries into a valid layout', () => {
    let seed = 7;
    const random = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const pick = <T>(values: T[]): T => values[Math.floor(random() * values.length)];
    const input = Array.from({ length: 10_000 }, (_, i) => {
      if (random() < 0.05) return pick([null, 'item', 3, [], true]);
      return {
        id: pick([`g${i}`, `g${i}`, `g${i}`, 'dup', '__proto__', 17, '']),
        x: pick([Math.floor(random() * 20) - 5, NaN, '3', 2.5, undefined]),
        y: pick([Math.floor(random() * 1e6), -1, 'x', Infinity, 0]),
        w: pick([random() * 8, 1e9, 0, -2, '2']),
        h: pick([Math.floor(random() * 5), 1e7, null, 1]),
        minW: pick([undefined, 2, 99, -1]),
        maxW: pick([undefined, 1, 3]),
        locked: pick([undefined, true, 'yes', false]),
      };
    });
    for (const float of [false, true]) {
      const { layout, problems } = sanitizeLayout(input, { columns: 12, float });
      expect(isValidLayout(layout, { columns: 12 })).to.equal(true);
      expect(layout.length).to.be.greaterThan(3000);
      expect(problems.length).to.be.greaterThan(0);
      expect(sanitizeLayout(layout, { columns: 12, float }).layout).to.deep.equal(layout);
    }
  });

  describe('properties', () => {
    const looseItem = fc.record(
      {
        id: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd', '__proto__', 'constructor'), fc.string(), fc.integer()),
        x: fc.oneof(fc.integer({ min: -3, max: 15 }), fc.double(), fc.string(), fc.constant(null)),
        y: fc.oneof(fc.integer({ min: -3, max: 30 }), fc.double(), fc.constant(undefined)),
        w: fc.oneof(fc.integer({ min: -2, max: 15 }), fc.double()),
        h: fc.oneof(fc.integer({ min: -2, max: 6 }), fc.double({ min: 0, max: 1e9 })),
        minW: fc.option(fc.oneof(fc.integer({ min: -1, max: 14 }), fc.double()), { nil: undefined }),
        maxW: fc.option(fc.integer({ min: 0, max: 14 }), { nil: undefined }),
        minH: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        maxH: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        locked: fc.oneof(fc.boolean(), fc.anything()),
        noMove: fc.boolean(),
      },
      { requiredKeys: [] },
    );
    const input = fc.oneof(
      { weight: 1, arbitrary: fc.anything({ withNullPrototype: true, withBigInt: true }) },
      {
        weight: 6,
        arbitrary: fc.array(fc.oneof({ weight: 5, arbitrary: looseItem }, { weight: 1, arbitrary: fc.anything() }), {
          maxLength: 40,
        }),
      },
    );
    const options = fc.record({
      columns: fc.constantFrom(1, 2, 5, 12),
      float: fc.boolean(),
      maxRows: fc.option(fc.integer({ min: 1, max: 25 }), { nil: undefined }),
    });

    it('always returns a valid layout, and sanitizing it again changes nothing and reports nothing', () => {
      fc.assert(
        fc.property(input, options, (value, grid) => {
          const first = sanitizeLayout(value, grid);
          expect(isValidLayout(first.layout, grid)).to.equal(true);
          if (isValidLayout(value, grid)) expect(first.problems).to.deep.equal([]);
          const second = sanitizeLayout(first.layout, grid);
          expect(second.layout).to.deep.equal(first.layout);
          expect(second.problems).to.deep.equal([]);
        }),
        { numRuns: 500 },
      );
    });

    it('is deterministic', () => {
      fc.assert(
        fc.property(input, options, (value, grid) => {
          expect(sanitizeLayout(value, grid)).to.deep.equal(sanitizeLayout(value, grid));
        }),
        { numRuns: 200 },
      );
    });
  });
});

describe('isValidLayout', () => {
  const valid: LayoutItem[] = [
    { id: 'a', x: 0, y: 0, w: 2, h: 1 },
    { id: 'b', x: 2, y: 0, w: 4, h: 2 },
    { id: 'c', x: 0, y: 5, w: 1, h: 1, locked: true },
  ];

  it('accepts a layout inside the grid without overlaps, gaps included', () => {
    expect(isValidLayout(valid, grid)).to.equal(true);
  });

  const broken: Array<[string, unknown]> = [
    ['not an array', { a: 1 }],
    ['overlap', [...valid, { id: 'd', x: 1, y: 0, w: 2, h: 1 }]],
    ['duplicate id', [...valid, { id: 'a', x: 0, y: 9, w: 1, h: 1 }]],
    ['empty id', [{ id: '', x: 0, y: 0, w: 1, h: 1 }]],
    ['past the right edge', [{ id: 'a', x: 5, y: 0, w: 2, h: 1 }]],
    ['negative row', [{ id: 'a', x: 0, y: -1, w: 1, h: 1 }]],
    ['fraction', [{ id: 'a', x: 0.5, y: 0, w: 1, h: 1 }]],
    ['NaN size', [{ id: 'a', x: 0, y: 0, w: NaN, h: 1 }]],
    ['below maxRows', [{ id: 'a', x: 0, y: 9, w: 1, h: 2 }]],
    ['below minW', [{ id: 'a', x: 0, y: 0, w: 1, h: 1, minW: 2 }]],
    ['min above max', [{ id: 'a', x: 0, y: 0, w: 2, h: 1, minW: 3, maxW: 2 }]],
    ['string flag', [{ id: 'a', x: 0, y: 0, w: 1, h: 1, locked: 'yes' }]],
    ['null entry', [null]],
  ];
  for (const [name, layout] of broken) {
    it(`rejects ${name}`, () => {
      expect(isValidLayout(layout, { columns: 6, maxRows: 10 })).to.equal(false);
    });
  }

  it('throws a RangeError for unusable grid options', () => {
    expect(() => isValidLayout([], { columns: 0 })).to.throw(RangeError);
    expect(() => isValidLayout([], { columns: 2.5 })).to.throw(RangeError);
    expect(() => isValidLayout([], { columns: 12, maxRows: -1 })).to.throw(RangeError);
  });
});
