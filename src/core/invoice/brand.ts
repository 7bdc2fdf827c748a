/**
 * Brand settings an invoice is drawn with, and the checks that keep them safe: a logo URL is
 * http(s) or a data:image URL (it is only ever the `src` of an `<img>`, so an SVG cannot run
 * script), a colour must parse, and a font is a plain font-family list.
 */
import { parseColor, toHex } from '../color/parse.js';
import { readableTextColor } from '../color/contrast.js';

export interface InvoiceBrand {
  /** http(s) URL or `data:image/…` URL; anything else is not shown. */
  logo?: string;
  /** Main colour (CSS colour): the band of the modern layout, headings, rules. */
  primary?: string;
  /** Second colour (CSS colour): table header and highlights. */
  accent?: string;
  /** A CSS font-family list: `"Inter", sans-serif`. */
  font?: string;
}

const DATA_IMAGE = /^data:image\/(png|jpeg|gif|webp|avif|svg\+xml)(;[a-z0-9=.+-]+)*(;base64)?,/i;

/** The URL when it is safe as an image source (http, https, or a data:image URL), else `undefined`. */
export function safeImageUrl(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (DATA_IMAGE.test(trimmed)) return trimmed;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const FONT = /^[\p{L}\p{N} ,'"_-]{1,200}$/u;

/** Brand values ready for styles: colours as hex with a readable text colour on each, or `undefined` when unusable. */
export interface ResolvedBrand {
  logo: string | undefined;
  primary: string | undefined;
  onPrimary: string | undefined;
  accent: string | undefined;
  onAccent: string | undefined;
  font: string | undefined;
}

export function resolveBrand(brand: InvoiceBrand | undefined): ResolvedBrand {
  const colour = (value: unknown): string | undefined => {
    const parsed = typeof value === 'string' ? parseColor(value) : null;
    return parsed ? toHex({ ...parsed, alpha: 1 }) : undefined;
  };
  const primary = colour(brand?.primary);
  const accent = colour(brand?.accent);
  return {
    logo: safeImageUrl(brand?.logo),
    primary,
    onPrimary: primary && readableTextColor(primary),
    accent,
    onAccent: accent && readableTextColor(accent),
    font: typeof brand?.font === 'string' && FONT.test(brand.font) ? brand.font : undefined,
  };
}
