import { isEmptyValue } from '../filter/values.js';
import { optionLabel, toNumber, toTime, valueText, type RecordField, type RecordItem } from './values.js';

export type SortDirection = 'asc' | 'desc';

/** One sort key: a field and its direction. A view's sort is a list of them, most significant first. */
export interface SortKey {
  field: string;
  direction: SortDirection;
}

/**
 * The sort after a user activates a column header: ascending, then descending, then unsorted.
 * Without `additive` the column becomes the only key; with it (Shift) the column is added as the last
 * key, or cycles in place when it is already a key.
 */
export function nextSort(sort: readonly SortKey[], field: string, additive = false): SortKey[] {
  const current = sort.find((key) => key.field === field);
  const next: SortKey | undefined = !current
    ? { field, direction: 'asc' }
    : current.direction === 'asc'
      ? { field, direction: 'desc' }
      : undefined;
  if (!additive) return next ? [next] : [];
  if (!current) return [...sort, next!];
  return sort.flatMap((key) => (key.field !== field ? [key] : next ? [next] : []));
}

const collators = new Map<string, Intl.Collator>();

/** The text collator of record views: case- and accent-insensitive, numbers in text by value ("2" < "10"). */
export function collatorFor(locale = 'en'): Intl.Collator {
  let collator = collators.get(locale);
  if (!collator) {
    try {
      collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
    } catch {
      collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
    }
    collators.set(locale, collator);
  }
  return collator;
}

/** Ranks of text: equal ranks for texts the collator calls equal. Each distinct text is compared once per sort step. */
function textRanks(texts: readonly (string | undefined)[], collator: Intl.Collator): Float64Array {
  const distinct = [...new Set(texts.filter((text): text is string => text !== undefined))].sort(collator.compare);
  const rankOf = new Map<string, number>();
  let rank = 0;
  distinct.forEach((text, index) => {
    if (index > 0 && collator.compare(distinct[index - 1], text) !== 0) rank++;
    rankOf.set(text, rank);
  });
  return Float64Array.from(texts, (text) => (text === undefined ? NaN : rankOf.get(text)!));
}

/**
 * A number per record that orders it for `field`, or NaN when the value is empty: numbers and money
 * by value, dates by instant, booleans false before true, enum values in their options' order (values
 * no option knows after them, by label), anything else as text through the collator.
 */
function ranks(records: readonly RecordItem[], field: RecordField, collator: Intl.Collator): Float64Array {
  const values = records.map((record) => record[field.id]);
  switch (field.type) {
    case 'number':
    case 'currency':
      return Float64Array.from(values, (value) => (isEmptyValue(value) ? NaN : (toNumber(value) ?? NaN)));
    case 'date':
      return Float64Array.from(values, (value) => toTime(value) ?? NaN);
    case 'boolean':
      return Float64Array.from(values, (value) => (value === true ? 1 : value === false ? 0 : NaN));
    case 'enum': {
      const options = field.options ?? [];
      const known = new Map<unknown, number>(options.map((option, index) => [option.value, index]));
      const unknown = textRanks(
        values.map((value) => (isEmptyValue(value) || known.has(value) ? undefined : optionLabel(field, value))),
        collator,
      );
      return Float64Array.from(values, (value, index) =>
        isEmptyValue(value) ? NaN : (known.get(value) ?? options.length + unknown[index]),
      );
    }
    default:
      return textRanks(
        values.map((value) => (isEmptyValue(value) ? undefined : valueText(value))),
        collator,
      );
  }
}

/**
 * The records in `sort` order, as a new array (the input is not touched). Stable: records that tie
 * on every key keep their input order. Empty values go last in both directions. Keys naming a field
 * `fields` does not have are ignored.
 */
export function sortRecords<T extends RecordItem>(
  records: readonly T[],
  sort: readonly SortKey[],
  fields: readonly RecordField[],
  locale = 'en',
): T[] {
  const byId = new Map(fields.map((field) => [field.id, field]));
  const keys = sort.filter((key) => byId.has(key.field));
  if (keys.length === 0) return [...records];
  const collator = collatorFor(locale);
  const columns = keys.map((key) => ({
    ranks: ranks(records, byId.get(key.field)!, collator),
    sign: key.direction === 'desc' ? -1 : 1,
  }));
  const order = Array.from(records, (_, index) => index);
  order.sort((a, b) => {
    for (const { ranks: rank, sign } of columns) {
      const x = rank[a];
      const y = rank[b];
      if (x === y) continue;
      if (Number.isNaN(x)) {
        if (Number.isNaN(y)) continue;
        return 1;
      }
      if (Number.isNaN(y)) return -1;
      return x < y ? -sign : sign;
    }
    return a - b;
  });
  return order.map((index) => records[index]);
}
