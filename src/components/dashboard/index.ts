export { TkDashboard } from './dashboard.js';
export { TkDashboardItem, defaultDashboardItemStrings, type DashboardItemStrings } from './dashboard-item.js';
import { viewingStrings, type DashboardStrings } from './dashboard-strings.js';
import { editingStrings } from './editing-strings.js';

export type { DashboardStrings };
/** Every string a user reads on a dashboard, with its default; override any through `strings`. */
export const defaultDashboardStrings: DashboardStrings = { ...viewingStrings, ...editingStrings };
export type {
  DashboardLayoutEntry,
  DashboardItemRecord,
  DashboardPreferences,
  // eslint-disable-next-line no-restricted-syntax -- the deprecated name stays exported for integrators
  DashboardWidgetRecord,
  LayoutChangeReason,
  TkBreakpointChangeDetail,
  TkItemAddDetail,
  TkItemRemoveDetail,
  TkLayoutChangeDetail,
  TkLayoutErrorDetail,
  TkDashboardItemType,
  TkLoadErrorDetail,
  // eslint-disable-next-line no-restricted-syntax -- the deprecated name stays exported for integrators
  TkWidgetType,
} from './dashboard-types.js';
