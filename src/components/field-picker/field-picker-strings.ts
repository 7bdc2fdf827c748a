import { defaultReorderStrings } from '../../base/reorder.js';

/**
 * Strings a user reads in a field picker, including what reordering the "Shown" section announces. Messages with values are functions so a translation
 * controls word order; counts arrive as numbers.
 */
export const defaultFieldPickerStrings = {
  ...defaultReorderStrings,
  /** Accessible name of the search box, and its placeholder. */
  search: 'Search…',
  /** Accessible name of the list of all fields. */
  fields: 'Fields',
  /** Heading of the section of ticked fields, in display order. */
  shown: 'Shown',
  /** Shown in the "Shown" section when no field is ticked. */
  noneShown: 'No fields shown.',
  /** Heading of fields without a category. */
  uncategorized: 'Other fields',
  /** Read when a row of the "Shown" section takes focus. */
  shownInstructions: 'Enter picks up to reorder, Alt and an arrow key moves, Delete hides.',
  /** The tri-state checkbox of a category. */
  selectAll: (category: string): string => `Select all in ${category}`,
  /** The same checkbox while a search is active: it applies to the matching fields only. */
  selectMatches: (category: string, count: number): string =>
    `Select all ${count} ${count === 1 ? 'match' : 'matches'} in ${category}`,
  /** How many fields of a category are shown. */
  categoryCount: (shown: number, total: number): string => `${shown} of ${total}`,
  /** Why a field cannot be unticked. */
  required: 'Required',
  pinnedStart: 'Pinned to the start',
  pinnedEnd: 'Pinned to the end',
  /** Marks a field whose visibility differs from the default; Delete on its row resets it. */
  changed: 'Changed from default (Delete resets)',
  /** Marks a shown field the user moved out of the default order. */
  movedFromDefault: 'Moved from its default place',
  /** A matching synonym, shown under the label: "matches e-mail". */
  matchedSynonym: (synonym: string): string => `matches ${synonym}`,
  resetField: (label: string): string => `Reset ${label} to default`,
  hideField: (label: string): string => `Hide ${label}`,
  resetAll: 'Reset to default',
  apply: 'Apply',
  cancel: 'Cancel',
  /** Staged mode: how many changes wait for Apply. */
  pending: (count: number): string => `${count} ${count === 1 ? 'change' : 'changes'} not applied`,
  noMatches: (query: string): string => `No fields match “${query}”.`,
  /** Announced after a search settles. */
  matches: (count: number): string => `${count} ${count === 1 ? 'field matches' : 'fields match'}.`,
  /** Announced on ticking or unticking. */
  shownAnnouncement: (label: string, count: number): string => `${label} shown, ${count} fields shown.`,
  hiddenAnnouncement: (label: string, count: number): string => `${label} hidden, ${count} fields shown.`,
  requiredAnnouncement: (label: string): string => `${label} is required and stays shown.`,
  /** Announced after a reset or a select-all. */
  countAnnouncement: (count: number): string => `${count} fields shown.`,
  /** Shown while the list's code loads (on first use). */
  loading: 'Loading fields…',
  /** Shown when the list's code could not be loaded. */
  unavailable: 'The list of fields could not be loaded. Check the connection and reload.',
  /** Explains a default that came from personalization, when the provider gave no reason. */
  suggested: 'Suggested fields',
};
export type FieldPickerStrings = typeof defaultFieldPickerStrings;
