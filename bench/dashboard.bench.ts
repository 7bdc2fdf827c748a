// tk-dashboard against gridstack 14 in the same page: load to a stable layout (clean and overlapping
// input), one pointer drag step, one programmatic move, and a 12 -> 6 -> 12 column round trip, for
// 50, 200, 500 and 1,000 widgets on 12 columns. Every figure includes the browser's style and layout
// work: each sample ends by reading the layout back (a forced layout), so nothing is left for later.
// gridstack is a dev-only dependency of this page; nothing in src/ imports it.
import { GridStack, type GridStackWidget } from 'gridstack';
import '../src/components/dashboard/define.js';
import type { TkDashboard, TkDashboardItem, DashboardLayoutEntry } from '../src/components/dashboard/index.js';
import { percentile, sample, sampleAsync } from './support.js';

type Impl = 'tailorkit' | 'gridstack';
const SIZES = [50, 200, 500, 1000];
const WIDTH = 1200;
const ROW = 60;

const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = '/node_modules/gridstack/dist/gridstack.min.css';
document.head.append(link);
await new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));

function report(name: string, n: number, impl: Impl, samples: number[], extra: Record<string, unknown> = {}): void {
  console.log(
    JSON.stringify({
      bench: 'dashboard',
      name,
      n,
      impl,
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      unit: 'ms',
      runs: samples.length,
      ...extra,
    }),
  );
}

const settle = (element: Element): number => element.getBoundingClientRect().height + document.body.offsetHeight;
const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/** Four 3x2 widgets a row: a tidy dashboard. */
function cleanLayout(n: number): DashboardLayoutEntry[] {
  return Array.from({ length: n }, (_, i) => ({ id: `w${i}`, x: (i % 4) * 3, y: Math.floor(i / 4) * 2, w: 3, h: 2 }));
}

/** Widgets thrown onto a few rows at random (seeded): what a corrupt or merged layout looks like. */
function overlappingLayout(n: number): DashboardLayoutEntry[] {
  let seed = 42;
  const random = (): number => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  return Array.from({ length: n }, (_, i) => {
    const w = 1 + Math.floor(random() * 4);
    return {
      id: `w${i}`,
      x: Math.floor(random() * (12 - w + 1)),
      y: Math.floor(random() * 8),
      w,
      h: 1 + Math.floor(random() * 3),
    };
  });
}

function host(): HTMLElement {
  const element = document.createElement('div');
  element.style.cssText = `width:${WIDTH}px;--tk-dashboard-gap:0px;--tk-duration-normal:0s;--tk-duration-fast:0s`;
  document.body.append(element);
  return element;
}

// ------------------------------------------------------------------ tailorkit

async function tailorkit(
  layout: DashboardLayoutEntry[],
  { float = false, editable = true } = {},
): Promise<TkDashboard> {
  const container = host();
  const dashboard = document.createElement('tk-dashboard');
  dashboard.rowHeight = ROW;
  dashboard.float = float;
  dashboard.editable = editable;
  for (const entry of layout) {
    const item = document.createElement('tk-dashboard-item');
    item.setAttribute('item-id', entry.id);
    item.setAttribute('heading', `Widget ${entry.id}`);
    for (const key of ['x', 'y', 'w', 'h'] as const) item.setAttribute(key, String(entry[key]));
    const body = document.createElement('p');
    body.textContent = `Content of ${entry.id}`;
    item.append(body);
    dashboard.append(item);
  }
  container.append(dashboard);
  await dashboard.updateComplete;
  await Promise.all([...dashboard.children].map((child) => (child as TkDashboardItem).updateComplete));
  settle(dashboard);
  return dashboard;
}

function dispose(element: Element): void {
  element.closest('body > div')?.remove();
}

// ------------------------------------------------------------------ gridstack

function gridstack(layout: DashboardLayoutEntry[], { float = false } = {}): GridStack {
  const container = host();
  const element = document.createElement('div');
  element.className = 'grid-stack';
  container.append(element);
  const grid = GridStack.init(
    { column: 12, cellHeight: ROW, margin: 0, mode: float ? 'float' : 'top', animate: false },
    element,
  )!;
  grid.load(
    layout.map((entry): GridStackWidget => ({ ...entry, content: `Widget ${entry.id}: content of ${entry.id}` })),
  );
  settle(element);
  return grid;
}

