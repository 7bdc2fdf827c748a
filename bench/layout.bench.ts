// The layout engine against gridstack 14's engine, in the same page and run, on 12 columns with
// 50 to 1,000 widgets, engine only (no DOM):
//   load-clean, load-overlapping  load to a stable layout
//   move-top-down                 programmatic move of the top widget one row down
//   drag-step                     one pointer step of that drag (gridstack: its drag path, with pixel coverage)
//   compact                       gravity compaction of a layout with a gap above every widget
//   reflow-12-6-12                container to 6 columns and back, positions identical afterwards
// One JSON line per figure and implementation, then a `ratio` line (gridstack / tailorkit).
//
// Timing: Chromium rounds performance.now() to 0.1 ms on a page that is not cross-origin isolated,
// so each tailorkit sample is the mean of a batch of calls lasting at least 1 ms (`batch`).
// gridstack runs in a worker (layout-gridstack.worker.ts) that is terminated when one operation
// takes longer than OP_LIMIT_MS; the figure is then a lower bound (`over`), and so is the ratio.
import {
  compact,
  layoutForColumns,
  layoutsEqual,
  moveItem,
  reflow,
  sanitizeLayout,
  type Layout,
} from '../src/core/layout/index.js';
import {
  COLUMNS,
  SIZES,
  cleanLayout,
  figures,
  gappyLayout,
  overlappingLayout,
  positionsOf,
  topOf,
  type Figures,
} from './layout-fixtures.js';
import type { GridstackMessage, GridstackTask } from './layout-gridstack.worker.js';

const OP_LIMIT_MS = 30_000;
const options = { columns: COLUMNS };

interface Outcome {
  figures?: Figures;
  /** Set when gridstack was stopped: the operation took at least this long. */
  over?: number;
  checks: Record<string, unknown>;
}

/** Times a pure call: samples are means over batches long enough for the 0.1 ms clock. */
function measureOurs(call: () => unknown, runs: number, budgetMs: number): Outcome & { batch: number } {
  for (let i = 0; i < 5; i++) call();
  let batch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) call();
    if (performance.now() - start >= 1 || batch >= 4096) break;
    batch *= 2;
  }
  const samples: number[] = [];
  const deadline = performance.now() + budgetMs;
  while (samples.length < runs && (samples.length < 5 || performance.now() < deadline)) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) call();
    samples.push((performance.now() - start) / batch);
  }
  return { figures: figures(samples), checks: {}, batch };
}

/** Runs one gridstack figure in a worker, stopping it when an operation exceeds OP_LIMIT_MS. */
function measureGridstack(task: GridstackTask): Promise<Outcome> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./layout-gridstack.worker.ts', import.meta.url), { type: 'module' });
    const samples: number[] = [];
    const checks: Record<string, unknown> = {};
    let started = performance.now();
    let timer = 0;
    const finish = (outcome: Outcome): void => {
      clearTimeout(timer);
      worker.terminate();
      resolve(outcome);
    };
    const stop = (): void => {
      if (samples.length > 0) finish({ figures: figures(samples), checks: { ...checks, stopped: true } });
      else finish({ over: Math.round(performance.now() - started), checks });
    };
    const arm = (): void => {
      clearTimeout(timer);
      timer = window.setTimeout(stop, OP_LIMIT_MS);
    };
    worker.onmessage = ({ data }: MessageEvent<GridstackMessage>) => {
      if (data.type === 'start') {
        started = performance.now();
        arm();
      } else if (data.type === 'sample') {
        clearTimeout(timer);
        if (!data.warmup) samples.push(data.ms);
        Object.assign(checks, data.checks);
        arm();
      } else {
        finish({ figures: figures(samples), checks });
      }
    };
    worker.onerror = (event) => finish({ checks: { error: event.message } });
    arm();
    worker.postMessage(task);
  });
}

