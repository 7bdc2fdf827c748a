import type { FieldDefinition } from '../fields/types.js';

/**
 * What record views need of a field definition: the field picker's definitions (`src/core/fields`)
 * are passed as they are.
 */
export type RecordField = Pick<FieldDefinition, 'id' | 'label' | 'type' | 'options' | 'defaultVisible'>;

/** A host's record: a plain object. Values are read by field id; dates are ISO 8601 strings or `Date`s. */
export type RecordItem = Readonly<Record<string, unknown>>;

/** Milliseconds since the epoch of an ISO 8601 string, a `Date` or a number; `undefined` when it is not a date. */
export function toTime(value: unknown): number | undefined {
  let time = NaN;
  if (value instanceof Date) time = value.getTime();
  else if (typeof value === 'number') time = value;
  else if (typeof value === 'string' && value.trim() !== '') time = Date.parse(value);
  return Number.isFinite(time) ? time : undefined;
}

/** A number from a number or numeric text; `undefined` otherwise. */
export function toNumber(value: unknown): number | undefined {
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  if (typeof value === 'string' && value.trim() !== '') {
    const number = Number(value);
    return Number.isFinite(number) ? number : undefined;
  }
  return undefined;
}

/** Any value as plain text: objects as JSON (a cyclic one as nothing), never "[object Object]". */
export function valueText(value: unknown): string {
  switch (typeof value) {
    case 'string':
      return value;
    case 'number':
    case 'boolean':
    case 'bigint':
      return String(value);
    case 'undefined':
    case 'function':
    case 'symbol':
      return '';
    default:
      try {
        return JSON.stringify(value) ?? '';
      } catch {
        return '';
      }
  }
}

/** The label of an enum value, else the value as text. */
export function optionLabel(field: RecordField, value: unknown): string {
  const option = field.options?.find((candidate) => candidate.value === value);
  return option ? option.label : valueText(value);
}
