import type { ReorderStrings } from '../../base/reorder.js';

/**
 * Strings a user reads in a record view. Messages with values are functions so a translation
 * controls word order; numbers arrive as numbers.
 */
export const defaultRecordViewStrings = {
  /** Accessible name of the whole view (the table, list or board is named after it). */
  label: 'Records',
  /** Name of the view switch. */
  viewSwitch: 'View',
  table: 'Table',
  list: 'List',
  kanban: 'Kanban',
  search: 'Search records',
  fields: 'Fields',
  filter: 'Filter',
  /** The saved-views menu button when no saved view is active. */
  views: 'Views',
  /** Marks a saved view the working state has moved away from. */
  modified: 'modified',
  saveAs: 'Save as new view…',
  saveChanges: 'Save changes to this view',
  rename: 'Rename view…',
  duplicate: 'Duplicate view',
  delete: 'Delete view',
  /** The working state without a saved view. */
  unsavedView: 'Current view',
  viewName: 'View name',
  save: 'Save',
  cancel: 'Cancel',
  copyOf: (name: string): string => `${name} (copy)`,
  /** Before the saved-views button's text, for screen readers. */
  viewsPrefix: 'Views:',
  viewSaved: (name: string): string => `Saved view ${name}.`,
  viewRenamed: (name: string): string => `Renamed to ${name}.`,
  viewDeleted: (name: string): string => `Deleted view ${name}.`,
  viewShown: (name: string): string => `Showing ${name}.`,
  viewReset: 'View reset.',
  /** Shown when the view came from personalization and the provider gave no reason. */
  suggested: 'Suggested view',
  resetToSuggested: 'Reset to suggested',
  resetView: 'Reset view',
  /** Notice for fields a saved view named that the host no longer has; `names` is a formatted list. */
  staleFields: (names: string, count: number): string =>
    `${count === 1 ? 'A field' : `${count} fields`} in this view no longer ${count === 1 ? 'exists' : 'exist'} and ${count === 1 ? 'was' : 'were'} removed: ${names}.`,
  dismiss: 'Dismiss',
  /** There are no records at all. */
  empty: 'No records yet.',
  /** Records exist, but none passes the filter or search. */
  noMatches: 'No records match the filter or search.',
  clearFilters: 'Clear filter and search',
  loading: 'Loading records…',
  /** Heading of the error state; the host's message follows as text. */
  error: 'The records could not be loaded.',
  /** Read when the shown records change: `shown` of `total`. */
  count: (shown: number, total: number): string =>
    shown === total ? `${total} ${total === 1 ? 'record' : 'records'}` : `${shown} of ${total} records`,
  sortedAscending: (field: string): string => `Sorted by ${field}, ascending.`,
  sortedDescending: (field: string): string => `Sorted by ${field}, descending.`,
  unsorted: 'Not sorted.',
  /** Read when a column header takes focus. */
  headerInstructions:
    'Enter sorts, Shift and Enter adds a sort key. Space picks the column up to move it with the arrow keys. Shift and arrow keys resize.',
  resized: (field: string, width: number): string => `${field}, ${width} pixels wide.`,
  /** The kanban's group-by chooser. */
  groupBy: 'Group by',
  /** "Group by" set to nothing: a table without groups. */
  noGrouping: 'None',
  /** A table group's count and the sum of the summed field (empty without one), after its value. */
  groupSummary: (count: number, sum: string): string =>
    `${count} ${count === 1 ? 'record' : 'records'}${sum ? `, ${sum}` : ''}`,
  /** Shown in the kanban when no field to group by is chosen or known. */
  chooseGroupBy: 'Choose a field to group the board by.',
  selected: (count: number): string => `${count} ${count === 1 ? 'record' : 'records'} selected.`,
  yes: 'Yes',
  no: 'No',
  /** The kanban column of records without a value. */
  noValue: 'No value',
  /** A kanban column's name as read: label, count, and the WIP limit when it is exceeded. */
  columnSummary: (label: string, count: number, sum: string): string =>
    `${label}, ${count} ${count === 1 ? 'card' : 'cards'}${sum ? `, ${sum}` : ''}`,
  overLimit: (limit: number): string => `Over the limit of ${limit}`,
  collapse: (label: string): string => `Collapse ${label}`,
  expand: (label: string): string => `Expand ${label}`,
  cardInstructions:
    'Press Enter or Space to pick up, Left and Right arrows to move across columns, Up and Down within one, Enter or Space to drop, Escape to cancel.',
  columnInstructions:
    'Press Enter or Space to pick up the column, Left and Right arrows to move it, Enter or Space to drop, Escape to cancel.',
  /** The list view's name. */
  listLabel: 'Records list',
  /** The kanban board's name. */
  boardLabel: 'Board',
  /** The host vetoed or failed a move; `reason` is its message, or empty. */
  moveReverted: (title: string, reason: string): string =>
    `${title} could not be moved${reason ? `: ${reason}` : ''}. It is back where it was.`,
  /** Code loaded on first use could not be fetched. */
  unavailable: 'This part could not be loaded. Check the connection and try again.',
  untitled: 'Untitled',
};
/**
 * Every string of a record view. What moving a card, a kanban column or a table column announces is
 * the shared reorder messages (`grabbed`, `moved`, `dropped`, `cancelled`, `blocked`, `fixed`), which
 * `strings` overrides too.
 */
export type RecordViewStrings = typeof defaultRecordViewStrings & ReorderStrings;
