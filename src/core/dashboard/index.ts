/**
 * A dashboard's preferences document, DOM-free: its shape, validation, and how a concurrent change
 * from another tab is merged (each column count's layout as one value, through the layout engine).
 *
 * @packageDocumentation
 */
export {
  emptyPreferences,
  isWholeLayout,
  readPreferences,
  rebaseLayout,
  rebasePreferences,
  snapshotPreferences,
  toEntry,
  validatePreferences,
  type DashboardLayoutEntry,
  type DashboardPreferences,
  type DashboardWidgetRecord,
} from './preferences.js';
