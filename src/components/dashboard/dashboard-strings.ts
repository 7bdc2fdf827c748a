import type * as EditingStrings from './editing-strings.js';

/**
 * Strings a user reads on a dashboard. Messages with values are functions so a translation controls
 * word order; numbers arrive as numbers (rows and columns counted from 1). Override any of them
 * through the `strings` property; `defaultDashboardStrings` lists them all.
 *
 * These are the ones a dashboard that is only viewed reads; `editing-strings.ts` has those of edit
 * mode, which arrive with the editing code.
 */
export const viewingStrings = {
  /** Accessible name of the grid of widgets. */
  label: 'Dashboard',
  /** Replaces the suggestion's reason once the user has arranged the layout themselves. */
  yourLayout: 'Your own layout',
  /** Shown in view mode when there is nothing to show. */
  empty: 'No widgets on this dashboard.',
  /** Shown in edit mode when there is nothing to show. */
  emptyEditable: 'No widgets yet. Add one from the catalog.',
  /** Read when an item takes focus in edit mode, after its position. */
  instructions:
    'Press Enter or Space to pick up, arrow keys to move, Shift and arrow keys to resize, Enter to drop, Escape to cancel, Delete to remove.',
  /** Where a widget is: used inside most messages. */
  position: (heading: string, row: number, column: number, width: number, height: number): string =>
    `${heading}, row ${row}, column ${column}, ${width} ${width === 1 ? 'column' : 'columns'} wide, ${height} ${height === 1 ? 'row' : 'rows'} high`,
  /** Editing or the catalog is needed but its code could not be loaded (offline, a deploy in progress). */
  unavailable: 'Editing could not be loaded. Check the connection and try again.',
  /** Explains a layout that came from personalization, when the provider gave no reason. */
  suggested: 'Suggested layout',
};

export type DashboardStrings = typeof viewingStrings & typeof EditingStrings.editingStrings;

/**
 * The defaults a dashboard reads its strings from: the viewing ones at once, the editing ones added
 * by `completeStrings` when the editing code has loaded.
 */
export const dashboardStrings = { ...viewingStrings } as DashboardStrings;

/** Adds the editing strings to the defaults (the editing code calls it as it attaches). */
export function completeStrings(editing: typeof EditingStrings.editingStrings): void {
  Object.assign(dashboardStrings, editing);
}
