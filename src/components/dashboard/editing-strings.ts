/**
 * Strings a user reads in a dashboard's edit mode (see `DashboardStrings`): loaded with the editing
 * code.
 */
export const editingStrings = {
  addWidget: 'Add widget',
  /** Label of the search field a catalog of more than eight entries gets. */
  searchCatalog: 'Search widgets',
  /** Shown when the catalog search matches nothing. */
  noMatch: 'No widget matches.',
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
  /** Shown when there is no personalized layout to go back to. */
  resetToDefault: 'Reset layout',
  /**
   * Shown under the grid while a widget has keyboard focus in edit mode (screen readers hear
   * `instructions` instead).
   */
  hint: 'Enter: pick up or drop · Arrows: move · Shift+arrows: resize · Esc: cancel · Delete: remove',
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
  /** A step down with only empty rows below: in a compact grid the widget would rise straight back. */
  risesBack: (heading: string): string =>
    `${heading} stays in place: nothing is below it to go past, and widgets rise to fill empty rows.`,
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
};
