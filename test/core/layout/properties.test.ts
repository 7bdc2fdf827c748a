import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  addItem,
  breakpointFor,
  compact,
  isValidLayout,
  layoutForColumns,
  layoutsEqual,
  moveItem,
  moveItemBy,
  removeItem,
  resizeItem,
  resizeItemBy,
  sanitizeLayout,
  storedColumns,
  syncLayouts,
  type Layout,
  type LayoutChange,
  type LayoutItem,
} from '../../../src/core/layout/index.js';
import { frozen } from './art.js';

const BREAKPOINTS = { 0: 1, 300: 2, 480: 4, 600: 6, 768: 8, 1024: 12 };
const FIELDS = new Set(['id', 'x', 'y', 'w', 'h', 'minW', 'minH', 'maxW', 'maxH', 'locked', 'noMove', 'noResize']);

type Command =
  | { kind: 'move'; pick: number; x: number; y: number }
  | { kind: 'moveBy'; pick: number; dx: number; dy: number }
  | { kind: 'resize'; pick: number; w: number; h: number }
  | { kind: 'resizeBy'; pick: number; dw: number; dh: number }
  | { kind: 'add'; n: number; w: number; h: number; at?: { x: number; y: number }; locked: boolean; minW?: number }
  | { kind: 'remove'; pick: number }
  | { kind: 'compact' }
  | { kind: 'width'; width: number };

const pick = fc.nat(30);
const command: fc.Arbitrary<Command> = fc.oneof(
  fc.record({
    kind: fc.constant('move' as const),
    pick,
    x: fc.integer({ min: -2, max: 14 }),
    y: fc.integer({ min: -2, max: 20 }),
  }),
  fc.record({
    kind: fc.constant('moveBy' as const),
    pick,
    dx: fc.integer({ min: -1, max: 1 }),
    dy: fc.integer({ min: -1, max: 1 }),
  }),
  fc.record({
    kind: fc.constant('resize' as const),
    pick,
    w: fc.integer({ min: 0, max: 14 }),
    h: fc.integer({ min: 0, max: 6 }),
  }),
  fc.record({
    kind: fc.constant('resizeBy' as const),
    pick,
    dw: fc.integer({ min: -1, max: 1 }),
    dh: fc.integer({ min: -1, max: 1 }),
  }),
  fc.record(
    {
      kind: fc.constant('add' as const),
      n: fc.nat(50),
      w: fc.integer({ min: 1, max: 6 }),
      h: fc.integer({ min: 1, max: 3 }),
      at: fc.option(fc.record({ x: fc.nat(12), y: fc.nat(12) }), { nil: undefined }),
      locked: fc.boolean(),
      minW: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
    },
    { requiredKeys: ['kind', 'n', 'w', 'h', 'locked'] },
  ),
  fc.record({ kind: fc.constant('remove' as const), pick }),
  fc.record({ kind: fc.constant('compact' as const) }),
  fc.record({ kind: fc.constant('width' as const), width: fc.integer({ min: 0, max: 1400 }) }),
);

const initialItem = fc.record(
  {
    id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', '__proto__', 'constructor'),
    x: fc.integer({ min: 0, max: 12 }),
    y: fc.integer({ min: 0, max: 10 }),
    w: fc.integer({ min: 1, max: 12 }),
    h: fc.integer({ min: 1, max: 4 }),
    locked: fc.boolean(),
    noMove: fc.boolean(),
    noResize: fc.boolean(),
    minW: fc.integer({ min: 1, max: 4 }),
    maxH: fc.integer({ min: 1, max: 3 }),
  },
  { requiredKeys: ['id', 'x', 'y', 'w', 'h'] },
);

interface Session {
  float: boolean;
  maxRows: number | undefined;
}

/**
 * Plays a sequence of commands the way a dashboard would: the layout of the active column count is
 * edited, each committed change is synced to the other stored layouts, and a width change shows the
 * layout for the new column count. Checks the invariants after every step and returns every layout
 * seen, for the determinism check.
 */
