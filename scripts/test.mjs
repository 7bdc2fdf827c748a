// `npm test`: the whole suite, ending with the plain line `N passed, N failed` that CI reads.
//   1. browser tests (test/**/*.test.ts) in headless Chromium through @web/test-runner
//   2. the reference server's Node tests (server/test/*.test.mjs)
//   3. axe on every story of the built catalog, light and dark
// Arguments (e.g. `--files 'test/core/**/*.test.ts'`) go to the test runner and skip steps 2 and 3.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './find-chromium.mjs';

const args = process.argv.slice(2);
const totals = { passed: 0, failed: 0, skipped: 0 };
/** What failed, one line each, printed just above the summary (a CI log is often read from its end). */
const failures = [];
const scratch = mkdtempSync(join(tmpdir(), 'tk-test-'));
const node = (argv, env = {}) =>
  spawnSync(process.execPath, argv, { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, ...env } });

function finish() {
  if (failures.length) console.log(`\nFailed:\n${failures.map((line) => `  ✗ ${line}`).join('\n')}\n`);
  const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
  console.log(`${totals.passed} passed, ${totals.failed} failed${skipped}`);
  process.exit(totals.failed === 0 && totals.passed > 0 ? 0 : 1);
}

try {
  process.env.CHROME_PATH ??= ensureChromium();
} catch (error) {
  console.error(error.message);
  totals.failed += 1;
  failures.push(`no Chromium: ${error.message.split('\n')[0]}`);
  finish();
}

function browserTests() {
  const file = join(scratch, 'browser.json');
  const result = node(
    ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...args],
    {
      TK_TEST_TOTALS: file,
    },
  );
  const counts = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : { passed: 0, failed: 0, skipped: 0, brokenFiles: 0 };
  totals.passed += counts.passed;
  totals.skipped += counts.skipped;
  totals.failed += counts.failed + counts.brokenFiles;
  failures.push(...(counts.failures ?? []));
  // The runner failed for a reason no test reported (config error, crash): count it.
  if (result.status !== 0 && counts.failed + counts.brokenFiles === 0) {
    totals.failed += 1;
    failures.push(`the browser test runner stopped with exit code ${result.status} and no failed test`);
  }
}

function serverTests() {
  const dir = 'server/test';
  if (!existsSync(dir)) return;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.test.mjs'))
    .map((f) => join(dir, f));
  if (files.length === 0) return;
  console.log('\nReference server tests (node:test)');
  const result = spawnSync(process.execPath, ['--test', '--test-reporter=tap', ...files], { encoding: 'utf8' });
  process.stdout.write(
    result.stdout
      .split('\n')
      .filter((l) => /^\s*(not )?ok |^# /.test(l))
      .join('\n') + '\n',
  );
  const count = (label) => Number(result.stdout.match(new RegExp(`^# ${label} (\\d+)`, 'm'))?.[1] ?? 0);
  totals.passed += count('pass');
  totals.failed += count('fail') + count('cancelled');
  totals.skipped += count('skipped') + count('todo');
  for (const line of result.stdout.split('\n')) {
    const failed = line.match(/^\s*not ok \d+ - (.*)$/);
    if (failed) failures.push(`server: ${failed[1]}`);
  }
  if (result.status !== 0 && count('fail') + count('cancelled') === 0) {
    totals.failed += 1;
    failures.push(`the server tests stopped with exit code ${result.status} and no failed test`);
  }
}

function storyTests() {
  console.log('\nAxe on every story (building the catalog first)');
  const out = join(scratch, 'storybook');
  const manifest = spawnSync(
    'npx',
    ['cem', 'analyze', '--litelement', '--config', 'custom-elements-manifest.config.mjs'],
    { stdio: 'ignore' },
  );
  const build = spawnSync('npx', ['storybook', 'build', '-o', out, '--quiet', '--disable-telemetry'], {
    encoding: 'utf8',
  });
  if (manifest.status !== 0 || build.status !== 0) {
    console.log(build.stdout, build.stderr);
    console.log('  ✗ the Storybook catalog does not build');
    totals.failed += 1;
    failures.push('the Storybook catalog does not build');
    return;
  }
  const file = join(scratch, 'stories.json');
  node(['scripts/story-a11y.mjs', out, '--json', file]);
  const counts = existsSync(file)
    ? JSON.parse(readFileSync(file, 'utf8'))
    : { passed: 0, failed: 1, failures: ['the story axe sweep stopped before it wrote its totals'] };
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  failures.push(...(counts.failures ?? []));
}

browserTests();
if (args.length === 0) {
  serverTests();
  storyTests();
}
finish();
