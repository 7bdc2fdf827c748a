import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { isValidLayout, moveItem, sanitizeLayout, type Layout } from '../../../src/core/layout/index.js';
import {
  rebaseLayout,
  rebasePreferences,
  readPreferences,
  validatePreferences,
  type DashboardPreferences,
} from '../../../src/core/dashboard/index.js';

const COLUMNS = 12;
const options = { columns: COLUMNS };

/** A valid compact layout of up to eight widgets with ids w0…w7. */
const layout: fc.Arbitrary<Layout> = fc
  .array(
    fc.record({ x: fc.nat(11), y: fc.nat(8), w: fc.integer({ min: 1, max: 6 }), h: fc.integer({ min: 1, max: 3 }) }),
    { minLength: 1, maxLength: 8 },
  )
  .map(
    (rects) =>
      sanitizeLayout(
        rects.map((rect, i) => ({ id: `w${i}`, ...rect })),
        options,
      ).layout,
  );

const gesture = fc.record({ pick: fc.nat(7), x: fc.nat(11), y: fc.nat(10) });

function move(start: Layout, { pick, x, y }: { pick: number; x: number; y: number }): Layout {
  const id = start[pick % start.length].id;
  return moveItem(start, id, x, y, options).layout;
}

const ids = (entries: readonly { id: string }[]): string[] => entries.map((entry) => entry.id).sort();

describe('dashboard preferences (core)', () => {
  it('replaying one tab’s move on the other tab’s layout always gives a valid layout of the same widgets', () => {
    fc.assert(
      fc.property(layout, gesture, gesture, (start, mine, theirs) => {
        const ours = move(start, mine);
        const other = move(start, theirs);
        const merged = rebaseLayout(start, ours, other, COLUMNS);
        expect(isValidLayout(merged, options), JSON.stringify(merged)).to.equal(true);
        expect(ids(merged)).to.deep.equal(ids(start));
      }),
      { numRuns: 200 },
    );
  });

  it('the item the user moved here ends where the user put it, whatever the other tab did to it', () => {
    fc.assert(
      fc.property(layout, gesture, gesture, (start, mine, theirs) => {
        const id = start[mine.pick % start.length].id;
        const ours = move(start, mine);
        const target = ours.find((entry) => entry.id === id)!;
        const from = start.find((entry) => entry.id === id)!;
        fc.pre(target.x !== from.x || target.y !== from.y);
        const other = move(start, theirs);
        const merged = rebaseLayout(start, ours, other, COLUMNS, false, new Set([id]));
        expect(isValidLayout(merged, options), JSON.stringify(merged)).to.equal(true);
        expect(ids(merged)).to.deep.equal(ids(start));
        // A compact grid may raise it into a row the other tab left empty; its column is the user's.
        expect(merged.find((entry) => entry.id === id)!.x, JSON.stringify({ start, ours, other, merged })).to.equal(
          target.x,
        );
      }),
      { numRuns: 300 },
    );
  });

  it('an item the other tab moved after this page’s gesture stays where the other tab put it', () => {
    fc.assert(
      fc.property(layout, gesture, gesture, (start, mine, theirs) => {
        const id = start[mine.pick % start.length].id;
        const ours = move(start, mine);
        const other = move(start, { ...theirs, pick: mine.pick });
        const from = start.find((entry) => entry.id === id)!;
        const there = other.find((entry) => entry.id === id)!;
        fc.pre(there.x !== from.x || there.y !== from.y);
        const key = (l: readonly { id: string; x: number; y: number; w: number; h: number }[]) =>
          l.map((e) => `${e.id}:${e.x},${e.y},${e.w},${e.h}`).sort();
        // The gesture made here came first: neither it nor what it pushed aside is replayed on theirs.
        const merged = rebaseLayout(start, ours, other, COLUMNS, false, new Set([id]), new Set([id]));
        expect(key(merged), JSON.stringify({ start, ours, other })).to.deep.equal(key(other));
      }),
      { numRuns: 300 },
    );
  });

  it('when only one side changed, the merge is that side', () => {
    fc.assert(
      fc.property(layout, gesture, (start, mine) => {
        const ours = move(start, mine);
        const key = (l: readonly { id: string; x: number; y: number; w: number; h: number }[]) =>
          l.map((e) => `${e.id}:${e.x},${e.y},${e.w},${e.h}`).sort();
        expect(key(rebaseLayout(start, ours, start, COLUMNS))).to.deep.equal(key(ours));
        expect(key(rebaseLayout(start, start, ours, COLUMNS))).to.deep.equal(key(ours));
      }),
      { numRuns: 100 },
    );
  });

  it('keeps widgets added and removed on both sides', () => {
    const ancestor: DashboardPreferences = { layouts: {}, widgets: [{ id: 'a', type: 'kpi' }], removed: [] };
    const ours: DashboardPreferences = {
      layouts: {},
      widgets: [
        { id: 'a', type: 'kpi' },
        { id: 'b', type: 'chart' },
      ],
      removed: ['x'],
    };
    const theirs: DashboardPreferences = {
      layouts: {},
      widgets: [
        { id: 'a', type: 'kpi' },
        { id: 'c', type: 'notes' },
      ],
      removed: ['y'],
    };
    const merged = rebasePreferences(ancestor, ours, theirs);
    expect(ids(merged.widgets)).to.deep.equal(['a', 'b', 'c']);
    expect(merged.removed.sort()).to.deep.equal(['x', 'y']);
  });

  it('names what is wrong with a value of the wrong shape, and reads anything without throwing', () => {
    const errors = validatePreferences({ layouts: { '12': { id: 'a' } }, widgets: 'no', removed: [] });
    expect(errors.map((error) => error.path)).to.deep.equal([['layouts', '12'], 'widgets']);
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const read = readPreferences(value);
        expect(validatePreferences(read)).to.deep.equal([]);
      }),
    );
  });
});
