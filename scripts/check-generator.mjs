// CI check: `npm run new` output must pass typecheck, lint and its own test unmodified, and the
// naming rules it follows must really be enforced (a probe that breaks each one must be reported).
// Generates a throwaway component, checks it, and removes it whatever the outcome.
import { execSync, spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';

const name = 'generator-probe';
const paths = [`src/components/${name}`, `test/components/${name}`, `stories/Components/${name}.stories.ts`];
const run = (command) => execSync(command, { stdio: 'inherit' });

// Each line marked `// breaks <rule>` must be reported by that rule, and nothing else may be reported.
const violations = `import { LitElement } from 'lit';
import { state } from 'lit/decorators.js';

export interface TkNamingProbeDetail {
  ok: boolean;
}
interface NamingProbeDetail {
  ok: boolean;
}
declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-naming-probe-ok': TkNamingProbeDetail;
    'tk-naming-probe-name': NamingProbeDetail; // breaks event-detail-names
    'tk-naming-probe-inline': { ok: boolean }; // breaks event-detail-names
  }
}
declare global {
  interface GlobalEventHandlersEventMap { // breaks derived-event-map
    'tk-naming-probe-ok': CustomEvent<TkNamingProbeDetail>;
  }
}
export class NamingProbe extends LitElement {
  @state() private decorated = 0;
  private plain = 1; // breaks private-hash
  #fine = 2;
  handleClick(): number { // breaks handler-names
    return this.decorated + this.plain + this.#fine;
  }
  _legacy = 3; // breaks handler-names
  #onProbeClick(): number {
    return this._legacy + this.#fine;
  }
  constructor(private readonly parameter: number) { // breaks private-hash
    super();
    void this.#onProbeClick();
    void this.parameter;
  }
}
`;

function checkNamingRules() {
  const file = `src/components/${name}/naming-violations.ts`;
  writeFileSync(file, violations);
  const expected = violations
    .split('\n')
    .flatMap((line, index) => {
      const rule = /\/\/ breaks ([a-z-]+)/.exec(line)?.[1];
      return rule ? [`${index + 1} naming/${rule}`] : [];
    })
    .sort();
  const result = spawnSync('npx', ['eslint', '--format', 'json', file], { encoding: 'utf8' });
  const reported = JSON.parse(result.stdout)[0]
    .messages.map((message) => `${message.line} ${message.ruleId}`)
    .sort();
  if (JSON.stringify(reported) !== JSON.stringify(expected)) {
    throw new Error(
      `naming rules: expected\n  ${expected.join('\n  ')}\nbut eslint reported\n  ${reported.join('\n  ')}`,
    );
  }
  console.log(`naming rules: the ${expected.length} planted violations were reported, nothing else`);
}

try {
  run(`node scripts/new-component.mjs ${name}`);
  run('npx tsc -p tsconfig.json --noEmit');
  run(`npx eslint --max-warnings 0 ${paths.join(' ')}`);
  run(`npx prettier --check ${paths.join(' ')}`);
  checkNamingRules();
  run(`node scripts/test.mjs --files 'test/components/${name}/*.test.ts'`);
} finally {
  for (const path of paths) rmSync(path, { recursive: true, force: true });
}
