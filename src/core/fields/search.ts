import type { FieldSet } from './field-set.js';
import { foldText, originalRange, type FoldedText } from './fold.js';
import type { FieldDefinition } from './types.js';

/** A `[start, end)` range of UTF-16 positions in a string, for highlighting. */
export type TextRange = [number, number];

/**
 * How well a field matched, best first:
 * 0. its label starts with the query;
 * 1. every word of the query starts a word of the label;
 * 2. every word of the query starts a word of the label, category, id or a synonym;
 * 3. every word of the query is found somewhere in them.
 */
export type MatchRank = 0 | 1 | 2 | 3;

/** One field a search found, with what to highlight in each text it matched. */
export interface FieldMatch {
  field: FieldDefinition;
  rank: MatchRank;
  /** Ranges in `field.label`, in order, not overlapping. */
  label: TextRange[];
  /** Ranges in `field.category`. */
  category: TextRange[];
  /** Ranges in `field.id`. */
  id: TextRange[];
  /** The first synonym that matched a word of the query, with its ranges (to show as "matches: …"). */
  synonym?: { text: string; ranges: TextRange[] };
}

export interface SearchOptions {
  /** The locale whose lower case applies (Turkish dotless i); the runtime's default without one. */
  locale?: string;
}

/** One field a search found, ranked; `highlightMatch` gives its highlight ranges when it is shown. */
export interface FieldHit {
  field: FieldDefinition;
  rank: MatchRank;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Whether the character before `at` does not continue a word (ASCII checked without a regular expression). */
function startsWord(text: string, at: number): boolean {
  if (at === 0) return true;
  const code = text.charCodeAt(at - 1);
  if (code < 128) return !((code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122));
  return !WORD_CHAR.test(text[at - 1]);
}

/** The first occurrence of `token` that starts a word, else the first anywhere; `-1` if none. */
function find(text: string, token: string): { at: number; wordStart: boolean } {
  let first = -1;
  for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + 1)) {
    if (startsWord(text, at)) return { at, wordStart: true };
    if (first === -1) first = at;
  }
  return { at: first, wordStart: false };
}

function merge(ranges: TextRange[]): TextRange[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: TextRange[] = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([range[0], range[1]]);
  }
  return merged;
}

interface Probe {
  /** Bit `i` is set when token `i` was found. */
  found: number;
  /** Every token found here starts a word (false when none was found). */
  wordStarts: boolean;
  /** With `ranges`: where the tokens were found, in the original text. */
  ranges: TextRange[];
}

function probe(text: FoldedText, tokens: readonly string[], ranges: boolean): Probe {
  const hit: Probe = { found: 0, wordStarts: true, ranges: [] };
  for (let index = 0; index < tokens.length; index++) {
    const { at, wordStart } = find(text.text, tokens[index]);
    if (at === -1) continue;
    hit.found |= 1 << index;
    hit.wordStarts &&= wordStart;
    if (ranges) hit.ranges.push(originalRange(text, at, at + tokens[index].length));
  }
  hit.wordStarts &&= hit.found !== 0;
  hit.ranges = merge(hit.ranges);
  return hit;
}

/** A query folded and cut into words (at most 30: each is a bit of a mask). */
interface Query {
  folded: string;
  tokens: string[];
  all: number;
}

function parseQuery(query: string, locale: string | undefined): Query {
  const folded = foldText(query.trim(), locale);
  const tokens = folded.split(/\s+/u).filter(Boolean).slice(0, 30);
  return { folded, tokens, all: (1 << tokens.length) - 1 };
}

