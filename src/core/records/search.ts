import { foldText } from '../fields/fold.js';
import { formatValue, type FormatOptions } from './format.js';
import type { RecordField, RecordItem } from './values.js';

/**
 * Quick search over the fields a view shows, as the user reads them (formatted numbers, dates and
 * option labels, not raw values). A record matches when every word of the query appears in one of its
 * shown fields. The folded text of each record is computed once and kept for the records it was made
 * for, so typing stays fast at 100,000 records.
 */
export class RecordSearch {
  readonly #fields: readonly RecordField[];
  readonly #options: FormatOptions;
  readonly #texts = new WeakMap<RecordItem, string>();

  constructor(fields: readonly RecordField[], options: FormatOptions = {}) {
    this.#fields = fields;
    this.#options = options;
  }

  /** Whether `record` contains every word of the folded query (see `terms`). */
  matches(record: RecordItem, terms: readonly string[]): boolean {
    if (terms.length === 0) return true;
    let text = this.#texts.get(record);
    if (text === undefined) {
      text = this.#fields
        .map((field) => foldText(formatValue(field, record[field.id], this.#options), this.#options.locale))
        .join('\u0000');
      this.#texts.set(record, text);
    }
    return terms.every((term) => text.includes(term));
  }

  /** The words of a query, folded; none for a blank query. */
  terms(query: string): string[] {
    return foldText(query, this.#options.locale).split(/\s+/u).filter(Boolean);
  }

  /** The records matching `query`, in their order. */
  filter<T extends RecordItem>(records: readonly T[], query: string): T[] {
    const terms = this.terms(query);
    return terms.length === 0 ? [...records] : records.filter((record) => this.matches(record, terms));
  }
}
