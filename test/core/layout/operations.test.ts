import { expect } from '@open-wc/testing';
import {
  addItem,
  compact,
  findFreeSlot,
  isValidLayout,
  moveItem,
  moveItemBy,
  removeItem,
  resizeItem,
  resizeItemBy,
} from '../../../src/core/layout/index.js';
import { art, frozen, fromArt, pic } from './art.js';

const grid = { columns: 6 };
const floating = { columns: 6, float: true };

describe('moveItem', () => {
  const stack = frozen(
    fromArt(`
      aa....
      bb....
      cc....
    `),
  );

  it('swaps an item dragged down one row with the one below instead of bouncing back', () => {
    const change = moveItem(stack, 'a', 0, 1, grid);
    expect(art(change.layout, 6)).to.equal(
      pic(`
      bb....
      aa....
      cc....
    `),
    );
    expect(change.changed).to.equal(true);
    expect(change.item).to.deep.equal({ id: 'a', x: 0, y: 1, w: 2, h: 1 });
    expect(change.moved).to.deep.equal([{ id: 'b', from: { x: 0, y: 1, w: 2, h: 1 }, to: { x: 0, y: 0, w: 2, h: 1 } }]);
  });

  it('swaps with a neighbour of the same size it lands on exactly, instead of pushing a column down', () => {
    const change = moveItem(stack, 'c', 0, 0, grid);
    expect(art(change.layout, 6)).to.equal(
      pic(`
      cc....
      bb....
      aa....
    `),
    );
    expect(change.moved).to.deep.equal([{ id: 'a', from: { x: 0, y: 0, w: 2, h: 1 }, to: { x: 0, y: 2, w: 2, h: 1 } }]);
    const side = frozen(
      fromArt(`
        aa.bb.
        aa.bb.
      `),
    );
    expect(art(moveItem(side, 'a', 3, 0, grid).layout, 6)).to.equal(
      pic(`
        bb.aa.
        bb.aa.
      `),
    );
  });

  it('pushes the items it lands on down, cascading, and lists them in reading order', () => {
    const wide = frozen(
      fromArt(`
        aaa...
        bb....
        cc....
      `),
    );
    const change = moveItem(wide, 'c', 0, 0, grid);
    expect(art(change.layout, 6)).to.equal(
      pic(`
      cc....
      aaa...
      bb....
    `),
    );
    expect(change.moved.map((moved) => [moved.id, moved.to.y])).to.deep.equal([
      ['a', 1],
      ['b', 2],
    ]);
  });

  it('lets the rest rise into the space it leaves (compact)', () => {
    const change = moveItem(stack, 'a', 3, 0, grid);
    expect(art(change.layout, 6)).to.equal(
      pic(`
      bb.aa.
      cc....
    `),
    );
    expect(change.moved.map((moved) => moved.id)).to.deep.equal(['b', 'c']);
  });

  it('rises itself as far as it can (compact) and stays where it is put (float)', () => {
    expect(art(moveItem(stack, 'c', 4, 5, grid).layout, 6)).to.equal(
      pic(`
      aa..cc
      bb....
    `),
    );
    expect(art(moveItem(stack, 'c', 4, 5, floating).layout, 6)).to.equal(
      pic(`
      aa....
      bb....
      ......
      ......
      ......
      ....cc
    `),
    );
  });

  it('pushes only the items it covers when float is set', () => {
    const layout = fromArt(`
      aa.d..
      bb.d..
      ...e..
    `);
    const change = moveItem(layout, 'd', 0, 1, floating);
    expect(art(change.layout, 6)).to.equal(
      pic(`
      aa....
      d.....
      d..e..
      bb....
    `),
    );
    expect(change.moved.map((moved) => moved.id)).to.deep.equal(['b']);
  });

  it('keeps locked items fixed: pushed items flow past them', () => {
    const layout = fromArt(
      `
      aa....
      bb....
      LL....
      ccc...
    `,
      { L: { locked: true } },
    );
    const change = moveItem(layout, 'c', 0, 0, grid);
    expect(art(change.layout, 6)).to.equal(
      pic(`
      ccc...
      aa....
      LL....
      bb....
    `),
    );
    expect(change.layout.find((item) => item.id === 'L')).to.deep.equal({
      id: 'L',
      x: 0,
      y: 2,
      w: 2,
      h: 1,
      locked: true,
    });
  });

  it('lands below a locked item rather than on it', () => {
    const layout = fromArt(
      `
      aaLL..
      ..LL..
    `,
      { L: { locked: true } },
    );
    const change = moveItem(layout, 'a', 2, 0, floating);
    expect(change.item).to.deep.include({ x: 2, y: 2 });
    expect(isValidLayout(change.layout, floating)).to.equal(true);
  });

  it('refuses to move a locked or noMove item, an unknown id or a non-finite target', () => {
    const layout = fromArt(
      `
      LLmm..
    `,
      { L: { locked: true }, m: { noMove: true } },
    );
    expect(moveItem(layout, 'L', 4, 0, grid)).to.deep.include({ blocked: 'locked', changed: false, moved: [] });
    expect(moveItem(layout, 'm', 4, 0, grid)).to.deep.include({ blocked: 'no-move', changed: false });
    expect(moveItem(layout, 'zz', 4, 0, grid)).to.deep.include({ blocked: 'not-found', changed: false });
    expect(moveItem(layout, 'L', NaN, 0, grid).blocked).to.equal('locked');
    const ok = fromArt('aa....');
    expect(moveItem(ok, 'a', NaN, 0, grid).blocked).to.equal('invalid-target');
    expect(moveItem(ok, 'a', 0, Infinity, grid).blocked).to.equal('invalid-target');
    expect(moveItem(layout, 'L', 4, 0, grid).layout).to.deep.equal(layout);
  });

  it('still lets other items push a noMove item aside', () => {
    const layout = fromArt(
      `
      mm....
      aa....
    `,
      { m: { noMove: true } },
    );
    const change = moveItem(layout, 'a', 0, 0, grid);
    expect(art(change.layout, 6)).to.equal(
      pic(`
      aa....
      mm....
    `),
    );
  });

  it('clamps and rounds the target to the grid', () => {
    const layout = fromArt('aa....');
    expect(moveItem(layout, 'a', 99, -4, floating).item).to.deep.include({ x: 4, y: 0 });
    expect(moveItem(layout, 'a', 2.6, 1.4, floating).item).to.deep.include({ x: 3, y: 1 });
  });

  it('reports no change for a move to where the item already is', () => {
    const change = moveItem(stack, 'b', 0, 1, grid);
    expect(change.changed).to.equal(false);
    expect(change.blocked).to.equal(undefined);
    expect(change.layout).to.deep.equal(stack);
  });

  it('refuses a move whose pushes would not fit within maxRows', () => {
    const change = moveItem(stack, 'c', 0, 0, { columns: 6, maxRows: 3, float: true });
    expect(change.changed).to.equal(true);
    const full = fromArt(`
      aaa...
      bb....
      cc....
    `);
    const blocked = moveItem(full, 'a', 0, 2, { columns: 6, maxRows: 3, float: true });
    expect(blocked.blocked).to.equal('no-room');
    expect(blocked.layout).to.deep.equal(full);
  });

  it('depends only on the layout it is given and the target, so drag steps never drift', () => {
    const start = fromArt(`
      aabbcc
      ddeeff
      gghhii
    `);
    const direct = moveItem(start, 'a', 2, 1, grid);
    moveItem(start, 'a', 4, 2, grid);
    moveItem(start, 'a', 0, 2, grid);
    expect(moveItem(start, 'a', 2, 1, grid)).to.deep.equal(direct);
  });

  it('returns new objects and never changes its input', () => {
    const change = moveItem(stack, 'a', 0, 2, grid);
    for (const item of change.layout) expect(stack).not.to.include(item);
    expect(art(stack, 6)).to.equal(
      pic(`
      aa....
      bb....
      cc....
    `),
    );
  });

  it('sanitizes a broken layout before working on it', () => {
    const change = moveItem([{ id: 'a', x: '0', y: 0, w: 2, h: 1 }, { id: 'a' }, null] as never, 'a', 2, 0, grid);
    expect(change.layout).to.deep.equal([{ id: 'a', x: 2, y: 0, w: 2, h: 1 }]);
  });
});