/** Ranks one field against a query, with its highlight ranges when `ranges` is set; `undefined` when it does not match. */
function matchField(set: FieldSet, field: FieldDefinition, query: Query, locale: string | undefined, ranges: boolean) {
  const { tokens, folded, all } = query;
  const text = set.searchText(field, locale);
  // Most fields miss a word of a narrowing query: rule them out on the joined text first.
  if (!ranges && tokens.some((token) => !text.all.includes(token))) return undefined;
  const label = probe(text.label, tokens, ranges);
  const category = probe(text.category, tokens, ranges);
  const id = probe(text.id, tokens, ranges);
  let found = label.found | category.found | id.found;
  let synonym: FieldMatch['synonym'];
  let synonymWordStarts = false;
  for (let i = 0; i < text.synonyms.length; i++) {
    const hit = probe(text.synonyms[i], tokens, ranges);
    if (hit.found === 0) continue;
    found |= hit.found;
    if (!synonym) {
      synonym = { text: field.synonyms![i], ranges: hit.ranges };
      synonymWordStarts = hit.wordStarts;
    }
    if (found === all) break;
  }
  if (found !== all) return undefined;
  let rank: MatchRank = 3;
  if (text.label.text.startsWith(folded)) rank = 0;
  else if (label.found === all && label.wordStarts) rank = 1;
  else if ([label, category, id].every((hit) => hit.found === 0 || hit.wordStarts) && (!synonym || synonymWordStarts)) {
    rank = 2;
  }
  return { rank, label, category, id, synonym };
}

/**
 * The fields a query finds, ranked (prefix matches first, see `MatchRank`), then in definition
 * order, without highlight ranges (`highlightMatch` gives them for the fields shown). `within`
 * limits the search to some fields: the previous result when the query only grew longer. A blank
 * query finds every field, in definition order.
 */
export function findFields(
  set: FieldSet,
  query: string,
  options: SearchOptions & { within?: ReadonlySet<string> } = {},
): FieldHit[] {
  const parsed = parseQuery(query, options.locale);
  if (parsed.tokens.length === 0) return set.fields.map((field) => ({ field, rank: 3 }));
  const buckets: FieldHit[][] = [[], [], [], []];
  const within = options.within;
  for (const field of set.fields) {
    if (within && !within.has(field.id)) continue;
    const match = matchField(set, field, parsed, options.locale, false);
    if (match) buckets[match.rank].push({ field, rank: match.rank });
  }
  return buckets.flat();
}

/** A found field with what to highlight in each of its texts. */
export function highlightMatch(set: FieldSet, hit: FieldHit, query: string, options: SearchOptions = {}): FieldMatch {
  const parsed = parseQuery(query, options.locale);
  const { field, rank } = hit;
  if (parsed.tokens.length === 0) return { field, rank, label: [], category: [], id: [] };
  const match = matchField(set, field, parsed, options.locale, true);
  const result: FieldMatch = {
    field,
    rank,
    label: match?.label.ranges ?? [],
    category: match?.category.ranges ?? [],
    id: match?.id.ranges ?? [],
  };
  if (match?.synonym) result.synonym = match.synonym;
  return result;
}

/**
 * Finds fields by label, category, id and synonyms, ignoring case and diacritics. Every word of the
 * query must be found in one of them. Results are ranked (prefix matches first, see `MatchRank`),
 * then in definition order, with ranges to highlight in the original texts. A blank query matches
 * every field, in definition order, with nothing highlighted.
 */
export function searchFields(set: FieldSet, query: string, options: SearchOptions = {}): FieldMatch[] {
  return findFields(set, query, options).map((hit) => highlightMatch(set, hit, query, options));
}

/**
 * `findFields` for a search box: each call narrows the previous result when the query only grew
 * longer (typing more can only drop fields), so a keystroke looks at the fields still found.
 */
export class FieldSearch {
  #last: { set: FieldSet; locale: string | undefined; folded: string; ids: Set<string> } | undefined;

  find(set: FieldSet, query: string, options: SearchOptions = {}): FieldHit[] {
    const folded = foldText(query.trim(), options.locale);
    const last = this.#last;
    const narrows = last?.set === set && last.locale === options.locale && folded.startsWith(last.folded);
    const hits = findFields(set, query, { ...options, within: narrows && last.folded ? last.ids : undefined });
    this.#last = { set, locale: options.locale, folded, ids: new Set(hits.map((hit) => hit.field.id)) };
    return hits;
  }
}
