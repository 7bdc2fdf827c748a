// Static, realistic data for the Acme CRM home demo, the widget catalog built on it, and the host's
// defaults provider: which dashboard each role starts with, and why.
import { ruleDefaults } from '../../../src/core/personalize/rules.js';
import type {
  DashboardLayoutEntry,
  DashboardPreferences,
  TkWidgetType,
} from '../../../src/components/dashboard/index.js';
import type { ListEntry } from './widgets.js';

/** The preferences document key of the home dashboard. */
export const HOME_KEY = 'acme-home';

export type Role = 'sales' | 'support' | 'manager';

export const roles: readonly { value: Role; label: string }[] = [
  { value: 'sales', label: 'Sales' },
  { value: 'support', label: 'Support' },
  { value: 'manager', label: 'Manager' },
];

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
const usdCompact = new Intl.NumberFormat('en-US', {
  style: 'currency',
  currency: 'USD',
  notation: 'compact',
  maximumFractionDigits: 2,
});

const monthlyRevenue = [
  182_000, 176_500, 191_200, 204_800, 198_300, 215_900, 228_400, 219_700, 236_100, 248_900, 241_300, 262_700,
];
const ticketsPerDay = [64, 71, 58, 49, 77, 83, 69, 62, 55, 48, 74, 81, 66, 59];

const topDeals: ListEntry[] = [
  { primary: 'Northwind Traders: fleet renewal', secondary: 'Negotiation · closes Jun 28', meta: usd.format(184_000) },
  { primary: 'Globex: EMEA expansion', secondary: 'Proposal · closes Jul 12', meta: usd.format(126_500) },
  { primary: 'Initech: support upgrade', secondary: 'Qualified · closes Jul 30', meta: usd.format(88_000) },
  { primary: 'Umbrella Health: pilot', secondary: 'Proposal · closes Aug 4', meta: usd.format(61_250) },
];

const openTickets: ListEntry[] = [
  { primary: '#4821 Login loop after SSO change', secondary: 'Northwind Traders · high priority', meta: '2 h' },
  { primary: '#4817 Invoice PDF shows wrong VAT', secondary: 'Globex · normal priority', meta: '5 h' },
  { primary: '#4809 Export to CSV times out', secondary: 'Initech · normal priority', meta: '1 d' },
  { primary: '#4796 Add a second admin seat', secondary: 'Soylent · low priority', meta: '2 d' },
];

const tasks: ListEntry[] = [
  { primary: 'Call back Globex about the renewal', secondary: 'Due today', meta: 'Call' },
  { primary: 'Send the Initech proposal for review', secondary: 'Due tomorrow', meta: 'Email' },
  { primary: 'Prepare the Q3 forecast notes', secondary: 'Due Friday', meta: 'Note' },
  { primary: 'Book the Northwind onsite visit', secondary: 'Due next week', meta: 'Meeting' },
];

function kpi(value: string, change: string, tone: 'up' | 'down' | 'flat', caption: string): HTMLElement {
  const element = document.createElement('acme-kpi');
  Object.assign(element, { value, change, tone, caption });
  return element;
}

function sparkline(label: string, points: number[], format: (n: number) => string, caption: string): HTMLElement {
  const element = document.createElement('acme-sparkline');
  Object.assign(element, { label, points, format, caption });
  return element;
}

function bars(label: string, entries: { label: string; value: number }[], format: (n: number) => string): HTMLElement {
  const element = document.createElement('acme-bar-chart');
  Object.assign(element, { label, bars: entries, format });
  return element;
}

function list(label: string, entries: ListEntry[]): HTMLElement {
  const element = document.createElement('acme-list');
  Object.assign(element, { label, entries });
  return element;
}

const percent = (n: number): string => `${n}%`;

/** Default sizes (and the smallest a resize may reach) of the three kinds of widget. */
const kpiSize = { w: 3, h: 2, minW: 2, minH: 2 };
const chartSize = { w: 6, h: 2, minW: 3, minH: 2 };
const panelSize = { w: 6, h: 3, minW: 3, minH: 3 };

/**
 * Every widget a user can add. The ids of suggested widgets are their type names. Each shows one
 * thing, so each can be on the dashboard once (`single`).
 */
