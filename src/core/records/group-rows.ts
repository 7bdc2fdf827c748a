import { columnKey } from './kanban.js';
import { sortRecords } from './sort.js';
import { toNumber, type RecordField, type RecordItem } from './values.js';

/** Records sharing one value of the grouping field, in the order they came. */
export interface RowGroup<T extends RecordItem = RecordItem> {
  /** `columnKey(value)`: the same key a kanban column of this value has (`none` for no value). */
  key: string;
  /** The grouping value of the group's records (its first record's, for lists of options). */
  value: unknown;
  records: T[];
  /** The sum of `sumField` over the group's records, `undefined` without one. */
  sum: number | undefined;
}

export interface GroupRowsOptions {
  /** Language of the text order of groups. Default `en`. */
  locale?: string;
  /** A numeric field each group sums. */
  sumField?: string;
}

/**
 * Records grouped by the value of `field`, for a table grouped under header rows. Groups come in the
 * field's option order for enums (values no option knows after them, by label), in value order for
 * numbers, dates and booleans, and in text order (the sort collator) otherwise; records without a
 * value form the last group. Within a group, records keep their input order, so a sort applied
 * before grouping applies within each group. Every record lands in exactly one group.
 */
export function groupRows<T extends RecordItem>(
  records: readonly T[],
  field: RecordField,
  options: GroupRowsOptions = {},
): RowGroup<T>[] {
  const groups = new Map<string, RowGroup<T>>();
  const { sumField } = options;
  for (const record of records) {
    const value = record[field.id];
    const key = columnKey(value);
    let group = groups.get(key);
    if (!group) {
      group = { key, value, records: [], sum: sumField ? 0 : undefined };
      groups.set(key, group);
    }
    group.records.push(record);
    if (sumField) group.sum! += toNumber(record[sumField]) ?? 0;
  }
  const all = [...groups.values()];
  const byFirst = new Map(all.map((group) => [group.records[0], group]));
  return sortRecords(
    all.map((group) => group.records[0]),
    [{ field: field.id, direction: 'asc' }],
    [field],
    options.locale,
  ).map((record) => byFirst.get(record)!);
}
