/**
 * The design tokens, as data: the one place they are edited. scripts/build-themes.mjs writes light.css
 * and dark.css from this list (with brand.ts for the brand derivation, through stylesheets.ts); the
 * Foundations stories render from it and test/themes/tokens.test.ts checks the stylesheets against it.
 *
 * Tiers: primitives are the raw palette and font stacks (theme-independent, never used by components
 * directly); semantic tokens are what components use, always with a fallback
 * (`var(--tk-color-surface, Canvas)`); component tokens (`--tk-popover-padding`) are declared by each
 * component on its `:host`, falling back to semantic ones, and documented with `@cssprop`.
 */

import { brandValue } from './brand.js';

export { contrastPairs, type ContrastPair } from './contrast.js';

export type { Theme } from './brand.js';

export type TokenTier = 'primitive' | 'semantic';

export type TokenCategory =
  | 'color'
  | 'font-family'
  | 'font-size'
  | 'font-weight'
  | 'line-height'
  | 'space'
  | 'radius'
  | 'size'
  | 'shadow'
  | 'duration'
  | 'easing'
  | 'z-index';

/**
 * Where the stylesheets declare a token, which decides how it cascades: `root` once on :root (the same
 * in every theme); `theme` in each theme's rule (the root, the theme classes, the dark media query);
 * `brand` in the brand derivation, re-declared on the root, every theme class and .tk-brand, so that it
 * follows a --tk-brand set on any of them.
 */
export type TokenScope = 'root' | 'theme' | 'brand';

export interface ThemeToken {
  readonly name: `--tk-${string}`;
  readonly tier: TokenTier;
  readonly category: TokenCategory;
  readonly scope: TokenScope;
  /** The declared value in light.css (the winning declaration where a browser supports every feature). */
  readonly light: string;
  /** The declared value in dark.css. */
  readonly dark: string;
  /** What it becomes under forced colors: a system colour, or none. Every semantic colour and shadow has one. */
  readonly forced?: string;
  readonly description: string;
}

/** Knobs a host sets; the themes read them but never declare them. */
export interface ThemeInput {
  readonly name: `--tk-${string}`;
  readonly description: string;
}

/**
 * Classes the themes respond to. The theme classes force a theme on an element and its subtree; every
 * element carrying one of the three re-derives the brand tokens from `--tk-brand` set on it.
 */
export const themeClasses = {
  light: 'tk-theme-light',
  dark: 'tk-theme-dark',
  brand: 'tk-brand',
} as const;

export const themeInputs: readonly ThemeInput[] = [
  {
    name: '--tk-brand',
    description:
      'Your brand colour. Hover, subtle, text-on-surface and text-on-brand colours are derived from it and stay readable. Set it on :root, or on an element with a tk-theme-* or tk-brand class.',
  },
  {
    name: '--tk-brand-contrast',
    description:
      'Optional: the text colour on brand fills, when the automatic black-or-white choice is not what your brand guide says.',
  },
];

const scales = {
  blue: ['#eff6ff', '#dbeafe', '#bfdbfe', '#93c5fd', '#60a5fa', '#3b82f6', '#2563eb', '#1d4ed8', '#1e40af', '#1e3a8a'],
  gray: [
    '#f8fafc',
    '#f1f5f9',
    '#e2e8f0',
    '#cbd5e1',
    '#94a3b8',
    '#64748b',
    '#475569',
    '#334155',
    '#1e293b',
    '#0f172a',
    '#020617',
  ],
  red: ['#fef2f2', '#fee2e2', '#fecaca', '#fca5a5', '#f87171', '#ef4444', '#dc2626', '#b91c1c', '#991b1b', '#7f1d1d'],
  green: ['#f0fdf4', '#dcfce7', '#bbf7d0', '#86efac', '#4ade80', '#22c55e', '#16a34a', '#15803d', '#166534', '#14532d'],
  amber: ['#fffbeb', '#fef3c7', '#fde68a', '#fcd34d', '#fbbf24', '#f59e0b', '#d97706', '#b45309', '#92400e', '#78350f'],
  violet: [
    '#f5f3ff',
    '#ede9fe',
    '#ddd6fe',
    '#c4b5fd',
    '#a78bfa',
    '#8b5cf6',
    '#7c3aed',
    '#6d28d9',
    '#5b21b6',
    '#4c1d95',
  ],
  teal: ['#f0fdfa', '#ccfbf1', '#99f6e4', '#5eead4', '#2dd4bf', '#14b8a6', '#0d9488', '#0f766e', '#115e59', '#134e4a'],
} as const;

const STEPS = [50, 100, 200, 300, 400, 500, 600, 700, 800, 900, 950];

