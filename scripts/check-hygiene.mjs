// CI check of the package an integrator installs (run after `npm run build`):
//   - publint (strict) and @arethetypeswrong/cli (ESM-only profile: node16 from ESM and bundler);
//   - `dependencies` are exactly what shipped modules import, and every other bare import is a peer;
//   - development warnings are in dist/development/ and nowhere else in dist/.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const bin = (name, path) => join('node_modules', name, path);
const run = (file, args) => execFileSync(process.execPath, [file, ...args], { stdio: 'inherit' });
run(bin('publint', 'src/cli.js'), ['--strict']);
run(bin('@arethetypeswrong/cli', 'dist/index.js'), ['--pack', '.', '--profile', 'esm-only', '--format', 'table']);

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const modules = readdirSync('dist', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.js'));
const imported = new Set();
const problems = [];
// Words only a development warning prints (devWarn's suffix and two of its messages).
const warningText = [
  'This warning appears in development builds only',
  'has no <tk-preferences> around it',
  'is not defined, so nothing is loaded',
];
const found = { production: [], development: [] };
// The bare imports of every shipped module, as a bundler reads them (a pattern over the text would also
// match words such as `from '…'` inside template strings).
const { metafile } = await build({
  entryPoints: modules.map((file) => join('dist', file)),
  bundle: true,
  packages: 'external',
  format: 'esm',
  outdir: 'hygiene-out',
  write: false,
  metafile: true,
  logLevel: 'silent',
});
for (const input of Object.values(metafile.inputs)) {
  for (const { path: specifier, external } of input.imports) {
    if (!external || /^[./]/.test(specifier) || specifier.startsWith(`${pkg.name}/`)) continue;
    imported.add(specifier.startsWith('@') ? specifier.split('/').slice(0, 2).join('/') : specifier.split('/')[0]);
  }
}
for (const file of modules) {
  const text = readFileSync(join('dist', file), 'utf8');
  const flavour = file.startsWith('development/') ? 'development' : 'production';
  found[flavour].push(...warningText.filter((words) => text.includes(words)));
}
if (found.production.length)
  problems.push(`dist/ (production) carries development warnings: ${found.production.join('; ')}`);
const missing = warningText.filter((words) => !found.development.includes(words));
if (missing.length) problems.push(`dist/development lacks development warnings: ${missing.join('; ')}`);
const dependencies = Object.keys(pkg.dependencies ?? {});
const peers = Object.keys(pkg.peerDependencies ?? {});
for (const name of dependencies)
  if (!imported.has(name)) problems.push(`${name} is a dependency no shipped module imports`);
for (const name of imported) {
  if (!dependencies.includes(name) && !peers.includes(name)) problems.push(`${name} is imported but not a dependency`);
}
if (problems.length) throw new Error(problems.join('\n'));
console.log(
  `hygiene: publint and arethetypeswrong clean; ${dependencies.length} dependencies (${dependencies.join(', ')}) ` +
    `and ${peers.length} optional peers (${peers.join(', ')}), each imported by a shipped module; development ` +
    'warnings in dist/development and none in dist/',
);
