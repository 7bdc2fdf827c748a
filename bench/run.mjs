// Runs every benchmark page (bench/*.bench.ts, or the ones named on the command line) in headless
// Chromium and prints its figures. A page reports by console.log of JSON lines
// ({"bench": ..., "name": ..., ...}) and ends with {"bench": "done"}.
//   npm run bench                 all benchmarks
//   npm run bench -- layout       only bench/layout.bench.ts
import { startDevServer } from '@web/dev-server';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromium } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '../scripts/find-chromium.mjs';
import { startReferenceServer } from '../scripts/test-services.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const wanted = process.argv.slice(2);
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
    await tab.close();
  }
} finally {
  await browser.close();
  await server.stop();
  await services.stop();
}
process.exit(failed ? 1 : 0);
