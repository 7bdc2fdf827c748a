import type { Filter } from '../filter/types.js';
import type { RecordField } from './values.js';
import type { SortKey } from './sort.js';

export type RecordViewType = 'table' | 'list' | 'kanban';

export const VIEW_TYPES: readonly RecordViewType[] = ['table', 'list', 'kanban'];

/**
 * Everything a user shapes in a record view. Every member is optional in storage: what is missing
 * follows the host's defaults (its `view`, `group-by` and `fields` properties).
 */
export interface ViewState {
  view: RecordViewType;
  /** Table columns, in order (field ids). */
  fields: string[];
  /** Column widths in CSS pixels, by field id. */
  widths: Record<string, number>;
  sort: SortKey[];
  /** A filter of the filter model (`src/core/filter`), or `null` for none. */
  filter: Filter | null;
  /** The kanban's group-by field id, or `null`. */
  groupBy: string | null;
  /** Kanban column order, by column key (see `columnKey`). */
  columnOrder: string[];
  /** Collapsed kanban columns, by column key. */
  collapsed: string[];
  /** Fields a list card or kanban card shows under its title. */
  listFields: string[];
}

/** A named view a user saved ("My open deals"). */
export interface SavedView {
  id: string;
  name: string;
  state: Partial<ViewState>;
}

/**
 * The preferences document of a record view with `persist-key`, and the shape of a personalized
 * default for it: a defaults provider returns `{ state, views, active }` (any of them), e.g. for a
 * sales rep `{ views: [{ id: 'my-open', name: 'My open deals', state: { view: 'kanban', filter } }], active: 'my-open', state: { view: 'kanban', filter } }`.
 */
export interface RecordViewPreferences {
  /** The working state on screen: saved on every change, wins on reload. */
  state: Partial<ViewState>;
  /** Named views. Stored as a list of records by `id`, so a suggested view still reaches users who saved their own. */
  views: SavedView[];
  /** The saved view the working state started from, or `null`. */
  active: string | null;
}

export function emptyRecordViewPreferences(): RecordViewPreferences {
  return { state: {}, views: [], active: null };
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string');
const isSortList = (value: unknown): value is SortKey[] =>
  Array.isArray(value) &&
  value.every(
    (entry) =>
      isObject(entry) &&
      typeof entry['field'] === 'string' &&
      (entry['direction'] === 'asc' || entry['direction'] === 'desc'),
  );
const isWidths = (value: unknown): value is Record<string, number> =>
  isObject(value) &&
  Object.values(value).every((width) => typeof width === 'number' && Number.isFinite(width) && width > 0);

/** What is wrong with a stored view state, member by member (paths relative to the state). */
export function stateProblems(state: unknown): { path: string; message: string }[] {
  if (!isObject(state)) return [{ path: '', message: 'must be an object' }];
  const problems: { path: string; message: string }[] = [];
  const check = (key: keyof ViewState, ok: (value: unknown) => boolean, message: string): void => {
    if (state[key] !== undefined && !ok(state[key])) problems.push({ path: key, message });
  };
  check('view', (value) => VIEW_TYPES.includes(value as RecordViewType), 'must be table, list or kanban');
  check('fields', isStringList, 'must be a list of field ids');
  check('widths', isWidths, 'must map field ids to positive widths');
  check('sort', isSortList, 'must be a list of { field, direction }');
  check('filter', (value) => value === null || isObject(value), 'must be a filter or null');
  check('groupBy', (value) => value === null || typeof value === 'string', 'must be a field id or null');
  check('columnOrder', isStringList, 'must be a list of column keys');
  check('collapsed', isStringList, 'must be a list of column keys');
  check('listFields', isStringList, 'must be a list of field ids');
  return problems;
}

/**
 * The preferences engine's validator for `RecordViewPreferences`: the invalid members of the working
 * state are dropped one by one (the rest of the state is kept), saved views of the wrong shape are
 * dropped whole, and the rest of the document is kept.
 */
export function validateRecordViewPreferences(value: unknown): { path: (string | number)[]; message: string }[] {
  const record = isObject(value) ? value : {};
  const errors: { path: (string | number)[]; message: string }[] = [];
  for (const problem of stateProblems(record['state'])) {
    errors.push({ path: problem.path ? ['state', problem.path] : ['state'], message: problem.message });
  }
  const views = record['views'];
  if (!Array.isArray(views)) {
    errors.push({ path: ['views'], message: 'must be a list of saved views' });
  } else {
    for (const view of views) {
      const valid =
        isObject(view) &&
        typeof view['id'] === 'string' &&
        typeof view['name'] === 'string' &&
        stateProblems(view['state']).length === 0;
      if (!valid) {
        const id = isObject(view) && typeof view['id'] === 'string' ? view['id'] : undefined;
        errors.push({ path: id === undefined ? ['views'] : ['views', id], message: 'must be { id, name, state }' });
      }
    }
  }
  if (record['active'] !== null && typeof record['active'] !== 'string') {
    errors.push({ path: ['active'], message: 'must be a saved view id or null' });
  }
  return errors;
}

/** The schema of the record view's preferences document: version, defaults, validator, migrations. */
export const recordViewSchema = {
  version: 1,
  defaults: emptyRecordViewPreferences(),
  validate: validateRecordViewPreferences,
  migrations: {},
} as const;

/**
 * A view state without the fields that no longer exist: they are removed from the columns, widths,
 * sort, group-by and list fields, and reported in `dropped` (each id once) so the view can say so.
 * Never throws, whatever the stored state holds. The filter is left to `dropStaleFilterFields`, so
 * code that shows no filter does not load the filter model.
 */
export function dropStaleFields(
  state: Partial<ViewState>,
  fields: readonly RecordField[],
): { state: Partial<ViewState>; dropped: string[] } {
  const known = new Set(fields.map((field) => field.id));
  const dropped = new Set<string>();
  const keep = (id: string): boolean => {
    if (known.has(id)) return true;
    dropped.add(id);
    return false;
  };
  const next: Partial<ViewState> = { ...state };
  if (state.fields) next.fields = state.fields.filter(keep);
  if (state.listFields) next.listFields = state.listFields.filter(keep);
  if (state.widths) next.widths = Object.fromEntries(Object.entries(state.widths).filter(([id]) => keep(id)));
  if (state.sort) next.sort = state.sort.filter((key) => keep(key.field));
  if (state.groupBy && !keep(state.groupBy)) next.groupBy = null;
  return { state: next, dropped: [...dropped] };
}
