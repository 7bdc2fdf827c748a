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
 */
export function rebaseLayout(
  ancestor: readonly DashboardLayoutEntry[],
  ours: readonly DashboardLayoutEntry[],
  theirs: unknown,
  columns: number,
  float = false,
  targets: ReadonlySet<string> = new Set(),
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
  // The items the user moved or resized here go last, so their gesture is what the layout ends with.
  const ordered = [...ours.filter((entry) => !targets.has(entry.id)), ...ours.filter((entry) => targets.has(entry.id))];
  for (const entry of ordered) {
    const from = before.get(entry.id);
    if (sameRect(from, entry)) continue;
    // What the other tab moved too (often a widget pushed aside by either gesture) stays theirs,
    // unless the user moved or resized it here: then this page's gesture wins.
    const there = other.get(entry.id);
    if (from && there && !sameRect(from, there) && !targets.has(entry.id)) continue;
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
 * too, this page's gesture wins (the user just made it), where it only pushed them, theirs does
 */
export function rebasePreferences(
  ancestor: DashboardPreferences,
  ours: DashboardPreferences,
  theirs: DashboardPreferences,
  float = false,
  shown: (columns: number) => readonly DashboardLayoutEntry[] = () => [],
  targets: ReadonlySet<string> = new Set(),
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
    layouts[key] = other.layouts[key] ? rebaseLayout(from, to, other.layouts[key], columns, float, targets) : to;
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
