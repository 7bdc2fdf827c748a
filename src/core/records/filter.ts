import { checkFilter } from '../filter/check.js';
import type { Filter } from '../filter/types.js';
import type { RecordField } from './values.js';

/**
 * A saved view's filter without conditions on fields that no longer exist (and anything else
 * `checkFilter` cannot use), with the ids of the missing fields, each once.
 */
export function dropStaleFilterFields(
  filter: unknown,
  fields: readonly RecordField[],
): { filter: Filter; dropped: string[] } {
  const checked = checkFilter(filter, fields);
  const dropped = new Set<string>();
  for (const drop of checked.dropped) if (drop.reason === 'unknown-field' && drop.field) dropped.add(drop.field);
  return { filter: checked.filter, dropped: [...dropped] };
}