function disposeGrid(grid: GridStack): void {
  const container = grid.el.parentElement;
  grid.destroy(true);
  container?.remove();
}

function gridLayout(grid: GridStack): string {
  return JSON.stringify(grid.engine.nodes.map((node) => [node.id, node.x, node.y, node.w, node.h]).sort());
}

function dashboardLayout(dashboard: TkDashboard): string {
  return JSON.stringify(dashboard.layout.map((e) => [e.id, e.x, e.y, e.w, e.h]).sort());
}

// ------------------------------------------------------------------ benchmarks

function runsFor(n: number): number {
  return n <= 200 ? 10 : n <= 500 ? 5 : 3;
}

async function benchLoad(n: number): Promise<void> {
  for (const [kind, make] of [
    ['clean', cleanLayout],
    ['overlapping', overlappingLayout],
  ] as const) {
    const layout = make(n);
    const ours: number[] = [];
    const theirs: number[] = [];
    for (let run = 0; run < runsFor(n); run++) {
      let dashboard: TkDashboard | undefined;
      ours.push(
        await sampleAsync(`load-${kind}|${n}|tailorkit`, async () => void (dashboard = await tailorkit(layout))),
      );
      dispose(dashboard!);
      await frame();
      let grid: GridStack | undefined;
      theirs.push(sample(`load-${kind}|${n}|gridstack`, () => void (grid = gridstack(layout))));
      disposeGrid(grid!);
      await frame();
    }
    report(`load-${kind}`, n, 'tailorkit', ours);
    report(`load-${kind}`, n, 'gridstack', theirs);
  }
}

/** Cells the dragged widget visits: back and forth along the first rows, each a new target. */
const TARGETS = Array.from({ length: 60 }, (_, i) => ({
  x: [1, 2, 3, 4, 5, 6, 7, 8, 9, 8, 7, 6, 5, 4, 3, 2][i % 16],
  y: i % 3,
}));

async function benchDragStep(n: number): Promise<void> {
  const layout = cleanLayout(n);
  const cellWidth = WIDTH / 12;

  const dashboard = await tailorkit(layout);
  const first = dashboard.querySelector<TkDashboardItem>('tk-dashboard-item[item-id="w0"]')!;
  const box = first.getBoundingClientRect();
  const origin = { x: box.left + 20, y: box.top + 20 };
  const pointer = (type: string, x: number, y: number): void => {
    const target = type === 'pointerdown' ? first : window;
    target.dispatchEvent(
      new PointerEvent(type, {
        pointerId: 1,
        pointerType: 'mouse',
        isPrimary: true,
        button: 0,
        buttons: 1,
        clientX: x,
        clientY: y,
        bubbles: true,
        composed: true,
      }),
    );
  };
  pointer('pointerdown', origin.x, origin.y);
  pointer('pointermove', origin.x + 10, origin.y + 10);
  if (!first.matches(':state(drag)')) throw new Error('the tailorkit drag did not start');
  const ours: number[] = [];
  let displaced = 0;
  for (const target of TARGETS) {
    ours.push(
      sample(`drag-step|${n}|tailorkit`, () => {
        pointer('pointermove', origin.x + target.x * cellWidth, origin.y + target.y * ROW);
        settle(dashboard);
      }),
    );
    displaced = Math.max(displaced, dashboard.querySelectorAll('tk-dashboard-item[style*="translate"]').length);
    await frame();
  }
  pointer('pointerup', origin.x, origin.y);
  dispose(dashboard);
  report('drag-step', n, 'tailorkit', ours, { displaced });

  const grid = gridstack(layout);
  const item = grid.el.querySelector<HTMLElement>('[gs-id="w0"] .grid-stack-item-content')!;
  const gridBox = item.getBoundingClientRect();
  const from = { x: gridBox.left + 20, y: gridBox.top + 20 };
  const mouse = (type: string, x: number, y: number, target: EventTarget): void => {
    target.dispatchEvent(
      new MouseEvent(type, { button: 0, buttons: 1, clientX: x, clientY: y, bubbles: true, cancelable: true }),
    );
  };
  mouse('mousedown', from.x, from.y, item);
  mouse('mousemove', from.x + 10, from.y + 10, document);
  if (!grid.el.querySelector('.ui-draggable-dragging')) throw new Error('the gridstack drag did not start');
  const theirs: number[] = [];
  for (const target of TARGETS) {
    theirs.push(
      sample(`drag-step|${n}|gridstack`, () => {
        mouse('mousemove', from.x + target.x * cellWidth, from.y + target.y * ROW, document);
        settle(grid.el);
      }),
    );
    await frame();
  }
  mouse('mouseup', from.x, from.y, document);
  disposeGrid(grid);
  report('drag-step', n, 'gridstack', theirs);
}

