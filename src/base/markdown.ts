import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { Marked, type Tokens } from 'marked';

/**
 * The one place where text from outside becomes HTML. Everything that accepts Markdown or checks a
 * URL goes through here: chat messages, invoice notes, logos and avatars.
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

export interface MarkdownOptions {
  /** Hosts images may come from (see `safeUrl`); without it, an image shows as its alt text. */
  imageHosts?: readonly string[];
  /** Render without block elements (no paragraphs, lists or headings): for one-line fields. */
  inline?: boolean;
}

const ALLOWED_TAGS = [
  'p',
  'br',
  'strong',
  'em',
  'del',
  'code',
  'pre',
  'blockquote',
  'ul',
  'ol',
  'li',
  'a',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'img',
];
const ALLOWED_ATTR = ['href', 'title', 'alt', 'src', 'start', 'align'];

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/** Raw HTML inside Markdown is shown as the text it is, never interpreted. */
const markdown = new Marked({
  gfm: true,
  breaks: true,
  async: false,
  renderer: {
    html: (token: Tokens.HTML | Tokens.Tag) => escapeHtml(token.text),
  },
});

let purifier: Purifier | undefined;
/** The image hosts of the call in progress (sanitizing is synchronous, so one slot is enough). */
let currentImageHosts: readonly string[] = [];

function createPurifier(): Purifier {
  const instance = DOMPurify(window);
  instance.addHook('afterSanitizeAttributes', (node) => {
    if (node.nodeName === 'A') {
      const href = safeUrl(node.getAttribute('href'), 'link');
      if (href) {
        node.setAttribute('href', href);
        node.setAttribute('target', '_blank');
        node.setAttribute('rel', 'noopener noreferrer');
      } else {
        node.removeAttribute('href');
      }
    } else if (node.nodeName === 'IMG') {
      const src = safeUrl(node.getAttribute('src'), 'image', { imageHosts: currentImageHosts });
      if (src) {
        node.setAttribute('src', src);
        node.setAttribute('referrerpolicy', 'no-referrer');
        node.setAttribute('loading', 'lazy');
      } else {
        node.replaceWith(node.ownerDocument.createTextNode(node.getAttribute('alt') ?? ''));
      }
    }
  });
  return instance;
}

/**
 * Sanitizes an HTML string to the small set of elements Markdown produces: no scripts, styles,
 * event handlers, forms or frames; links limited as `safeUrl('link')` says and opened in a new tab
 * with `rel="noopener noreferrer"`; images only from `imageHosts`.
 */
export function sanitizeHtml(html: string, options: Pick<MarkdownOptions, 'imageHosts'> = {}): string {
  purifier ??= createPurifier();
  currentImageHosts = options.imageHosts ?? [];
  try {
    return purifier.sanitize(html, {
      ALLOWED_TAGS,
      ALLOWED_ATTR,
      ALLOW_DATA_ATTR: false,
      ALLOW_ARIA_ATTR: false,
      ALLOW_UNKNOWN_PROTOCOLS: false,
    });
  } finally {
    currentImageHosts = [];
  }
}

/**
 * Markdown (GitHub flavoured, line breaks kept) to sanitized HTML, for rendering with Lit's
 * `unsafeHTML`. Raw HTML in the source shows as text. Anything that is not a string renders as ''.
 */
export function renderMarkdown(source: unknown, options: MarkdownOptions = {}): string {
  if (typeof source !== 'string' || source.trim() === '') return '';
  const html = options.inline ? markdown.parseInline(source) : markdown.parse(source);
  return sanitizeHtml(html as string, options);
}
