// Builds, type-checks and drives the example apps against the packed package (run after
// `npm run build` at the repository root):
//   node examples/run.mjs                  vanilla, react and vue (what CI runs on every push)
//   node examples/run.mjs react            one or more apps by name
//   node examples/run.mjs --all            every app in examples/ (Svelte and Angular too)
//   node examples/run.mjs --install        `npm install` each app as an integrator does (the packed
//                                          tarball and the pinned versions in its package.json);
//                                          without it the tarball is unpacked into the app's
//                                          node_modules and the rest resolves from the repository's
//                                          (an app whose framework the repository lacks, Angular, is
//                                          always installed)
// Each app: strict type check (tsc, vue-tsc or ngc with strictTemplates, svelte-check), a production build, then one
// Chromium session: the sales role's suggested layout shows, a widget moves by keyboard, the app's
// typed tk-layout-change listener shows the move, and after a reload the widget is still there.
import { execFileSync, execSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../scripts/find-chromium.mjs';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = join(here, '..');
const args = process.argv.slice(2);
const install = args.includes('--install');
const everyApp = readdirSync(here).filter((name) => existsSync(join(here, name, 'package.json')));
const named = args.filter((arg) => !arg.startsWith('--'));
const apps = args.includes('--all') ? everyApp : named.length ? named : ['vanilla', 'react', 'vue'];
for (const app of apps)
  if (!everyApp.includes(app)) throw new Error(`no example app "${app}" (${everyApp.join(', ')})`);
if (!existsSync(join(root, 'dist/index.js'))) throw new Error('build the package first: npm run build');

// The README's plain-HTML page is examples/vanilla/index.html without its typed listener.
if (apps.includes('vanilla')) {
  const readme = readFileSync(join(root, 'README.md'), 'utf8').match(/```html\n(<!doctype html>[\s\S]*?)```/)?.[1];
  const page = readFileSync(join(here, 'vanilla/index.html'), 'utf8')
    .replace('      <p>Last change: <output id="last-change">none yet</output></p>\n', '')
    .replace('    <script type="module" src="/src/main.ts"></script>\n', '');
  if (readme !== page) throw new Error("README.md's plain-HTML page and examples/vanilla/index.html differ");
}

const seconds = (since) => `${((Date.now() - since) / 1000).toFixed(1)}s`;
const pack = join(here, '.pack');
rmSync(pack, { recursive: true, force: true });
mkdirSync(pack);
const tarball = execSync(`npm pack --silent --pack-destination ${pack}`, { cwd: root, encoding: 'utf8' })
  .trim()
  .split('\n')
  .pop();
renameSync(join(pack, tarball), join(pack, 'tailorkit.tgz'));

/** A package's file, from the app's own node_modules or else the repository's. */
function resolveFile(app, path) {
  for (const base of [join(here, app, 'node_modules'), join(root, 'node_modules')]) {
    if (existsSync(join(base, path))) return join(base, path);
  }
  throw new Error(`${app}: cannot find ${path}`);
}

const node = (app, file, argv) =>
  execFileSync(process.execPath, [resolveFile(app, file), ...argv], {
    cwd: join(here, app),
    stdio: 'inherit',
    env: { ...process.env, NG_CLI_ANALYTICS: 'false' },
  });

/** Whether the repository's node_modules has every package the app needs besides Tailorkit. */
function resolvableFromRoot(app) {
  const { dependencies = {}, devDependencies = {} } = JSON.parse(readFileSync(join(here, app, 'package.json'), 'utf8'));
  return Object.keys({ ...dependencies, ...devDependencies })
    .filter((name) => name !== 'tailorkit')
    .every((name) => existsSync(join(root, 'node_modules', name, 'package.json')));
}

function prepare(app) {
  const dir = join(here, app);
  // Apps whose framework the repository does not install for itself (Angular) are always installed.
  if (install || !resolvableFromRoot(app)) {
    rmSync(join(dir, 'node_modules'), { recursive: true, force: true });
    execSync('npm install --no-audit --no-fund --no-package-lock', { cwd: dir, stdio: 'inherit' });
    return;
  }
  const target = join(dir, 'node_modules', 'tailorkit');
  rmSync(target, { recursive: true, force: true });
  mkdirSync(target, { recursive: true });
  execSync(`tar -xzf ${join(pack, 'tailorkit.tgz')} --strip-components=1 -C ${target}`);
}

const bins = {
  tsc: 'typescript/bin/tsc',
  'vue-tsc': 'vue-tsc/bin/vue-tsc.js',
  'svelte-check': 'svelte-check/bin/svelte-check',
  ngc: '@angular/compiler-cli/bundles/src/bin/ngc.js',
  vite: 'vite/bin/vite.js',
  ng: '@angular/cli/bin/ng.js',
};

/** Runs one of the app's package.json scripts (`typecheck`, `build`) with the tools' own bins. */
function script(app, name) {
  const { scripts } = JSON.parse(readFileSync(join(here, app, 'package.json'), 'utf8'));
  const [tool, ...argv] = scripts[name].split(' ');
  node(app, bins[tool], tool === 'vite' ? [...argv, '--logLevel', 'warn'] : argv);
}

const types = { '.js': 'text/javascript', '.css': 'text/css', '.html': 'text/html', '.svg': 'image/svg+xml' };

async function serve(app) {
  const built = join(here, app, 'dist');
  // Angular's application builder writes the browser files one level down.
  const dist = existsSync(join(built, 'browser/index.html')) ? join(built, 'browser') : built;
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (path === '/favicon.ico') return res.writeHead(204).end();
    const file = join(dist, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dist) || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${server.address().port}/` };
}

/** What the dashboard shows, once its preferences document is loaded. */
async function shown(tab) {
  await tab.waitForFunction(
    () =>
      document.querySelector('tk-dashboard')?.shadowRoot?.querySelector('[part=grid]')?.getAttribute('aria-busy') ===
      'false',
    null,
    { timeout: 10_000 },
  );
  return tab.evaluate(() => {
    const dashboard = document.querySelector('tk-dashboard');
    const at = (id) => dashboard.layout.find((entry) => entry.id === id)?.x;
    const reason = dashboard.shadowRoot.querySelector('[part~=reason]')?.textContent?.trim() ?? '';
    return { pipeline: at('pipeline'), tasks: at('tasks'), reason };
  });
}

async function drive(browser, app) {
  const { server, url } = await serve(app);
  const tab = await browser.newPage({ viewport: { width: 1400, height: 900 } });
  const problems = [];
  tab.on('pageerror', (e) => problems.push(e.message));
  tab.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
  try {
    await tab.goto(url);
    const first = await shown(tab);
    if (first.pipeline !== 0 || !first.reason.includes('Suggested for the Sales role')) {
      throw new Error(`the sales role's suggested layout did not show: ${JSON.stringify(first)}`);
    }
    // An app that also uses a @lit/react wrapper (React) has a filters popover: open it by keyboard.
    if (await tab.$('#filters')) {
      await tab.focus('tk-popover [slot=trigger]');
      await tab.keyboard.press('Enter');
      await tab.waitForFunction(() => document.querySelector('#filters')?.textContent?.startsWith('shown'), null, {
        timeout: 5000,
      });
      await tab.keyboard.press('Escape');
    }
    await tab.focus('tk-dashboard-item[item-id="tasks"]');
    for (const key of ['Enter', 'ArrowRight', 'ArrowRight', 'Enter']) await tab.keyboard.press(key);
    await tab.waitForFunction(
      () => document.querySelector('#last-change')?.textContent === 'move: tasks at column 2',
      null,
      {
        timeout: 5000,
      },
    );
    // A person reloads after a moment, not in the same millisecond: wait for the write to land (the
    // user's layer, as an edit over the suggested layout or as the whole layout).
    await tab.waitForFunction(
      () =>
        Object.keys(localStorage).some(
          (key) =>
            key.endsWith(':home') && /"tasks":\{"x":2[,}]|"id":"tasks","x":2[,}]/.test(localStorage.getItem(key)),
        ),
      null,
      { timeout: 5000 },
    );
    await tab.reload();
    const after = await shown(tab);
    if (after.tasks !== 2) throw new Error(`after a reload the moved widget is at column ${after.tasks}, not 2`);
    if (problems.length) throw new Error(problems.join('\n'));
  } finally {
    await tab.close();
    server.close();
  }
}

const browser = await chromium.launch(chromiumLaunchOptions());
const results = [];
let failed = 0;
try {
  for (const app of apps) {
    const started = Date.now();
    const times = [];
    const step = (name, run) => {
      const since = Date.now();
      const value = run();
      times.push(`${name} ${seconds(since)}`);
      return value;
    };
    try {
      console.log(`\n=== example: ${app}`);
      step(install || !resolvableFromRoot(app) ? 'npm install' : 'unpack', () => prepare(app));
      step('typecheck', () => script(app, 'typecheck'));
      step('build', () => script(app, 'build'));
      const since = Date.now();
      await drive(browser, app);
      times.push(`chromium ${seconds(since)}`);
      results.push(
        `  ✓ ${app}: suggested layout, keyboard move, typed event, still there after reload (${times.join(', ')}; ${seconds(started)})`,
      );
    } catch (error) {
      failed += 1;
      results.push(`  ✗ ${app}: ${error.message.split('\n')[0]}`);
      console.error(error);
    }
  }
} finally {
  await browser.close();
}
console.log(`\nExample apps${install ? ' (npm install)' : ''}:\n${results.join('\n')}`);
console.log(`${apps.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
