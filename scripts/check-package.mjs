// CI check of what an integrator installs: packs the built package, then loads a plain HTML page
// that imports it (bare specifiers resolved by an import map, no bundler) in headless Chromium and
// uses a tk-popover with the keyboard, then moves a dashboard widget with the keyboard (its gesture
// code and the preferences engine load on first use, from the package). Run after `npm run build`.
import { execSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './find-chromium.mjs';

const scratch = mkdtempSync(join(tmpdir(), 'tk-package-'));
const tarball = execSync(`npm pack --silent --pack-destination ${scratch}`, { encoding: 'utf8' })
  .trim()
  .split('\n')
  .pop();
execSync(`tar -xzf ${join(scratch, tarball)} -C ${scratch}`);
const pkg = join(scratch, 'package');
for (const required of [
  'dist/index.js',
  'dist/index.d.ts',
  'dist/define.js',
  'dist/themes/light.css',
  'dist/themes/dark.css',
  'custom-elements.json',
]) {
  if (!existsSync(join(pkg, required))) throw new Error(`the packed package lacks ${required}`);
}

const page = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8"><title>Tailorkit from the packed package</title>
  <link rel="stylesheet" href="/pkg/dist/themes/light.css">
  <script type="importmap">{ "imports": {
    "lit": "/nm/lit/index.js", "lit/": "/nm/lit/",
    "@lit/reactive-element": "/nm/@lit/reactive-element/reactive-element.js", "@lit/reactive-element/": "/nm/@lit/reactive-element/",
    "lit-html": "/nm/lit-html/lit-html.js", "lit-html/": "/nm/lit-html/",
    "lit-element/lit-element.js": "/nm/lit-element/lit-element.js",
    "@lit/context": "/nm/@lit/context/index.js",
    "@floating-ui/dom": "/nm/@floating-ui/dom/dist/floating-ui.dom.mjs",
    "@floating-ui/core": "/nm/@floating-ui/core/dist/floating-ui.core.mjs",
    "@floating-ui/utils": "/nm/@floating-ui/utils/dist/floating-ui.utils.mjs",
    "@floating-ui/utils/dom": "/nm/@floating-ui/utils/dist/floating-ui.utils.dom.mjs",
    "sortablejs": "/nm/sortablejs/modular/sortable.esm.js",
    "dompurify": "/nm/dompurify/dist/purify.es.mjs"
  } }</script>
  <script type="module" src="/pkg/dist/define.js"></script>
</head>
<body>
  <tk-popover placement="bottom-start" label="Filters">
    <button slot="trigger">Filters</button>
    <p>Panel content</p><button id="inside">Apply</button>
  </tk-popover>
  <tk-dashboard editable persist-key="package-check" style="width: 1200px">
    <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="2">A</tk-dashboard-item>
    <tk-dashboard-item item-id="b" heading="Pipeline" x="4" y="0" w="4" h="2">B</tk-dashboard-item>
  </tk-dashboard>
</body>
</html>`;

const roots = { '/pkg/': pkg, '/nm/': join(process.cwd(), 'node_modules') };
const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
  if (path === '/') return res.writeHead(200, { 'content-type': 'text/html' }).end(page);
  const prefix = Object.keys(roots).find((p) => path.startsWith(p));
  const file = prefix && join(roots[prefix], path.slice(prefix.length));
  if (!file || !existsSync(file)) return res.writeHead(404).end();
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));

const browser = await chromium.launch(chromiumLaunchOptions());
const errors = [];
try {
  const tab = await browser.newPage();
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await tab.goto(`http://127.0.0.1:${server.address().port}/`);
  await tab.waitForFunction(() => customElements.get('tk-popover') !== undefined);
  await tab.keyboard.press('Tab');
  await tab.keyboard.press('Enter');
  await tab.waitForFunction(() => document.querySelector('tk-popover').open === true);
  const expanded = await tab.evaluate(() => document.querySelector('[slot=trigger]').getAttribute('aria-expanded'));
  await tab.keyboard.press('Escape');
  await tab.waitForFunction(() => document.querySelector('tk-popover').open === false);
  const focused = await tab.evaluate(() => document.activeElement?.textContent);
  if (expanded !== 'true') throw new Error(`aria-expanded was ${expanded} while open`);
  if (focused !== 'Filters') throw new Error(`focus went to ${focused} instead of the trigger`);
  await tab.evaluate(() => document.querySelector('tk-dashboard').updateComplete);
  await tab.evaluate(() => document.querySelector('tk-dashboard-item[item-id="b"]').focus());
  for (const key of ['Enter', 'ArrowRight', 'ArrowRight', 'Enter']) await tab.keyboard.press(key);
  const layout = await tab.evaluate(() => JSON.stringify(document.querySelector('tk-dashboard').layout));
  if (!layout.includes('"id":"b","x":6')) throw new Error(`the keyboard move did not happen: ${layout}`);
  await tab.waitForFunction(() => localStorage.getItem('tailorkit:package-check') !== null);
  const loaded = ['/pkg/dist/components/dashboard/editing.js', '/pkg/dist/base/preferences/engine.js'];
  const chunks = await tab.evaluate(() =>
    performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname),
  );
  for (const chunk of loaded) if (!chunks.includes(chunk)) throw new Error(`${chunk} was not loaded on use`);
  if (errors.length) throw new Error(errors.join('\n'));
  console.log(
    `packed package ${tarball}: plain HTML page opened and closed a tk-popover by keyboard, focus returned; ` +
      'moved a dashboard widget by keyboard with its gesture code and the preferences engine loaded on use, and stored it',
  );
} finally {
  await browser.close();
  server.close();
  rmSync(scratch, { recursive: true, force: true });
}
