// CI check (after `npm run build`) of two ways to put Tailorkit on a page without a bundler, each
// loaded from the packed package in headless Chromium with an import map:
//   1. CDN use: one `import 'tailorkit/autoloader'`, which registers each tag the first time it
//      appears (a tag added later too), with <tk-preferences> set up by attributes alone;
//   2. server rendering: @lit-labs/ssr renders <tk-preferences>, a popover and a menu in Node
//      (declarative shadow DOM), the page hydrates them and the popover opens by keyboard; the
//      dashboard (client-only, see the README) upgrades in the browser.
import { rmSync } from 'node:fs';
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './find-chromium.mjs';
import { importMap, packPackage, servePages } from './page-server.mjs';

const { scratch, pkg } = packPackage();
const dashboard = `
  <tk-preferences adapter="local" namespace="pages-check">
    <tk-dashboard persist-key="home" editable style="width: 1200px">
      <tk-dashboard-item item-id="revenue" heading="Revenue" x="0" y="0" w="4" h="2">Revenue</tk-dashboard-item>
      <tk-dashboard-item item-id="pipeline" heading="Pipeline" x="4" y="0" w="4" h="2">Pipeline</tk-dashboard-item>
    </tk-dashboard>
  </tk-preferences>`;

const autoloaded = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Autoloader</title>
  ${importMap}
  <script type="module">import 'tailorkit/autoloader';</script>
</head><body>${dashboard}</body></html>`;

// The server registers only what it renders; the dashboard stays plain markup until the browser.
await import('../dist/components/popover/define.js');
await import('../dist/components/menu/define.js');
await import('../dist/components/preferences/define.js');
const rendered = await collectResult(
  render(
    html`<tk-preferences adapter="memory">
      <tk-popover placement="bottom-start" label="Sort">
        <button slot="trigger">Sort</button>
        <tk-menu aria-label="Sort by">
          <tk-menu-item value="name">Name</tk-menu-item>
          <tk-menu-item value="date">Date</tk-menu-item>
        </tk-menu>
      </tk-popover>
    </tk-preferences>`,
  ),
);
for (const tag of ['tk-preferences', 'tk-popover', 'tk-menu', 'tk-menu-item']) {
  if (!new RegExp(`<${tag}[^>]*>\\s*(<!--[^>]*-->\\s*)*<template shadowroot(mode)?="open"`).test(rendered)) {
    throw new Error(`the server did not render the shadow root of ${tag}:\n${rendered}`);
  }
}
const serverRendered = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Server-rendered</title>
  ${importMap}
  <script type="module">
    import '@lit-labs/ssr-client/lit-element-hydrate-support.js';
    import 'tailorkit/autoloader';
  </script>
</head><body>${rendered}${dashboard}</body></html>`;

const { server, origin } = await servePages(pkg, { '/autoloaded': autoloaded, '/server-rendered': serverRendered });
const browser = await chromium.launch(chromiumLaunchOptions());
const problems = [];
const report = [];
try {
  for (const path of ['/autoloaded', '/server-rendered']) {
    const tab = await browser.newPage();
    tab.on('pageerror', (e) => problems.push(`${path}: ${e.message}`));
    tab.on('console', (m) => m.type() === 'error' && problems.push(`${path}: console: ${m.text()}`));
    tab.on('response', (r) => r.status() >= 400 && problems.push(`${path}: ${r.status()} ${r.url()}`));
    await tab.goto(`${origin}${path}`);
    await tab.waitForFunction(() => customElements.get('tk-dashboard') && customElements.get('tk-preferences'));
    const hydrated = await tab.evaluate(() =>
      [...document.querySelectorAll('tk-popover, tk-menu, tk-menu-item')].every((el) => el.shadowRoot !== null),
    );
    if (!hydrated) problems.push(`${path}: an element has no shadow root`);
    if (path === '/autoloaded') {
      const early = await tab.evaluate(() => ['tk-popover', 'tk-menu'].map((tag) => !!customElements.get(tag)));
      if (early.some(Boolean)) problems.push(`${path}: tags absent from the page were registered: ${early}`);
      await tab.evaluate(() =>
        document.body.insertAdjacentHTML('beforeend', '<tk-popover label="Later"></tk-popover>'),
      );
      await tab.waitForFunction(() => customElements.get('tk-popover'), null, { timeout: 5000 });
    } else {
      await tab.waitForFunction(
        () => customElements.get('tk-popover') && document.querySelector('tk-popover').hasUpdated,
      );
      await tab.focus('[slot=trigger]');
      await tab.keyboard.press('Enter');
      await tab.waitForFunction(() => document.querySelector('tk-popover').open === true, null, { timeout: 5000 });
    }
    await tab.evaluate(() => document.querySelector('tk-dashboard').updateComplete);
    await tab.evaluate(() => document.querySelector('tk-dashboard-item[item-id="pipeline"]').focus());
    for (const key of ['Enter', 'ArrowRight', 'ArrowRight', 'Enter']) await tab.keyboard.press(key);
    await tab.waitForFunction(() => localStorage.getItem('pages-check:home')?.includes('"id":"pipeline","x":6'), null, {
      timeout: 5000,
    });
    await tab.evaluate(() => localStorage.clear());
    report.push(path);
    await tab.close();
  }
  if (problems.length) throw new Error(problems.join('\n'));
  console.log(
    'pages: the autoloader registered only the tags on the page, then one added later; a popover and menu rendered by ' +
      '@lit-labs/ssr hydrated and opened by keyboard; on both pages a dashboard under <tk-preferences adapter="local"> ' +
      'stored a keyboard move',
  );
} finally {
  await browser.close();
  server.close();
  rmSync(scratch, { recursive: true, force: true });
}
