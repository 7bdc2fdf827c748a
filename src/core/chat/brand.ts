import { contrastRatio, tintedTextColor, AA_TEXT } from '../color/contrast.js';
import { parseColor, toHex } from '../color/parse.js';
import { cssLength } from './length.js';

/** What a business sets to make the chat widget its own. Every field is optional and validated. */
export interface ChatBrand {
  /** The brand colour: launcher, header and the visitor's bubbles. Any CSS colour. */
  color?: string;
  /** Text on the brand colour. Derived from `color` to reach 4.5:1 when absent or when it would not. */
  textColor?: string;
  /** The window's background. */
  background?: string;
  /** Corner radius: a number of pixels or a length (`12px`, `0.75rem`). */
  radius?: number | string;
  /** A font family list (`Inter, "Helvetica Neue", sans-serif`): names only, never a URL or CSS. */
  font?: string;
}

/** A brand as CSS custom properties on the widget, with what had to be refused or corrected. */
export interface ResolvedBrand {
  properties: Record<string, string>;
  warnings: string[];
}

const GENERIC = new Set([
  'serif',
  'sans-serif',
  'monospace',
  'cursive',
  'fantasy',
  'system-ui',
  'ui-serif',
  'ui-sans-serif',
  'ui-monospace',
  'ui-rounded',
  'math',
  'emoji',
  'fangsong',
]);
/** An unquoted family: identifiers separated by spaces (letters of any script, digits, `-`, `_`). */
const UNQUOTED_FAMILY = /^-?[\p{L}_][\p{L}\p{N}_-]*(?: +[\p{L}\p{N}_-]+)*$/u;
/** A quoted family: any letters, digits, spaces and a little punctuation, never quotes, slashes or brackets. */
const QUOTED_FAMILY = /^(["'])([\p{L}\p{N} _.&+-]+)\1$/u;

/**
 * A safe `font-family` value for `input`, or `undefined`. Each family is a name, quoted or not;
 * anything else (`url(`, `;`, braces, `@import`, escapes) refuses the whole value.
 */
export function fontFamily(input: unknown): string | undefined {
  if (typeof input !== 'string' || input.length === 0 || input.length > 200) return undefined;
  const families: string[] = [];
  for (const raw of input.split(',')) {
    const family = raw.trim();
    if (GENERIC.has(family.toLowerCase())) families.push(family.toLowerCase());
    else if (UNQUOTED_FAMILY.test(family)) families.push(`"${family}"`);
    else {
      const quoted = QUOTED_FAMILY.exec(family);
      if (!quoted) return undefined;
      families.push(`"${quoted[2].trim()}"`);
    }
  }
  return families.join(', ');
}

/**
 * Validates a brand and turns it into the widget's CSS custom properties. A field that is not valid
 * is left out (the theme's value shows) with a warning; the text colour on the brand colour is the
 * given one when it reaches 4.5:1, otherwise a tint of the brand colour that does.
 */
export function resolveBrand(brand: unknown): ResolvedBrand {
  const properties: Record<string, string> = {};
  const warnings: string[] = [];
  if (brand === undefined || brand === null) return { properties, warnings };
  if (typeof brand !== 'object' || Array.isArray(brand)) {
    return { properties, warnings: ['brand must be an object such as { color: "#6d28d9" }'] };
  }
  const { color, textColor, background, radius, font } = brand as Record<string, unknown>;
  const show = (value: unknown): string =>
    JSON.stringify(typeof value === 'string' ? value.slice(0, 60) : value) ?? String(value);
  const colour = (value: unknown, name: string): string | undefined => {
    if (value === undefined) return undefined;
    const parsed = typeof value === 'string' ? parseColor(value) : null;
    if (!parsed || parsed.alpha < 1) {
      warnings.push(`brand.${name} ${show(value)} is not an opaque CSS colour; using the theme's.`);
      return undefined;
    }
    return toHex(parsed);
  };
  const brandColor = colour(color, 'color');
  const text = colour(textColor, 'textColor');
  const page = colour(background, 'background');
  if (brandColor) {
    properties['--tk-chat-brand'] = brandColor;
    let onBrand = text;
    if (onBrand && contrastRatio(onBrand, brandColor) < AA_TEXT) {
      warnings.push(
        `brand.textColor ${onBrand} has ${contrastRatio(onBrand, brandColor).toFixed(2)}:1 on ${brandColor}, below 4.5:1; using a readable tint instead.`,
      );
      onBrand = undefined;
    }
    properties['--tk-chat-on-brand'] = onBrand ?? tintedTextColor(brandColor);
  } else if (text) warnings.push('brand.textColor needs brand.color; ignored.');
  if (page) {
    properties['--tk-chat-background'] = page;
    properties['--tk-chat-text'] = tintedTextColor(page, { tint: '#808080', minimum: 7 });
  }
  if (radius !== undefined) {
    const value = cssLength(radius);
    if (value) properties['--tk-chat-radius'] = value;
    else warnings.push(`brand.radius ${show(radius)} is not a length such as 12 or "0.75rem"; using the theme's.`);
  }
  if (font !== undefined) {
    const value = fontFamily(font);
    if (value) properties['--tk-chat-font'] = value;
    else warnings.push(`brand.font ${show(font)} is not a list of font family names; using the theme's.`);
  }
  return { properties, warnings };
}
