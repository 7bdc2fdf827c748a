export { TkDashboard } from './dashboard.js';
export { TkDashboardItem, defaultDashboardItemStrings, type DashboardItemStrings } from './dashboard-item.js';
export { defaultDashboardStrings, type DashboardStrings } from './dashboard-strings.js';
export type {
  DashboardLayoutEntry,
  DashboardPreferences,
  DashboardWidgetRecord,
  LayoutChangeReason,
  TkBreakpointChangeDetail,
  TkItemAddDetail,
  TkItemRemoveDetail,
  TkLayoutChangeDetail,
  TkLayoutErrorDetail,
  TkLoadErrorDetail,
  TkWidgetType,
} from './dashboard-types.js';
