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
