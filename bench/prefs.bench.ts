// Preferences engine figures: open + hydrate of a 50 KB document from each local adapter, the cost of
// one staged update during a drag, write coalescing (updates in, writes out), and how long a change
// takes to reach another tab.
import {
  createPreferences,
  IndexedDbAdapter,
  LocalStorageAdapter,
  MemoryAdapter,
  type PreferencesAdapter,
  type PreferencesOptions,
  type Preferences,
  type ReadResult,
  type StoredRecord,
  type WriteOptions,
  type WriteResult,
} from '../src/core/prefs/index.js';
import { percentile, widgetsOfSize, type BenchWidget } from './support.js';

interface Dashboard {
  theme: { accent: string };
  widgets: BenchWidget[];
}

const LIBRARY: Dashboard = { theme: { accent: '#3355ff' }, widgets: [] };

function report(name: string, impl: string, samples: number[], unit = 'ms'): void {
  const p50 = percentile(samples, 50);
  const line = { bench: 'prefs', name, impl, n: samples.length, value: p50, p50, p95: percentile(samples, 95), unit };
  console.log(JSON.stringify(line));
}

function count(name: string, impl: string, value: number, unit: string): void {
  console.log(JSON.stringify({ bench: 'prefs', name, impl, value, unit }));
}

/** A dashboard the user customized into a 50 KB stored layer. */
function customized(targetBytes: number): Dashboard {
  return { ...LIBRARY, widgets: widgetsOfSize(targetBytes) };
}

class CountingAdapter implements PreferencesAdapter {
  readonly kind = 'counting';
  writes = 0;
  constructor(private readonly inner: PreferencesAdapter) {}
  read(key: string): Promise<ReadResult> {
    return this.inner.read(key);
  }
  write(key: string, record: StoredRecord, options?: WriteOptions): Promise<WriteResult> {
    this.writes++;
    return this.inner.write(key, record, options);
  }
  remove(key: string, options?: WriteOptions): Promise<WriteResult> {
    this.writes++;
    return this.inner.remove(key, options);
  }
}

const value = customized(50 * 1024);
const run = Date.now().toString(36);
const adapters: [string, () => PreferencesAdapter][] = [
  [
    'memory',
    (() => {
      const shared = new MemoryAdapter();
      return () => shared;
    })(),
  ],
  ['localStorage', () => new LocalStorageAdapter({ namespace: `bench-${run}` })],
  ['indexedDB', () => new IndexedDbAdapter({ name: `bench-${run}` })],
];

for (const [impl, make] of adapters) {
  const seed = createPreferences({ adapter: make() });
  const doc = seed.open('dashboard', { defaults: LIBRARY });
  await doc.ready;
  await doc.set(value);
  await seed.dispose();
  const stored = await make().read('dashboard');
  const bytes = stored.status === 'present' ? JSON.stringify(stored.record).length : 0;
  count('stored-bytes', impl, bytes, 'bytes');

  // A page load: a new adapter (IndexedDB opens its connection), a new store, one document.
  const cold: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    const prefs = createPreferences({ adapter: make() });
    await prefs.open('dashboard', { defaults: LIBRARY }).ready;
    cold.push(performance.now() - start);
    await prefs.dispose();
  }
  report('open-hydrate-50kb', impl, cold);

  // Another document opened later in the same page: the adapter is warm.
  const adapter = make();
  const warm: number[] = [];
  for (let i = 0; i < 30; i++) {
    const prefs = createPreferences({ adapter });
    await prefs.open('other', { defaults: {} }).ready;
    const start = performance.now();
    await prefs.open('dashboard', { defaults: LIBRARY }).ready;
    warm.push(performance.now() - start);
    await prefs.dispose();
  }
  report('open-hydrate-50kb-warm-adapter', impl, warm);

  // Committing a changed 50 KB document (diff, serialize, conditional write).
  const writer = createPreferences({ adapter });
  const writable = writer.open('dashboard', { defaults: LIBRARY });
  await writable.ready;
  const writes: number[] = [];
  for (let i = 0; i < 30; i++) {
    const start = performance.now();
    await writable.update((draft) => {
      draft.widgets[i].x = (draft.widgets[i].x + 1) % 12;
    });
    writes.push(performance.now() - start);
  }
  report('commit-change-50kb', impl, writes);
  await writer.dispose();
}

