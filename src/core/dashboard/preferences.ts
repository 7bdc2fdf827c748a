import type { FieldError } from '../prefs/document.js';
import type { PathSegment } from '../prefs/patch.js';

/** A widget's place in a `layout`: what integrators read and write. */
export interface DashboardLayoutEntry {
  id: string;
  x: number;
  y: number;
  w: number;
  h: number;
}

/** A widget made from a catalog type: recorded so it can be recreated after a reload. */
export interface DashboardItemRecord {
  id: string;
  type: string;
}

/** @deprecated Renamed `DashboardItemRecord` (the dashboard calls its widgets items in code). */
// eslint-disable-next-line no-restricted-syntax -- the old name, kept for integrators
export type DashboardWidgetRecord = DashboardItemRecord;

/**
 * The preferences document of a dashboard with `persist-key`, and the shape of a personalized default
 * for it (a defaults provider returns `{ layouts, widgets }`; the other fields are the user's).
 *
 * ```ts
 * { layouts: { '12': [{ id: 'pipeline', x: 0, y: 0, w: 8, h: 3 }] }, widgets: [{ id: 'pipeline', type: 'pipeline' }] }
 * ```
 */
export interface DashboardPreferences {
  /**
   * A layout per column count, keyed by the count (`"12"`). Entries hold only `id, x, y, w, h`. Each
   * is one whole: once the user changes it, it is stored entire, and a different suggestion never
   * mixes into it.
   */
  layouts: Record<string, DashboardLayoutEntry[]>;
  /** Widgets made from catalog types (by the user, or suggested): recreated from the catalog on load. */
  widgets: DashboardItemRecord[];
  /** Widgets the user removed: they stay removed even when a newer default still lists them. */
  removed: string[];
  /**
   * The widgets the user's layouts were arranged with. A widget that a newer default brings is not
   * among them, so it takes a free slot instead of pushing the user's widgets around.
   */
  seen?: string[];
}

export function emptyPreferences(): DashboardPreferences {
  return { layouts: {}, widgets: [], removed: [] };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((entry) => typeof entry === 'string');
const isItemList = (value: unknown): value is DashboardItemRecord[] =>
  Array.isArray(value) &&
  value.every((entry) => isRecord(entry) && typeof entry['id'] === 'string' && typeof entry['type'] === 'string');

/**
 * Fields of a dashboard document with the wrong shape: the preferences engine drops just those from
 * a stored value, and refuses a personalized default that has any.
 */
export function validatePreferences(value: unknown): FieldError[] {
  const errors: FieldError[] = [];
  const record = isRecord(value) ? value : {};
  const layouts = record['layouts'];
  if (!isRecord(layouts)) errors.push({ path: 'layouts', message: 'must be an object of layouts by column count' });
  else {
    for (const [key, layout] of Object.entries(layouts)) {
      if (!Array.isArray(layout))
        errors.push({ path: ['layouts', key], message: 'must be a list of { id, x, y, w, h }' });
    }
  }
  if (!isItemList(record['widgets'])) errors.push({ path: 'widgets', message: 'must be a list of { id, type }' });
  if (!isStringList(record['removed'])) errors.push({ path: 'removed', message: 'must be a list of ids' });
  if (record['seen'] !== undefined && !isStringList(record['seen']))
    errors.push({ path: 'seen', message: 'must be a list of ids' });
  return errors;
}

/** The layout at one column count is one whole value (see `DashboardPreferences.layouts`). */
export function isWholeLayout(path: readonly PathSegment[]): boolean {
  return path.length === 2 && path[0] === 'layouts';
}

/**
 * A copy for the undo history. Layouts are shared: a commit replaces `layouts` and its arrays, it
 * never edits them, so only the lists a commit appends to are copied.
 */
export function snapshotPreferences(value: DashboardPreferences): DashboardPreferences {
  const copy: DashboardPreferences = {
    layouts: value.layouts,
    widgets: [...value.widgets],
    removed: [...value.removed],
  };
  if (value.seen) copy.seen = value.seen;
  return copy;
}

/**
 * A mutable copy of a preferences value, whatever it holds: fields of the wrong shape become empty.
 * Layout entries are copied as they are; the engine sanitizes them when they are shown.
 */
export function readPreferences(value: unknown): DashboardPreferences {
  const record = isRecord(value) ? value : {};
  const layouts = isRecord(record['layouts']) ? record['layouts'] : {};
  const copy: DashboardPreferences = {
    layouts: Object.fromEntries(
      Object.entries(layouts).map(([key, layout]) => [key, structuredClone(layout) as DashboardLayoutEntry[]]),
    ),
    widgets: isItemList(record['widgets']) ? record['widgets'].map(({ id, type }) => ({ id, type })) : [],
    removed: isStringList(record['removed']) ? [...record['removed']] : [],
  };
  if (isStringList(record['seen'])) copy.seen = [...record['seen']];
  return copy;
}

export function toEntry(item: DashboardLayoutEntry): DashboardLayoutEntry {
  return { id: item.id, x: item.x, y: item.y, w: item.w, h: item.h };
}
