import { isEmptyValue } from '../filter/values.js';
import { optionLabel, toNumber, valueText, type RecordField, type RecordItem } from './values.js';

/** A record's id as the host gave it. */
export type RecordId = string | number;

/** The key of the "No value" column. Other columns are keyed by `columnKey(value)`. */
export const NO_VALUE_KEY = 'none';

/** A stable text key for a group-by value, usable in the DOM and in stored views. */
export function columnKey(value: unknown): string {
  if (isEmptyValue(value)) return NO_VALUE_KEY;
  return `${typeof value}:${valueText(value)}`;
}

/** One kanban column: an option of the group-by field (or "No value"), with its cards in order. */
export interface KanbanColumn {
  key: string;
  /** The option value; `null` for "No value". */
  value: unknown;
  /** The option label; empty for "No value" (the view supplies its own words). */
  label: string;
  ids: RecordId[];
}

export interface GroupOptions {
  /** The record key that holds the id. Default `id`. */
  idKey?: string;
  /** The user's column order by key; columns it does not name follow in the options' order. */
  order?: readonly string[];
  /**
   * Card order the user made by dragging, per column key. Ids it names come first in that order,
   * when they are still in the column; the others follow in record order.
   */
  manual?: Readonly<Record<string, readonly RecordId[]>>;
}

/**
 * Records grouped into columns: one per option of `field` in the options' order, then one per value
 * no option knows (so nothing disappears), then "No value". Every record lands in exactly one column.
 */
export function groupRecords(
  records: readonly RecordItem[],
  field: RecordField,
  options: GroupOptions = {},
): KanbanColumn[] {
  const idKey = options.idKey ?? 'id';
  const columns = new Map<string, KanbanColumn>();
  for (const option of field.options ?? []) {
    const key = columnKey(option.value);
    if (!columns.has(key) && key !== NO_VALUE_KEY)
      columns.set(key, { key, value: option.value, label: option.label, ids: [] });
  }
  const none: KanbanColumn = { key: NO_VALUE_KEY, value: null, label: '', ids: [] };
  const extra = new Map<string, KanbanColumn>();
  for (const record of records) {
    const value = record[field.id];
    const key = columnKey(value);
    let column = key === NO_VALUE_KEY ? none : columns.get(key);
    if (!column) {
      column = extra.get(key);
      if (!column) {
        column = { key, value, label: optionLabel(field, value), ids: [] };
        extra.set(key, column);
      }
    }
    column.ids.push(record[idKey] as RecordId);
  }
  const all = [...columns.values(), ...extra.values(), none];
  if (options.manual) {
    for (const column of all) {
      const manual = options.manual[column.key];
      if (manual) column.ids = applyManualOrder(column.ids, manual);
    }
  }
  return orderColumns(all, options.order ?? []);
}

function applyManualOrder(ids: readonly RecordId[], manual: readonly RecordId[]): RecordId[] {
  const present = new Set(ids);
  const first = manual.filter((id) => present.has(id));
  const placed = new Set(first);
  return [...first, ...ids.filter((id) => !placed.has(id))];
}

/** Columns in the user's order where it names them; the rest keep their relative order after. */
export function orderColumns<C extends { key: string }>(columns: readonly C[], order: readonly string[]): C[] {
  const rank = new Map(order.map((key, index) => [key, index]));
  return columns
    .map((column, index) => ({ column, index }))
    .sort(
      (a, b) => (rank.get(a.column.key) ?? order.length + a.index) - (rank.get(b.column.key) ?? order.length + b.index),
    )
    .map(({ column }) => column);
}

/**
 * The board after moving card `id` to column `to` at `index` (clamped into the column). A card that is
 * not on the board, or a column that does not exist, leaves the board as it is.
 */
export function moveCard(columns: readonly KanbanColumn[], id: RecordId, to: string, index: number): KanbanColumn[] {
  const source = columns.find((column) => column.ids.includes(id));
  const target = columns.find((column) => column.key === to);
  if (!source || !target) return [...columns];
  return columns.map((column) => {
    let ids = column === source ? column.ids.filter((each) => each !== id) : column.ids;
    if (column === target) {
      ids = [...ids];
      ids.splice(Math.max(0, Math.min(Math.trunc(index) || 0, ids.length)), 0, id);
    }
    return ids === column.ids ? column : { ...column, ids };
  });
}

/** How many cards a column holds and the sum of a numeric field over them. */
export interface ColumnSummary {
  count: number;
  /** The sum, or `undefined` without a numeric field. */
  sum: number | undefined;
}

export function summarizeColumn(
  ids: readonly RecordId[],
  byId: ReadonlyMap<RecordId, RecordItem>,
  sumField?: string,
): ColumnSummary {
  if (!sumField) return { count: ids.length, sum: undefined };
  let sum = 0;
  for (const id of ids) sum += toNumber(byId.get(id)?.[sumField]) ?? 0;
  return { count: ids.length, sum };
}