const palette: ThemeToken[] = [
  ...Object.entries(scales).flatMap(([hue, values]) =>
    values.map((value, i): ThemeToken => ({
      name: `--tk-color-${hue}-${STEPS[i]}`,
      tier: 'primitive',
      category: 'color',
      scope: 'root',
      light: value,
      dark: value,
      description: `${hue[0].toUpperCase()}${hue.slice(1)} ${STEPS[i]}`,
    })),
  ),
  {
    name: '--tk-color-white',
    tier: 'primitive',
    category: 'color',
    scope: 'root',
    light: '#ffffff',
    dark: '#ffffff',
    description: 'White',
  },
  {
    name: '--tk-color-black',
    tier: 'primitive',
    category: 'color',
    scope: 'root',
    light: '#000000',
    dark: '#000000',
    description: 'Black',
  },
];

function same(
  name: ThemeToken['name'],
  tier: TokenTier,
  category: TokenCategory,
  value: string,
  description: string,
): ThemeToken {
  return { name, tier, category, scope: 'root', light: value, dark: value, description };
}

function themed(
  name: ThemeToken['name'],
  light: string,
  dark: string,
  forced: string,
  description: string,
): ThemeToken {
  return { name, tier: 'semantic', category: 'color', scope: 'theme', light, dark, forced, description };
}

/** A brand token: its value comes from the derivation in brand.ts, the same text in both themes. */
function derived(name: ThemeToken['name'], forced: string, description: string): ThemeToken {
  const value = brandValue(name);
  return { name, tier: 'semantic', category: 'color', scope: 'brand', light: value, dark: value, forced, description };
}

const fontFamilies: ThemeToken[] = [
  same(
    '--tk-font-family-sans',
    'primitive',
    'font-family',
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'Noto Sans', sans-serif, 'Apple Color Emoji', 'Segoe UI Emoji'",
    'The platform UI font, with emoji fonts last.',
  ),
  same(
    '--tk-font-family-serif',
    'primitive',
    'font-family',
    "ui-serif, Georgia, Cambria, 'Times New Roman', Times, serif",
    'A serif stack, for invoices and documents that want one.',
  ),
  same(
    '--tk-font-family-mono',
    'primitive',
    'font-family',
    "ui-monospace, SFMono-Regular, Menlo, Monaco, Consolas, 'Liberation Mono', 'Courier New', monospace",
    'A monospace stack for code, identifiers and aligned figures.',
  ),
];

// What differs per theme in the brand tokens are the private parameters their formulas read (brand.ts).
const brand: ThemeToken[] = [
  derived(
    '--tk-color-brand',
    'Highlight',
    'Brand fill: primary buttons, selected states, progress. --tk-brand made opaque when set, blue otherwise.',
  ),
  derived(
    '--tk-color-on-brand',
    'HighlightText',
    'Text and icons on brand fills: black or white, whichever reads better (at least 4.58:1 for any brand), unless --tk-brand-contrast says otherwise.',
  ),
  derived(
    '--tk-color-brand-hover',
    'Highlight',
    'Brand fill under the pointer: moved away from the on-brand text colour, so hovering never lowers contrast.',
  ),
  derived(
    '--tk-color-brand-subtle',
    'Canvas',
    'A tint of the brand for selected rows, active navigation and highlights; body text reads on it.',
  ),
  derived(
    '--tk-color-brand-text',
    'LinkText',
    'The brand as text, links and icons on surfaces: the brand hue darkened (light) or lightened (dark) just enough to reach 4.5:1.',
  ),
];

