// Runs every benchmark page (bench/*.bench.ts, or the ones named on the command line) in headless
// Chromium and prints its figures. A page reports by console.log of JSON lines
// ({"bench": ..., "name": ..., ...}) and ends with {"bench": "done"}.
//   npm run bench                 all benchmarks
//   npm run bench -- layout       only bench/layout.bench.ts
//   npm run bench -- dashboard --cpu
//                                 also the main thread's CPU time per sample, from a trace of the
//                                 page's `sample()` marks (bench/support.ts): {"bench": "cpu", ...}
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '../scripts/find-chromium.mjs';
import { startReferenceServer } from '../scripts/test-services.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cpu = process.argv.includes('--cpu');
const wanted = process.argv.slice(2).filter((arg) => arg !== '--cpu');
const pages = readdirSync(new URL('.', import.meta.url))
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.some((w) => f.startsWith(w)))
  .sort();

if (pages.length === 0) {
  console.error(`No benchmark matches ${wanted.join(', ') || 'bench/*.bench.ts'}.`);
  process.exit(1);
}

const services = await startReferenceServer();
const server = await startDevServer({
  config: {
    rootDir: root,
    port: 0,
    hostname: '127.0.0.1',
    nodeResolve: { exportConditions: ['browser', 'production'] },
    plugins: [
      esbuildPlugin({
        ts: true,
        target: 'es2022',
        tsconfig: fileURLToPath(new URL('../tsconfig.json', import.meta.url)),
      }),
    ],
    middleware: [
      async (ctx, next) => {
        // Cross-origin isolation lifts Chromium's timer resolution from 100 µs to 5 µs.
        ctx.set('Cross-Origin-Opener-Policy', 'same-origin');
        ctx.set('Cross-Origin-Embedder-Policy', 'require-corp');
        ctx.set('Cross-Origin-Resource-Policy', 'cross-origin');
        return next();
      },
      async (ctx, next) => {
        // A bare HTML shell per benchmark page, so each runs in a fresh document.
        const match = ctx.path.match(/^\/__bench\/(.+\.bench\.ts)$/);
        if (!match) return next();
        ctx.type = 'html';
        ctx.body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${match[1]}</title></head><body>
<script>window.__TK_TEST__ = ${JSON.stringify(services.globals)};</script>
<script type="module" src="/bench/${match[1]}"></script></body></html>`;
      },
    ],
  },
  readCliArgs: false,
  readFileConfig: false,
  logStartMessage: false,
});
const { port } = server.server.address();

const browser = await chromium.launch(chromiumLaunchOptions());

let failed = false;
try {
  for (const page of pages) {
    console.log(`\n# ${page}`);
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const done = new Promise((resolve, reject) => {
      tab.on('console', (message) => {
        const text = message.text();
        let data;
        try {
          data = JSON.parse(text);
        } catch {
          if (message.type() === 'error') console.log(`  (page error) ${text}`);
          return;
        }
        if (data?.bench === 'done') resolve();
        else console.log(JSON.stringify(data));
      });
      tab.on('pageerror', reject);
    });
    const trace = cpu ? await startTrace(tab) : undefined;
    await tab.goto(`http://127.0.0.1:${port}/__bench/${page}`);
    await Promise.race([
      done,
      new Promise((_, reject) =>
        setTimeout(() => reject(new Error(`${page} did not finish within 10 minutes`)), 600_000),
      ),
    ]).catch((error) => {
      failed = true;
      console.error(`  FAILED: ${error.message}`);
    });
    if (trace) for (const line of await trace.stop()) console.log(JSON.stringify(line));
    await tab.close();
  }
} finally {
  await browser.close();
  await server.stop();
  await services.stop();
}
process.exit(failed ? 1 : 0);

/**
 * Traces the page's performance marks. Each mark carries the main thread's CPU clock (`tts`), so a
 * sample's CPU time is the difference between its end and start marks.
 */
async function startTrace(tab) {
  const session = await tab.context().newCDPSession(tab);
  const events = [];
  session.on('Tracing.dataCollected', ({ value }) => events.push(...value));
  await session.send('Tracing.start', { categories: 'blink.user_timing', transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => session.once('Tracing.tracingComplete', resolve));
      await session.send('Tracing.end');
      await complete;
      const open = new Map();
      const series = new Map();
      for (const event of events.sort((a, b) => a.ts - b.ts)) {
        const match = /^tk-sample-(start|end):(.+)$/.exec(event.name ?? '');
        if (!match || event.tts === undefined) continue;
        const [, edge, name] = match;
        if (edge === 'start') open.set(name, event.tts);
        else if (open.has(name)) {
          if (!series.has(name)) series.set(name, []);
          series.get(name).push((event.tts - open.get(name)) / 1000);
          open.delete(name);
        }
      }
      return [...series].map(([name, samples]) => {
        const sorted = samples.sort((a, b) => a - b);
        const at = (p) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] * 1000) / 1000;
        return {
          bench: 'cpu',
          series: name,
          p50: at(0.5),
          p95: at(0.95),
          unit: 'ms (main-thread CPU)',
          runs: sorted.length,
        };
      });
    },
  };
}
