// Helpers shared by the benchmark pages.

/** The p-th percentile of samples (nearest rank), rounded to microseconds. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const value = sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
  return Math.round(value * 1000) / 1000;
}

export interface BenchWidget {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
  settings: { title: string; metric: string; filters: string[]; compact: boolean };
}

/** Dashboard-like widgets with ids, positions and settings, as many as make `targetBytes` of JSON. */
export function widgetsOfSize(targetBytes: number, overhead = 0): BenchWidget[] {
  const widgets: BenchWidget[] = [];
  while (JSON.stringify(widgets).length + overhead < targetBytes) {
    const i = widgets.length;
    widgets.push({
      id: `widget-${i}`,
      x: i % 12,
      y: Math.floor(i / 12),
      w: 3,
      h: 2,
      settings: { title: `Revenue by region ${i}`, metric: 'revenue', filters: ['EMEA', 'APAC'], compact: i % 2 === 0 },
    });
  }
  return widgets;
}

/**
 * Runs `fn` between two performance marks named after `series`. `npm run bench -- --cpu` traces
 * them and reports the main thread's own CPU time per sample next to the wall-clock figures: on a
 * small machine the browser's other threads can hold the main thread off the CPU for milliseconds,
 * which wall-clock time counts and CPU time does not.
 * @returns the wall-clock milliseconds `fn` took.
 */
export function sample(series: string, fn: () => void): number {
  performance.mark(`tk-sample-start:${series}`);
  const start = performance.now();
  fn();
  const elapsed = performance.now() - start;
  performance.mark(`tk-sample-end:${series}`);
  return elapsed;
}

/** Like `sample` for work that awaits (a component's update). */
export async function sampleAsync(series: string, fn: () => Promise<void>): Promise<number> {
  performance.mark(`tk-sample-start:${series}`);
  const start = performance.now();
  await fn();
  const elapsed = performance.now() - start;
  performance.mark(`tk-sample-end:${series}`);
  return elapsed;
}
