import { TkDashboardItem } from './dashboard-item.js';
import { TkDashboard } from './dashboard.js';

// Items first, so a dashboard upgrading in the same task already sees upgraded children.
TkDashboardItem.define('tk-dashboard-item');
TkDashboard.define('tk-dashboard');

declare global {
  interface HTMLElementTagNameMap {
    'tk-dashboard': TkDashboard;
    'tk-dashboard-item': TkDashboardItem;
  }
}

export { TkDashboard, TkDashboardItem };
