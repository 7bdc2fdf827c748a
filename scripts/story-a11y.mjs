// Runs axe on every story of the built Storybook catalog, in the light and the dark theme.
// Every story x theme is one test; the totals are added to `npm test`'s summary line.
//   node scripts/story-a11y.mjs [storybook-static] [--json totals.json]
import { createServer } from 'node:http';
import { readFileSync, existsSync, writeFileSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './find-chromium.mjs';

const args = process.argv.slice(2);
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
const dir = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--json') ?? 'storybook-static';
if (!existsSync(join(dir, 'index.json'))) {
  console.error(`${dir}/index.json not found: run \`npm run storybook:build\` first.`);
  process.exit(1);
}

const types = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
  if (!existsSync(file)) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  res.end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${server.address().port}`;

const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8'));
const stories = Object.values(index.entries).filter((entry) => entry.type === 'story');
const axeSource = readFileSync(new URL('../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');

const browser = await chromium.launch(chromiumLaunchOptions());
const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
const pageErrors = [];
page.on('pageerror', (error) => pageErrors.push(error.message));

let passed = 0;
let failed = 0;
const failures = [];
for (const story of stories) {
  for (const theme of ['light', 'dark']) {
    pageErrors.length = 0;
    const name = `${story.title} / ${story.name} [${theme}]`;
    try {
      await page.goto(`${base}/iframe.html?id=${story.id}&viewMode=story&globals=theme:${theme}`);
      await page.waitForFunction(
        () =>
          document.querySelector('#storybook-root')?.childElementCount > 0 ||
          document.body.classList.contains('sb-show-errordisplay'),
        null,
        { timeout: 15_000 },
      );
      const error = await page.evaluate(() =>
        document.body.classList.contains('sb-show-errordisplay')
          ? (document.querySelector('#error-message')?.textContent ?? 'story threw')
          : '',
      );
      if (error) throw new Error(`story failed to render: ${error}`);
      // Let custom elements upgrade, render and settle (popovers, resize observers, fonts).
      await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 300)));
      if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
      const violations = await page.evaluate(async () => {
        // The catalog's accessibility panel runs axe after each render too; axe allows one run at a time.
        let result;
        for (let attempt = 0; !result; attempt += 1) {
          try {
            result = await window.axe.run(document.querySelector('#storybook-root'), { resultTypes: ['violations'] });
          } catch (error) {
            if (attempt >= 50 || !String(error?.message).includes('already running')) throw error;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
        }
        return result.violations.map(
          (v) =>
            `${v.id}: ${v.help} (${v.nodes
              .map((n) => n.target.join(' '))
              .slice(0, 3)
              .join(', ')})`,
        );
      });
      if (pageErrors.length) throw new Error(`page error: ${pageErrors.join('; ')}`);
      if (violations.length) throw new Error(violations.join('\n      '));
      passed += 1;
      console.log(`  ✓ ${name}`);
    } catch (error) {
      failed += 1;
      failures.push(`story ${name} (${error.message.split('\n')[0].slice(0, 300)})`);
      console.log(`  ✗ ${name}\n      ${error.message}`);
    }
  }
}
await browser.close();
server.close();
console.log(`story a11y: ${passed} passed, ${failed} failed`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify({ passed, failed, failures }));
process.exit(failed ? 1 : 0);