// A drag at 60 updates a second on the 50 KB document: the cost of each staged update, and writes out.
{
  const adapter = new CountingAdapter(new MemoryAdapter());
  const prefs = createPreferences({ adapter });
  const doc = prefs.open('dashboard', { defaults: LIBRARY });
  await doc.ready;
  await doc.set(value);
  const before = adapter.writes;
  const staged: number[] = [];
  const updates = 600;
  for (let step = 0; step < updates; step++) {
    const next = {
      ...doc.value,
      widgets: doc.value.widgets.map((widget, index) =>
        index === 7 ? { ...widget, x: step % 12, y: step % 40 } : widget,
      ),
    };
    const start = performance.now();
    void doc.set(next, { commit: false });
    staged.push(performance.now() - start);
    if (step % 60 === 59) await new Promise((resolve) => requestAnimationFrame(resolve));
  }
  report('staged-update-50kb', 'memory', staged);
  await doc.commit();
  count('drag-updates-in', 'memory', updates, 'updates');
  count('drag-writes-out', 'memory', adapter.writes - before, 'writes');

  const burst = adapter.writes;
  await Promise.all(Array.from({ length: 60 }, (_, x) => doc.update((draft) => void (draft.theme.accent = `#00${x}`))));
  count('same-task-sets-in', 'memory', 60, 'sets');
  count('same-task-writes-out', 'memory', adapter.writes - burst, 'writes');
  await prefs.dispose();
}

// Cross-tab: two same-origin frames, each with its own copy of the engine; time until the other sees it.
{
  const source = (path: string): string => new URL(`../src/core/prefs/${path}`, import.meta.url).href;
  interface Tab {
    createPreferences(options: PreferencesOptions): Preferences;
    LocalStorageAdapter: typeof LocalStorageAdapter;
    IndexedDbAdapter: typeof IndexedDbAdapter;
  }
  const openTab = async (): Promise<Tab> => {
    const frame = document.createElement('iframe');
    frame.srcdoc = `<script type="module">
      import { createPreferences } from '${source('store.ts')}';
      import { LocalStorageAdapter } from '${source('local-storage-adapter.ts')}';
      import { IndexedDbAdapter } from '${source('indexeddb-adapter.ts')}';
      window.tab = { createPreferences, LocalStorageAdapter, IndexedDbAdapter };
    </script>`;
    document.body.append(frame);
    const view = () => (frame.contentWindow as unknown as { tab?: Tab }).tab;
    while (!view()) await new Promise((resolve) => setTimeout(resolve, 10));
    return view()!;
  };
  const [one, two] = await Promise.all([openTab(), openTab()]);
  for (const impl of ['localStorage', 'indexedDB'] as const) {
    const adapterIn = (tab: Tab) =>
      impl === 'localStorage'
        ? new tab.LocalStorageAdapter({ namespace: `tabs-${run}` })
        : new tab.IndexedDbAdapter({ name: `tabs-${run}` });
    const writer = one.createPreferences({ adapter: adapterIn(one) }).open('panel', { defaults: { n: 0 } });
    const reader = two.createPreferences({ adapter: adapterIn(two) }).open('panel', { defaults: { n: 0 } });
    await Promise.all([writer.ready, reader.ready]);
    const latencies: number[] = [];
    for (let n = 1; n <= 30; n++) {
      const seen = new Promise<number>((resolve) => {
        const off = reader.subscribe((change) => {
          if (change.value.n !== n) return;
          off();
          resolve(performance.now());
        });
      });
      const start = performance.now();
      void writer.set({ n });
      latencies.push((await seen) - start);
    }
    report('cross-tab-latency', impl, latencies);
  }
}

for (const key of Object.keys(localStorage))
  if (key.startsWith(`bench-${run}`) || key.startsWith(`tabs-${run}`)) localStorage.removeItem(key);
console.log(JSON.stringify({ bench: 'done' }));
