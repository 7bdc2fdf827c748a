// CI check: `npm run new` output must pass typecheck, lint and its own test unmodified.
// Generates a throwaway component, checks it, and removes it whatever the outcome.
import { execSync } from 'node:child_process';
import { rmSync } from 'node:fs';

const name = 'generator-probe';
const paths = [`src/components/${name}`, `test/components/${name}`, `stories/Components/${name}.stories.ts`];
const run = (command) => execSync(command, { stdio: 'inherit' });

try {
  run(`node scripts/new-component.mjs ${name}`);
  run('npx tsc -p tsconfig.json --noEmit');
  run(`npx eslint --max-warnings 0 ${paths.join(' ')}`);
  run(`npx prettier --check ${paths.join(' ')}`);
  run(`node scripts/test.mjs --files 'test/components/${name}/*.test.ts'`);
} finally {
  for (const path of paths) rmSync(path, { recursive: true, force: true });
}
