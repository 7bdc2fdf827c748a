// `npm run size`: min+gzip bytes an app pays per entry point, with lit, @lit/*, @floating-ui/dom,
// sortablejs, dompurify and marked counted separately (an app shares them across components).
// Bundles from src/ with esbuild so it needs no prior build.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const external = ['lit', 'lit/*', '@lit/*', '@floating-ui/*', 'sortablejs', 'dompurify', 'marked'];

const entries = [
  ['tailorkit (index)', 'src/index.ts'],
  ['tailorkit/define (all tags)', 'src/define.ts'],
];
for (const dir of existsSync('src/core') ? readdirSync('src/core').sort() : []) {
  if (existsSync(`src/core/${dir}/index.ts`)) entries.push([`tailorkit/core/${dir}`, `src/core/${dir}/index.ts`]);
}
for (const dir of existsSync('src/components') ? readdirSync('src/components').sort() : []) {
  if (existsSync(`src/components/${dir}/define.ts`)) {
    entries.push([`tailorkit/components/${dir}/define`, `src/components/${dir}/define.ts`]);
  }
}

/**
 * Bundles an entry as an app's bundler would: shared and dynamically imported modules become
 * chunks. `initial` is what loading the entry costs (its chunk and every chunk it imports
 * statically); `lazy` is what parts loaded on first use (`import()`) add when they are needed.
 */
async function measure(entry, externals) {
  const result = await build({
    ...(entry.source ? { stdin: { contents: entry.source, resolveDir: '.', loader: 'js' } } : { entryPoints: [entry] }),
    bundle: true,
    splitting: true,
    outdir: 'size-out',
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    metafile: true,
    external: externals,
    tsconfig: 'tsconfig.json',
    define: { __TK_DEV__: 'false' }, // what dist/ ships: development warnings removed
    logLevel: 'silent',
  });
  const outputs = result.metafile.outputs;
  const files = new Map(result.outputFiles.map((file) => [file.path.slice(file.path.indexOf('size-out')), file]));
  const gzip = (path) => gzipSync(files.get(path).contents, { level: 9 }).length;
  const main = Object.keys(outputs).find((path) => outputs[path].entryPoint !== undefined);
  const initial = new Set();
  const visit = (path) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const { path: next, kind } of outputs[path].imports)
      if (kind === 'import-statement' && outputs[next]) visit(next);
  };
  visit(main);
  const sum = (paths, size) => paths.reduce((total, path) => total + size(path), 0);
  const lazy = Object.keys(outputs).filter((path) => !initial.has(path) && path.endsWith('.js'));
  return {
    min: sum([...initial], (path) => outputs[path].bytes),
    gzip: sum([...initial], gzip),
    lazy: sum(lazy, gzip),
  };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
for (const [name, file] of entries) rows.push([name, await measure(file, external)]);

const width = Math.max(...rows.map(([name]) => name.length));
console.log(
  `${'entry point'.padEnd(width)}  ${'min'.padStart(9)}  ${'min+gzip'.padStart(9)}  ${'+ on use'.padStart(9)}   (without lit and other peers)`,
);
for (const [name, { min, gzip, lazy }] of rows) {
  const onUse = lazy ? `+${kb(lazy)}` : '';
  console.log(`${name.padEnd(width)}  ${kb(min).padStart(9)}  ${kb(gzip).padStart(9)}  ${onUse.padStart(9)}`);
}
console.log(
  `${''.padEnd(width)}  min+gzip: what loading the entry costs; + on use: parts it loads the first time they are needed.`,
);
for (const peer of ['lit', '@floating-ui/dom', 'sortablejs', 'dompurify', 'marked']) {
  const { gzip } = await measure({ source: `export * from '${peer}';` }, []);
  console.log(`${`(peer) ${peer}`.padEnd(width)}  ${''.padStart(9)}  ${kb(gzip).padStart(9)}`);
}