describe('moveItemBy', () => {
  it('moves a compacted item past a taller neighbour in one step', () => {
    const layout = fromArt(`
      a.....
      b.....
      b.....
      b.....
    `);
    const change = moveItemBy(layout, 'a', 0, 1, grid);
    expect(art(change.layout, 6)).to.equal(
      pic(`
      b.....
      b.....
      b.....
      a.....
    `),
    );
    expect(change.moved).to.have.length(1);
  });

  it('moves up past a neighbour and reports no change at the top', () => {
    const layout = fromArt(`
      a.....
      bb....
    `);
    expect(art(moveItemBy(layout, 'b', 0, -1, grid).layout, 6)).to.equal(
      pic(`
      bb....
      a.....
    `),
    );
    expect(moveItemBy(layout, 'a', 0, -1, grid).changed).to.equal(false);
  });

  it('stops at the grid edge', () => {
    const layout = fromArt('....aa');
    expect(moveItemBy(layout, 'a', 1, 0, grid).changed).to.equal(false);
    expect(moveItemBy(layout, 'a', -1, 0, grid).item).to.deep.include({ x: 3 });
  });

  it('reports no change when nothing can change (the last item, moving down)', () => {
    const layout = fromArt(`
      ab....
      .b....
    `);
    expect(moveItemBy(layout, 'a', 0, 1, grid).changed).to.equal(false);
  });

  it('moves exactly one cell when float is set', () => {
    expect(moveItemBy(fromArt('a.....'), 'a', 0, 1, floating).item).to.deep.include({ x: 0, y: 1 });
  });

  it('refuses locked items', () => {
    expect(moveItemBy(fromArt('a.....', { a: { locked: true } }), 'a', 1, 0, grid).blocked).to.equal('locked');
  });
});

