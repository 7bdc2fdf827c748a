// Generates what frameworks and editors need from custom-elements.json, so every tk-* element,
// today's and tomorrow's, gets them without anyone keeping a list (run by `npm run build`, after
// `tsc` and the manifest):
//   dist/react/<folder>.js|.d.ts, dist/react/index.*  React wrappers (@lit/react): typed onTk… props
//   dist/react/jsx.d.ts                                 React 19 JSX IntrinsicElements (native custom elements)
//   dist/vue/index.d.ts                                 Vue GlobalComponents: props and typed $event
//   dist/svelte/index.d.ts                              Svelte 5 SvelteHTMLElements: props and ontk-… listeners
//   dist/vscode.html-custom-data.json                   VS Code HTML custom data
//   dist/web-types.json                                 JetBrains web-types
//   dist/autoloader.js|.d.ts                            registers each tag when it first appears
// Types are taken from the element classes (`TkDashboard['layout']`) and from
// GlobalEventHandlersEventMap (`tk-layout-change`), never copied out of the manifest's text, so the
// generated declarations cannot drift from the sources.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import ts from 'typescript';

const root = join(dirname(new URL(import.meta.url).pathname), '..');
const out = join(root, 'dist');
const manifest = JSON.parse(readFileSync(join(root, 'custom-elements.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const HEADER = '// Generated from custom-elements.json by scripts/framework-typings.mjs. Do not edit.\n';

/** `tk-layout-change` -> `onTkLayoutChange` (the React wrapper's prop). */
const reactEventProp = (name) => 'on' + name.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
const quote = (text) => JSON.stringify(text);
// A JSDoc block from manifest text, escaped so that a star-slash in it cannot end the comment early.
const doc = (text, indent = '') =>
  text ? `${indent}/** ${text.replaceAll('*/', '*\\/').replace(/\n/g, `\n${indent} * `)} */\n` : '';

/** Every custom element in the manifest, with what the generators need. */
function elements() {
  const list = [];
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.customElement || !decl.tagName) continue;
      const folder = mod.path.split('/').at(-2);
      const define = `src/components/${folder}/define.ts`;
      if (!existsSync(join(root, define))) throw new Error(`${decl.tagName}: no ${define} registers it`);
      const fields = (decl.members ?? []).filter((m) => m.kind === 'field' && !m.static && !m.readonly);
      list.push({
        tag: decl.tagName,
        className: decl.name,
        folder,
        summary: decl.summary ?? '',
        description: decl.description ?? '',
        /** Module of the class, relative to dist/ (`components/dashboard/dashboard.js`). */
        module: mod.path.replace(/^src\//, '').replace(/\.ts$/, '.js'),
        properties: fields.map((m) => ({ name: m.name, description: m.description ?? '' })),
        attributes: (decl.attributes ?? []).map((a) => ({
          name: a.name,
          field: a.fieldName,
          type: a.type?.text ?? 'string',
          description: a.description ?? '',
          default: a.default,
        })),
        events: (decl.events ?? [])
          .filter((e) => e.name)
          .map((e) => ({ name: e.name, description: e.description ?? '' })),
        slots: decl.slots ?? [],
        parts: decl.cssParts ?? [],
        cssProperties: decl.cssProperties ?? [],
      });
    }
  }
  return list.sort((a, b) => a.tag.localeCompare(b.tag));
}

const all = elements();
if (all.length === 0) throw new Error('custom-elements.json lists no custom elements: run `npm run manifest` first');
const folders = [...new Set(all.map((e) => e.folder))].sort();
/** Writes into dist/, and modules also into dist/development/ (the `development` condition's copy). */
const write = (path, text) => {
  const targets = [out];
  if (path.endsWith('.js') && existsSync(join(out, 'development'))) targets.push(join(out, 'development'));
  for (const target of targets) {
    mkdirSync(dirname(join(target, path)), { recursive: true });
    writeFileSync(join(target, path), text);
  }
};

const EVENT_TYPE = `/** The event a tk-* name dispatches, as its component declares it in GlobalEventHandlersEventMap. */
type TkEvent<K extends string> = K extends keyof GlobalEventHandlersEventMap ? GlobalEventHandlersEventMap[K] : Event;
`;

// React wrappers, one module per component folder, so an app bundles only the ones it imports.
for (const folder of folders) {
  const own = all.filter((e) => e.folder === folder);
  const js = [HEADER, "import * as React from 'react';", "import { createComponent } from '@lit/react';"];
  const dts = [HEADER, "import type { EventName, ReactWebComponent } from '@lit/react';"];
  for (const e of own) {
    js.push(`import { ${e.className} as ${e.className}Element } from '../${e.module}';`);
    dts.push(`import type { ${e.className} as ${e.className}Element } from '../${e.module}';`);
  }
  js.push(`import '../components/${folder}/define.js';`, '');
  dts.push('', EVENT_TYPE);
  for (const e of own) {
    const events = e.events.map((ev) => `    ${reactEventProp(ev.name)}: ${quote(ev.name)},`);
    js.push(
      `export const ${e.className} = createComponent({`,
      `  tagName: ${quote(e.tag)},`,
      `  elementClass: ${e.className}Element,`,
      '  react: React,',
      `  displayName: ${quote(e.className)},`,
      `  events: {${events.length ? `\n${events.join('\n')}\n  ` : ''}},`,
      '});',
      '',
    );
    const eventTypes = e.events.map(
      (ev) => `${doc(ev.description, '    ')}    ${reactEventProp(ev.name)}: EventName<TkEvent<${quote(ev.name)}>>;`,
    );
    dts.push(
      doc(`\`<${e.tag}>\` for React: ${e.summary || e.description}`) +
        `export declare const ${e.className}: ReactWebComponent<\n  ${e.className}Element,\n  {${
          eventTypes.length ? `\n${eventTypes.join('\n')}\n  ` : ''
        }}\n>;\n`,
    );
  }
  dts.push('export {};', '');
  write(`react/${folder}.js`, js.join('\n'));
  write(`react/${folder}.d.ts`, dts.join('\n'));
}
const reexports = [HEADER, ...folders.map((f) => `export * from './${f}.js';`), ''].join('\n');
write('react/index.js', reexports);
write('react/index.d.ts', reexports);

/** Props of an element in a template: its settable properties, plus attributes whose name differs. */
function templateProps(e, indent = '') {
  const names = e.properties.map((p) => quote(p.name)).join(' | ') || 'never';
  const attributes = e.attributes
    .filter((a) => a.field && a.name !== a.field && e.properties.some((p) => p.name === a.field))
    .map((a) => `${doc(a.description, indent)}${indent}${quote(a.name)}?: ${e.className}[${quote(a.field)}];`);
  return { names, attributes };
}

/**
 * Typings for a framework that renders custom elements itself, setting properties the element has
 * and listening with `on` + the exact event name (`ontk-layout-change`): React 19 and Svelte 5.
 * `attributesType` is the framework's type of an element's own HTML attributes; `open` lists the
 * declarations, outermost first, around the interface the tags are added to.
 */
function nativeElementTypings({ path, imports, attributesType, open, note }) {
  const indent = '  '.repeat(open.length);
  const lines = [HEADER, imports];
  for (const e of all) lines.push(`import type { ${e.className} } from '../${e.module}';`);
  lines.push(
    '',
    EVENT_TYPE,
    '/** A tk-* element in markup: its properties, its kebab-case attributes and `ontk-…` listeners. */',
    `type TkElement<E extends HTMLElement, P extends keyof E, A, V> = Omit<${attributesType}, P | keyof A | keyof V> &`,
    '  Partial<Pick<E, P>> &',
    '  A &',
    '  V;',
    '',
    ...open.map((line, depth) => '  '.repeat(depth) + line),
  );
  for (const e of all) {
    const inner = `${indent}    `;
    const { names, attributes } = templateProps(e, inner);
    const events = e.events.map(
      (ev) =>
        `${doc(ev.description, inner)}${inner}${quote(`on${ev.name}`)}?: (event: TkEvent<${quote(ev.name)}>) => void;`,
    );
    const block = (entries) => `{${entries.length ? `\n${entries.join('\n')}\n${indent}  ` : ''}}`;
    lines.push(
      doc(e.summary || e.description, indent) +
        `${indent}${quote(e.tag)}: TkElement<\n${indent}  ${e.className},\n${indent}  ${names},\n${indent}  ${block(
          attributes,
        )},\n${indent}  ${block(events)}\n${indent}>;`,
    );
  }
  lines.push(...open.map((_, depth) => '  '.repeat(open.length - 1 - depth) + '}'), '', 'export {};', '');
  write(`${path}.d.ts`, lines.join('\n'));
  write(`${path}.js`, `${HEADER}// Types only: ${note}\nexport {};\n`);
}

nativeElementTypings({
  path: 'react/jsx',
  imports: "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
  attributesType: 'DetailedHTMLProps<HTMLAttributes<E>, E>',
  open: ["declare module 'react' {", 'namespace JSX {', 'interface IntrinsicElements {'],
  note: "`import 'tailorkit/react/jsx'` adds the tk-* elements to React's JSX.",
});

nativeElementTypings({
  path: 'svelte/index',
  imports: "import type { HTMLAttributes } from 'svelte/elements';",
  attributesType: 'HTMLAttributes<E>',
  open: ["declare module 'svelte/elements' {", 'interface SvelteHTMLElements {'],
  note: "`import type {} from 'tailorkit/svelte'` types tk-* elements in Svelte markup.",
});

// Vue: the shape the Vue docs give for custom elements in GlobalComponents (props through $props,
// events through $emit), so vue-tsc checks props and types $event.
{
  const lines = [HEADER, "import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';"];
  for (const e of all) lines.push(`import type { ${e.className} } from '../${e.module}';`);
  lines.push(
    '',
    EVENT_TYPE,
    '/** `data-*` attributes, which vue-tsc sees camelized (`data-role` as `dataRole`). */',
    'type DataAttributes = { [data: `data-${string}` | `data${Capitalize<string>}`]: string | number | boolean | undefined };',
    '',
    'type TkVueElement<E extends HTMLElement, P extends keyof E, V extends Record<string, Event>> = new () => E & {',
    '  /** @deprecated For template type checking only; not a property of the element. */',
    '  $props: HTMLAttributes & Partial<Pick<E, P>> & DataAttributes & PublicProps;',
    '  /** @deprecated For template type checking only; not a property of the element. */',
    '  $emit: EmitFn<{ [K in keyof V]: (event: V[K]) => void }>;',
    '};',
    '',
    "declare module 'vue' {",
    '  interface GlobalComponents {',
  );
  for (const e of all) {
    const events = e.events.map((ev) => `${quote(ev.name)}: TkEvent<${quote(ev.name)}>`).join('; ');
    lines.push(
      doc(e.summary || e.description, '    ') +
        `    ${quote(e.tag)}: TkVueElement<${e.className}, ${templateProps(e).names}, { ${events} }>;`,
    );
  }
  lines.push('  }', '}', '', 'export {};', '');
  write('vue/index.d.ts', lines.join('\n'));
  write(
    'vue/index.js',
    `${HEADER}// Types only: \`import type {} from 'tailorkit/vue'\` types tk-* elements in Vue templates.\nexport {};\n`,
  );
}

// `tailorkit/autoloader`: one script that registers each tag the first time it appears. The import()
// of each define module stays a literal, so bundlers and CDNs split and fetch them one by one.
{
  const loaders = all.map((e) => `  ${quote(e.tag)}: () => import('./components/${e.folder}/define.js'),`);
  write(
    'autoloader.js',
    [
      HEADER,
      "import { startAutoloader } from './base/autoload.js';",
      '',
      '/** Watches the page and registers each tk-* tag when it first appears; undefined where there is no document (a server). */',
      "export const autoloader = typeof document === 'undefined' ? undefined : startAutoloader({",
      ...loaders,
      '});',
      '',
    ].join('\n'),
  );
  write(
    'autoloader.d.ts',
    `${HEADER}import type { Autoloader } from './base/autoload.js';\n\n/** Watches the page and registers each tk-* tag when it first appears; undefined where there is no document (a server). */\nexport declare const autoloader: Autoloader | undefined;\n`,
  );
}

/**
 * The string values an attribute takes, read from the built declarations (`TkPopover['placement']`
 * is `'top' | 'bottom' | …` behind an alias the manifest only names), and whether it is a boolean.
 */
const program = ts.createProgram(
  all.map((e) => join(out, e.module.replace(/\.js$/, '.d.ts'))),
  { strict: true, skipLibCheck: true, noEmit: true },
);
const checker = program.getTypeChecker();
function attributeValues(e, a) {
  const file = program.getSourceFile(join(out, e.module.replace(/\.js$/, '.d.ts')));
  const klass =
    file && checker.getExportsOfModule(checker.getSymbolAtLocation(file)).find((x) => x.name === e.className);
  const property = klass && checker.getDeclaredTypeOfSymbol(klass).getProperty(a.field);
  if (!property) return { boolean: false, values: [] };
  const type = checker.getNonNullableType(checker.getTypeOfSymbol(property));
  const parts = type.isUnion() ? type.types : [type];
  return {
    boolean: parts.every((part) => part.flags & ts.TypeFlags.BooleanLike),
    values: parts.filter((part) => part.isStringLiteral()).map((part) => part.value),
  };
}

for (const e of all) for (const a of e.attributes) Object.assign(a, attributeValues(e, a));
const named = (values) => values.map((name) => ({ name }));

/** Writes a JSON file for an editor. */
const writeJson = (path, value) => write(path, JSON.stringify(value, null, 2) + '\n');

const description = (e) => [e.summary, e.description].filter(Boolean).join('\n\n');

// VS Code: `"html.customData": ["./node_modules/tailorkit/dist/vscode.html-custom-data.json"]`.
writeJson('vscode.html-custom-data.json', {
  version: 1.1,
  tags: all.map((e) => ({
    name: e.tag,
    description: description(e),
    attributes: e.attributes.map(({ name, description, boolean, values }) => ({
      name,
      description,
      ...(boolean ? { valueSet: 'v' } : values.length ? { values: named(values) } : {}),
    })),
  })),
});

// JetBrains IDEs read `web-types` from package.json.
writeJson('web-types.json', {
  $schema: 'https://json.schemastore.org/web-types',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  'js-types-syntax': 'typescript',
  contributions: {
    html: {
      elements: all.map((e) => ({
        name: e.tag,
        description: description(e),
        attributes: e.attributes.map((a) => ({
          name: a.name,
          description: a.description,
          ...(a.default !== undefined ? { default: a.default } : {}),
          value: a.boolean ? { kind: 'no-value', type: 'boolean' } : { kind: 'plain', type: a.type },
          ...(a.values.length ? { values: named(a.values) } : {}),
        })),
        events: e.events.map((ev) => ({ name: ev.name, description: ev.description })),
        slots: e.slots.map((s) => ({ name: s.name || 'default', description: s.description ?? '' })),
        js: {
          properties: e.properties.map((p) => ({ name: p.name, description: p.description })),
          events: e.events.map((ev) => ({ name: ev.name, description: ev.description })),
        },
        css: {
          parts: e.parts.map((p) => ({ name: p.name, description: p.description ?? '' })),
          properties: e.cssProperties.map((p) => ({ name: p.name, description: p.description ?? '' })),
        },
      })),
    },
  },
});

console.log(
  `framework typings: ${all.length} elements (${all.map((e) => e.tag).join(', ')}) -> ` +
    'dist/react (wrappers, jsx), dist/vue, dist/svelte, dist/autoloader.js, dist/vscode.html-custom-data.json, dist/web-types.json',
);
