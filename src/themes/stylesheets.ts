/**
 * Writes light.css and dark.css from the token data (tokens.ts, brand.ts). Pure: no file or DOM access,
 * so scripts/build-themes.mjs runs it in Node and test/themes/tokens.test.ts in the browser, to check
 * that the stylesheets it loads are exactly what this writes.
 */
import { brandBase, brandRelative, relativeColorSupport, themeParameters } from './brand.js';
import type { Declaration, Theme, ThemeParameter } from './brand.js';
import { themeClasses, tokens, type ThemeToken } from './tokens.js';

/** Everything the stylesheets are written from. */
export interface ThemeSource {
  readonly tokens: readonly ThemeToken[];
  readonly parameters: readonly ThemeParameter[];
  readonly brandBase: readonly Declaration[];
  readonly brandRelative: readonly Declaration[];
}

export const themeSource: ThemeSource = { tokens, parameters: themeParameters, brandBase, brandRelative };

const WIDTH = 112;

/** A comment wrapped to WIDTH; a long one continues in the style of the hand-written files. */
function comment(text: string, indent: string): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + 3 + line.length + 1 + word.length > WIDTH) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  lines.push(line);
  return `${indent}/* ${lines.join(`\n${indent}   `)} */`;
}

function declaration(name: string, value: string, indent: string, note?: string): string {
  return `${note ? `${comment(note, indent)}\n` : ''}${indent}${name}: ${value};`;
}

function rule(selectors: readonly string[], body: readonly string[], indent = ''): string {
  return `${indent}${selectors.join(`,\n${indent}`)} {\n${body.join('\n')}\n${indent}}`;
}

const header: Record<Theme, string[]> = {
  light: [
    'Tailorkit light theme. Load it alone for a light-only app, or with dark.css for both.',
    '',
    'Three tiers of custom properties:',
    '  1. Primitives: the palette (--tk-color-blue-600) and font stacks. Never used by components.',
    '  2. Semantic tokens: what components use, always with a fallback (var(--tk-color-surface, Canvas)):',
    '     colours by role, spacing, radii, type, shadows, motion, layers. Override them on :root.',
    '  3. Component tokens: declared by each component on its :host and documented with @cssprop, e.g.',
    '       :host { --tk-popover-padding: var(--tk-space-3, 0.75rem); }',
    '     so a host can restyle one component (tk-popover { --tk-popover-padding: 0 }) without touching',
    '     the others. Private internals of a component are --_name and are not part of the API.',
    '',
    'Theming knobs: --tk-brand (the brand colour) and, optionally, --tk-brand-contrast (text on brand).',
    `Classes: ${themeClasses.light} and ${themeClasses.dark} force a theme on an element and its subtree; ${themeClasses.brand}`,
    'marks an element whose own --tk-brand should restyle its subtree.',
  ],
  dark: [
    `Tailorkit dark theme. Applies wherever the class ${themeClasses.dark} is set, and on the root when the`,
    `operating system prefers dark and the root does not carry ${themeClasses.light}. Load it after or before`,
    'light.css: the rules do not depend on order. Tiers, knobs and classes are described in light.css.',
  ],
};

function validate(source: ThemeSource): void {
  const names = source.tokens.map((t) => t.name);
  const repeated = names.filter((name, i) => names.indexOf(name) !== i);
  if (repeated.length) throw new Error(`tokens listed twice: ${repeated.join(', ')}`);
  for (const token of source.tokens) {
    if (token.scope === 'root' && token.light !== token.dark)
      throw new Error(`${token.name} is declared once for every theme (scope root) but differs per theme`);
    const needsForced = token.tier === 'semantic' && (token.category === 'color' || token.category === 'shadow');
    if (needsForced && !token.forced) throw new Error(`${token.name} has no forced-colors value`);
  }
  const derivedNames = new Set([...source.brandBase, ...source.brandRelative].map((d) => d.name));
  const notDerived = source.tokens.filter((t) => t.scope === 'brand' && !derivedNames.has(t.name));
  if (notDerived.length)
    throw new Error(`brand tokens the derivation does not declare: ${notDerived.map((t) => t.name).join(', ')}`);
}

function rootRule(source: ThemeSource): string {
  const root = source.tokens.filter((t) => t.scope === 'root');
  const primitives = root.filter((t) => t.tier === 'primitive').map((t) => declaration(t.name, t.light, '  '));
  const constants = root.filter((t) => t.tier === 'semantic').map((t) => declaration(t.name, t.light, '  '));
  return [
    comment(
      "Primitives and theme-independent semantic tokens. :where() keeps their specificity at zero, so a host's own :root rule overrides any of them whichever stylesheet loads last.",
      '',
    ),
    rule(
      [':where(:root)'],
      [
        comment('Primitives: the raw palette and font stacks. Components never use these directly.', '  '),
        ...primitives,
        '',
        comment('Semantic tokens that do not change with the theme.', '  '),
        ...constants,
      ],
    ),
  ].join('\n');
}