function print(name: string, n: number, impl: string, outcome: Outcome, extra: Record<string, unknown> = {}): void {
  const { p50 = null, p95 = null, runs = 0 } = outcome.figures ?? {};
  const over = outcome.over === undefined ? {} : { over: outcome.over };
  console.log(
    JSON.stringify({
      bench: 'layout',
      name,
      n,
      impl,
      p50,
      p95,
      unit: 'ms',
      runs,
      ...over,
      ...extra,
      ...outcome.checks,
    }),
  );
}

async function compare(
  name: string,
  n: number,
  ours: Outcome & { batch: number },
  gridstackRuns: number,
  budgetMs: number,
): Promise<void> {
  print(name, n, 'tailorkit', ours, { batch: ours.batch });
  const theirs = await measureGridstack({ name, n, runs: gridstackRuns, budgetMs });
  print(name, n, 'gridstack', theirs);
  const mine = ours.figures!;
  const ratio = (a: number, b: number): number => Math.round((a / Math.max(b, 0.0005)) * 10) / 10;
  if (theirs.figures && theirs.figures.runs > 0) {
    console.log(
      JSON.stringify({
        bench: 'layout',
        name,
        n,
        impl: 'ratio',
        p50: ratio(theirs.figures.p50, mine.p50),
        p95: ratio(theirs.figures.p95, mine.p95),
        unit: 'x',
      }),
    );
  } else if (theirs.over !== undefined) {
    console.log(
      JSON.stringify({
        bench: 'layout',
        name,
        n,
        impl: 'ratio',
        p50: ratio(theirs.over, mine.p50),
        p95: ratio(theirs.over, mine.p95),
        unit: 'x',
        atLeast: true,
      }),
    );
  }
}

for (const n of SIZES) {
  const clean = cleanLayout(n);
  const overlapping = overlappingLayout(n);
  const gappy = gappyLayout(n);
  const top = topOf(clean);
  const runs = 200;
  const gridstackRuns = n <= 200 ? 50 : 10;
  const budgetMs = 4000;

  const loaded = measureOurs(() => sanitizeLayout(clean, options), runs, 2000);
  loaded.checks = { stable: positionsOf(sanitizeLayout(clean, options).layout) === positionsOf(clean) };
  await compare('load-clean', n, loaded, gridstackRuns, budgetMs);

  await compare(
    'load-overlapping',
    n,
    measureOurs(() => sanitizeLayout(overlapping, options), runs, 2000),
    gridstackRuns,
    budgetMs,
  );

  const move = (start: Layout) => moveItem(start, top.id, top.x, top.y + 1, options);
  const moved = measureOurs(() => move(clean), runs, 2000);
  const change = move(clean);
  moved.checks = { changed: change.changed, moved: change.moved.length };
  await compare('move-top-down', n, moved, gridstackRuns, budgetMs);

  // A drag step is the same call: each step moves from the layout captured when the drag started.
  await compare(
    'drag-step',
    n,
    measureOurs(() => move(clean), runs, 2000),
    gridstackRuns,
    budgetMs,
  );

  const compacted = measureOurs(() => compact(gappy, options), runs, 2000);
  compacted.checks = { stable: positionsOf(compact(gappy, options).layout) === positionsOf(clean) };
  await compare('compact', n, compacted, gridstackRuns, budgetMs);

  // The 12-column layout is kept (a layout per column count): going back shows it, not a re-derivation.
  const roundTrip = (): Layout => {
    const six = reflow(clean, COLUMNS, 6).layout;
    return layoutForColumns({ [COLUMNS]: clean, 6: six }, COLUMNS).layout;
  };
  const reflowed = measureOurs(roundTrip, runs, 2000);
  reflowed.checks = { identical: layoutsEqual(roundTrip(), clean) };
  await compare('reflow-12-6-12', n, reflowed, gridstackRuns, budgetMs);
}
console.log(JSON.stringify({ bench: 'done' }));
