/**
 * The contrast the themes promise: every pair here stays at its WCAG ratio in both themes and for any
 * brand colour. test/themes/tokens.test.ts measures them in Chromium; the Foundations stories show them.
 */

/** A colour pair that must stay readable in both themes and for any brand colour. */
export interface ContrastPair {
  readonly foreground: `--tk-color-${string}`;
  readonly background: `--tk-color-${string}`;
  /** WCAG 2.x minimum ratio: 4.5 for text, 3 for UI component boundaries and focus indicators. */
  readonly minimum: number;
}

const surfaces = [
  '--tk-color-surface',
  '--tk-color-surface-raised',
  '--tk-color-surface-sunken',
  '--tk-color-surface-hover',
  '--tk-color-brand-subtle',
] as const;

/** Every foreground/background pair the themes promise to keep readable. */
export const contrastPairs: readonly ContrastPair[] = [
  ...(['--tk-color-text', '--tk-color-text-muted', '--tk-color-brand-text'] as const).flatMap((foreground) =>
    surfaces.map((background) => ({ foreground, background, minimum: 4.5 })),
  ),
  ...(['--tk-color-danger', '--tk-color-success', '--tk-color-warning'] as const).flatMap((foreground) =>
    surfaces.slice(0, 4).map((background) => ({ foreground, background, minimum: 4.5 })),
  ),
  { foreground: '--tk-color-on-brand', background: '--tk-color-brand', minimum: 4.5 },
  { foreground: '--tk-color-on-brand', background: '--tk-color-brand-hover', minimum: 4.5 },
  { foreground: '--tk-color-on-danger', background: '--tk-color-danger', minimum: 4.5 },
  { foreground: '--tk-color-on-success', background: '--tk-color-success', minimum: 4.5 },
  { foreground: '--tk-color-on-warning', background: '--tk-color-warning', minimum: 4.5 },
  { foreground: '--tk-color-danger', background: '--tk-color-danger-subtle', minimum: 4.5 },
  { foreground: '--tk-color-success', background: '--tk-color-success-subtle', minimum: 4.5 },
  { foreground: '--tk-color-warning', background: '--tk-color-warning-subtle', minimum: 4.5 },
  { foreground: '--tk-color-text', background: '--tk-color-danger-subtle', minimum: 4.5 },
  { foreground: '--tk-color-text', background: '--tk-color-success-subtle', minimum: 4.5 },
  { foreground: '--tk-color-text', background: '--tk-color-warning-subtle', minimum: 4.5 },
  ...surfaces.flatMap((background) => [
    { foreground: '--tk-color-border-strong' as const, background, minimum: 3 },
    { foreground: '--tk-color-focus' as const, background, minimum: 3 },
  ]),
];
