import type { CSSResult } from 'lit';

/** A CSS string literal that nothing in it can end: every character outside a safe set is a hex escape. */
function cssString(text: string): string {
  return `"${text.replace(/[^\p{L}\p{N} .,:/-]/gu, (c) => `\\${c.codePointAt(0)!.toString(16)} `)}"`;
}

const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export interface PrintablePage {
  /** The invoice as rendered: its `[part=base]` element. */
  paper: Element | null;
  styles: readonly CSSResult[];
  paperSize: 'A4' | 'Letter';
  /** The word before the page number ("Page"). */
  pageLabel: string;
  title: string;
  lang: string;
}

/**
 * A standalone HTML document for print: the rendered invoice (its markup as the browser serializes
 * it, so every string stays text), its styles and the `@page` rules with page numbers.
 */
export function printableDocument({ paper, styles, paperSize, pageLabel, title, lang }: PrintablePage): string {
  const size = paperSize === 'Letter' ? 'letter' : 'A4';
  const page = `@page { size: ${size}; margin: 14mm 14mm 16mm; @bottom-right { content: ${cssString(pageLabel)} " " counter(page) " / " counter(pages); font: 9pt sans-serif; color: #4b5563; } }`;
  const body = paper?.outerHTML.replace(/<!--[^]*?-->/g, '') ?? '';
  return `<!doctype html><html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><title>${escapeHtml(
    title,
  )}</title><style>${page}\n${styles.map((style) => style.cssText).join('\n')}</style></head><body class="tk-invoice-print">${body}</body></html>`;
}

/**
 * Prints `html` alone with the browser's own print dialog (where "Save as PDF" lives): it is drawn
 * in a hidden frame, so nothing else on the page is printed. Resolves once the dialog closes.
 */
export async function printInFrame(html: string): Promise<void> {
  const frame = document.createElement('iframe');
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.style.cssText = 'position:fixed;inset-inline-start:-10000px;inline-size:0;block-size:0;border:0';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.srcdoc = html;
  document.body.append(frame);
  try {
    await loaded;
    frame.contentWindow?.focus();
    frame.contentWindow?.print();
  } finally {
    frame.remove();
  }
}
