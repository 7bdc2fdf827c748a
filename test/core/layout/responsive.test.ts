import { expect } from '@open-wc/testing';
import {
  breakpointFor,
  isValidLayout,
  layoutForColumns,
  layoutsEqual,
  moveItem,
  normalizeBreakpoints,
  reconcileLayout,
  reflow,
  removeItem,
  rowCount,
  sortByPosition,
  storedColumns,
  syncLayouts,
  type LayoutItem,
} from '../../../src/core/layout/index.js';
import { art, frozen, fromArt, pic } from './art.js';

const dashboard = frozen(
  fromArt(`
    aaaaaabbbbbb
    aaaaaabbbbbb
    cccdddddddee
  `),
);

describe('breakpointFor', () => {
  const breakpoints = { 0: 1, 480: 4, 768: 8, 1024: 12 };

  it('picks the breakpoint with the largest minWidth not above the width', () => {
    expect(breakpointFor(900, breakpoints)).to.deep.equal({ minWidth: 768, columns: 8 });
    expect(breakpointFor(768, breakpoints)).to.deep.equal({ minWidth: 768, columns: 8 });
    expect(breakpointFor(5000, breakpoints)).to.deep.equal({ minWidth: 1024, columns: 12 });
    expect(breakpointFor(0, breakpoints)).to.deep.equal({ minWidth: 0, columns: 1 });
  });

  it('falls back to the narrowest breakpoint below every minWidth or for a broken width', () => {
    expect(breakpointFor(100, { 600: 6, 1200: 12 })).to.deep.equal({ minWidth: 600, columns: 6 });
    expect(breakpointFor(NaN, breakpoints)).to.deep.equal({ minWidth: 0, columns: 1 });
  });

  it('accepts JSON string keys and an array of breakpoints', () => {
    expect(breakpointFor(500, JSON.parse('{"0":"2","480":6}') as never)).to.deep.equal({ minWidth: 480, columns: 6 });
    expect(
      breakpointFor(500, [
        { minWidth: 480, columns: 6 },
        { minWidth: 0, columns: 2 },
      ]),
    ).to.deep.equal({ minWidth: 480, columns: 6 });
  });

  it('is undefined without a usable breakpoint', () => {
    expect(breakpointFor(500, {})).to.equal(undefined);
    expect(breakpointFor(500, { 0: 0, 100: 2.5 })).to.equal(undefined);
  });
});

describe('normalizeBreakpoints', () => {
  it('sorts by width and reports the entries it ignores', () => {
    const { breakpoints, problems } = normalizeBreakpoints({ 1024: 12, 0: 1, '-5': 3, wide: 8, 600: 'lots', 480: 4 });
    expect(breakpoints).to.deep.equal([
      { minWidth: 0, columns: 1 },
      { minWidth: 480, columns: 4 },
      { minWidth: 1024, columns: 12 },
    ]);
    expect(problems.map((problem) => problem.code)).to.deep.equal([
      'invalid-breakpoint',
      'invalid-breakpoint',
      'invalid-breakpoint',
    ]);
  });

  it('reports a value that is not breakpoints at all', () => {
    expect(normalizeBreakpoints('12').problems).to.have.length(1);
    expect(normalizeBreakpoints(null).breakpoints).to.deep.equal([]);
  });
});

describe('reflow', () => {
  it('lists items in reading order in one column', () => {
    const { layout, problems } = reflow(dashboard, 12, 1);
    expect(art(layout, 1)).to.equal(
      pic(`
      a
      a
      b
      b
      c
      d
      e
    `),
    );
    expect(problems).to.deep.equal([]);
  });

  it('scales columns and widths, keeping the arrangement', () => {
    expect(art(reflow(dashboard, 12, 6).layout, 6)).to.equal(
      pic(`
      aaabbb
      aaabbb
      ccdddd
      .....e
    `),
    );
  });

  it('respects min and max widths, capped by the column count', () => {
    const layout = [
      { id: 'a', x: 0, y: 0, w: 4, h: 1, minW: 3 },
      { id: 'b', x: 4, y: 0, w: 8, h: 1, maxW: 8 },
    ];
    const narrow = reflow(layout, 12, 4).layout;
    expect(narrow.find((item) => item.id === 'a')).to.deep.include({ w: 3 });
    expect(reflow(layout, 12, 2).layout.find((item) => item.id === 'a')).to.deep.include({ w: 2 });
    expect(reflow([{ id: 'b', x: 0, y: 0, w: 3, h: 1, maxW: 3 }], 3, 12).layout[0]).to.deep.include({ w: 3 });
  });

  it('keeps locked items in their row; the others flow around them', () => {
    const layout = fromArt(
      `
      aaaaaaLLLLLL
      bbbbbbbbbbbb
    `,
      { L: { locked: true } },
    );
    const { layout: narrow } = reflow(layout, 12, 1);
    expect(narrow.find((item) => item.id === 'L')).to.deep.include({ x: 0, y: 0, locked: true });
    expect(isValidLayout(narrow, { columns: 1 })).to.equal(true);
  });

  it('changes nothing when the column count stays', () => {
    expect(reflow(dashboard, 12, 12).layout).to.deep.equal(dashboard);
  });

  it('drops and reports what no longer fits within maxRows', () => {
    const { layout, problems } = reflow(dashboard, 12, 1, { maxRows: 5 });
    expect(layout.map((item) => item.id)).to.deep.equal(['a', 'b', 'c']);
    expect(problems.map((problem) => [problem.code, problem.id])).to.deep.equal([
      ['no-room', 'd'],
      ['no-room', 'e'],
    ]);
  });

  it('is deterministic and leaves its input alone', () => {
    expect(reflow(dashboard, 12, 5)).to.deep.equal(reflow(dashboard, 12, 5));
    for (const item of reflow(dashboard, 12, 5).layout) expect(dashboard).not.to.include(item);
  });
});

