/**
 * Text folding for matching that ignores case and diacritics: the text is lower-cased for the locale,
 * decomposed (NFD) and stripped of combining marks, so "Émile" and "emile" fold alike.
 *
 * Each code point is folded on its own, so every folded character can be traced back to the code
 * point it came from (for highlight ranges in the original text). Final sigma folds like sigma.
 */

// eslint-disable-next-line no-control-regex -- ASCII is exactly U+0000 to U+007F.
const ASCII = /^[\x00-\x7f]*$/;
/** Whether `text` is all ASCII: where the locale lower-cases ASCII like the root one, it folds by `toLowerCase`. */
export const isAscii = (text: string): boolean => ASCII.test(text);
/** Locales whose lower case of ASCII letters differs from the root one (Turkish and Azeri dotless i). */
const SPECIAL_CASING = /^(tr|az|lt)\b/i;

let lastLocale: string | undefined;
let lastSpecial = false;
/** Whether the locale lower-cases differently from the root locale (asked once per locale in a row). */
function special(locale: string | undefined): boolean {
  if (locale === undefined) return false;
  if (locale !== lastLocale) {
    lastLocale = locale;
    lastSpecial = SPECIAL_CASING.test(locale);
  }
  return lastSpecial;
}

/** Whether plain `toLowerCase` folds this text exactly. */
const plain = (text: string, locale: string | undefined) => isAscii(text) && !special(locale);
const MARKS = /\p{M}/gu;

/** The locale's lower case, or the root one where the runtime does not know the locale. */
function lower(text: string, locale: string | undefined): string {
  if (locale === undefined) return text.toLowerCase();
  try {
    return text.toLocaleLowerCase(locale);
  } catch {
    return text.toLowerCase();
  }
}

function foldCodePoint(char: string, locale: string | undefined): string {
  return lower(char, locale).normalize('NFD').replace(MARKS, '').replace('ς', 'σ');
}

/**
 * `text` folded: lower case, no combining marks. The same as folding each code point on its own
 * (lower case depends on context only for final sigma, folded like sigma), done in one pass.
 */
export function foldText(text: string, locale?: string): string {
  if (plain(text, locale)) return text.toLowerCase();
  if (!special(locale)) {
    const latin = foldLatin(text);
    if (latin !== undefined) return latin;
  }
  return lower(text, locale).normalize('NFD').replace(MARKS, '').replaceAll('ς', 'σ');
}

/** Code points below this fold through a table (Latin-1 and Latin Extended-A and -B). */
const TABLE_END = 0x250;
let table: string[] | undefined;

/** Folds Latin text through a table built from `foldCodePoint`; `undefined` if any character is past it. */
function foldLatin(text: string): string | undefined {
  const folds = (table ??= Array.from({ length: TABLE_END }, (_, code) =>
    foldCodePoint(String.fromCharCode(code), undefined),
  ));
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= TABLE_END) return undefined;
    out += folds[code];
  }
  return out;
}

/** Folded text with, for each of its UTF-16 positions (and one past the end), the position in the original. */
export interface FoldedText {
  text: string;
  /** `map[i]` is where the code point that gave folded position `i` starts in the original. */
  map: number[];
}

/** `foldText`, plus where each folded position came from. */
export function foldTextWithMap(text: string, locale?: string): FoldedText {
  if (plain(text, locale)) {
    const map = Array.from({ length: text.length + 1 }, (_, i) => i);
    return { text: text.toLowerCase(), map };
  }
  let out = '';
  const map: number[] = [];
  let at = 0;
  for (const char of text) {
    const folded = foldCodePoint(char, locale);
    for (let i = 0; i < folded.length; i++) map.push(at);
    out += folded;
    at += char.length;
  }
  map.push(at);
  return { text: out, map };
}

/**
 * The range in the original text that a folded range `[start, end)` came from, widened to whole
 * code points (a match that ends inside "ß"'s fold covers the whole "ß").
 */
export function originalRange(folded: FoldedText, start: number, end: number): [number, number] {
  const from = folded.map[start] ?? 0;
  let to = folded.map[end] ?? folded.map[folded.map.length - 1] ?? 0;
  // A folded range that ends inside one code point's expansion still covers that whole code point.
  if (end > start && to <= (folded.map[end - 1] ?? 0)) {
    let next = end;
    while (next < folded.map.length - 1 && folded.map[next] === folded.map[end - 1]) next++;
    to = folded.map[next] ?? to;
  }
  return [from, to];
}
