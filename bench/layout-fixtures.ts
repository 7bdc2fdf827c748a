// Layouts and statistics shared by layout.bench.ts and the gridstack worker it drives, so both
// engines get the same widgets.
import type { Layout } from '../src/core/layout/index.js';

export const COLUMNS = 12;
export const SIZES = [50, 200, 500, 1000];

/** The figures of one measurement. */
export interface Figures {
  p50: number;
  p95: number;
  runs: number;
}

/** Deterministic pseudo-random numbers, so every run measures the same layouts. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

/** Widget sizes as dashboards use them: 2 to 6 columns wide, 1 to 4 rows high. */
function sizes(n: number): Array<{ w: number; h: number }> {
  const next = random(n);
  const widths = [2, 3, 3, 4, 4, 6];
  return Array.from({ length: n }, () => ({
    w: widths[Math.floor(next() * widths.length)],
    h: 1 + Math.floor(next() * 4),
  }));
}

/** A packed dashboard: each widget on the lowest cells under the ones before it (a skyline). */
export function cleanLayout(n: number): Layout {
  const skyline = new Array<number>(COLUMNS).fill(0);
  let x = 0;
  return sizes(n).map(({ w, h }, i) => {
    if (x + w > COLUMNS) x = 0;
    const y = Math.max(...skyline.slice(x, x + w));
    for (let c = x; c < x + w; c++) skyline[c] = y + h;
    const item = { id: `w${i}`, x, y, w, h };
    x += w;
    return item;
  });
}

/** The same widgets thrown onto a small area, overlapping heavily (a corrupted or merged layout). */
export function overlappingLayout(n: number): Layout {
  const next = random(n + 7);
  const rows = Math.max(2, Math.floor(n / 10));
  return sizes(n).map(({ w, h }, i) => ({
    id: `w${i}`,
    x: Math.floor(next() * (COLUMNS - w + 1)),
    y: Math.floor(next() * rows),
    w,
    h,
  }));
}

/** The clean layout with a gap above every widget (valid, waiting to be compacted). */
export function gappyLayout(n: number): Layout {
  return cleanLayout(n).map((item) => ({ ...item, y: item.y * 2 }));
}

/** The widget in the top-left corner. */
export function topOf(layout: Layout): Layout[number] {
  return layout.reduce((top, item) => (item.y < top.y || (item.y === top.y && item.x < top.x) ? item : top));
}

/** Positions in a canonical order, to compare layouts from either engine. */
export function positionsOf(layout: Layout): string {
  return JSON.stringify(
    [...layout].sort((a, b) => a.y - b.y || a.x - b.x).map(({ id, x, y, w, h }) => [id, x, y, w, h]),
  );
}

/** p50 and p95 of per-operation samples in milliseconds, rounded to the microsecond. */
export function figures(samples: number[]): Figures {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))];
  const round = (ms: number): number => Math.round(ms * 1000) / 1000;
  return { p50: round(at(0.5)), p95: round(at(0.95)), runs: sorted.length };
}
