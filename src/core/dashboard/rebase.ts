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
import { readPreferences, toEntry, type DashboardLayoutEntry, type DashboardPreferences } from './preferences.js';

// How a dashboard merges a concurrent change from another tab: only needed once this page changed
// something, so it is a module of its own that a dashboard loads with its editing code.

const sameRect = (a: DashboardLayoutEntry | undefined, b: DashboardLayoutEntry | undefined): boolean =>
  a !== undefined && b !== undefined && a.x === b.x && a.y === b.y && a.w === b.w && a.h === b.h;

/**
 * Replays the gesture that made `ours` from `ancestor` on `theirs` (a layout another tab stored
 * meanwhile), through the layout engine: what this page moved, resized, added or removed is applied
 * to the other tab's layout as the user did it, and everything else of theirs stays. The result is
 * always a valid layout, never a field-by-field mix of two.
 *
 * `targets` are the items the user moved or resized here. When the change holds any, they are the
 * gesture: the widgets they pushed aside are pushed again by the layout engine, as far as theirs
 * needs, not moved as if the user had moved them. `superseded` are targets whose gesture was made
 * before `theirs` was stored: where the other tab changed them too, that later change stays.
 */
export function rebaseLayout(
  ancestor: readonly DashboardLayoutEntry[],
  ours: readonly DashboardLayoutEntry[],
  theirs: unknown,
  columns: number,
  float = false,
  targets: ReadonlySet<string> = new Set(),
  superseded: ReadonlySet<string> = new Set(),
): DashboardLayoutEntry[] {
  // Replayed moves push rather than swap: a swap would move the other tab's widgets back.
  const options = { columns, float, swap: false };
  const before = new Map(ancestor.map((entry) => [entry.id, entry]));
  const unchanged = (layout: unknown): boolean =>
    Array.isArray(layout) &&
    layout.length === ancestor.length &&
    layout.every((entry: DashboardLayoutEntry) => sameRect(before.get(entry?.id), entry));
  if (unchanged(theirs)) return ours.map(toEntry);
  const mine = new Set(ours.map((entry) => entry.id));
  let layout: Layout = sanitizeLayout(theirs, options).layout;
  for (const entry of ancestor) if (!mine.has(entry.id)) layout = removeItem(layout, entry.id, options).layout;
  const other = new Map(sanitizeLayout(theirs, options).layout.map((item) => [item.id, item]));
  const changed = ours.filter((entry) => !sameRect(before.get(entry.id), entry));
  const gesture = changed.some((entry) => targets.has(entry.id));
  // Widgets added here are always placed; the items the user moved or resized go last, so their
  // gesture is what the layout ends with.
  const ordered = [
    ...changed.filter((entry) => !targets.has(entry.id) && (!gesture || !before.has(entry.id))),
    ...changed.filter((entry) => targets.has(entry.id)),
  ];
  for (const entry of ordered) {
    const from = before.get(entry.id);
    // What the other tab moved too stays theirs, unless the user moved or resized it here after
    // theirs was stored: then this page's gesture wins (the user made it last).
    const there = other.get(entry.id);
    const wins = targets.has(entry.id) && !superseded.has(entry.id);
    if (from && there && !sameRect(from, there) && !wins) continue;
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
 * @param targets the items the user moved or resized on this page: where the other tab changed them
 * too, this page's gesture wins (the user made it last), where it only pushed them, theirs does
 * @param superseded the targets whose gesture was made before `theirs` was stored: where the other
 * tab changed them too, its later change wins
 */
export function rebasePreferences(
  ancestor: DashboardPreferences,
  ours: DashboardPreferences,
  theirs: DashboardPreferences,
  float = false,
  shown: (columns: number) => readonly DashboardLayoutEntry[] = () => [],
  targets: ReadonlySet<string> = new Set(),
  superseded: ReadonlySet<string> = new Set(),
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
    layouts[key] = other.layouts[key]
      ? rebaseLayout(from, to, other.layouts[key], columns, float, targets, superseded)
      : to;
  }
  const added = mine.widgets.filter((record) => !base.widgets.some((known) => known.id === record.id));
  const records = [...other.widgets, ...added.filter((record) => !other.widgets.some((r) => r.id === record.id))];
  const result: DashboardPreferences = {
    layouts,
    widgets: records,
    removed: union(
      other.removed,
      mine.removed.filter((id) => !base.removed.includes(id)),
    ),
  };
  if (mine.seen || other.seen) result.seen = union(other.seen ?? [], mine.seen ?? []);
  return result;
}
