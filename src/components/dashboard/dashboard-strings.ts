/**
 * Strings a user reads on a dashboard. Messages with values are functions so a translation controls
 * word order; numbers arrive as numbers (rows and columns counted from 1).
 */
export const defaultDashboardStrings = {
  /** Accessible name of the grid of widgets. */
  label: 'Dashboard',
  addWidget: 'Add widget',
  /** Catalog note on a `single` widget type that is already on the dashboard. */
  alreadyAdded: 'Already on the dashboard',
  undo: 'Undo',
  redo: 'Redo',
  /**
   * Shown when there is a suggested layout to go back to; `reason` is why it is suggested
   * ("Suggested for the Support role").
   */
  resetLayout: (reason: string): string => {
    const who = reason.replace(/^suggested (for )?(the )?/i, '');
    return who && who !== reason ? `Reset to suggested (${who})` : 'Reset to suggested layout';
  },
  /** Replaces the suggestion's reason once the user has arranged the layout themselves. */
  yourLayout: 'Your own layout',
  /** Shown when there is no personalized layout to go back to. */
  resetToDefault: 'Reset layout',
  /** Shown in view mode when there is nothing to show. */
  empty: 'No widgets on this dashboard.',
  /** Shown in edit mode when there is nothing to show. */
  emptyEditable: 'No widgets yet. Add one from the catalog.',
  /** Read when an item takes focus in edit mode, after its position. */
  instructions:
    'Press Enter or Space to pick up, arrow keys to move, Shift and arrow keys to resize, Enter to drop, Escape to cancel, Delete to remove.',
  /** Where a widget is: used inside most messages below. */
  position: (heading: string, row: number, column: number, width: number, height: number): string =>
    `${heading}, row ${row}, column ${column}, ${width} ${width === 1 ? 'column' : 'columns'} wide, ${height} ${height === 1 ? 'row' : 'rows'} high`,
  /** Appended when other widgets had to make room; `headings` is already a formatted list. */
  displaced: (headings: string, _count: number): string => `Moved out of the way: ${headings}.`,
  grabbed: (position: string): string =>
    `Picked up ${position}. Arrow keys move, Shift and arrow keys resize, Enter drops, Escape cancels.`,
  moved: (position: string): string => `${position}.`,
  /**
   * Appended when one arrow key moved a widget more than one row: in a compact grid widgets rise into
   * empty rows, so a step that would change nothing goes on past the widget in the way.
   */
  jumped: (rows: number): string => `Went ${rows} rows, past the widget in the way: widgets rise to fill empty rows.`,
  blocked: (heading: string): string => `${heading} cannot go further that way.`,
  /** Editing or the catalog is needed but its code could not be loaded (offline, a deploy in progress). */
  unavailable: 'Editing could not be loaded. Check the connection and try again.',
  /** Enter or Space on a locked widget. */
  locked: (heading: string): string => `${heading} is locked in place.`,
  dropped: (position: string): string => `Dropped ${position}.`,
  cancelled: (position: string): string => `Move cancelled. Back at ${position}.`,
  added: (position: string): string => `Added ${position}.`,
  /** `undoKeys` is the `undoKeys` string for the platform. */
  removed: (heading: string, undoKeys: string): string => `Removed ${heading}. Press ${undoKeys} to undo.`,
  /** The undo shortcut in words, as the platform's keyboard labels it. */
  undoKeys: (mac: boolean): string => (mac ? 'Command Z' : 'Control Z'),
  /** What a committed change did, for the undo and redo messages; `heading` is empty for a reset. */
  change: (reason: 'move' | 'resize' | 'add' | 'remove' | 'reset', heading: string): string =>
    reason === 'reset'
      ? 'layout reset'
      : `${heading} ${{ move: 'moved', resize: 'resized', add: 'added', remove: 'removed' }[reason]}`,
  undone: (change: string): string => `Undone: ${change}.`,
  redone: (change: string): string => `Redone: ${change}.`,
  reset: 'Layout reset to the suggested one.',
  nothingToUndo: 'Nothing to undo.',
  nothingToRedo: 'Nothing to redo.',
  /** Explains a layout that came from personalization, when the provider gave no reason. */
  suggested: 'Suggested layout',
};
export type DashboardStrings = typeof defaultDashboardStrings;
