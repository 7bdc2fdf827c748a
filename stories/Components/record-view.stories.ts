import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/record-view/define.js';
import { DEAL_FIELDS, deals } from '../Demo/records/records-data.js';

interface RecordViewArgs {
  view: 'table' | 'list' | 'kanban';
  records: number;
  groupBy: string;
  sumField: string;
  currency: string;
  locale: string;
  loading: boolean;
  error: string;
  persist: boolean;
  rtl: boolean;
}

const cache = new Map<number, ReturnType<typeof deals>>();
const records = (n: number) => {
  let list = cache.get(n);
  if (!list) cache.set(n, (list = deals(n)));
  return list;
};

const meta = {
  title: 'Components/Record view',
  component: 'tk-record-view',
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: `The host's records as a **table**, a **list** or a **kanban** board, shaped by each user.

**Table:** an ARIA grid with virtualized rows. Click a header or press **Enter** on it to sort (ascending,
descending, none; **Shift** adds a key). Drag the edge of a header or press **Shift+arrows** to resize; drag a
header, or press **Space** on it and then arrows and **Enter**, to move a column. Arrows, **Home/End** and
**Ctrl+Home/End** move between cells; **Space**, **Shift** and the mouse select rows (\`tk-selection-change\`).
With \`group-by\` (or "Group by" in the toolbar) the rows are grouped under header rows with each group's count
and sum; **Enter**, **Space** or the arrows collapse and expand a group, and the sort applies within groups.

**Kanban:** columns are the \`group-by\` field's options plus "No value", with count, sum (\`sum-field\`) and
WIP limits. Drag cards, or press **Enter**/**Space** on a card, arrows to move, **Enter** to drop, **Escape**
to cancel. A drop sends cancelable \`tk-before-record-move\`, then \`tk-record-move\` with \`waitUntil(promise)\`;
a veto or a rejection puts the card back and says why.

**Saved views:** with \`persist-key\`, the view, fields, widths, sort, filter and grouping are one preferences
document; the views menu saves, switches, renames, duplicates and deletes named views. The kanban, list,
field picker, saved-views menu and filter code load on first use.`,
      },
    },
  },
  args: {
    view: 'table',
    records: 600,
    groupBy: '',
    sumField: 'amount',
    currency: 'EUR',
    locale: 'en-GB',
    loading: false,
    error: '',
    persist: false,
    rtl: false,
  },
  argTypes: {
    view: { control: 'inline-radio', options: ['table', 'list', 'kanban'], description: '`view`' },
    records: { control: { type: 'select' }, options: [0, 20, 600, 10000, 100000], description: 'How many deals' },
    groupBy: {
      control: 'select',
      options: ['', 'stage', 'owner', 'source', 'contract'],
      description: '`group-by` (empty: none)',
    },
    sumField: { control: 'select', options: ['amount', 'probability'], description: '`sum-field`' },
    currency: { control: 'text', description: '`currency`' },
    locale: { control: 'text', description: '`locale`' },
    loading: { description: '`loading`' },
    error: { control: 'text', description: '`error`: a message from the host, shown as text' },
    persist: { description: 'Save the view in localStorage under `persist-key="storybook-records"`' },
    rtl: { description: 'Right to left (`dir="rtl"` on a wrapper)' },
  },
  render: (args) =>
    html`<div
      dir=${args.rtl ? 'rtl' : 'ltr'}
      style="padding: var(--tk-space-3); background: var(--tk-color-surface); color: var(--tk-color-text)"
    >
      <tk-record-view
        style="--tk-record-view-height: 28rem"
        .records=${records(args.records)}
        .fields=${DEAL_FIELDS}
        .wipLimits=${{ negotiation: 30 }}
        view=${args.view}
        group-by=${args.groupBy}
        sum-field=${args.sumField}
        currency=${args.currency}
        locale=${args.locale}
        title-field="title"
        ?loading=${args.loading}
        error=${args.error || ''}
        persist-key=${args.persist ? 'storybook-records' : ''}
      ></tk-record-view>
    </div>`,
} satisfies Meta<RecordViewArgs>;
export default meta;
type Story = StoryObj<RecordViewArgs>;

/** 600 deals as a sortable, resizable, virtualized table. */
export const Table: Story = {};

/** One card per deal, named by its title, with a few secondary fields. */
export const List: Story = { args: { view: 'list' } };

/** The funnel by stage, with count, total amount and a WIP limit on Negotiation. */
export const Kanban: Story = { args: { view: 'kanban', groupBy: 'stage' } };

/** The table grouped by owner: each group's count and total amount; groups collapse and expand. */
export const GroupedTable: Story = { name: 'Table grouped by owner', args: { groupBy: 'owner' } };

/** 100,000 records: the table keeps a bounded number of rows in the DOM. */
export const HundredThousand: Story = { name: '100,000 records', args: { records: 100000 } };

/** No records at all. */
export const Empty: Story = { args: { records: 0 } };

/** The host is fetching the records. */
export const Loading: Story = { args: { loading: true } };

/** The host reports an error; its message renders as text. */
export const ErrorState: Story = {
  name: 'Error',
  args: { error: 'The server did not answer (503). Try again in a minute.' },
};

/** Right to left: columns, arrows and resizing mirror. */
export const RightToLeft: Story = { name: 'Right to left', args: { rtl: true } };
