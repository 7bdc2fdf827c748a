import type { Layout, LayoutItem, LayoutProblem } from '../layout/index.js';
import { layoutForColumnsWith, reconcileLayoutWith, storedColumns } from '../layout/breakpoints.js';
import { sanitizeWith, type Reader } from '../layout/entries.js';
import type { DashboardPreferences } from './preferences.js';

/** Where a layout that had to be fixed came from. */
export type LayoutSourceKind = 'stored' | 'property' | 'children' | 'suggested';

/** What was wrong with one source of a composed layout. */
export interface ComposeProblem {
  source: LayoutSourceKind;
  problems: LayoutProblem[];
}

/** Everything a dashboard's layout at one column count is made from. */
export interface ComposeInput {
  /** The column count to compose for. */
  columns: number;
  float: boolean;
  /** The effective preferences: the suggested ones with the user's changes. */
  preferences: DashboardPreferences;
  /** Whether the stored layouts are the user's own (their problems are reported only then). */
  customized: boolean;
  /** The suggested layouts by column count (the document's defaults), if any. */
  suggested: unknown;
  /**
   * Every visible widget with its constraints, stacked at `columns`: the set of widgets the layout
   * must hold. Widgets it lacks take free slots.
   */
  reference: Layout;
  /** The widgets where the integrator placed them, written for `ownColumns`. */
  own: (Partial<LayoutItem> & { id: string })[];
  ownColumns: number;
  /**
   * Reads layouts that are not well-formed: `readEntries` (sanitize.ts), or `trustedEntries`, which
   * throws `LayoutNeedsRepair` for them so the caller can load `readEntries` first.
   */
  read: Reader;
}

/**
 * The layout shown before the user changes anything: the suggested one, else the widgets' own
 * positions, with every visible widget placed.
 */
export function defaultLayout(input: ComposeInput, problems: ComposeProblem[] = []): Layout {
  const { columns, reference, read } = input;
  const options = { float: input.float };
  const report = (source: LayoutSourceKind, found: LayoutProblem[]): void => {
    if (found.length > 0) problems.push({ source, problems: found });
  };
  let defaults: Layout;
  if (storedColumns(input.suggested).length > 0) {
    // Stored and suggested layouts hold no flags: read them without compaction, and let
    // `reconcileLayout` settle them with the widgets' own (`locked`, min/max) back on.
    const result = layoutForColumnsWith(read, input.suggested, columns, { float: true });
    report('suggested', result.problems);
    defaults = result.layout;
  } else {
    const base = input.ownColumns;
    const children = sanitizeWith(read, input.own, { columns: base, float: input.float });
    report('children', children.problems);
    defaults = layoutForColumnsWith(read, { [base]: children.layout }, columns, options).layout;
  }
  return reconcileLayoutWith(read, defaults, columns, reference, columns, options).layout;
}

/**
 * The layout to show at a column count: the user's own (stored, or derived from another width),
 * with widgets they have not placed yet in free slots; else the default one. Problems found in
 * stored or suggested data are returned with their source.
 */
export function composeLayout(input: ComposeInput): { layout: Layout; problems: ComposeProblem[] } {
  const problems: ComposeProblem[] = [];
  const { columns, preferences, read } = input;
  let layout = defaultLayout(input, problems);
  if (storedColumns(preferences.layouts).length > 0) {
    const stored = layoutForColumnsWith(read, preferences.layouts, columns, { float: true });
    if (input.customized && stored.problems.length > 0) problems.push({ source: 'stored', problems: stored.problems });
    const seen = preferences.seen && new Set(preferences.seen);
    const known = seen ? stored.layout.filter((item) => seen.has(item.id)) : stored.layout;
    layout = reconcileLayoutWith(read, known, columns, layout, columns, { float: input.float }).layout;
  }
  return { layout, problems };
}
