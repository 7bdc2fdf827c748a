// CI check of the generated framework typings (run after `npm run build`): fixtures in
// examples/typings use `tailorkit/react`, `tailorkit/react/jsx` and `tailorkit/vue` as an integrator
// does, and mark with expect-error comments what must not compile (a misspelled tag, a wrong prop
// type, a detail field that does not exist), so the check fails if the typings are missing or loose.
// Then the editor files must list every element of the manifest, with the values of its attributes.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';

const run = (bin, args) => execFileSync(process.execPath, [bin, ...args], { stdio: 'inherit' });
// The README's React and Vue snippets are compiled with the fixtures, so they stay copy-and-paste clean.
const readme = readFileSync('README.md', 'utf8');
const snippets = [
  ['examples/typings/readme-react.tsx', /## React\n[\s\S]*?```tsx\n([\s\S]*?)```/],
  ['examples/typings/vue/ReadmeVue.vue', /## Vue\n[\s\S]*?```vue\n([\s\S]*?)```/],
];
try {
  for (const [file, pattern] of snippets) {
    const snippet = readme.match(pattern)?.[1];
    if (!snippet) throw new Error(`README.md has no snippet for ${file}`);
    writeFileSync(file, snippet);
  }
  run('node_modules/typescript/bin/tsc', ['-p', 'examples/typings/tsconfig.json']);
  run('node_modules/vue-tsc/bin/vue-tsc.js', ['-p', 'examples/typings/vue/tsconfig.json']);
} finally {
  for (const [file] of snippets) rmSync(file, { force: true });
}

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).filter((d) => d.tagName).map((d) => d.tagName));
const vscode = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8')).tags.map((t) => t.name);
const webTypes = JSON.parse(readFileSync('dist/web-types.json', 'utf8')).contributions.html.elements.map((e) => e.name);
for (const [file, listed] of [
  ['vscode.html-custom-data.json', vscode],
  ['web-types.json', webTypes],
]) {
  const missing = tags.filter((tag) => !listed.includes(tag));
  if (missing.length) throw new Error(`dist/${file} lacks ${missing.join(', ')}`);
}
// Attribute values come from the declarations (an alias such as AdapterName), so completion offers them.
const adapter = JSON.parse(readFileSync('dist/vscode.html-custom-data.json', 'utf8'))
  .tags.find((t) => t.name === 'tk-preferences')
  ?.attributes.find((a) => a.name === 'adapter');
if (adapter?.values?.map((v) => v.name).join() !== 'local,indexeddb,http,memory') {
  throw new Error(`VS Code data offers no adapter values for <tk-preferences>: ${JSON.stringify(adapter)}`);
}
console.log(
  `typings: React wrappers, React 19 JSX, Vue templates and the README's React and Vue snippets type-check ` +
    '(with their expected errors); ' +
    `${tags.length} elements in the VS Code and JetBrains files`,
);