const colors: ThemeToken[] = [
  ...brand,
  themed(
    '--tk-color-surface',
    'var(--tk-color-white)',
    'var(--tk-color-gray-900)',
    'Canvas',
    'The page and component background.',
  ),
  themed(
    '--tk-color-surface-raised',
    'var(--tk-color-white)',
    'var(--tk-color-gray-800)',
    'Canvas',
    'Cards, popovers and menus: above the surface (with a shadow in light, lighter in dark).',
  ),
  themed(
    '--tk-color-surface-sunken',
    'var(--tk-color-gray-50)',
    'var(--tk-color-gray-950)',
    'Canvas',
    'Wells below the surface: inputs, code, the dashboard canvas.',
  ),
  themed(
    '--tk-color-surface-hover',
    'var(--tk-color-gray-100)',
    'color-mix(in oklab, var(--tk-color-gray-800) 70%, var(--tk-color-gray-700))',
    'Canvas',
    'Background of a row, item or quiet button under the pointer.',
  ),
  themed(
    '--tk-color-text',
    'var(--tk-color-gray-900)',
    'var(--tk-color-gray-50)',
    'CanvasText',
    'Body text; reads on every surface.',
  ),
  themed(
    '--tk-color-text-muted',
    'var(--tk-color-gray-600)',
    'var(--tk-color-gray-400)',
    'CanvasText',
    'Secondary text: hints, captions, metadata. Still at least 4.5:1 on every surface.',
  ),
  themed(
    '--tk-color-border',
    'var(--tk-color-gray-200)',
    'var(--tk-color-gray-700)',
    'CanvasText',
    'Dividers and decorative outlines.',
  ),
  themed(
    '--tk-color-border-strong',
    'var(--tk-color-gray-500)',
    'var(--tk-color-gray-400)',
    'CanvasText',
    'Boundaries a person needs to see to find a control (inputs, checkboxes): at least 3:1.',
  ),
  derived('--tk-color-focus', 'Highlight', 'The focus ring: follows the brand, at least 3:1 against every surface.'),
  themed(
    '--tk-color-danger',
    'var(--tk-color-red-700)',
    'var(--tk-color-red-400)',
    'CanvasText',
    'Errors and destructive actions, as text or fill.',
  ),
  themed(
    '--tk-color-on-danger',
    'var(--tk-color-white)',
    'var(--tk-color-gray-950)',
    'Canvas',
    'Text on a danger fill.',
  ),
  themed(
    '--tk-color-danger-subtle',
    'var(--tk-color-red-50)',
    'color-mix(in oklab, var(--tk-color-red-500) 18%, var(--tk-color-gray-900))',
    'Canvas',
    'Background of an error message or an invalid field; danger text reads on it.',
  ),
  themed(
    '--tk-color-success',
    'var(--tk-color-green-700)',
    'var(--tk-color-green-400)',
    'CanvasText',
    'Confirmations and positive states, as text or fill.',
  ),
  themed(
    '--tk-color-on-success',
    'var(--tk-color-white)',
    'var(--tk-color-gray-950)',
    'Canvas',
    'Text on a success fill.',
  ),
  themed(
    '--tk-color-success-subtle',
    'var(--tk-color-green-50)',
    'color-mix(in oklab, var(--tk-color-green-500) 18%, var(--tk-color-gray-900))',
    'Canvas',
    'Background of a success message; success text reads on it.',
  ),
  themed(
    '--tk-color-warning',
    'var(--tk-color-amber-700)',
    'var(--tk-color-amber-400)',
    'CanvasText',
    'Warnings and pending states, as text or fill.',
  ),
  themed(
    '--tk-color-on-warning',
    'var(--tk-color-white)',
    'var(--tk-color-gray-950)',
    'Canvas',
    'Text on a warning fill.',
  ),
  themed(
    '--tk-color-warning-subtle',
    'var(--tk-color-amber-50)',
    'color-mix(in oklab, var(--tk-color-amber-500) 18%, var(--tk-color-gray-900))',
    'Canvas',
    'Background of a warning message; warning text reads on it.',
  ),
  themed(
    '--tk-color-overlay',
    'rgb(15 23 42 / 0.5)',
    'rgb(2 6 23 / 0.7)',
    'Canvas',
    'Scrim behind modal dialogs and drawers.',
  ),
];

const typography: ThemeToken[] = [
  same('--tk-font-body', 'semantic', 'font-family', 'var(--tk-font-family-sans)', 'Text of every component.'),
  same('--tk-font-heading', 'semantic', 'font-family', 'var(--tk-font-family-sans)', 'Headings and titles.'),
  same(
    '--tk-font-mono',
    'semantic',
    'font-family',
    'var(--tk-font-family-mono)',
    'Code, identifiers and tabular figures.',
  ),
  same('--tk-font-size-xs', 'semantic', 'font-size', '0.75rem', 'Badges and fine print (12px).'),
  same('--tk-font-size-s', 'semantic', 'font-size', '0.875rem', 'Controls, tables and dense UI (14px).'),
  same('--tk-font-size-m', 'semantic', 'font-size', '1rem', 'Body text (16px).'),
  same('--tk-font-size-l', 'semantic', 'font-size', '1.125rem', 'Lead text and small headings (18px).'),
  same('--tk-font-size-xl', 'semantic', 'font-size', '1.25rem', 'Section headings (20px).'),
  same('--tk-font-size-2xl', 'semantic', 'font-size', '1.5rem', 'Page headings and dashboard figures (24px).'),
  same('--tk-font-weight-regular', 'semantic', 'font-weight', '400', 'Body text.'),
  same('--tk-font-weight-medium', 'semantic', 'font-weight', '500', 'Labels and buttons.'),
  same('--tk-font-weight-semibold', 'semantic', 'font-weight', '600', 'Headings and emphasis.'),
  same('--tk-font-weight-bold', 'semantic', 'font-weight', '700', 'Figures that must stand out.'),
  same('--tk-line-height-tight', 'semantic', 'line-height', '1.25', 'Headings and single-line controls.'),
  same('--tk-line-height-normal', 'semantic', 'line-height', '1.5', 'Running text.'),
];

