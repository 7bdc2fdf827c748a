export { TkDashboard } from './dashboard.js';
export { TkDashboardItem, defaultDashboardItemStrings, type DashboardItemStrings } from './dashboard-item.js';
export { defaultDashboardStrings, type DashboardStrings } from './dashboard-strings.js';
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