/** The declarations that make an element's subtree one theme. */
function themeBody(source: ThemeSource, theme: Theme, indent: string): string[] {
  return [
    `${indent}color-scheme: ${theme};`,
    ...source.tokens.filter((t) => t.scope === 'theme').map((t) => declaration(t.name, t[theme], indent)),
    ...source.parameters.map((p) => declaration(p.name, p[theme], indent, p.comment?.[theme])),
  ];
}

function themeRules(source: ThemeSource, theme: Theme): string {
  const light = `.${themeClasses.light}`;
  if (theme === 'light')
    return [
      comment(
        `The light theme applies on the root unless another theme class wins, and wherever ${themeClasses.light} is set.`,
        '',
      ),
      rule([':where(:root)', light], themeBody(source, 'light', '  ')),
    ].join('\n');
  return [
    comment(
      "The same declarations twice, as CSS cannot share a block between a class and a media query. Neither rule is more specific than one class, and the root one beats light.css's zero-specificity root rule in either load order.",
      '',
    ),
    rule([`.${themeClasses.dark}`], themeBody(source, 'dark', '  ')),
    '',
    '@media (prefers-color-scheme: dark) {',
    rule([`:where(:root):not(${light})`], themeBody(source, 'dark', '    '), '  '),
    '}',
  ].join('\n');
}

/** The theme classes and tk-brand: every element where a host may set --tk-brand. */
const classScopes = Object.values(themeClasses).map((c) => `.${c}`);
const everyThemeScope = [':where(:root)', ...classScopes];

function brandRules(source: ThemeSource): string {
  const body = (list: readonly Declaration[], indent: string): string[] =>
    list.map((d) => declaration(d.name, d.value, indent, d.comment));
  return [
    comment(
      'Brand, derived from one knob (--tk-brand) and an optional second (--tk-brand-contrast). Unregistered custom properties resolve their var() references on the element that declares them, so the derived tokens are re-declared wherever a host may set the knob: the root, every theme class, and .tk-brand for a branded part of a page (a chat widget, an embedded invoice). The theme-specific parameters (--_tk-*) are plain values and simply inherit.',
      '',
    ),
    rule(everyThemeScope, body(source.brandBase, '  ')),
    '',
    comment(
      "Where relative colour syntax exists, the readable colours are computed from the brand itself, with the WCAG 2.x relative luminance Y = 0.2126 R + 0.7152 G + 0.0722 B of its linear-light channels (the same formula as contrastRatio() in tailorkit/core/color). --_tk-luminance is a fragment of tokens, not a value: it is spliced into each color(from ... srgb-linear ...) below, where r, g and b name that colour's channels.",
      '',
    ),
    `@supports (${relativeColorSupport}) {`,
    rule(everyThemeScope, body(source.brandRelative, '    '), '  '),
    '}',
  ].join('\n');
}

function forcedColorsRule(source: ThemeSource): string {
  const forced = source.tokens.flatMap((t) =>
    t.forced ? [declaration(t.name, `${t.forced} !important`, '    ')] : [],
  );
  return [
    comment(
      "Windows High Contrast and other forced palettes: map every semantic colour to a system colour so components that draw with tokens (including those that opt out with forced-color-adjust) follow the user's palette. !important because this must win over every theme rule, in any load order.",
      '',
    ),
    '@media (forced-colors: active) {',
    rule([':root', ...classScopes], forced, '  '),
    '}',
  ].join('\n');
}

/** The text of light.css and dark.css. Throws, naming the token, when the source is inconsistent. */
export function themeStylesheets(source: ThemeSource = themeSource): Record<Theme, string> {
  validate(source);
  const write = (theme: Theme): string =>
    [
      `/*\n${[
        ...header[theme],
        '',
        'Generated from src/themes/tokens.ts by scripts/build-themes.mjs: edit the tokens there, not this file.',
      ]
        .map((line) => ` *${line ? ` ${line}` : ''}`)
        .join('\n')}\n */`,
      rootRule(source),
      themeRules(source, theme),
      brandRules(source),
      forcedColorsRule(source),
    ].join('\n\n') + '\n';
  return { light: write('light'), dark: write('dark') };
}
