import { RecordSearch } from '../../core/records/search.js';
import { showRecords } from '../../core/records/pipeline.js';
import type { RecordField, RecordItem } from '../../core/records/values.js';
import type * as FilteringModule from './filtering.js';
import type { RecordViewContext } from './context.js';

export interface ShownRecordsOptions {
  /** The quick search text. */
  query(): string;
  /** The table's columns (the fields the quick search reads). */
  columns(): readonly RecordField[];
  /** The filter model when loaded (asking for it until then). */
  filtering(): typeof FilteringModule | undefined;
  /** The stored filter as saved (compared by identity to know when to filter again). */
  storedFilter(): unknown;
}

interface Inputs {
  records: readonly RecordItem[];
  fields: readonly RecordField[];
  filter: unknown;
  filtering: unknown;
  query: string;
  /** The sort keys as JSON: the state is rebuilt on every read, so compared by value. */
  sort: string;
  locale: string;
}

/**
 * The records a record view shows: filtered, searched over the shown fields as displayed, then
 * sorted; recomputed only when one of those inputs changed (never on scroll or focus moves).
 */
export class ShownRecords {
  readonly #context: RecordViewContext;
  readonly #options: ShownRecordsOptions;
  #last: { inputs: Inputs; shown: RecordItem[] } | undefined;
  #search: { key: string; definitions: readonly RecordField[]; search: RecordSearch } | undefined;

  constructor(context: RecordViewContext, options: ShownRecordsOptions) {
    this.#context = context;
    this.#options = options;
  }

  /** One search per set of shown fields, locale and currency, so each record's text is folded once. */
  #searchFor(fields: readonly RecordField[]): RecordSearch {
    const format = this.#context.format();
    const definitions = this.#context.fields();
    const key = JSON.stringify([format, fields.map((field) => field.id)]);
    if (this.#search?.key !== key || this.#search.definitions !== definitions) {
      this.#search = { key, definitions, search: new RecordSearch(fields, format) };
    }
    return this.#search.search;
  }

  get(): RecordItem[] {
    const context = this.#context;
    const options = this.#options;
    const state = context.state();
    const format = context.format();
    const query = options.query();
    const filtering = state.filter ? options.filtering() : undefined;
    const inputs: Inputs = {
      records: context.records(),
      fields: context.fields(),
      filter: options.storedFilter(),
      filtering,
      query: `${query}\u0000${state.fields.join('\u0000')}`,
      sort: JSON.stringify(state.sort),
      locale: format.locale ?? '',
    };
    const last = this.#last;
    if (last && (Object.keys(inputs) as (keyof Inputs)[]).every((key) => last.inputs[key] === inputs[key])) {
      return last.shown;
    }
    if (state.filter && !filtering) return [];
    const columns = options.columns();
    const fields = inputs.fields;
    const shown = showRecords(inputs.records, {
      fields,
      shown: columns,
      predicate: state.filter && filtering ? filtering.compile(state.filter, fields, { locale: inputs.locale }) : null,
      query,
      sort: state.sort,
      format,
      search: this.#searchFor(columns),
    });
    this.#last = { inputs, shown };
    return shown;
  }
}
