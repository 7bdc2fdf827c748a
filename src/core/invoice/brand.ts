/**
 * Brand settings an invoice is drawn with, and the checks that keep them safe: a logo URL is
 * http(s) or a data:image URL (it is only ever the `src` of an `<img>`, so an SVG cannot run
 * script), and a font is a plain font-family list. Colours are checked in `brand-colors.ts`, which
 * pulls in the colour parser and so loads only when a brand sets a colour.
 */

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

/** The font-family list when it is a plain one (names, quotes, commas), else `undefined`. */
export function safeFont(font: unknown): string | undefined {
  return typeof font === 'string' && FONT.test(font) ? font : undefined;
}