describe('resizeItem', () => {
  it('grows over neighbours, pushing them down', () => {
    const layout = fromArt(`
      ab....
      cc....
    `);
    const change = resizeItem(layout, 'a', 2, 2, grid);
    expect(art(change.layout, 6)).to.equal(
      pic(`
      aa....
      aa....
      .b....
      cc....
    `),
    );
    expect(change.moved.map((moved) => moved.id)).to.deep.equal(['b', 'c']);
  });

  it('lets the items below rise when it shrinks (compact), not when float is set', () => {
    const layout = fromArt(`
      aa....
      aa....
      bb....
    `);
    expect(art(resizeItem(layout, 'a', 2, 1, grid).layout, 6)).to.equal(
      pic(`
      aa....
      bb....
    `),
    );
    expect(art(resizeItem(layout, 'a', 2, 1, floating).layout, 6)).to.equal(
      pic(`
      aa....
      ......
      bb....
    `),
    );
  });

  it('clamps to the item min and max and to the grid edge', () => {
    const layout = [{ id: 'a', x: 3, y: 0, w: 2, h: 2, minW: 2, maxW: 4, minH: 2, maxH: 3 }];
    expect(resizeItem(layout, 'a', 1, 1, grid).item).to.deep.include({ w: 2, h: 2 });
    expect(resizeItem(layout, 'a', 9, 9, grid).item).to.deep.include({ x: 3, w: 3, h: 3 });
    expect(resizeItem(layout, 'a', 9, 9, { columns: 6, maxRows: 2 }).item).to.deep.include({ h: 2 });
  });

  it('refuses locked and noResize items and non-finite sizes', () => {
    const layout = fromArt('LLrraa', { L: { locked: true }, r: { noResize: true } });
    expect(resizeItem(layout, 'L', 1, 1, grid).blocked).to.equal('locked');
    expect(resizeItem(layout, 'r', 1, 1, grid).blocked).to.equal('no-resize');
    expect(resizeItem(layout, 'a', NaN, 1, grid).blocked).to.equal('invalid-target');
    expect(resizeItem(layout, 'x', 1, 1, grid).blocked).to.equal('not-found');
  });

  it('pushes items past a locked one', () => {
    const layout = fromArt(
      `
      ab....
      .L....
    `,
      { L: { locked: true } },
    );
    const change = resizeItem(layout, 'a', 2, 1, grid);
    expect(art(change.layout, 6)).to.equal(
      pic(`
      aa....
      .L....
      .b....
    `),
    );
  });

  it('resizes by whole cells with resizeItemBy', () => {
    const change = resizeItemBy(fromArt('aa....'), 'a', 1, 1, grid);
    expect(change.item).to.deep.include({ w: 3, h: 2 });
  });
});