describe('layouts per column count', () => {
  it('gives back the stored layout exactly after going 12 -> 6 -> 12', () => {
    let stored: Record<string, LayoutItem[]> = { 12: [...dashboard] };
    const six = layoutForColumns(stored, 6);
    expect(six.source).to.deep.equal({ kind: 'derived', columns: 12 });
    const moved = moveItem(six.layout, 'e', 0, 0, { columns: 6 });
    stored = syncLayouts(stored, 6, moved.layout).layouts;
    const back = layoutForColumns(stored, 12);
    expect(back.source).to.deep.equal({ kind: 'stored' });
    expect(back.layout).to.deep.equal(dashboard);
    expect(layoutForColumns(stored, 6).layout).to.deep.equal(moved.layout);
  });

  it('derives from the nearest larger stored layout, else from the largest smaller one', () => {
    const stored = {
      12: [...dashboard],
      8: reflow(dashboard, 12, 8).layout,
      2: reflow(dashboard, 12, 2).layout,
    };
    expect(layoutForColumns(stored, 6).source).to.deep.equal({ kind: 'derived', columns: 8 });
    expect(layoutForColumns(stored, 16).source).to.deep.equal({ kind: 'derived', columns: 12 });
    expect(layoutForColumns({}, 6)).to.deep.equal({ layout: [], problems: [], source: { kind: 'empty' } });
  });

  it('ignores keys that are not column counts and sanitizes what is stored', () => {
    const stored = JSON.parse(
      '{"12":[{"id":"a","x":0,"y":0,"w":20,"h":1},{"id":"a"}],"twelve":[],"012":[],"3":"oops","__proto__":[{"id":"p"}]}',
    ) as unknown;
    expect(storedColumns(stored)).to.deep.equal([12]);
    const { layout, problems, source } = layoutForColumns(stored, 12);
    expect(source.kind).to.equal('stored');
    expect(layout).to.deep.equal([{ id: 'a', x: 0, y: 0, w: 12, h: 1 }]);
    expect(problems.map((problem) => problem.code)).to.deep.equal(['out-of-bounds', 'duplicate-id']);
    expect(storedColumns('nope')).to.deep.equal([]);
  });

  it('carries a removal to the other stored layouts, letting their items rise', () => {
    const stored = { 12: [...dashboard], 1: reflow(dashboard, 12, 1).layout };
    const change = removeItem(dashboard, 'b', { columns: 12 });
    const synced = syncLayouts(stored, 12, change.layout);
    expect(art(synced.layouts['1'], 1)).to.equal(
      pic(`
      a
      a
      c
      d
      e
    `),
    );
  });

  it('adds a new item to the other stored layouts in a free slot without moving their items', () => {
    const one = frozen(moveItem(reflow(dashboard, 12, 1).layout, 'e', 0, 0, { columns: 1 }).layout);
    const added = [...dashboard, { id: 'f', x: 0, y: 3, w: 6, h: 1, minH: 1 }];
    const synced = syncLayouts({ 12: dashboard, 1: one }, 12, added);
    const narrow = synced.layouts['1'];
    for (const item of one) expect(narrow).to.deep.include(item);
    expect(narrow.find((item) => item.id === 'f')).to.deep.equal({ id: 'f', x: 0, y: 7, w: 1, h: 1, minH: 1 });
  });

  it('copies constraints and flags to the other stored layouts', () => {
    const locked = dashboard.map((item) => (item.id === 'c' ? { ...item, locked: true } : item));
    const synced = syncLayouts({ 12: dashboard, 6: reflow(dashboard, 12, 6).layout }, 12, locked);
    expect(synced.layouts['6'].find((item) => item.id === 'c')).to.deep.include({ locked: true });
  });

  it('leaves unstored column counts unstored', () => {
    expect(Object.keys(syncLayouts({ 12: dashboard }, 12, dashboard).layouts)).to.deep.equal(['12']);
    expect(Object.keys(syncLayouts({}, 4, reflow(dashboard, 12, 4).layout).layouts)).to.deep.equal(['4']);
  });

  it('does not remove elsewhere what only lacked room here when told what was removed', () => {
    const options = { maxRows: 5 };
    const narrow = layoutForColumns({ 12: dashboard }, 1, options);
    expect(narrow.layout.map((item) => item.id)).to.deep.equal(['a', 'b', 'c']);
    const change = removeItem(narrow.layout, 'c', { columns: 1, ...options });
    const synced = syncLayouts({ 12: dashboard }, 1, change.layout, { ...options, removed: ['c'] });
    expect(synced.layouts['12'].map((item) => item.id).sort()).to.deep.equal(['a', 'b', 'd', 'e']);
  });
});

