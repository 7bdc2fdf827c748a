// `npm run size`: min+gzip bytes an app pays per entry point, with lit, @lit/*, @floating-ui/dom,
// sortablejs and dompurify counted separately (an app shares them across components).
// Bundles from src/ with esbuild so it needs no prior build.
import { build } from 'esbuild';
import { existsSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const external = ['lit', 'lit/*', '@lit/*', '@floating-ui/*', 'sortablejs', 'dompurify'];

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

async function measure(entry, externals) {
  const result = await build({
    ...(entry.source ? { stdin: { contents: entry.source, resolveDir: '.', loader: 'js' } } : { entryPoints: [entry] }),
    bundle: true,
    minify: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    external: externals,
    tsconfig: 'tsconfig.json',
    logLevel: 'silent',
  });
  const code = result.outputFiles[0].contents;
  return { min: code.length, gzip: gzipSync(code, { level: 9 }).length };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const rows = [];
for (const [name, file] of entries) rows.push([name, await measure(file, external)]);

const width = Math.max(...rows.map(([name]) => name.length));
console.log(
  `${'entry point'.padEnd(width)}  ${'min'.padStart(9)}  ${'min+gzip'.padStart(9)}   (without lit and other peers)`,
);
for (const [name, { min, gzip }] of rows) {
  console.log(`${name.padEnd(width)}  ${kb(min).padStart(9)}  ${kb(gzip).padStart(9)}`);
}
for (const peer of ['lit', '@floating-ui/dom', 'sortablejs', 'dompurify']) {
  const { gzip } = await measure({ source: `export * from '${peer}';` }, []);
  console.log(`${`(peer) ${peer}`.padEnd(width)}  ${''.padStart(9)}  ${kb(gzip).padStart(9)}`);
}