describe('addItem', () => {
  const layout = frozen(
    fromArt(`
      aa..bb
      cccccc
    `),
  );

  it('takes the first free slot, row by row and left to right, moving nothing', () => {
    const change = addItem(layout, { id: 'n', w: 2, h: 1 }, grid);
    expect(art(change.layout, 6)).to.equal(
      pic(`
      aannbb
      cccccc
    `),
    );
    expect(change.moved).to.deep.equal([]);
    expect(change.item).to.deep.equal({ id: 'n', x: 2, y: 0, w: 2, h: 1 });
    expect(change.layout.at(-1)!.id).to.equal('n');
  });

  it('goes below when nothing above fits its size', () => {
    const change = addItem(layout, { id: 'n', w: 3, h: 1 }, grid);
    expect(change.item).to.deep.include({ x: 0, y: 2 });
  });

  it('is placed where asked, pushing others aside, when given a position', () => {
    const change = addItem(layout, { id: 'n', x: 0, y: 0, w: 6, h: 1 }, grid);
    expect(art(change.layout, 6)).to.equal(
      pic(`
      nnnnnn
      aa..bb
      cccccc
    `),
    );
    expect(change.moved.map((moved) => moved.id)).to.deep.equal(['a', 'b', 'c']);
  });

  it('clamps the size to its min/max and the grid, and gives a missing size its minimum', () => {
    expect(addItem(layout, { id: 'n', w: 40, h: 1 }, grid).item).to.deep.include({ w: 6 });
    expect(addItem(layout, { id: 'n', minW: 2, minH: 2 }, grid).item).to.deep.include({ w: 2, h: 2 });
  });

  it('refuses a duplicate id, an item without id, and an item that does not fit', () => {
    expect(addItem(layout, { id: 'a', w: 1, h: 1 }, grid).blocked).to.equal('duplicate-id');
    expect(addItem(layout, { id: '' }, grid).blocked).to.equal('invalid-item');
    expect(addItem(layout, null as never, grid).blocked).to.equal('invalid-item');
    const full = addItem(layout, { id: 'n', w: 3, h: 1 }, { columns: 6, maxRows: 2 });
    expect(full.blocked).to.equal('no-room');
    expect(full.layout).to.deep.equal(layout);
  });

  it('previews the slot with findFreeSlot', () => {
    expect(findFreeSlot(layout, 2, 1, grid)).to.deep.equal({ x: 2, y: 0 });
    expect(findFreeSlot(layout, 2, 2, grid)).to.deep.equal({ x: 0, y: 2 });
    expect(findFreeSlot(layout, 2, 1, { columns: 6, maxRows: 2 })).to.deep.equal({ x: 2, y: 0 });
    expect(findFreeSlot(layout, 3, 1, { columns: 6, maxRows: 2 })).to.equal(undefined);
  });
});

describe('removeItem', () => {
  const layout = frozen(
    fromArt(`
      aabb..
      aacc..
      dd....
    `),
  );

  it('removes the item and lets the ones below rise (compact)', () => {
    const change = removeItem(layout, 'a', grid);
    expect(art(change.layout, 6)).to.equal(
      pic(`
      ddbb..
      ..cc..
    `),
    );
    expect(change.item).to.deep.equal({ id: 'a', x: 0, y: 0, w: 2, h: 2 });
    expect(change.moved).to.deep.equal([{ id: 'd', from: { x: 0, y: 2, w: 2, h: 1 }, to: { x: 0, y: 0, w: 2, h: 1 } }]);
  });

  it('moves nothing when float is set', () => {
    const change = removeItem(layout, 'a', floating);
    expect(art(change.layout, 6)).to.equal(
      pic(`
      ..bb..
      ..cc..
      dd....
    `),
    );
    expect(change.moved).to.deep.equal([]);
  });

  it('can remove a locked item and reports an unknown id', () => {
    const locked = fromArt('LL....', { L: { locked: true } });
    expect(removeItem(locked, 'L', grid).layout).to.deep.equal([]);
    expect(removeItem(layout, 'zz', grid)).to.deep.include({ blocked: 'not-found', changed: false });
  });
});

describe('compact', () => {
  it('lets every item rise, even when float is set, without jumping over locked items', () => {
    const layout = fromArt(
      `
      ..a...
      LL....
      b.....
      ...cc.
    `,
      { L: { locked: true } },
    );
    const change = compact(layout, floating);
    expect(art(change.layout, 6)).to.equal(
      pic(`
      ..acc.
      LL....
      b.....
    `),
    );
    expect(change.moved.map((moved) => moved.id)).to.deep.equal(['c']);
  });

  it('reports no change for a compact layout', () => {
    const layout = fromArt(`
      aabb..
      cc....
    `);
    const change = compact(layout, grid);
    expect(change.changed).to.equal(false);
    expect(change.layout).to.deep.equal(layout);
  });
});

describe('same-size swap', () => {
  it('any item moved exactly onto one unlocked neighbour of its size trades places with it, and the layout stays valid', async () => {
    const fc = (await import('fast-check')).default;
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 2 }),
        fc.nat(1),
        fc.boolean(),
        (w, h, row, float) => {
          const options = { columns: 6, float };
          const a = { id: 'a', x: 0, y: row * h, w, h };
          const b = { id: 'b', x: 3, y: row * h, w, h };
          const change = moveItem([a, b], 'a', 3, row * h, options);
          expect(isValidLayout(change.layout, options)).to.equal(true);
          const byId = new Map(change.layout.map((item) => [item.id, item]));
          expect(byId.get('a')!.x).to.equal(3);
          expect(byId.get('b')!.x).to.equal(0);
          expect(byId.get('a')!.y).to.equal(byId.get('b')!.y);
          expect(change.moved.map((moved) => moved.id)).to.deep.equal(['b']);
        },
      ),
    );
  });
});
