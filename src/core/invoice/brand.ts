/**
 * Brand settings an invoice is drawn with. A font must be a plain font-family list; the logo URL is
 * checked by the shared `safeUrl(url, 'brand-image')` (http(s) or data:image, shown only through
 * `<img>`, so an SVG cannot run script); colours are checked in `brand-colors.ts`, which pulls in the
 * colour parser and so loads only when a brand sets a colour.
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

const FONT = /^[\p{L}\p{N} ,'"_-]{1,200}$/u;

/** The font-family list when it is a plain one (names, quotes, commas), else `undefined`. */
export function safeFont(font: unknown): string | undefined {
  return typeof font === 'string' && FONT.test(font) ? font : undefined;
}
