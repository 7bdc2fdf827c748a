// Writes the theme stylesheets light.css and dark.css from src/themes/tokens.ts, the one place tokens
// are edited (src/themes/stylesheets.ts turns the data into CSS). `node scripts/build-themes.mjs [dir]`
// writes into dir, by default src/themes, where Storybook and the tests read them (git ignores them
// there); `npm run build` writes dist/themes. The test runner's config and Storybook's run it
// themselves before they read the files, and Storybook again whenever src/themes/*.ts changes.
import { build } from 'esbuild';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/** The stylesheets as `{ 'light.css': text, 'dark.css': text }`, from the current source files. */
export async function renderThemes() {
  const bundle = await build({
    absWorkingDir: root,
    entryPoints: ['src/themes/stylesheets.ts'],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    target: 'es2022',
    logLevel: 'silent',
  });
  const code = Buffer.from(bundle.outputFiles[0].contents).toString('base64');
  const { themeStylesheets } = await import(`data:text/javascript;base64,${code}`);
  return Object.fromEntries(Object.entries(themeStylesheets()).map(([theme, css]) => [`${theme}.css`, css]));
}

/** Writes the stylesheets into `dir` (relative to the repository), touching only files whose text changed. */
export async function writeThemes(dir = 'src/themes') {
  const out = resolve(root, dir);
  mkdirSync(out, { recursive: true });
  for (const [file, css] of Object.entries(await renderThemes())) {
    const target = join(out, file);
    let current = null;
    try {
      current = readFileSync(target, 'utf8');
    } catch {
      // Not written yet.
    }
    if (current === css) continue;
    // Readers (a dev server, a parallel test run) never see half a file.
    const partial = `${target}.${process.pid}.tmp`;
    writeFileSync(partial, css);
    renameSync(partial, target);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await writeThemes(process.argv[2]);
}
