// `npm run new -- <name>`: creates a component in house style (class, styles, define and index
// modules, a test and a story), so every component starts the same way.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import * as prettier from 'prettier';

const name = process.argv[2];
if (!name || !/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(name)) {
  console.error('Usage: npm run new -- <name>   (kebab-case, e.g. npm run new -- field-picker)');
  process.exit(1);
}
const tag = `tk-${name}`;
const pascal = name.replace(/(^|-)([a-z0-9])/g, (_m, _d, c) => c.toUpperCase());
const className = `Tk${pascal}`;
const title = name.replace(/-/g, ' ').replace(/^./, (c) => c.toUpperCase());
const dir = `src/components/${name}`;
if (existsSync(dir)) {
  console.error(`${dir} already exists.`);
  process.exit(1);
}

const files = {
  [`${dir}/${name}.ts`]: `import { html, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TkElement } from '../../base/tk-element.js';
import { LocalizeController } from '../../base/localize.js';
import { baseStyles } from '../../base/styles.js';
import { styles } from './${name}.styles.js';

/** Strings a user reads; override any of them through the \`strings\` property. */
export const default${pascal}Strings = {
  label: '${title}',
};
export type ${pascal}Strings = typeof default${pascal}Strings;

/**
 * @summary ${title}.
 *
 * @slot - The content.
 * @csspart base - The component's wrapper.
 * @cssprop [--tk-${name}-padding=var(--tk-space-3)] - Inner spacing.
 */
export class ${className} extends TkElement {
  static override styles = [baseStyles, styles];

  // House naming (enforced by eslint): private members are \`#name\` (TypeScript \`private\` only where a
  // decorator needs it: \`@state() private x\`), event handlers \`#on<Thing><Event>\`, and each event's detail
  // is a \`Tk…Detail\` type declared once in \`TkEventDetailMap\` (see base/tk-element.ts).
  readonly #localize = new LocalizeController(this, default${pascal}Strings);

  /** Overrides for the strings a user reads. */
  @property({ attribute: false }) strings: Partial<${pascal}Strings> = {};

  override render(): TemplateResult {
    return html\`<div part="base" role="group" aria-label=\${this.#localize.term('label')}><slot></slot></div>\`;
  }
}
`,
  [`${dir}/${name}.styles.ts`]: `import { css } from 'lit';

export const styles = css\`
  :host {
    display: block;
  }
  [part='base'] {
    padding: var(--tk-${name}-padding, var(--tk-space-3, 0.75rem));
  }
\`;
`,
  [`${dir}/define.ts`]: `import { ${className} } from './${name}.js';

${className}.define('${tag}');

declare global {
  interface HTMLElementTagNameMap {
    '${tag}': ${className};
  }
}

export { ${className} };
`,
  [`${dir}/index.ts`]: `export { ${className}, default${pascal}Strings, type ${pascal}Strings } from './${name}.js';
`,
  [`test/components/${name}/${name}.test.ts`]: `import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/${name}/define.js';
import type { ${className} } from '../../../src/components/${name}/index.js';

describe('${tag}', () => {
  it('renders its content in a labelled group', async () => {
    const el = await fixture<${className}>(html\`<${tag}>Hello</${tag}>\`);
    const base = el.shadowRoot!.querySelector('[part="base"]')!;
    expect(base.getAttribute('role')).to.equal('group');
    expect(base.getAttribute('aria-label')).to.equal('${title}');
    expect(el.textContent).to.equal('Hello');
  });

  it('takes its strings from the strings property', async () => {
    const el = await fixture<${className}>(html\`<${tag} .strings=\${{ label: 'Custom' }}></${tag}>\`);
    expect(el.shadowRoot!.querySelector('[part="base"]')!.getAttribute('aria-label')).to.equal('Custom');
  });

  it('passes axe', async () => {
    const el = await fixture<${className}>(html\`<${tag}>Content</${tag}>\`);
    await expect(el).to.be.accessible();
  });
});
`,
  [`stories/Components/${name}.stories.ts`]: `import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/${name}/define.js';

const meta: Meta = {
  title: 'Components/${title}',
  component: '${tag}',
  tags: ['autodocs'],
  render: () => html\`<${tag}>Content</${tag}>\`,
};
export default meta;

export const Default: StoryObj = {};
`,
};

for (const [path, contents] of Object.entries(files)) {
  mkdirSync(path.slice(0, path.lastIndexOf('/')), { recursive: true });
  // Formatted with the project's Prettier config, so long names wrap the way the linter expects.
  const options = (await prettier.resolveConfig(path)) ?? {};
  writeFileSync(path, await prettier.format(contents, { ...options, filepath: path }));
  console.log(`created ${path}`);
}
console.log(
  `\nRegister it in src/define.ts and export it from src/index.ts, then: npm test -- --files test/components/${name}/*.test.ts`,
);
