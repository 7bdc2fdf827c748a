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

/** Records that share one text (or texts the collator calls equal), in input order. */
interface TextGroup {
  text: string;
  members: number[];
}

/**
 * The record indices of `texts` grouped by text, the groups in collation order: ASCII texts by their
 * collation keys (plain string comparison, no collator call), the others by the collator (each
 * distinct text compared once per sort step), and the two merged with the collator by halving.
 */
function textGroups(texts: readonly (string | undefined)[], collator: Intl.Collator): TextGroup[] {
  const keyed: number[] = [];
  const keys: string[] = new Array<string>(texts.length);
  const other = new Map<string, number[]>();
  for (let index = 0; index < texts.length; index++) {
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
  keyed.sort((a, b) => (keys[a] < keys[b] ? -1 : keys[a] > keys[b] ? 1 : a - b));
  const ascii: TextGroup[] = [];
  for (let i = 0; i < keyed.length; i++) {
    const index = keyed[i];
    if (i > 0 && keys[keyed[i - 1]] === keys[index]) ascii[ascii.length - 1].members.push(index);
    else ascii.push({ text: texts[index]!, members: [index] });
  }
  if (other.size === 0) return ascii;
  const rest: TextGroup[] = [];
  for (const text of [...other.keys()].sort(collator.compare)) {
    const last = rest[rest.length - 1];
    if (last && collator.compare(last.text, text) === 0) last.members.push(...other.get(text)!);
    else rest.push({ text, members: other.get(text)! });
  }
  // Each group of the rest goes before the first ASCII group it does not follow, or joins an equal one.
  const merged: TextGroup[] = [];
  let from = 0;
  for (const group of rest) {
    let low = from;
    let high = ascii.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (collator.compare(ascii[middle].text, group.text) < 0) low = middle + 1;
      else high = middle;
    }
    for (; from < low; from++) merged.push(ascii[from]);
    if (from < ascii.length && collator.compare(ascii[from].text, group.text) === 0) {
      merged.push({ text: group.text, members: [...ascii[from++].members, ...group.members] });
    } else merged.push(group);
  }
  for (; from < ascii.length; from++) merged.push(ascii[from]);
  return merged;
}

/** Ranks of text: equal ranks for texts the collator calls equal, NaN for no text. */
function textRanks(texts: readonly (string | undefined)[], collator: Intl.Collator): Float64Array {
  const ranks = new Float64Array(texts.length).fill(Number.NaN);
  textGroups(texts, collator).forEach((group, rank) => {
    for (const index of group.members) ranks[index] = rank;
  });
  return ranks;
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
function ranks(records: readonly RecordItem[], field: RecordField, collator: Intl.Collator): Float64Array {
  switch (field.type) {
    case 'number':
    case 'currency':
      return column(records, field, (value) => (isEmptyValue(value) ? NaN : (toNumber(value) ?? NaN)));
    case 'date':
      return column(records, field, (value) => toTime(value) ?? NaN);
    case 'boolean':
      return column(records, field, (value) => (value === true ? 1 : value === false ? 0 : NaN));
    case 'enum': {
      const options = field.options ?? [];
      const known = new Map<unknown, number>(options.map((option, index) => [option.value, index]));
      const values = records.map((record) => record[field.id]);
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
function denseRanks(values: Float64Array, sign: number): Float64Array {
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
    combined = denseRanks(combined, 1);
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
