// gridstack 14's engine, driven the way GridStack drives it, in a worker: its slow operations run
// for minutes at 1,000 widgets and cannot be interrupted on the page, but a worker can be
// terminated. The page (layout.bench.ts) sends one task per figure and receives the samples.
import { GridStackEngine } from 'gridstack/dist/gridstack-engine.js';
import type { GridStackNode } from 'gridstack/dist/types.js';
import type { Layout } from '../src/core/layout/index.js';
import { COLUMNS, cleanLayout, gappyLayout, overlappingLayout, positionsOf, topOf } from './layout-fixtures.js';

/** What the page asks for: one figure. */
export interface GridstackTask {
  name: string;
  n: number;
  runs: number;
  budgetMs: number;
}

/** What the worker reports: a timed run starts, a sample (with checks after the first), the end. */
export type GridstackMessage =
  | { type: 'start' }
  | { type: 'sample'; ms: number; warmup: boolean; checks?: Record<string, unknown> }
  | { type: 'done' };

/** Engine members gridstack strips from its typings (`@internal`) but GridStack itself calls. */
interface EngineInternals {
  _loading?: boolean;
  cleanNodes(): Engine;
  cacheRects(w: number, h: number, top: number, right: number, bottom: number, left: number): Engine;
  columnChanged(previous: number, column: number): Engine;
}
type Engine = GridStackEngine & EngineInternals;
type Node = GridStackNode & { _moving?: boolean };

/** What GridStack.load does to its engine for a blank grid, without the DOM. */
function load(items: Layout, mode: 'top' | 'float' = 'top'): Engine {
  const engine = new GridStackEngine({ column: COLUMNS, mode }) as Engine;
  const nodes: GridStackNode[] = items.map((item) => ({ id: item.id, x: item.x, y: item.y, w: item.w, h: item.h }));
  nodes.sort((a, b) => a.y! - b.y! || a.x! - b.x!);
  engine.batchUpdate();
  engine._loading = true;
  for (const node of nodes) engine.addNode(node, true);
  delete engine._loading;
  engine.batchUpdate(false);
  return engine;
}

function snapshot(engine: Engine): Layout {
  return engine.nodes.map((node) => ({ id: String(node.id), x: node.x!, y: node.y!, w: node.w!, h: node.h! }));
}

function restore(engine: Engine, layout: Layout): void {
  const byId = new Map(layout.map((item) => [item.id, item]));
  for (const node of engine.nodes) {
    const item = byId.get(String(node.id))!;
    node.x = item.x;
    node.y = item.y;
    node.w = item.w;
    node.h = item.h;
  }
}

const CELL = 100;

/** One untimed preparation and one timed operation; `check` looks at the result of the first. */
interface Trial<S> {
  setup(): S;
  run(state: S): void;
  check?(state: S): Record<string, unknown>;
}

function trial(name: string, n: number): Trial<unknown> {
  const clean = cleanLayout(n);
  const same = (engine: Engine, layout: Layout): boolean => positionsOf(snapshot(engine)) === positionsOf(layout);
  const top = topOf(clean);
  let shared: { engine: Engine; node: Node; loaded: Layout } | undefined;
  const sharedEngine = (): { engine: Engine; node: Node; loaded: Layout } => {
    if (!shared) {
      const engine = load(clean);
      shared = { engine, node: engine.nodes.find((node) => node.id === top.id)!, loaded: snapshot(engine) };
    }
    restore(shared.engine, shared.loaded);
    return shared;
  };
  const trials: Record<string, Trial<unknown>> = {
    'load-clean': {
      setup: () => ({ engine: undefined as Engine | undefined }),
      run: (state: { engine?: Engine }) => (state.engine = load(clean)),
      check: (state: { engine?: Engine }) => ({ stable: same(state.engine!, clean) }),
    },
    'load-overlapping': {
      setup: () => overlappingLayout(n),
      run: (items: Layout) => load(items),
    },
    // GridStack.moveNode, the programmatic move behind grid.update(el, { y }).
    'move-top-down': {
      setup: sharedEngine,
      run: ({ engine, node }: { engine: Engine; node: Node }) => {
        engine.cleanNodes().beginUpdate(node);
        engine.moveNodeCheck(node, { x: top.x, y: top.y + 1 });
        engine.endUpdate();
      },
      check: ({ engine, loaded }: { engine: Engine; loaded: Layout }) => ({ changed: !same(engine, loaded) }),
    },
    // GridStack._onStartMoving (untimed), then one _dragOrResize step of the pointer.
    'drag-step': {
      setup: () => {
        const state = sharedEngine();
        state.engine.cleanNodes().beginUpdate(state.node);
        state.node._moving = true;
        state.engine.cacheRects(CELL, CELL, 0, 0, 0, 0);
        return state;
      },
      run: ({ engine, node }: { engine: Engine; node: Node }) => {
        const y = top.y + 1;
        const rect = { x: top.x * CELL, y: y * CELL, w: top.w * CELL, h: top.h * CELL };
        engine.moveNodeCheck(node, {
          x: top.x,
          y,
          w: top.w,
          h: top.h,
          cellWidth: CELL,
          cellHeight: CELL,
          rect,
          resizing: false,
        });
        engine.cacheRects(CELL, CELL, 0, 0, 0, 0);
      },
      check: ({ engine, loaded }: { engine: Engine; loaded: Layout }) => ({ changed: !same(engine, loaded) }),
    },
    // GridStack.float(false): gravity packing, like the layout engine's compact().
    compact: {
      setup: () => load(gappyLayout(n), 'float'),
      run: (engine: Engine) => (engine.mode = 'top'),
      check: (engine: Engine) => ({ stable: same(engine, clean) }),
    },
    // GridStack.column(6) then column(12), with its own cache of the 12-column layout.
    'reflow-12-6-12': {
      setup: () => load(clean),
      run: (engine: Engine) => {
        engine.column = 6;
        engine.columnChanged(COLUMNS, 6);
        engine.column = COLUMNS;
        engine.columnChanged(6, COLUMNS);
      },
      check: (engine: Engine) => ({ identical: same(engine, clean) }),
    },
  };
  return trials[name];
}

const scope = self as unknown as {
  postMessage(message: GridstackMessage): void;
  onmessage: ((event: MessageEvent<GridstackTask>) => void) | null;
};

scope.onmessage = ({ data: task }) => {
  const current = trial(task.name, task.n);
  const deadline = performance.now() + task.budgetMs;
  let timed = 0;
  let first = true;
  while (timed < task.runs && (timed === 0 || performance.now() < deadline)) {
    const state = current.setup();
    scope.postMessage({ type: 'start' });
    const start = performance.now();
    current.run(state);
    const ms = performance.now() - start;
    // A run of half a second or more is not distorted by JIT warm-up, so it counts.
    const warmup = first && ms < 500;
    const message: GridstackMessage = { type: 'sample', ms, warmup };
    if (first && current.check) message.checks = current.check(state);
    scope.postMessage(message);
    first = false;
    if (!warmup) timed++;
  }
  scope.postMessage({ type: 'done' });
};
