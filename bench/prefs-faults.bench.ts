// Preferences under faults (issue 13): a document behind a server that accepts the connection and
// never answers (open to first paint with defaults, and how soon a change shows), and the heap after
// 1,000 offline edits of a 175 KB document.
import { createPreferences, HttpAdapter } from '../src/core/prefs/index.js';
import { percentile, widgetsOfSize, type BenchWidget } from './support.js';

interface Dashboard {
  theme: { accent: string };
  widgets: BenchWidget[];
}

function line(figures: Record<string, unknown>): void {
  console.log(JSON.stringify({ bench: 'prefs-faults', ...figures }));
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
/** A fetch that never settles: a server that accepted the connection and does not answer. */
const hanging = ((_input: RequestInfo | URL, init?: RequestInit) =>
  new Promise<Response>((_resolve, reject) => {
    init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
  })) as typeof fetch;

// 1. Open and first paint behind a hanging server.
const defaults: Dashboard = { theme: { accent: '#3355ff' }, widgets: widgetsOfSize(2 * 1024) };
const paint: number[] = [];
const change: number[] = [];
for (let run = 0; run < 20; run++) {
  const start = performance.now();
  const prefs = createPreferences({
    adapter: new HttpAdapter({ baseUrl: 'http://127.0.0.1:9', fetch: hanging, queueStorage: null }),
  });
  const doc = prefs.open('dashboard', { defaults });
  const output = document.createElement('output');
  output.textContent = `${doc.value.widgets.length} widgets, accent ${doc.value.theme.accent}`;
  document.body.append(output);
  await frame();
  paint.push(performance.now() - start);
  const before = performance.now();
  void doc.set({ ...doc.value, theme: { accent: '#ff0000' } });
  if (doc.value.theme.accent === '#ff0000') change.push(performance.now() - before);
  output.remove();
  void prefs.dispose();
}
line({
  name: 'open-to-first-paint-hanging-server',
  n: paint.length,
  p50: percentile(paint, 50),
  p95: percentile(paint, 95),
  unit: 'ms',
  goal: '< 100 ms with defaults shown',
});
line({
  name: 'set-visible-while-loading',
  n: change.length,
  p50: percentile(change, 50),
  p95: percentile(change, 95),
  unit: 'ms',
});

// 2. Heap after 1,000 offline edits of a 175 KB document.
async function heap(): Promise<{ bytes: number; method: string }> {
  const measure = (performance as { measureUserAgentSpecificMemory?: () => Promise<{ bytes: number }> })
    .measureUserAgentSpecificMemory;
  if (crossOriginIsolated && measure)
    return { bytes: (await measure.call(performance)).bytes, method: 'measureUserAgentSpecificMemory' };
  const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
  return { bytes: memory?.usedJSHeapSize ?? NaN, method: 'performance.memory (coarse)' };
}

Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
const big: Dashboard = { theme: { accent: '#3355ff' }, widgets: widgetsOfSize(175 * 1024) };
const adapter = new HttpAdapter({ baseUrl: 'http://127.0.0.1:9', fetch: hanging, queueName: `bench-${Date.now()}` });
const prefs = createPreferences({ adapter, loadTimeout: 50 });
const doc = await prefs.open('dashboard', { defaults: { theme: { accent: '#000000' }, widgets: [] as BenchWidget[] } })
  .ready;
await doc.set(big);
const documentBytes = JSON.stringify(doc.value).length;
const baseline = await heap();
for (let edit = 0; edit < 1000; edit++) {
  await doc.update((draft) => {
    draft.widgets[edit % draft.widgets.length].settings.title = `Edited ${edit}`;
  });
}
const after = await heap();
line({
  name: 'heap-after-1000-offline-edits-175kb',
  documentBytes,
  queued: adapter.pendingWrites,
  status: doc.status,
  baselineBytes: baseline.bytes,
  growthBytes: after.bytes - baseline.bytes,
  value: Math.round(((after.bytes - baseline.bytes) / 1024 / 1024) * 100) / 100,
  unit: 'MB above baseline',
  method: after.method,
  goal: '< 2 MB',
});
for (const key of Object.keys(localStorage))
  if (key.startsWith('tailorkit:http-queue:bench-')) localStorage.removeItem(key);
console.log(JSON.stringify({ bench: 'done' }));