function play(initial: unknown[], commands: Command[], { float, maxRows }: Session): Layout[] {
  let columns = 12;
  const options = (): { columns: number; float: boolean; maxRows: number | undefined } => ({ columns, float, maxRows });
  let layout = sanitizeLayout(initial, options()).layout;
  let stored: Record<string, Layout> = { 12: layout };
  const seen: Layout[] = [layout];

  for (const step of commands) {
    if (step.kind === 'width') {
      columns = breakpointFor(step.width, BREAKPOINTS)!.columns;
      const shown = layoutForColumns(stored, columns, { float, maxRows });
      layout = shown.layout;
      expect(isValidLayout(layout, options()), 'layout shown after a width change').to.equal(true);
      seen.push(layout);
      continue;
    }
    const before = frozen(layout.map((item) => Object.freeze({ ...item })));
    const id = (n: number): string => (before.length > 0 ? before[n % before.length].id : 'none');
    let change: LayoutChange;
    switch (step.kind) {
      case 'move':
        change = moveItem(before, id(step.pick), step.x, step.y, options());
        break;
      case 'moveBy':
        change = moveItemBy(before, id(step.pick), step.dx, step.dy, options());
        break;
      case 'resize':
        change = resizeItem(before, id(step.pick), step.w, step.h, options());
        break;
      case 'resizeBy':
        change = resizeItemBy(before, id(step.pick), step.dw, step.dh, options());
        break;
      case 'add': {
        const item: Partial<LayoutItem> & { id: string } = { id: `n${step.n}`, w: step.w, h: step.h, ...step.at };
        if (step.locked) item.locked = true;
        if (step.minW !== undefined) item.minW = step.minW;
        change = addItem(before, item, options());
        break;
      }
      case 'remove':
        change = removeItem(before, id(step.pick), options());
        break;
      case 'compact':
        change = compact(before, options());
        break;
    }
    checkChange(before, change, step, options());
    layout = change.layout;
    const removed = before.filter((item) => !layout.some((other) => other.id === item.id)).map((item) => item.id);
    stored = syncLayouts(stored, columns, layout, { float, maxRows, removed }).layouts;
    for (const count of storedColumns(stored)) {
      expect(isValidLayout(stored[count], { columns: count, float, maxRows }), `stored layout at ${count}`).to.equal(
        true,
      );
      if (maxRows === undefined) {
        expect(new Set(stored[count].map((item) => item.id)), 'same widgets at every width').to.deep.equal(
          new Set(layout.map((item) => item.id)),
        );
      }
      for (const id of removed)
        expect(
          stored[count].some((item) => item.id === id),
          'removed everywhere',
        ).to.equal(false);
    }
    seen.push(layout);
  }
  return seen;
}

function checkChange(
  before: readonly LayoutItem[],
  change: LayoutChange,
  step: Command,
  options: { columns: number; float: boolean; maxRows: number | undefined },
): void {
  const after = change.layout;
  expect(isValidLayout(after, options), `valid after ${step.kind}`).to.equal(true);

  const inputs = new Set<object>(before);
  for (const item of after) {
    expect(inputs.has(item), 'a new object').to.equal(false);
    for (const key of Object.keys(item))
      expect(FIELDS.has(key) && item[key as keyof LayoutItem] !== undefined, `field ${key}`).to.equal(true);
  }

  const next = new Map(after.map((item) => [item.id, item]));
  for (const item of before) {
    if (!item.locked) continue;
    const now = next.get(item.id);
    if (step.kind === 'remove' && !now) continue;
    expect(now, `locked ${item.id} after ${step.kind}`).to.deep.equal(item);
  }

  if (change.blocked) expect(after).to.deep.equal(before);
  expect(change.changed, `changed flag of ${step.kind}`).to.equal(!layoutsEqual(before, after));

  const previous = new Map(before.map((item) => [item.id, item]));
  const reported = new Map(change.moved.map((moved) => [moved.id, moved]));
  for (const item of after) {
    const was = previous.get(item.id);
    if (!was || item.id === change.item?.id) continue;
    const differs = was.x !== item.x || was.y !== item.y || was.w !== item.w || was.h !== item.h;
    expect(reported.has(item.id), `${item.id} in moved after ${step.kind}`).to.equal(differs);
    if (differs) {
      expect(reported.get(item.id)).to.deep.equal({
        id: item.id,
        from: { x: was.x, y: was.y, w: was.w, h: was.h },
        to: { x: item.x, y: item.y, w: item.w, h: item.h },
      });
    }
  }

  if (!options.float) {
    expect(compact(after, options).changed, `compact after ${step.kind}`).to.equal(false);
  }
}

describe('layout engine properties', () => {
  const session = fc.record({
    float: fc.boolean(),
    maxRows: fc.option(fc.integer({ min: 4, max: 30 }), { nil: undefined }),
  });

  it('keeps every layout valid, locked items fixed, ids unique, the moved list exact, and is deterministic', () => {
    fc.assert(
      fc.property(
        fc.array(initialItem, { maxLength: 14 }),
        fc.array(command, { maxLength: 30 }),
        session,
        (initial, commands, options) => {
          const first = play(initial, commands, options);
          const second = play(structuredClone(initial), commands, options);
          expect(second).to.deep.equal(first);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps large layouts valid through drags of random items', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            x: fc.nat(11),
            y: fc.nat(60),
            w: fc.integer({ min: 1, max: 6 }),
            h: fc.integer({ min: 1, max: 4 }),
            locked: fc.boolean(),
          }),
          {
            minLength: 100,
            maxLength: 300,
          },
        ),
        fc.array(fc.record({ pick: fc.nat(400), x: fc.nat(12), y: fc.nat(80) }), { minLength: 1, maxLength: 10 }),
        fc.boolean(),
        (items, drags, float) => {
          const options = { columns: 12, float };
          const raw = items.map((item, i) => ({ ...item, id: `w${i}`, locked: item.locked && i % 10 === 0 }));
          const start = sanitizeLayout(raw, options).layout;
          for (const drag of drags) {
            const change = moveItem(start, start[drag.pick % start.length].id, drag.x, drag.y, options);
            checkChange(
              start,
              change,
              { kind: 'move', pick: drag.pick, x: drag.x, y: drag.y },
              { ...options, maxRows: undefined },
            );
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
