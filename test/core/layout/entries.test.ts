import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { sanitizeLayout } from '../../../src/core/layout/index.js';
import { LayoutNeedsRepair, sanitizeWith, trustedEntries } from '../../../src/core/layout/entries.js';
import { readEntries } from '../../../src/core/layout/sanitize.js';
import { resolveGrid } from '../../../src/core/layout/grid.js';

/**
 * `trustedEntries` is the reader a dashboard carries up front; `readEntries` (with every repair and
 * its messages) loads when a layout needs it. Whatever the trusted reader accepts it must read
 * exactly as the full one does, and it must refuse everything the full one would have to fix.
 */
describe('trustedEntries', () => {
  const grid = resolveGrid({ columns: 6, maxRows: 40 });
  const field = <T>(arbitrary: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> =>
    fc.option(arbitrary, { nil: undefined, freq: 2 });
  const number = fc.oneof(
    fc.integer({ min: -2, max: 45 }),
    fc.constantFrom(1.5, Number.NaN, Infinity, '3' as unknown as number, null as unknown as number),
  );
  const entry = fc.record(
    {
      id: fc.oneof(fc.constantFrom('a', 'b', 'c', 'd', '', '__proto__'), fc.integer({ min: 0, max: 3 })),
      x: field(number),
      y: field(number),
      w: field(number),
      h: field(number),
      minW: field(number),
      maxW: field(number),
      minH: field(number),
      maxH: field(number),
      locked: field(fc.constantFrom(true, false, 'yes' as unknown as boolean)),
      noMove: field(fc.boolean()),
    },
    { requiredKeys: ['id'] },
  );
  /** Drops the keys whose value is undefined, as data read from JSON has none. */
  const plain = (value: Record<string, unknown>): Record<string, unknown> =>
    Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
  const layouts = fc.array(entry.map(plain), { maxLength: 8 });

  it('reads what it accepts exactly as readEntries does, with nothing to report', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(layouts, (input) => {
        let trusted;
        try {
          trusted = trustedEntries(input, grid, () => {});
        } catch (error) {
          expect(error).to.be.instanceOf(LayoutNeedsRepair);
          refused++;
          return;
        }
        accepted++;
        const problems: unknown[] = [];
        expect(trusted).to.deep.equal(readEntries(input, grid, (problem) => problems.push(problem)));
        expect(problems, 'the full reader had nothing to fix').to.deep.equal([]);
      }),
      { numRuns: 2000 },
    );
    expect(accepted, 'some inputs were accepted').to.be.greaterThan(50);
    expect(refused, 'some inputs were refused').to.be.greaterThan(50);
  });

  it('refuses whatever readEntries would have to fix, so no problem goes unreported', () => {
    fc.assert(
      fc.property(layouts, (input) => {
        const problems: unknown[] = [];
        readEntries(input, grid, (problem) => problems.push(problem));
        if (problems.length > 0) expect(() => trustedEntries(input, grid, () => {})).to.throw(LayoutNeedsRepair);
      }),
      { numRuns: 2000 },
    );
  });

  it('places widgets without a position in free slots, as sanitizeLayout does', () => {
    const input = [
      { id: 'a', x: 0, y: 0, w: 4, h: 2 },
      { id: 'b', w: 2, h: 1 },
      { id: 'c', w: 6, h: 1, minW: 2 },
    ];
    const options = { columns: 6 };
    expect(sanitizeWith(trustedEntries, input, options)).to.deep.equal(sanitizeLayout(input, options));
    expect(sanitizeWith(trustedEntries, input, options).layout.map(({ id, x, y }) => `${id}:${x},${y}`)).to.deep.equal([
      'a:0,0',
      'b:4,0',
      'c:0,2',
    ]);
  });

  it('refuses objects with a prototype, so inherited fields never slip in', () => {
    class Item {
      id = 'a';
      x = 0;
      y = 0;
      w = 1;
      h = 1;
    }
    expect(() => trustedEntries([new Item()], grid, () => {})).to.throw(LayoutNeedsRepair);
  });
});
