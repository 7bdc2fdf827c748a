// CI check (after `npm run build`): every module of the built package imports in plain Node, with no
// DOM, so server rendering, tests in Node and tools that load the package for its types or metadata
// do not crash. Modules are imported in small batches, each in a fresh Node process, so one module's
// side effects can hide another's failure only within its batch. Usage: node scripts/check-node-imports.mjs [--conditions=development]
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const conditions = process.argv.slice(2).filter((arg) => arg.startsWith('--conditions='));
const modules = readdirSync('dist', { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.js'))
  .sort();
if (modules.length === 0) throw new Error('dist/ has no modules: run `npm run build` first');

// One process imports a batch of modules one at a time and names the first that throws.
const script = `
for (const url of JSON.parse(process.argv[1])) {
  try { await import(url); } catch (error) { console.error(url + '\\n' + (error?.stack ?? error)); process.exit(1); }
}`;
const urls = modules.map((file) => pathToFileURL(join(process.cwd(), 'dist', file)).href);
const BATCH = 8;
const failures = [];
for (let start = 0; start < urls.length; start += BATCH) {
  const batch = urls.slice(start, start + BATCH);
  try {
    execFileSync(process.execPath, [...conditions, '--input-type=module', '-e', script, JSON.stringify(batch)], {
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8',
    });
  } catch (error) {
    failures.push(error.stderr.trim());
  }
}
if (failures.length) {
  console.error(failures.join('\n\n'));
  console.error(
    `${failures.length} batch(es) of modules throw when imported in Node without a DOM (the first failing module of each is named above)`,
  );
  process.exit(1);
}
console.log(
  `node: all ${modules.length} modules of dist/ import without a DOM${conditions.length ? ` (${conditions})` : ''}`,
);