/**
 * Moves the top widget down one row with each library's API, in float mode so the move stays and
 * pushes its column down. The layout is restored (untimed) before each sample so every sample does
 * the same work.
 */
async function benchProgrammaticMove(n: number): Promise<void> {
  const layout = cleanLayout(n);
  const samples = n >= 500 ? 15 : 30;

  const dashboard = await tailorkit(layout, { float: true });
  const ours: number[] = [];
  for (let i = 0; i < samples; i++) {
    dashboard.layout = layout;
    await dashboard.updateComplete;
    settle(dashboard);
    await frame();
    ours.push(
      await sampleAsync(`move-top-down|${n}|tailorkit`, async () => {
        await dashboard.moveItem('w0', 0, 1);
        await dashboard.updateComplete;
        settle(dashboard);
      }),
    );
  }
  const moved = dashboard.layout.find((e) => e.id === 'w4')!;
  dispose(dashboard);
  report('move-top-down', n, 'tailorkit', ours, { pushed: moved.y === 3 });

  const grid = gridstack(layout, { float: true });
  const theirs: number[] = [];
  for (let i = 0; i < samples; i++) {
    grid.load(layout.map((entry) => ({ ...entry })));
    settle(grid.el);
    await frame();
    const element = grid.el.querySelector<HTMLElement>('[gs-id="w0"]')!;
    theirs.push(
      sample(`move-top-down|${n}|gridstack`, () => {
        grid.update(element, { y: 1 });
        settle(grid.el);
      }),
    );
  }
  const node = grid.engine.nodes.find((each) => each.id === 'w4')!;
  disposeGrid(grid);
  report('move-top-down', n, 'gridstack', theirs, { pushed: node.y === 3 });
}

/** 12 -> 6 -> 12 columns, timed as one round trip; positions must be the same afterwards. */
async function benchColumnRoundTrip(n: number): Promise<void> {
  const layout = cleanLayout(n);
  const samples = n >= 1000 ? 3 : n >= 500 ? 5 : 10;

  const dashboard = await tailorkit(layout);
  const before = dashboardLayout(dashboard);
  const ours: number[] = [];
  let identical = true;
  for (let i = 0; i < samples; i++) {
    ours.push(
      await sampleAsync(`columns-12-6-12|${n}|tailorkit`, async () => {
        dashboard.columns = 6;
        await dashboard.updateComplete;
        settle(dashboard);
        dashboard.columns = 12;
        await dashboard.updateComplete;
        settle(dashboard);
      }),
    );
    identical &&= dashboardLayout(dashboard) === before;
    await frame();
  }
  dispose(dashboard);
  report('columns-12-6-12', n, 'tailorkit', ours, { identical });

  const grid = gridstack(layout);
  const gridBefore = gridLayout(grid);
  const theirs: number[] = [];
  let gridIdentical = true;
  for (let i = 0; i < samples; i++) {
    theirs.push(
      sample(`columns-12-6-12|${n}|gridstack`, () => {
        grid.column(6);
        settle(grid.el);
        grid.column(12);
        settle(grid.el);
      }),
    );
    gridIdentical &&= gridLayout(grid) === gridBefore;
    await frame();
  }
  disposeGrid(grid);
  report('columns-12-6-12', n, 'gridstack', theirs, { identical: gridIdentical });
}

for (const n of SIZES) {
  await benchLoad(n);
  await benchDragStep(n);
  await benchProgrammaticMove(n);
  await benchColumnRoundTrip(n);
}
console.log(JSON.stringify({ bench: 'done' }));
