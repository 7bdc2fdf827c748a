import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../../src/components/record-view/define.js';
import { createPreferences, LocalStorageAdapter, type Preferences } from '../../../src/core/prefs/index.js';
import { CLIENT_FIELDS, gridleClients } from './records-data.js';

let store: Preferences | undefined;
const clients = gridleClients(5000);

const meta = {
  title: 'Demo/Gridle clients',
  component: 'tk-record-view',
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `A client database of **5,000 generated clients** (fixed seed, so the same every time) with
**60 attributes in 8 categories**. Choose the attributes with **Fields**, sort by clicking a column header (Shift
adds a second key), resize and reorder columns, search, switch to a list or a board grouped by lifecycle stage,
and keep what you shaped as named views in the views menu ("Save as new view…"). It is stored in this
browser's localStorage, so a reload shows it again.`,
      },
    },
  },
} satisfies Meta;
export default meta;

/** The client table with every attribute available through "Fields". */
export const Clients: StoryObj = {
  render: () =>
    html`<div style="padding: var(--tk-space-4); background: var(--tk-color-surface); color: var(--tk-color-text)">
      <tk-record-view
        style="--tk-record-view-height: 34rem"
        .records=${clients}
        .fields=${CLIENT_FIELDS}
        .preferences=${(store ??= createPreferences({
          adapter: new LocalStorageAdapter({ namespace: 'tailorkit-storybook-gridle' }),
        }))}
        persist-key="gridle-clients"
        group-by="stage"
        sum-field="lifetimeValue"
        currency="EUR"
        locale="en-GB"
      ></tk-record-view>
    </div>`,
};
