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
  snapshotPreferences,
  toEntry,
  validatePreferences,
  type DashboardLayoutEntry,
  type DashboardItemRecord,
  type DashboardPreferences,
  // eslint-disable-next-line no-restricted-syntax -- the deprecated name stays exported for integrators
  type DashboardWidgetRecord,
} from './preferences.js';
export type { LayoutSourceKind } from './compose.js';
export { rebaseLayout, rebasePreferences } from './rebase.js';
