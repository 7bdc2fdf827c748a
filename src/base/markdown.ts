import DOMPurify, { type DOMPurify as Purifier } from 'dompurify';
import { Marked, type Tokens } from 'marked';
import { safeUrl } from './safe-url.js';

/**
 * The one place where text from outside becomes HTML: everything that accepts Markdown (chat
 * messages, invoice notes) goes through here. URLs are checked by `safeUrl` (./safe-url.ts).
 */

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
