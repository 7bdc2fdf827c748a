// Endpoint throughput and latency: `node bench/endpoint.mjs` (Node, not a browser page).
// For SQLite (one WAL file) and PostgreSQL, 1, 2 and 3 instances on loopback ports, 32 clients each
// reading and conditionally writing their own document round-robin across the instances for a few
// seconds. Prints one JSON line per configuration: requests/s and latency percentiles.
//   node bench/endpoint.mjs [seconds per configuration, default 3]
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { startInstances, stopInstances } from '../server/test/support/instances.mjs';
import { startPostgres } from '../server/test/support/postgres.mjs';

const seconds = Number(process.argv[2] ?? 3);
const CLIENTS = 32;

function percentile(sorted, p) {
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 100) / 100;
}

/** 32 clients, each a GET then a PUT with If-Match of its own document, round-robin over `urls`. */
async function load(urls, run) {
  const latencies = [];
  let errors = 0;
  let turn = 0;
  const until = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: CLIENTS }, async (_, client) => {
      const headers = { Authorization: `Bearer bench-${run}-${client}`, 'Content-Type': 'application/json' };
      let etag;
      for (let n = 0; performance.now() < until; n++) {
        const url = `${urls[turn++ % urls.length]}/documents/settings`;
        const start = performance.now();
        const response =
          n % 2 === 0
            ? await fetch(url, { headers })
            : await fetch(url, {
                method: 'PUT',
                headers: { ...headers, ...(etag ? { 'If-Match': etag } : { 'If-None-Match': '*' }) },
                body: JSON.stringify({ version: 1, user: { theme: 'dark', n }, updatedAt: Date.now() }),
              });
        await response.arrayBuffer();
        latencies.push(performance.now() - start);
        if (response.ok) etag = response.headers.get('etag') ?? etag;
        else if (response.status !== 404) errors++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    rps: Math.round(latencies.length / seconds),
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    errors,
  };
}

const postgres = await startPostgres();
const dir = mkdtempSync(join(tmpdir(), 'tk-bench-sqlite-'));
const storages = [['sqlite', { DATABASE: join(dir, 'prefs.sqlite') }]];
if ('skip' in postgres) console.log(JSON.stringify({ bench: 'endpoint', skipped: 'postgres', reason: postgres.skip }));
else storages.push(['postgres', { DATABASE_URL: postgres.connectionString }]);

try {
  let run = 0;
  for (const [storage, env] of storages) {
    for (const count of [1, 2, 3]) {
      const instances = await startInstances(count, env);
      try {
        const figures = await load(
          instances.map((instance) => instance.url),
          run++,
        );
        // The machine's load average while measuring, for context: instances share its cores.
        const load1 = Math.round(loadavg()[0] * 10) / 10;
        const line = { bench: 'endpoint', storage, instances: count, clients: CLIENTS, ...figures, unit: 'ms', load1 };
        console.log(JSON.stringify(line));
      } finally {
        await stopInstances(instances);
      }
    }
  }
} finally {
  if (!('skip' in postgres)) postgres.stop();
  rmSync(dir, { recursive: true, force: true });
}
