import type { FormatOptions } from './format.js';
import { RecordSearch } from './search.js';
import { sortRecords, type SortKey } from './sort.js';
import type { RecordField, RecordItem } from './values.js';

export interface ShowOptions {
  /** Every field definition (the filter and the sort may name fields that are not shown). */
  fields: readonly RecordField[];
  /** The fields the quick search looks in: the ones on screen. */
  shown: readonly RecordField[];
  /** Which records pass the filter (`compile(filter, fields)` from the filter model); all without one. */
  predicate?: ((record: unknown) => boolean) | null;
  query?: string;
  sort?: readonly SortKey[];
  /** Locale and currency of the filter, the search (it matches text as displayed) and the sort. */
  format?: FormatOptions;
  /** A search to reuse across calls (it caches each record's text); one is made when left out. */
  search?: RecordSearch;
}

/**
 * What a record view shows: the records that pass the filter, then the quick search, in sort order.
 * The input is not changed.
 */
export function showRecords<T extends RecordItem>(records: readonly T[], options: ShowOptions): T[] {
  const locale = options.format?.locale;
  const filtered = options.predicate ? records.filter(options.predicate) : records;
  const search = options.search ?? new RecordSearch(options.shown, options.format);
  const searched = search.filter(filtered, options.query ?? '');
  return sortRecords(searched, options.sort ?? [], options.fields, locale);
}
