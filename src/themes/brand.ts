/**
 * How the brand tokens follow `--tk-brand`, as data for src/themes/stylesheets.ts: the private
 * parameters that differ per theme, and the steps of the derivation, in declaration order. The
 * `--_tk-*` names are internals of the themes, not API; the public brand tokens in tokens.ts take their
 * values from here.
 */

export type Theme = 'light' | 'dark';

/** One custom property declaration of the brand derivation. */
export interface Declaration {
  readonly name: `--tk-${string}` | `--_tk-${string}`;
  readonly value: string;
  /** Why, for integrators who read the shipped CSS; written above the declaration. */
  readonly comment?: string;
}

/** A plain value per theme that the derivation reads; it inherits like any value. */
export interface ThemeParameter {
  readonly name: `--_tk-${string}`;
  readonly light: string;
  readonly dark: string;
  readonly comment?: Partial<Record<Theme, string>>;
}

export const themeParameters: readonly ThemeParameter[] = [
  { name: '--_tk-brand-default', light: 'var(--tk-color-blue-600)', dark: 'var(--tk-color-blue-400)' },
  { name: '--_tk-on-brand-default', light: 'var(--tk-color-white)', dark: 'var(--tk-color-gray-950)' },
  { name: '--_tk-brand-away-default', light: 'var(--tk-color-black)', dark: 'var(--tk-color-white)' },
  { name: '--_tk-brand-text-default', light: 'var(--tk-color-blue-700)', dark: 'var(--tk-color-blue-300)' },
  {
    name: '--_tk-brand-text-max-luminance',
    light: '0.13',
    dark: '1',
    comment: {
      light: 'Brand text is darkened to at most this luminance: 4.5:1 on every light surface and on brand-subtle.',
    },
  },
  {
    name: '--_tk-brand-text-min-luminance',
    light: '0',
    dark: '0.38',
    comment: {
      dark: 'Brand text is lightened to at least this luminance: 4.5:1 on every dark surface and on brand-subtle.',
    },
  },
];

/** The derivation every browser gets: the knob or the theme's default brand, with the theme's own pairing. */
export const brandBase: readonly Declaration[] = [
  { name: '--tk-color-brand', value: 'var(--tk-brand, var(--_tk-brand-default))' },
  {
    name: '--tk-color-on-brand',
    value: 'var(--tk-brand-contrast, var(--_tk-on-brand-default))',
    comment:
      "Browsers without relative colour syntax keep the theme's own pairing: set --tk-brand-contrast there (readableTextColor() in tailorkit/core/color computes it).",
  },
  { name: '--_tk-brand-away', value: 'var(--_tk-brand-away-default)' },
  { name: '--tk-color-brand-hover', value: 'color-mix(in oklab, var(--tk-color-brand), var(--_tk-brand-away) 15%)' },
  { name: '--tk-color-brand-subtle', value: 'color-mix(in oklab, var(--tk-color-brand) 12%, var(--tk-color-surface))' },
  { name: '--tk-color-brand-text', value: 'var(--_tk-brand-text-default)' },
  { name: '--tk-color-focus', value: 'var(--tk-color-brand-text)' },
];

/** A feature query that only browsers with relative colour syntax and sign() pass. */
export const relativeColorSupport = 'color: color(from red srgb-linear max(0, sign(r)) g b / 1)';

/**
 * Where relative colour syntax exists, these override brandBase: readable colours computed from the
 * brand itself. `--_tk-luminance` is a fragment spliced into each `color(from … srgb-linear …)`, where
 * r, g and b name that colour's channels.
 */
export const brandRelative: readonly Declaration[] = [
  {
    name: '--tk-color-brand',
    value: 'color(from var(--tk-brand, var(--_tk-brand-default)) srgb r g b / 1)',
    comment: 'A brand is a fill: alpha is dropped, or the text chosen for it would sit on a different colour.',
  },
  {
    name: '--_tk-luminance',
    value: '(0.2126 * clamp(0, r, 1) + 0.7152 * clamp(0, g, 1) + 0.0722 * clamp(0, b, 1))',
  },
  {
    name: '--_tk-white-if-dark',
    value: 'max(0, sign(0.1791 - var(--_tk-luminance)))',
    comment:
      'Black and white contrast equally with a background of luminance 0.1791 (both 4.58:1); below it white wins, above it black does, so the chosen one always reaches 4.5:1.',
  },
  {
    name: '--tk-color-on-brand',
    value:
      'var(--tk-brand-contrast, color(from var(--tk-color-brand) srgb-linear var(--_tk-white-if-dark) var(--_tk-white-if-dark) var(--_tk-white-if-dark) / 1))',
  },
  {
    name: '--_tk-brand-away',
    value: 'color(from var(--tk-color-on-brand) srgb calc(1 - r) calc(1 - g) calc(1 - b) / 1)',
    comment: 'Hover moves the fill away from its text colour: darker under white text, lighter under black.',
  },
  {
    name: '--_tk-darken',
    value: 'min(1, var(--_tk-brand-text-max-luminance) / max(var(--_tk-luminance), 0.000001))',
    comment:
      "Scaling linear channels by k scales luminance by exactly k, and mixing with white by t moves it exactly t of the way to 1, so these land on the theme's luminance bound and keep the hue.",
  },
  {
    name: '--_tk-lighten',
    value:
      'max(0, (var(--_tk-brand-text-min-luminance) - var(--_tk-luminance)) / max(1 - var(--_tk-luminance), 0.000001))',
  },
  {
    name: '--_tk-brand-text-darkened',
    value:
      'color(from var(--tk-color-brand) srgb-linear calc(r * var(--_tk-darken)) calc(g * var(--_tk-darken)) calc(b * var(--_tk-darken)) / 1)',
  },
  {
    name: '--tk-color-brand-text',
    value:
      'color(from var(--_tk-brand-text-darkened) srgb-linear calc(r + (1 - r) * var(--_tk-lighten)) calc(g + (1 - g) * var(--_tk-lighten)) calc(b + (1 - b) * var(--_tk-lighten)) / 1)',
  },
];

/** The value a brand token ends up with where every feature is supported (the last declaration wins). */
export function brandValue(name: Declaration['name']): string {
  const declaration = [...brandBase, ...brandRelative].findLast((d) => d.name === name);
  if (!declaration) throw new Error(`${name} is not declared by the brand derivation`);
  return declaration.value;
}
