import { defineConfig } from 'vite';
import { readdirSync } from 'node:fs';
import { sep } from 'node:path';

// Library build: ESM only, one output module per source module so that an app importing
// `tailorkit/components/popover/define` pays only for the popover and what it imports.
const entries = Object.fromEntries(
  readdirSync('src', { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => [file.split(sep).join('/').slice(0, -'.ts'.length), `src/${file}`]),
);

// `vite build` makes dist/ without the development warnings (every `if (DEV)` block is removed);
// `vite build --mode development` makes dist/development/ with them, for the `development` export condition.
export default defineConfig(({ mode }) => ({
  define: { __TK_DEV__: JSON.stringify(mode === 'development') },
  build: {
    target: 'es2022',
    outDir: mode === 'development' ? 'dist/development' : 'dist',
    emptyOutDir: true,
    minify: false,
    sourcemap: true,
    lib: { entry: entries, formats: ['es'] },
    rolldownOptions: {
      external: [
        /^lit($|\/)/,
        /^@lit\//,
        /^@floating-ui\//,
        /^sortablejs($|\/)/,
        /^dompurify($|\/)/,
        /^marked($|\/)/,
        /^@lit-labs\/virtualizer($|\/)/,
      ],
      output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
    },
  },
}));
