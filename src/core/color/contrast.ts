/**
 * WCAG 2.x contrast: relative luminance, contrast ratio, and a readable text colour for any
 * background. The themes derive their on-brand colour the same way in CSS; this is the reference the
 * theming playground and the chat widget's brand settings check against.
 */
import { decode, parseColor, toHex, type Rgba } from './parse.js';

/** A CSS colour string or an already parsed colour. */
export type ColorInput = string | Rgba;

/** WCAG 2.x AA minimum for body text. */
export const AA_TEXT = 4.5;
/** WCAG 2.x AA minimum for large text (24px, or 18.66px bold) and for UI component boundaries. */
export const AA_LARGE_TEXT = 3;
/** WCAG 2.x AAA minimum for body text. */
export const AAA_TEXT = 7;

const WHITE: Rgba = { r: 1, g: 1, b: 1, alpha: 1 };
const BLACK: Rgba = { r: 0, g: 0, b: 0, alpha: 1 };

function resolve(color: ColorInput, role: string): Rgba {
  const parsed = typeof color === 'string' ? parseColor(color) : color;
  if (!parsed || ![parsed.r, parsed.g, parsed.b, parsed.alpha].every(Number.isFinite)) {
    const shown = typeof color === 'string' ? JSON.stringify(color.slice(0, 64)) : 'an invalid colour object';
    throw new TypeError(`${role} is not a colour this helper understands: ${shown}`);
  }
  return parsed;
}

/** Paints `top` over an opaque `bottom` (source-over in gamma-encoded sRGB, as browsers blend). */
function over(top: Rgba, bottom: Rgba): Rgba {
  const a = top.alpha;
  return {
    r: top.r * a + bottom.r * (1 - a),
    g: top.g * a + bottom.g * (1 - a),
    b: top.b * a + bottom.b * (1 - a),
    alpha: 1,
  };
}

/** A background as a reader sees it: translucent ones are shown over white, the page default. */
function opaque(background: Rgba): Rgba {
  return background.alpha >= 1 ? background : over(background, WHITE);
}

/** WCAG 2.x relative luminance in [0, 1]; alpha is ignored. */
export function relativeLuminance(color: ColorInput): number {
  const { r, g, b } = resolve(color, 'The colour');
  return 0.2126 * decode(r) + 0.7152 * decode(g) + 0.0722 * decode(b);
}

function ratio(foreground: Rgba, background: Rgba): number {
  const bottom = opaque(background);
  const top = foreground.alpha >= 1 ? foreground : over(foreground, bottom);
  const l1 = relativeLuminance(top);
  const l2 = relativeLuminance(bottom);
  return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
}

/**
 * WCAG 2.x contrast ratio, from 1 (none) to 21 (black on white). Symmetric for opaque colours.
 * A translucent `foreground` is painted over `background`; a translucent `background` over white.
 * Throws a `TypeError` naming the argument when a colour cannot be parsed.
 */
export function contrastRatio(foreground: ColorInput, background: ColorInput): number {
  return ratio(resolve(foreground, 'The foreground'), resolve(background, 'The background'));
}

export interface ReadableTextOptions {
  /** Preferred text colours, best first; the first one reaching `minimum` wins. */
  candidates?: readonly ColorInput[];
  /** The ratio a candidate must reach; defaults to 4.5 (AA body text). */
  minimum?: number;
}

/**
 * A text colour that reads on `background`: the first of `candidates` reaching `minimum`, otherwise
 * black or white, whichever contrasts more. Black or white always reaches at least 4.58:1 on an opaque
 * background (the worst case is a background of luminance 0.179, where both tie), so with the default
 * minimum the answer always passes AA. Returns a candidate as given, or `#000000`/`#ffffff`.
 */
export function readableTextColor(background: ColorInput, options: ReadableTextOptions = {}): string {
  const { candidates = [], minimum = AA_TEXT } = options;
  if (!Number.isFinite(minimum)) throw new RangeError(`minimum must be a finite number, got ${String(minimum)}`);
  const bottom = opaque(resolve(background, 'The background'));
  for (const candidate of candidates) {
    if (ratio(resolve(candidate, 'A candidate'), bottom) >= minimum) {
      return typeof candidate === 'string' ? candidate : toHex(candidate);
    }
  }
  return ratio(BLACK, bottom) >= ratio(WHITE, bottom) ? '#000000' : '#ffffff';
}

/** `color` moved a fraction `t` of the way toward `target`, channel by channel. */
function mix(color: Rgba, target: Rgba, t: number): Rgba {
  return {
    r: color.r + (target.r - color.r) * t,
    g: color.g + (target.g - color.g) * t,
    b: color.b + (target.b - color.b) * t,
    alpha: 1,
  };
}

/** The first sRGB byte at or past `x` in the direction of `target`: rounding never loses contrast. */
function byteToward(x: number, target: number): number {
  const scaled = x * 255;
  return (target >= x ? Math.ceil(scaled - 1e-9) : Math.floor(scaled + 1e-9)) / 255;
}

/**
 * A text colour for `background` that keeps its hue: `tint` (the background itself by default)
 * lightened or darkened, just as far as it takes to reach `minimum` against the background.
 *
 * Readable text on a brand colour usually means plain black or white; this returns the closest
 * colour of the brand's family that still reads, e.g. a pale lavender on a purple, a deep navy on a
 * light blue. It moves toward whichever of white and black contrasts more with the background, and
 * since one of them always reaches 4.58:1 on an opaque background, the default minimum is always met.
 * For a `minimum` no colour can reach, the answer is white or black, whichever contrasts more.
 *
 * Returns `#rrggbb`. Throws a `TypeError` naming the argument when a colour cannot be parsed.
 */
export function tintedTextColor(background: ColorInput, options: { tint?: ColorInput; minimum?: number } = {}): string {
  const { minimum = AA_TEXT } = options;
  if (!Number.isFinite(minimum)) throw new RangeError(`minimum must be a finite number, got ${String(minimum)}`);
  const bottom = opaque(resolve(background, 'The background'));
  const tint = opaque(resolve(options.tint ?? bottom, 'The tint'));
  const target = ratio(BLACK, bottom) >= ratio(WHITE, bottom) ? BLACK : WHITE;
  if (ratio(target, bottom) < minimum) return toHex(target);
  const passes = (t: number): boolean => ratio(mix(tint, target, t), bottom) >= minimum;
  let low = 0;
  let high = 1;
  if (!passes(low)) {
    // Luminance moves monotonically toward the target as t grows, so bisection finds the least t.
    for (let step = 0; step < 24; step++) {
      const middle = (low + high) / 2;
      if (passes(middle)) high = middle;
      else low = middle;
    }
  } else high = 0;
  const chosen = mix(tint, target, high);
  const rounded: Rgba = {
    r: byteToward(chosen.r, target.r),
    g: byteToward(chosen.g, target.g),
    b: byteToward(chosen.b, target.b),
    alpha: 1,
  };
  return toHex(ratio(rounded, bottom) >= minimum ? rounded : target);
}
