import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import '../../src/components/dashboard/define.js';
import type { TkDashboardItemType } from '../../src/components/dashboard/index.js';
import type { Breakpoints } from '../../src/core/layout/index.js';

interface DashboardArgs {
  editable: boolean;
  float: boolean;
  columns: number;
  responsive: boolean;
  rowHeight: number;
  gap: string;
  persist: boolean;
  rtl: boolean;
  dark: boolean;
}

const BREAKPOINTS: Breakpoints = { 0: 1, 480: 4, 768: 8, 1024: 12 };

// dir="auto": English notes keep their punctuation in place on a right-to-left page.
const note = (text: string) =>
  html`<p dir="auto" style="margin:0;color:var(--tk-color-text-muted);font-size:var(--tk-font-size-s)">${text}</p>`;

const catalog: TkDashboardItemType[] = [
  {
    type: 'note',
    title: 'Note',
    description: 'A short text note',
    w: 3,
    h: 2,
    create: () => note('Write something worth remembering.'),
  },
  {
    type: 'kpi',
    title: 'Open deals',
    description: 'A single number with its trend (once per dashboard)',
    single: true,
    w: 2,
    h: 2,
    minW: 2,
    create: () => html`<strong style="font-size:var(--tk-font-size-xl)">128</strong>${note('+12 this week')}`,
  },
  {
    type: 'links',
    title: 'Quick links',
    description: 'Shortcuts to frequent pages',
    w: 4,
    h: 2,
    create: () =>
      html`<ul style="margin:0;padding-inline-start:1.2em">
        <li><a href="#reports" style="color:var(--tk-color-brand-text)">Reports</a></li>
        <li><a href="#contacts" style="color:var(--tk-color-brand-text)">Contacts</a></li>
      </ul>`,
  },
];

const meta = {
  title: 'Components/Dashboard',
  component: 'tk-dashboard',
  subcomponents: { 'tk-dashboard-item': 'tk-dashboard-item' },
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: `A grid of widgets the user arranges. In edit mode: drag a widget by its handle, resize from its
east, south or south-east edge, add widgets from the catalog, remove them. Every drag has a keyboard path:
focus a widget, **Enter** or **Space** grabs it, **arrows** move it one cell (up and down, widgets rise
to fill empty rows, so a step down that would change nothing goes past the widget below, and says so),
**Shift+arrows** resize it,
**Enter** drops, **Escape** cancels; **Delete** removes; **Ctrl/Cmd+Z** undoes. Each step is announced to
screen readers. With \`persist-key\` the layout (one per column count) is stored through the preferences
store; toggle *persist* and reload the page to see it kept (localStorage).

Catalog types marked \`single: true\` can be on the dashboard once. The gesture code loads when the
dashboard first turns editable and the catalog's popover and menu when a catalog first shows, so a
dashboard that is only viewed does not download them; if they cannot be fetched, the dashboard keeps
its layout, tells the user and dispatches \`tk-load-error\`.`,
      },
    },
  },
  args: {
    editable: true,
    float: false,
    columns: 12,
    responsive: true,
    rowHeight: 80,
    gap: '12px',
    persist: false,
    rtl: false,
    dark: false,
  },
  argTypes: {
    editable: { description: 'Edit mode (`editable`): handles, resize, catalog, remove.' },
    float: { description: 'Free placement (`float`) instead of compacting widgets upwards.' },
    columns: { control: { type: 'range', min: 1, max: 24 }, description: 'Column count when not responsive.' },
    responsive: {
      description: `Columns follow the dashboard's width: \`breakpoints=${JSON.stringify(BREAKPOINTS)}\`.`,
    },
    rowHeight: { control: { type: 'range', min: 40, max: 160, step: 10 }, description: '`row-height` in pixels.' },
    gap: { control: 'text', description: '`--tk-dashboard-gap`' },
    persist: { description: 'Store the layout in localStorage under `persist-key="storybook-dashboard"`.' },
    rtl: { description: 'Right to left (`dir="rtl"` on a wrapper): handles, drags and arrow keys mirror.' },
    dark: { description: 'Dark theme (class `tk-theme-dark` on a wrapper).' },
  },
  render: (args) =>
    html`<div
      dir=${args.rtl ? 'rtl' : 'ltr'}
      class=${args.dark ? 'tk-theme-dark' : ''}
      style="padding: var(--tk-space-3); background: var(--tk-color-surface); color: var(--tk-color-text)"
    >
      ${renderDashboard(args)}
    </div>`,
} satisfies Meta<DashboardArgs>;

function renderDashboard(args: DashboardArgs) {
  return html`
    <tk-dashboard
      ?editable=${args.editable}
      ?float=${args.float}
      columns=${args.columns}
      row-height=${args.rowHeight}
      .breakpoints=${args.responsive ? BREAKPOINTS : undefined}
      .catalog=${catalog}
      persist-key=${args.persist ? 'storybook-dashboard' : ''}
      style=${styleMap({ '--tk-dashboard-gap': args.gap })}
    >
      <tk-dashboard-item item-id="revenue" heading="Revenue" x="0" y="0" w="6" h="3">
        ${note('Revenue this quarter: $1.2M, 8% above plan.')}
      </tk-dashboard-item>
      <tk-dashboard-item item-id="pipeline" heading="Pipeline" x="6" y="0" w="6" h="2">
        ${note('42 deals in progress, 9 in negotiation.')}
      </tk-dashboard-item>
      <tk-dashboard-item item-id="tasks" heading="My tasks" x="6" y="2" w="3" h="2">
        ${note('Call back Globex; send the Initech proposal.')}
      </tk-dashboard-item>
      <tk-dashboard-item item-id="team" heading="Team" x="9" y="2" w="3" h="2" min-w="2">
        ${note('5 people, 2 on leave.')}
      </tk-dashboard-item>
      <tk-dashboard-item item-id="announcements" heading="Announcements (locked)" x="0" y="3" w="6" h="2" locked>
        ${note('Locked widgets never move; the others flow around them.')}
      </tk-dashboard-item>
    </tk-dashboard>
  `;
}

export default meta;
type Story = StoryObj<DashboardArgs>;

/** Edit mode with the catalog, a locked widget and responsive columns. */
export const Editable: Story = {};

/** View mode: no handles; the page scrolls under a finger. */
export const ViewMode: Story = { name: 'View mode', args: { editable: false } };

/** Free placement: widgets stay where they are dropped, gaps allowed. */
export const Float: Story = { args: { float: true } };

/** A fixed 6-column grid. */
export const SixColumns: Story = { name: 'Six columns', args: { responsive: false, columns: 6 } };

/** Persisted in localStorage: rearrange, reload the page, the layout is kept (per column count). */
export const Persisted: Story = { args: { persist: true } };

/** Right to left: handles, drags and arrow keys mirror. */
export const RightToLeft: Story = { name: 'Right to left', args: { rtl: true } };

/** The dark theme, on a dark page (the toolbar's theme switch does the same for every story). */
export const Dark: Story = { globals: { theme: 'dark' } };
