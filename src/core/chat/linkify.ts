/** A run of message text: plain, or a link whose shown text is exactly the text written. */
export interface TextSegment {
  text: string;
  /** Set when the run is a link: always http(s), mailto or tel. */
  href?: string;
}

/**
 * Candidates: scheme URLs, `www.` addresses and email addresses, up to whitespace or a bracket.
 * Email parts have bounded lengths, so a long run of letters without `@` is scanned in linear time.
 */
const CANDIDATE =
  /\b(?:https?:\/\/[^\s<>"'`]+|www\.[^\s<>"'`]+|mailto:[^\s<>"'`]+|tel:\+?[\d\-. ()]{3,30}\d|[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+)/giu;
/** Punctuation that ends a sentence rather than an address. */
const TRAILING = /^[.,;:!?'")\]}>]$/u;

const count = (text: string, character: string): number => text.split(character).length - 1;

/** `href` for a candidate, or `undefined` when it does not parse as a safe link. */
function hrefFor(candidate: string): string | undefined {
  let address = candidate;
  if (/^www\./i.test(address)) address = `https://${address}`;
  else if (!/^(?:https?|mailto|tel):/i.test(address)) address = `mailto:${address}`;
  try {
    const url = new URL(address);
    if (!['http:', 'https:', 'mailto:', 'tel:'].includes(url.protocol)) return undefined;
    if ((url.protocol === 'http:' || url.protocol === 'https:') && !url.hostname.includes('.')) return undefined;
    return url.href;
  } catch {
    return undefined;
  }
}

/**
 * Splits plain message text into runs, finding web, email and phone links. The text shown never
 * changes: joining the runs' `text` gives back the input exactly, and a link's `href` is only ever
 * http(s), mailto or tel. Brackets and sentence punctuation after an address stay outside it.
 */
export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let last = 0;
  for (const match of text.matchAll(CANDIDATE)) {
    let candidate = match[0];
    // Sentence punctuation after an address is not part of it; a closing bracket is, when it closes
    // one opened inside the address (https://en.wikipedia.org/wiki/Lit_(software)).
    while (TRAILING.test(candidate.at(-1) ?? '')) {
      const last = candidate.at(-1)!;
      if (last === ')' && count(candidate, '(') >= count(candidate, ')')) break;
      candidate = candidate.slice(0, -1);
    }
    const href = hrefFor(candidate);
    if (!href) continue;
    const start = match.index;
    if (start > last) segments.push({ text: text.slice(last, start) });
    segments.push({ text: candidate, href });
    last = start + candidate.length;
  }
  if (last < text.length || segments.length === 0) segments.push({ text: text.slice(last) });
  return segments;
}