const layout: ThemeToken[] = [
  ...['0.25rem', '0.5rem', '0.75rem', '1rem', '1.5rem', '2rem', '3rem', '4rem'].map((value, i) =>
    same(`--tk-space-${i + 1}`, 'semantic', 'space', value, `Spacing step ${i + 1} (${parseFloat(value) * 16}px).`),
  ),
  same('--tk-radius-s', 'semantic', 'radius', '0.25rem', 'Badges, checkboxes, small controls.'),
  same('--tk-radius-m', 'semantic', 'radius', '0.375rem', 'Buttons, inputs, menus.'),
  same('--tk-radius-l', 'semantic', 'radius', '0.75rem', 'Cards, dialogs, dashboard widgets.'),
  same('--tk-radius-full', 'semantic', 'radius', '9999px', 'Pills and avatars.'),
  same(
    '--tk-control-height',
    'semantic',
    'size',
    '2.25rem',
    'Height of buttons and inputs (36px, above the 24px target minimum).',
  ),
  same('--tk-control-height-s', 'semantic', 'size', '1.75rem', 'Compact controls in toolbars and tables.'),
  same('--tk-control-height-l', 'semantic', 'size', '2.75rem', 'Touch-first and prominent controls.'),
  same('--tk-border-width', 'semantic', 'size', '1px', 'Borders of controls and containers.'),
  same('--tk-focus-ring-width', 'semantic', 'size', '2px', 'Width of the focus outline.'),
  same('--tk-focus-ring-offset', 'semantic', 'size', '2px', 'Gap between a control and its focus outline.'),
];

const depth: ThemeToken[] = [
  {
    name: '--tk-shadow-s',
    tier: 'semantic',
    category: 'shadow',
    scope: 'theme',
    light: '0 1px 2px rgb(15 23 42 / 0.08)',
    dark: '0 1px 2px rgb(0 0 0 / 0.4)',
    forced: 'none',
    description: 'Resting cards and raised buttons.',
  },
  {
    name: '--tk-shadow-m',
    tier: 'semantic',
    category: 'shadow',
    scope: 'theme',
    light: '0 1px 3px rgb(15 23 42 / 0.08), 0 4px 12px rgb(15 23 42 / 0.1)',
    dark: '0 1px 3px rgb(0 0 0 / 0.4), 0 4px 12px rgb(0 0 0 / 0.35)',
    forced: 'none',
    description: 'Popovers, menus and a widget being dragged.',
  },
  {
    name: '--tk-shadow-l',
    tier: 'semantic',
    category: 'shadow',
    scope: 'theme',
    light: '0 4px 8px rgb(15 23 42 / 0.08), 0 16px 40px rgb(15 23 42 / 0.18)',
    dark: '0 4px 8px rgb(0 0 0 / 0.4), 0 16px 40px rgb(0 0 0 / 0.5)',
    forced: 'none',
    description: 'Dialogs and the chat window.',
  },
  same('--tk-z-sticky', 'semantic', 'z-index', '100', 'Sticky headers and toolbars.'),
  same('--tk-z-overlay', 'semantic', 'z-index', '900', 'Scrims behind dialogs.'),
  same('--tk-z-modal', 'semantic', 'z-index', '1000', 'Dialogs and drawers.'),
  same(
    '--tk-z-popover',
    'semantic',
    'z-index',
    '1100',
    'Popovers, menus and tooltips: above dialogs, so a menu inside a dialog shows.',
  ),
  same('--tk-z-toast', 'semantic', 'z-index', '1200', 'Notifications and the chat launcher: above everything.'),
];

const motion: ThemeToken[] = [
  same('--tk-duration-fast', 'semantic', 'duration', '120ms', 'Hover and press feedback.'),
  same('--tk-duration-normal', 'semantic', 'duration', '200ms', 'Popovers opening, items settling after a drop.'),
  same('--tk-duration-slow', 'semantic', 'duration', '320ms', 'Panels and drawers sliding in.'),
  same('--tk-easing', 'semantic', 'easing', 'cubic-bezier(0.2, 0, 0, 1)', 'Movement within the screen.'),
  same(
    '--tk-easing-enter',
    'semantic',
    'easing',
    'cubic-bezier(0, 0, 0, 1)',
    'Things appearing: fast start, gentle stop.',
  ),
  same(
    '--tk-easing-exit',
    'semantic',
    'easing',
    'cubic-bezier(0.3, 0, 1, 1)',
    'Things leaving: gentle start, fast end.',
  ),
];

/** Every public token of both themes, primitives first. */
export const tokens: readonly ThemeToken[] = [
  ...palette,
  ...fontFamilies,
  ...colors,
  ...typography,
  ...layout,
  ...depth,
  ...motion,
];
