import { isEmptyValue } from '../filter/values.js';
import { asciiCollationKey } from './collation-keys.js';
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

/**
 * Dense ranks of text (0 for the first in collation order, texts the collator calls equal sharing
 * one, NaN for no text) and how many there are. ASCII texts are ordered by their collation keys
 * (plain string comparison, no collator call); the others by the collator, each distinct text once;
 * the two orders are merged with the collator by halving.
 */
function textRanks(texts: readonly (string | undefined)[], collator: Intl.Collator): Ranks {
  const count = texts.length;
  const keys = new Array<string>(count);
  const keyed: number[] = [];
  const other = new Map<string, number[]>();
  for (let index = 0; index < count; index++) {
    const text = texts[index];
    if (text === undefined) continue;
    const key = asciiCollationKey(text, collator);
    if (key !== undefined) {
      keys[index] = key;
      keyed.push(index);
    } else {
      const members = other.get(text);
      if (members) members.push(index);
      else other.set(text, [index]);
    }
  }
  keyed.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : 0));
  // Where each run of equal keys starts in `keyed`, and one past the last.
  const starts: number[] = [];
  for (let i = 0; i < keyed.length; i++) if (i === 0 || keys[keyed[i - 1]] !== keys[keyed[i]]) starts.push(i);
  starts.push(keyed.length);
  const values = new Float64Array(count).fill(Number.NaN);
  let rank = -1;
  let next = 0;
  /** Gives the ASCII runs before run `end` the next ranks. */
  const asciiUpTo = (end: number): void => {
    for (; next < end; next++) {
      rank++;
      for (let i = starts[next]; i < starts[next + 1]; i++) values[keyed[i]] = rank;
    }
  };
  const runs = starts.length - 1;
  let previous: string | undefined;
  for (const text of [...other.keys()].sort(collator.compare)) {
    const members = other.get(text)!;
    if (previous !== undefined && collator.compare(previous, text) === 0) {
      for (const index of members) values[index] = rank;
      continue;
    }
    previous = text;
    // The first ASCII run that does not sort before this text.
    let low = next;
    let high = runs;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (collator.compare(texts[keyed[starts[middle]]]!, text) < 0) low = middle + 1;
      else high = middle;
    }
    asciiUpTo(low);
    // Equal to that run: the same rank.
    if (next < runs && collator.compare(texts[keyed[starts[next]]]!, text) === 0) asciiUpTo(next + 1);
    else rank++;
    for (const index of members) values[index] = rank;
  }
  asciiUpTo(runs);
  return { values, distinct: rank + 1 };
}

/** A number per record that orders it (NaN when empty); `distinct` when they are already dense ranks. */
interface Ranks {
  values: Float64Array;
  /** Set when `values` are 0 to `distinct - 1` (each used) or NaN. */
  distinct?: number;
}

/** `read` of each record's value of `field`, as a Float64Array. */
function column(records: readonly RecordItem[], field: RecordField, read: (value: unknown) => number): Float64Array {
  const out = new Float64Array(records.length);
  const { id } = field;
  for (let index = 0; index < records.length; index++) out[index] = read(records[index][id]);
  return out;
}

/**
 * A number per record that orders it for `field`, or NaN when the value is empty: numbers and money
 * by value, dates by instant, booleans false before true, enum values in their options' order (values
 * no option knows after them, by label), anything else as text through the collator.
 */
function ranks(records: readonly RecordItem[], field: RecordField, collator: Intl.Collator): Ranks {
  switch (field.type) {
    case 'number':
    case 'currency':
      return { values: column(records, field, (value) => (isEmptyValue(value) ? NaN : (toNumber(value) ?? NaN))) };
    case 'date':
      return { values: column(records, field, (value) => toTime(value) ?? NaN) };
    case 'boolean':
      return { values: column(records, field, (value) => (value === true ? 1 : value === false ? 0 : NaN)) };
    case 'enum': {
      const options = field.options ?? [];
      const known = new Map<unknown, number>(options.map((option, index) => [option.value, index]));
      const values = records.map((record) => record[field.id]);
      const unknown = textRanks(
        values.map((value) => (isEmptyValue(value) || known.has(value) ? undefined : optionLabel(field, value))),
        collator,
      );
      return {
        values: Float64Array.from(values, (value, index) =>
          isEmptyValue(value) ? NaN : (known.get(value) ?? options.length + unknown.values[index]),
        ),
      };
    }
    default:
      return textRanks(
        records.map((record) => {
          const value = record[field.id];
          return isEmptyValue(value) ? undefined : valueText(value);
        }),
        collator,
      );
  }
}

/**
 * Dense ranks of `values` in the direction of `sign`: 0 for the first value in that order, equal
 * values sharing one, NaN (empty) after all the others. Sorted once by the engine's own numeric sort,
 * each value's rank found by halving.
 */
function denseRanks({ values, distinct: dense }: Ranks, sign: number): Float64Array {
  if (dense !== undefined) {
    // Already dense: turned around for descending, empty last.
    const ranks = new Float64Array(values.length);
    for (let index = 0; index < values.length; index++) {
      const value = values[index];
      ranks[index] = Number.isNaN(value) ? dense : sign < 0 ? dense - 1 - value : value;
    }
    return ranks;
  }
  const present = values.filter((value) => !Number.isNaN(value)).sort();
  // The distinct values, ascending (-0 and 0 are one).
  let distinct = 0;
  for (let i = 0; i < present.length; i++)
    if (i === 0 || present[i] !== present[distinct - 1]) present[distinct++] = present[i];
  const ranks = new Float64Array(values.length);
  for (let index = 0; index < values.length; index++) {
    const value = values[index];
    if (Number.isNaN(value)) {
      ranks[index] = distinct;
      continue;
    }
    let low = 0;
    let high = distinct - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (present[middle] < value) low = middle + 1;
      else high = middle;
    }
    ranks[index] = sign < 0 ? distinct - 1 - low : low;
  }
  return ranks;
}

/** Largest count of records that `rank * count + index` keeps exact in a double. */
const PACKABLE = 90_000_000;

/**
 * The records in `sort` order, as a new array (the input is not touched). Stable: records that tie
 * on every key keep their input order. Empty values go last in both directions. Keys naming a field
 * `fields` does not have are ignored.
 *
 * Each key is turned into dense ranks (0 to the number of distinct values), the keys folded into one
 * rank, and `rank * count + index` sorted by the engine's numeric sort, which needs no comparison
 * callback and keeps equal records in input order by their index.
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
  const count = records.length;
  let combined: Float64Array | undefined;
  for (const key of keys) {
    const rank = denseRanks(ranks(records, byId.get(key.field)!, collator), key.direction === 'desc' ? -1 : 1);
    if (!combined) {
      combined = rank;
      continue;
    }
    // Both are below count + 1, so the pair is exact, and ranking it again keeps it below count + 1.
    for (let index = 0; index < count; index++) combined[index] = combined[index] * (count + 1) + rank[index];
    combined = denseRanks({ values: combined }, 1);
  }
  const order = combined!;
  if (count <= PACKABLE) {
    for (let index = 0; index < count; index++) order[index] = order[index] * count + index;
    order.sort();
    const result = new Array<T>(count);
    for (let i = 0; i < count; i++) result[i] = records[order[i] % count];
    return result;
  }
  const indices = Array.from(records, (_, index) => index);
  indices.sort((a, b) => order[a] - order[b] || a - b);
  return indices.map((index) => records[index]);
}
