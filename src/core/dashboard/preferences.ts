import {
  addItem,
  moveItem,
  removeItem,
  resizeItem,
  sanitizeLayout,
  storedColumns,
  type Layout,
  type LayoutItem,
} from '../layout/index.js';
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
export interface DashboardWidgetRecord {
  id: string;
  type: string;
}

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
  widgets: DashboardWidgetRecord[];
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
const isWidgetList = (value: unknown): value is DashboardWidgetRecord[] =>
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
  if (!isWidgetList(record['widgets'])) errors.push({ path: 'widgets', message: 'must be a list of { id, type }' });
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
    widgets: isWidgetList(record['widgets']) ? record['widgets'].map(({ id, type }) => ({ id, type })) : [],
    removed: isStringList(record['removed']) ? [...record['removed']] : [],
  };
  if (isStringList(record['seen'])) copy.seen = [...record['seen']];
  return copy;
}

export function toEntry(item: DashboardLayoutEntry): DashboardLayoutEntry {
  return { id: item.id, x: item.x, y: item.y, w: item.w, h: item.h };
}

const sameRect = (a: DashboardLayoutEntry | undefined, b: DashboardLayoutEntry | undefined): boolean =>
  a !== undefined && b !== undefined && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

/**
 * Replays the gesture that made `ours` from `ancestor` on `theirs` (a layout another tab stored
 * meanwhile), through the layout engine: what this page moved, resized, added or removed is applied
 * to the other tab's layout as the user did it, and everything else of theirs stays. The result is
 * always a valid layout, never a field-by-field mix of two.
 */
export function rebaseLayout(
  ancestor: readonly DashboardLayoutEntry[],
  ours: readonly DashboardLayoutEntry[],
  theirs: unknown,
  columns: number,
  float = false,
): DashboardLayoutEntry[] {
  const options = { columns, float };
  const before = new Map(ancestor.map((entry) => [entry.id, entry]));
  const unchanged = (layout: unknown): boolean =>
    Array.isArray(layout) &&
    layout.length === ancestor.length &&
    layout.every((entry: DashboardLayoutEntry) => sameRect(before.get(entry?.id), entry));
  if (unchanged(theirs)) return ours.map(toEntry);
  const mine = new Set(ours.map((entry) => entry.id));
  let layout: Layout = sanitizeLayout(theirs, options).layout;
  for (const entry of ancestor) if (!mine.has(entry.id)) layout = removeItem(layout, entry.id, options).layout;
  for (const entry of ours) {
    const from = before.get(entry.id);
    if (sameRect(from, entry)) continue;
    const present = layout.some((item: LayoutItem) => item.id === entry.id);
    if (!present) {
      if (from) continue; // theirs removed it: a move here does not bring it back
      layout = addItem(layout, { ...entry }, options).layout;
      continue;
    }
    if (!from || from.w !== entry.w || from.h !== entry.h)
      layout = resizeItem(layout, entry.id, entry.w, entry.h, options).layout;
    if (!from || from.x !== entry.x || from.y !== entry.y)
      layout = moveItem(layout, entry.id, entry.x, entry.y, options).layout;
  }
  return layout.map(toEntry);
}

const union = (a: readonly string[], b: readonly string[]): string[] => [...new Set([...a, ...b])];

/**
 * A dashboard's answer to a concurrent change (see `DocumentOptions.rebase`): each column count's
 * layout merged as one value, with this page's gesture replayed on the other tab's layout; widgets
 * and removals of both kept.
 *
 * @param shown the layout shown at a column count `ancestor` holds none for (the default one), which
 * is what a gesture there started from
 */
export function rebasePreferences(
  ancestor: DashboardPreferences,
  ours: DashboardPreferences,
  theirs: DashboardPreferences,
  float = false,
  shown: (columns: number) => readonly DashboardLayoutEntry[] = () => [],
): DashboardPreferences {
  const [base, mine, other] = [ancestor, ours, theirs].map(readPreferences) as [
    DashboardPreferences,
    DashboardPreferences,
    DashboardPreferences,
  ];
  const layouts: Record<string, DashboardLayoutEntry[]> = { ...other.layouts };
  for (const columns of storedColumns(mine.layouts)) {
    const key = String(columns);
    const from = base.layouts[key] ?? shown(columns).map(toEntry);
    const to = mine.layouts[key];
    if (JSON.stringify(from) === JSON.stringify(to)) continue;
    layouts[key] = other.layouts[key] ? rebaseLayout(from, to, other.layouts[key], columns, float) : to;
  }
  const added = mine.widgets.filter((widget) => !base.widgets.some((known) => known.id === widget.id));
  const widgets = [...other.widgets, ...added.filter((widget) => !other.widgets.some((w) => w.id === widget.id))];
  const result: DashboardPreferences = {
    layouts,
    widgets,
    removed: union(
      other.removed,
      mine.removed.filter((id) => !base.removed.includes(id)),
    ),
  };
  if (mine.seen || other.seen) result.seen = union(other.seen ?? [], mine.seen ?? []);
  return result;
}
