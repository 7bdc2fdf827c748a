/**
 * The one check for a URL that came from outside (a message, a note, a brand setting) before it
 * becomes a link or an image. Kept apart from the Markdown renderer so a component that only shows
 * logos or links does not load the parser and the sanitizer.
 */

/** What a URL is for: a link the user follows, an image inside content, or an image the integrator set. */
export type UrlPurpose = 'link' | 'image' | 'brand-image';

export interface SafeUrlOptions {
  /** Hosts that `image` URLs may come from: `cdn.example.com`, or `*.example.com` for its subdomains. */
  imageHosts?: readonly string[];
  /** Base for relative URLs; default the document's. */
  base?: string;
}

const LINK_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);
const WEB_PROTOCOLS = new Set(['http:', 'https:']);
/** Raster and SVG images as data: URLs. SVG is only ever shown through `<img>`, where its scripts never run. */
const DATA_IMAGE = /^data:image\/(?:png|jpeg|gif|webp|avif|svg\+xml)(?:;[\w=.+-]+)*(?:;base64)?,/i;

function hostAllowed(host: string, allowed: readonly string[]): boolean {
  const name = host.toLowerCase();
  return allowed.some((entry) => {
    const pattern = entry.toLowerCase();
    return pattern.startsWith('*.') ? name.endsWith(pattern.slice(1)) : name === pattern;
  });
}

/**
 * The URL to use for `purpose`, or `undefined` when it is not allowed:
 * - `link`: http(s), mailto and tel only (never `javascript:`, `vbscript:`, `data:` or `file:`);
 * - `image`: http(s) from one of `imageHosts` only (none by default);
 * - `brand-image` (a logo or avatar the integrator set): http(s), or a `data:image/…` URL.
 *
 * Relative URLs resolve against `base` (the document by default) and are checked as resolved.
 */
export function safeUrl(url: unknown, purpose: UrlPurpose, options: SafeUrlOptions = {}): string | undefined {
  if (typeof url !== 'string') return undefined;
  const trimmed = url.trim();
  if (!trimmed) return undefined;
  if (purpose === 'brand-image' && DATA_IMAGE.test(trimmed)) return trimmed;
  let parsed: URL;
  try {
    parsed = new URL(trimmed, options.base ?? (typeof document === 'undefined' ? undefined : document.baseURI));
  } catch {
    return undefined;
  }
  if (purpose === 'link') return LINK_PROTOCOLS.has(parsed.protocol) ? parsed.href : undefined;
  if (!WEB_PROTOCOLS.has(parsed.protocol)) return undefined;
  if (purpose === 'image' && !hostAllowed(parsed.hostname, options.imageHosts ?? [])) return undefined;
  return parsed.href;
}
