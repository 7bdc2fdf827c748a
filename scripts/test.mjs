// `npm test`: make sure a browser exists, run every test in headless Chromium, and end with the
// plain line `N passed, N failed` (the runner's own closing line carries a progress bar).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureChromium } from './find-chromium.mjs';

try {
  process.env.CHROME_PATH ??= ensureChromium();
} catch (error) {
  console.error(error.message);
  console.log('0 passed, 1 failed');
  process.exit(1);
}

const totalsFile = join(mkdtempSync(join(tmpdir(), 'tk-test-')), 'totals.json');
const result = spawnSync(
  process.execPath,
  ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, TK_TEST_TOTALS: totalsFile } },
);

let totals = { passed: 0, failed: 0, skipped: 0, brokenFiles: 0 };
if (existsSync(totalsFile)) totals = JSON.parse(readFileSync(totalsFile, 'utf8'));
const failed = totals.failed + totals.brokenFiles + (result.status !== 0 && totals.failed === 0 ? 1 : 0);
const skipped = totals.skipped ? `, ${totals.skipped} skipped` : '';
console.log(`${totals.passed} passed, ${failed} failed${skipped}`);
process.exit(result.status === 0 && failed === 0 ? 0 : 1);