describe('reconcileLayout', () => {
  const user = frozen(
    fromArt(`
      bbbbbbaaaaaa
      bbbbbbaaaaaa
    `),
  );

  it('adds a widget from a newer default in a free slot without moving the user widgets', () => {
    const defaults = [...dashboard, { id: 'n', x: 0, y: 3, w: 4, h: 1 }];
    const { layout } = reconcileLayout(
      user,
      12,
      defaults.filter((item) => !['c', 'd', 'e'].includes(item.id)),
      12,
      {
        removed: [],
      },
    );
    expect(art(layout, 12)).to.equal(
      pic(`
      bbbbbbaaaaaa
      bbbbbbaaaaaa
      nnnn........
    `),
    );
  });

  it('settles a stored layout with the reference flags on: a locked item does not rise', () => {
    // Stored layouts hold only id, x, y, w, h. The user moved "a" away from above the locked "l".
    const stored = [
      { id: 'a', x: 6, y: 2, w: 6, h: 3 },
      { id: 'l', x: 0, y: 3, w: 6, h: 2 },
    ];
    const reference = [
      { id: 'a', x: 0, y: 0, w: 6, h: 3 },
      { id: 'l', x: 0, y: 3, w: 6, h: 2, locked: true },
    ];
    const { layout } = reconcileLayout(stored, 12, reference, 12, { removed: [] });
    expect(layout).to.deep.equal([
      { id: 'a', x: 6, y: 0, w: 6, h: 3 },
      { id: 'l', x: 0, y: 3, w: 6, h: 2, locked: true },
    ]);
  });

  it('keeps exactly the reference items without a removed list', () => {
    const { layout } = reconcileLayout(user, 12, [dashboard[0]], 12);
    expect(layout).to.deep.equal([{ id: 'a', x: 6, y: 0, w: 6, h: 2 }]);
  });
});

describe('sortByPosition, layoutsEqual and rowCount', () => {
  const layout = frozen([
    { id: 'late', x: 0, y: 3, w: 1, h: 1 },
    { id: 'right', x: 4, y: 0, w: 2, h: 1 },
    { id: 'left', x: 0, y: 0, w: 2, h: 3 },
  ]);

  it('orders by row, then column', () => {
    expect(sortByPosition(layout).map((item) => item.id)).to.deep.equal(['left', 'right', 'late']);
    expect(sortByPosition(layout)[0]).not.to.equal(layout[2]);
  });

  it('compares layouts by id, ignoring array order', () => {
    expect(layoutsEqual(layout, [...layout].reverse())).to.equal(true);
    expect(
      layoutsEqual(
        layout,
        layout.map((item) => (item.id === 'late' ? { ...item, y: 4 } : item)),
      ),
    ).to.equal(false);
    expect(
      layoutsEqual(
        layout,
        layout.map((item) => (item.id === 'late' ? { ...item, locked: true } : item)),
      ),
    ).to.equal(false);
    expect(
      layoutsEqual(
        layout,
        layout.map((item) => (item.id === 'late' ? { ...item, locked: false } : item)),
      ),
    ).to.equal(true);
    expect(layoutsEqual(layout, layout.slice(1))).to.equal(false);
    expect(layoutsEqual([layout[0], layout[0]], [layout[0], layout[1]])).to.equal(false);
  });

  it('counts the rows used', () => {
    expect(rowCount(layout)).to.equal(4);
    expect(rowCount([])).to.equal(0);
  });
});