export const acmeCatalog: TkWidgetType[] = (
  [
    {
      type: 'pipeline-value',
      title: 'Pipeline value',
      description: 'Open opportunities, weighted by stage',
      ...kpiSize,
      create: () => kpi(usdCompact.format(1_420_000), '+8.4%', 'up', 'vs last month'),
    },
    {
      type: 'win-rate',
      title: 'Win rate',
      description: 'Deals won out of deals closed this quarter',
      ...kpiSize,
      create: () => kpi('31%', '+2 pts', 'up', 'this quarter'),
    },
    {
      type: 'revenue-trend',
      title: 'Revenue trend',
      description: 'Booked revenue over the last 12 months',
      ...chartSize,
      create: () =>
        sparkline('Monthly revenue, last 12 months', monthlyRevenue, (n) => usdCompact.format(n), 'this month'),
    },
    {
      type: 'deals-by-stage',
      title: 'Deals by stage',
      description: 'Open deals in each pipeline stage',
      ...panelSize,
      create: () =>
        bars(
          'Open deals by stage',
          [
            { label: 'Prospecting', value: 42 },
            { label: 'Qualified', value: 28 },
            { label: 'Proposal', value: 17 },
            { label: 'Negotiation', value: 9 },
            { label: 'Closed won', value: 6 },
          ],
          String,
        ),
    },
    {
      type: 'top-deals',
      title: 'Top open deals',
      description: 'The largest deals still in play',
      ...panelSize,
      create: () => list('Top open deals', topDeals),
    },
    {
      type: 'open-tickets',
      title: 'Open tickets',
      description: 'Oldest unanswered tickets first',
      ...panelSize,
      create: () => list('Open tickets', openTickets),
    },
    {
      type: 'sla',
      title: 'First response within SLA',
      description: 'Share of tickets answered within 4 hours',
      ...kpiSize,
      create: () => kpi('94%', '−1 pt', 'down', 'target 95%'),
    },
    {
      type: 'csat',
      title: 'Customer satisfaction',
      description: 'Average rating of solved tickets',
      ...kpiSize,
      create: () => kpi('4.6 / 5', '+0.2', 'up', 'vs last month'),
    },
    {
      type: 'ticket-volume',
      title: 'Tickets per day',
      description: 'New tickets over the last 14 days',
      ...chartSize,
      create: () => sparkline('New tickets per day, last 14 days', ticketsPerDay, String, 'today'),
    },
    {
      type: 'team-quota',
      title: 'Team quota',
      description: 'Quota attainment per rep this quarter',
      ...panelSize,
      create: () =>
        bars(
          'Quota attainment per rep this quarter',
          [
            { label: 'Priya Natarajan', value: 112 },
            { label: 'Marcus Webb', value: 96 },
            { label: 'Lena Fischer', value: 88 },
            { label: 'Tom Okafor', value: 71 },
          ],
          percent,
        ),
    },
    {
      type: 'tasks',
      title: 'My tasks',
      description: 'Calls, emails and meetings due soon',
      ...panelSize,
      create: () => list('My tasks', tasks),
    },
  ] satisfies Omit<TkWidgetType, 'single'>[]
).map((type) => ({ ...type, single: true }));

type Placement = [type: string, x: number, y: number, w: number, h: number];

/** A suggested dashboard, in the shape the dashboard's preferences document takes as a default. */
function suggested(placements: Placement[]): Pick<DashboardPreferences, 'layouts' | 'widgets'> {
  const layout: DashboardLayoutEntry[] = placements.map(([id, x, y, w, h]) => ({ id, x, y, w, h }));
  return { layouts: { '12': layout }, widgets: placements.map(([id]) => ({ id, type: id })) };
}

/** The widgets each role starts with; "My tasks" is shared, so removing it once removes it for every role. */
export const suggestedHomes: Record<Role, Pick<DashboardPreferences, 'layouts' | 'widgets'>> = {
  sales: suggested([
    ['pipeline-value', 0, 0, 3, 2],
    ['win-rate', 3, 0, 3, 2],
    ['revenue-trend', 6, 0, 6, 2],
    ['deals-by-stage', 0, 2, 6, 3],
    ['top-deals', 6, 2, 6, 3],
    ['tasks', 0, 5, 6, 3],
  ]),
  support: suggested([
    ['sla', 0, 0, 3, 2],
    ['csat', 3, 0, 3, 2],
    ['ticket-volume', 6, 0, 6, 2],
    ['open-tickets', 0, 2, 6, 3],
    ['tasks', 6, 2, 6, 3],
  ]),
  manager: suggested([
    ['pipeline-value', 0, 0, 3, 2],
    ['sla', 3, 0, 3, 2],
    ['revenue-trend', 6, 0, 6, 2],
    ['team-quota', 0, 2, 6, 3],
    ['deals-by-stage', 6, 2, 6, 3],
    ['tasks', 0, 5, 6, 3],
  ]),
};

/** The host's defaults provider: a suggested home per role, each with the reason the user sees. */
export const acmeDefaults = ruleDefaults(
  roles.map(({ value, label }) => ({
    when: { role: value },
    reason: `Suggested for the ${label} role`,
    values: { [HOME_KEY]: suggestedHomes[value] },
  })),
);

/** Column counts by the dashboard's own width: one column on a phone, six on a tablet, twelve wider. */
export const acmeBreakpoints = { 0: 1, 560: 6, 900: 12 };
