// CI check of what an integrator installs: packs the built package, then loads a plain HTML page
// that imports it (bare specifiers resolved by an import map, no bundler) in headless Chromium and
// uses a tk-popover with the keyboard, then moves a dashboard widget with the keyboard (its gesture
// code and the preferences engine load on first use, from the package). Run after `npm run build`.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './find-chromium.mjs';
import { importMap, packPackage, servePages } from './page-server.mjs';

const { scratch, tarball, pkg } = packPackage();
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
  ${importMap}
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

const { server, origin } = await servePages(pkg, { '/': page });

const browser = await chromium.launch(chromiumLaunchOptions());
const errors = [];
try {
  const tab = await browser.newPage();
  tab.on('pageerror', (e) => errors.push(e.message));
  tab.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  await tab.goto(`${origin}/`);
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
