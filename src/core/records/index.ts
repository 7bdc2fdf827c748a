export { toTime, toNumber, optionLabel, valueText, type RecordField, type RecordItem } from './values.js';
export { formatValue, type FormatOptions } from './format.js';
export { sortRecords, nextSort, collatorFor, type SortKey, type SortDirection } from './sort.js';
export { RecordSearch } from './search.js';
export { showRecords, type ShowOptions } from './pipeline.js';
export { dropStaleFilterFields } from './filter.js';
export {
  groupRecords,
  moveCard,
  orderColumns,
  summarizeColumn,
  columnKey,
  NO_VALUE_KEY,
  type KanbanColumn,
  type GroupOptions,
  type ColumnSummary,
  type RecordId,
} from './kanban.js';
export {
  VIEW_TYPES,
  emptyRecordViewPreferences,
  validateRecordViewPreferences,
  recordViewSchema,
  stateProblems,
  dropStaleFields,
  type ViewState,
  type SavedView,
  type RecordViewPreferences,
  type RecordViewType,
} from './view-state.js';
export {
  activeView,
  saveViewAs,
  saveViewChanges,
  switchView,
  renameView,
  duplicateView,
  deleteView,
} from './saved-views.js';
export { groupRows, type RowGroup, type GroupRowsOptions } from './group-rows.js';
