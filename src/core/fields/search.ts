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
  /** Where the tokens were found, in the original text. */
  ranges: TextRange[];
}

function probe(text: FoldedText, tokens: readonly string[]): Probe {
  const ranges: TextRange[] = [];
  let found = 0;
  for (let index = 0; index < tokens.length; index++) {
    const { at } = find(text.text, tokens[index]);
    if (at === -1) continue;
    found |= 1 << index;
    ranges.push(originalRange(text, at, at + tokens[index].length));
  }
  return { found, ranges: merge(ranges) };
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

/** Whether every token `maskOf` found last starts a word there (false when it found none). */
let lastStarts = false;

/** Bit `i` set for each token `i` found in `text`; no allocation, as it runs for every field on a keystroke. */
function maskOf(text: string, tokens: readonly string[]): number {
  let found = 0;
  let starts = true;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    let at = text.indexOf(token);
    if (at === -1) continue;
    found |= 1 << i;
    let wordStart = false;
    for (; at !== -1 && !wordStart; at = text.indexOf(token, at + 1)) wordStart = startsWord(text, at);
    starts &&= wordStart;
  }
  lastStarts = starts && found !== 0;
  return found;
}

/** How well a field matches the query (`MatchRank`), or -1 when a word of the query is missing. */
function rankField(set: FieldSet, field: FieldDefinition, query: Query, locale: string | undefined): MatchRank | -1 {
  const { tokens, folded, all } = query;
  const text = set.searchText(field, locale);
  // Most fields miss a word of a narrowing query: rule them out on the joined text first.
  for (const token of tokens) if (!text.all.includes(token)) return -1;
  const label = maskOf(text.label.text, tokens);
  const labelStarts = lastStarts;
  const category = maskOf(text.category.text, tokens);
  const categoryStarts = lastStarts;
  const id = maskOf(text.id.text, tokens);
  const idStarts = lastStarts;
  let found = label | category | id;
  let synonymStarts = true;
  let synonymSeen = false;
  for (const synonym of text.synonyms) {
    const mask = maskOf(synonym.text, tokens);
    if (mask === 0) continue;
    found |= mask;
    if (!synonymSeen) {
      synonymSeen = true;
      synonymStarts = lastStarts;
    }
    if (found === all) break;
  }
  if (found !== all) return -1;
  if (text.label.text.startsWith(folded)) return 0;
  if (label === all && labelStarts) return 1;
  const starts = (mask: number, wordStarts: boolean) => mask === 0 || wordStarts;
  if (starts(label, labelStarts) && starts(category, categoryStarts) && starts(id, idStarts) && synonymStarts) return 2;
  return 3;
}

/** Where a matching field's texts matched, for highlighting. */
function matchRanges(set: FieldSet, field: FieldDefinition, query: Query, locale: string | undefined) {
  const text = set.searchText(field, locale);
  const tokens = query.tokens;
  const label = probe(text.label, tokens);
  const category = probe(text.category, tokens);
  const id = probe(text.id, tokens);
  let found = label.found | category.found | id.found;
  let synonym: FieldMatch['synonym'];
  for (let i = 0; i < text.synonyms.length; i++) {
    const hit = probe(text.synonyms[i], tokens);
    if (hit.found === 0) continue;
    found |= hit.found;
    synonym ??= { text: field.synonyms![i], ranges: hit.ranges };
    if (found === query.all) break;
  }
  return { label: label.ranges, category: category.ranges, id: id.ranges, synonym };
}

/** Ranks `candidates` (fields in definition order): the hits by rank, and the fields found, in definition order. */
function scan(
  set: FieldSet,
  query: Query,
  locale: string | undefined,
  candidates: readonly FieldDefinition[],
): { hits: FieldHit[]; found: FieldDefinition[] } {
  if (query.tokens.length === 0) return { hits: set.fields.map((field) => ({ field, rank: 3 })), found: [] };
  const buckets: FieldHit[][] = [[], [], [], []];
  const found: FieldDefinition[] = [];
  for (const field of candidates) {
    const rank = rankField(set, field, query, locale);
    if (rank === -1) continue;
    buckets[rank].push({ field, rank });
    found.push(field);
  }
  return { hits: buckets.flat(), found };
}

/**
 * The fields a query finds, ranked (prefix matches first, see `MatchRank`), then in definition
 * order, without highlight ranges (`highlightMatch` gives them for the fields shown). A blank query
 * finds every field, in definition order.
 */
export function findFields(set: FieldSet, query: string, options: SearchOptions = {}): FieldHit[] {
  return scan(set, parseQuery(query, options.locale), options.locale, set.fields).hits;
}

/** A found field with what to highlight in each of its texts. */
export function highlightMatch(set: FieldSet, hit: FieldHit, query: string, options: SearchOptions = {}): FieldMatch {
  const parsed = parseQuery(query, options.locale);
  const { field, rank } = hit;
  if (parsed.tokens.length === 0) return { field, rank, label: [], category: [], id: [] };
  const { label, category, id, synonym } = matchRanges(set, field, parsed, options.locale);
  const match: FieldMatch = { field, rank, label, category, id };
  if (synonym) match.synonym = synonym;
  return match;
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
  #last: { set: FieldSet; locale: string | undefined; folded: string; found: FieldDefinition[] } | undefined;

  find(set: FieldSet, query: string, options: SearchOptions = {}): FieldHit[] {
    const parsed = parseQuery(query, options.locale);
    const last = this.#last;
    const narrows =
      last?.set === set &&
      last.locale === options.locale &&
      last.folded !== '' &&
      parsed.folded.startsWith(last.folded);
    const { hits, found } = scan(set, parsed, options.locale, narrows ? last.found : set.fields);
    this.#last = { set, locale: options.locale, folded: parsed.folded, found };
    return hits;
  }
}
