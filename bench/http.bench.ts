// Open + hydrate of a 50 KB preferences document through HttpAdapter against the reference endpoint
// (server/app.mjs, started by bench/run.mjs), plus the conditional write of the same document.
import { HttpAdapter } from '../src/core/prefs/http-adapter.js';
import type { StoredRecord } from '../src/core/prefs/adapter.js';
import { percentile, widgetsOfSize } from './support.js';

const server =
  (window as unknown as { __TK_TEST__?: { prefsServer?: string } }).__TK_TEST__?.prefsServer ??
  new URLSearchParams(location.search).get('server');

function report(name: string, samples: number[], bytes: number): void {
  const p50 = percentile(samples, 50);
  console.log(
    JSON.stringify({
      bench: 'prefs-http',
      name,
      n: samples.length,
      impl: 'HttpAdapter',
      bytes,
      value: p50,
      p50,
      p95: percentile(samples, 95),
      unit: 'ms',
    }),
  );
}

/** A dashboard-like user layer grown to the target size. */
function documentOf(targetBytes: number): StoredRecord {
  const base = { version: 3, user: { widgets: [] as unknown[], theme: { accent: '#3355ff' } }, updatedAt: Date.now() };
  base.user.widgets = widgetsOfSize(targetBytes, JSON.stringify(base).length);
  return base;
}

if (!server) {
  console.log(JSON.stringify({ bench: 'prefs-http', name: 'skipped', reason: 'no prefs server URL' }));
} else {
  const user = `bench-${Date.now().toString(36)}`;
  const headers = { Authorization: `Bearer ${user}` };
  const record = documentOf(50 * 1024);
  const bytes = JSON.stringify(record).length;
  const seed = new HttpAdapter({ baseUrl: server, headers });
  await seed.write('dashboard', record);

  const runs = 30;
  const open: number[] = [];
  for (let run = 0; run < runs + 3; run++) {
    const start = performance.now();
    // A fresh adapter per run: nothing cached, as on a page load.
    const adapter = new HttpAdapter({ baseUrl: server, headers });
    const result = await adapter.read('dashboard');
    const elapsed = performance.now() - start;
    if (result.status !== 'present') throw new Error(`unexpected read result ${result.status}`);
    adapter.dispose();
    if (run >= 3) open.push(elapsed);
  }
  report('open+hydrate 50KB', open, bytes);

  const write: number[] = [];
  for (let run = 0; run < runs + 3; run++) {
    const next = { ...record, updatedAt: Date.now() + run };
    const start = performance.now();
    const result = await seed.write('dashboard', next);
    const elapsed = performance.now() - start;
    if (result.status !== 'ok') throw new Error(`unexpected write result ${result.status}`);
    if (run >= 3) write.push(elapsed);
  }
  report('write 50KB (If-Match)', write, bytes);
  seed.dispose();
}
console.log(JSON.stringify({ bench: 'done' }));
