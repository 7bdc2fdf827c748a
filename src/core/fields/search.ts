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

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The first occurrence of `token` that starts a word, else the first anywhere; `-1` if none. */
function find(text: string, token: string): { at: number; wordStart: boolean } {
  let first = -1;
  for (let at = text.indexOf(token); at !== -1; at = text.indexOf(token, at + 1)) {
    if (at === 0 || !WORD_CHAR.test(text[at - 1] ?? '')) return { at, wordStart: true };
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
  ranges: TextRange[];
  /** Every token found here starts a word. */
  wordStarts: boolean;
  found: Set<number>;
}

function probe(text: FoldedText, tokens: readonly string[]): Probe {
  const ranges: TextRange[] = [];
  const found = new Set<number>();
  let wordStarts = true;
  tokens.forEach((token, index) => {
    const { at, wordStart } = find(text.text, token);
    if (at === -1) return;
    found.add(index);
    wordStarts &&= wordStart;
    ranges.push(originalRange(text, at, at + token.length));
  });
  return { ranges: merge(ranges), wordStarts: wordStarts && found.size > 0, found };
}

/**
 * Finds fields by label, category, id and synonyms, ignoring case and diacritics. Every word of the
 * query must be found in one of them. Results are ranked (prefix matches first, see `MatchRank`),
 * then in definition order, with ranges to highlight in the original texts. A blank query matches
 * every field, in definition order, with nothing highlighted.
 */
export function searchFields(set: FieldSet, query: string, options: SearchOptions = {}): FieldMatch[] {
  const folded = foldText(query.trim(), options.locale);
  const tokens = folded.split(/\s+/u).filter(Boolean);
  if (tokens.length === 0) {
    return set.fields.map((field) => ({ field, rank: 3, label: [], category: [], id: [] }));
  }
  const buckets: FieldMatch[][] = [[], [], [], []];
  for (const field of set.fields) {
    const text = set.searchText(field, options.locale);
    const label = probe(text.label, tokens);
    const category = probe(text.category, tokens);
    const id = probe(text.id, tokens);
    const found = new Set([...label.found, ...category.found, ...id.found]);
    let synonym: FieldMatch['synonym'];
    let synonymWordStarts = false;
    for (let i = 0; i < text.synonyms.length; i++) {
      const hit = probe(text.synonyms[i], tokens);
      if (hit.found.size === 0) continue;
      hit.found.forEach((token) => found.add(token));
      if (!synonym) {
        synonym = { text: field.synonyms![i], ranges: hit.ranges };
        synonymWordStarts = hit.wordStarts;
      }
      if (found.size === tokens.length) break;
    }
    if (found.size < tokens.length) continue;
    let rank: MatchRank = 3;
    if (text.label.text.startsWith(folded)) rank = 0;
    else if (label.found.size === tokens.length && label.wordStarts) rank = 1;
    else if (
      [label, category, id].every((hit) => hit.found.size === 0 || hit.wordStarts) &&
      (!synonym || synonymWordStarts)
    ) {
      rank = 2;
    }
    const match: FieldMatch = { field, rank, label: label.ranges, category: category.ranges, id: id.ranges };
    if (synonym) match.synonym = synonym;
    buckets[rank].push(match);
  }
  return buckets.flat();
}
