import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import '../../src/components/field-picker/define.js';
import '../../src/components/popover/define.js';
import { createPreferences, MemoryAdapter, type Preferences } from '../../src/core/prefs/index.js';
import { ruleDefaults } from '../../src/core/personalize/index.js';
import type { FieldDefinition } from '../../src/core/fields/types.js';
import { crmFields, demoStyles, manyFields } from './fields-demo.js';

interface PickerArgs {
  fields: 'crm' | '5,000 fields';
  applyMode: 'immediate' | 'staged';
  persistKey: string;
  dir: 'ltr' | 'rtl';
}

const large = manyFields(5000);
/** The default order with Stage moved up, above Email. */
const movedValue = ['name', 'stage', 'email', 'city', 'amount', 'total'];
const fieldsFor = (args: PickerArgs): FieldDefinition[] => (args.fields === 'crm' ? crmFields : large);

function picker(args: PickerArgs, extra: TemplateResult | string = '', preferences?: Preferences): TemplateResult {
  return html`<style>
      ${demoStyles}
    </style>
    <div class="demo-pane" dir=${args.dir}>
      <tk-field-picker
        .fields=${fieldsFor(args)}
        .preferences=${preferences}
        apply-mode=${args.applyMode}
        persist-key=${args.persistKey || nothing}
      ></tk-field-picker>
      ${extra}
    </div>`;
}

const meta = {
  title: 'Components/Field picker',
  component: 'tk-field-picker',
  tags: ['autodocs'],
  args: { fields: 'crm', applyMode: 'immediate', persistKey: '', dir: 'ltr' },
  argTypes: {
    fields: { control: 'inline-radio', options: ['crm', '5,000 fields'] },
    applyMode: { control: 'inline-radio', options: ['immediate', 'staged'] },
    persistKey: { control: 'text', description: 'Stores the choice in localStorage under this key' },
    dir: { control: 'inline-radio', options: ['ltr', 'rtl'] },
  },
  parameters: {
    docs: {
      description: {
        component: `Which fields show, and in what order. Search by label, category, id or synonym (accents and
case ignored, prefix matches first); the "Shown" section keeps the ticked fields in their order while you
search, and clearing the search brings back the scroll position, the open categories and the focused row.
Keyboard: arrows, Home, End, PageUp, PageDown and typing move in the list; Space ticks; on a category header
ArrowLeft/ArrowRight collapse and expand; Delete resets a changed field. In "Shown": Enter picks a field up,
arrows move it, Enter drops, Escape cancels, Alt+arrow moves one step, Delete hides. Every step is announced.`,
      },
    },
  },
  render: (args) => picker(args),
} satisfies Meta<PickerArgs>;

export default meta;
type Story = StoryObj<PickerArgs>;

/** A CRM's fields: the client name is required and pinned to the start, lifetime value pinned to the end. */
export const Basic: Story = {};

/** 5,000 fields in 12 categories: only the rows in view are in the DOM, and End still reaches the last field. */
export const FiveThousandFields: Story = { args: { fields: '5,000 fields' } };

/**
 * All 5,000 fields shown: the "Shown" section scrolls on its own and renders only the rows in view;
 * End, a keyboard grab and its moves still reach every row, and each row says its place ("312 of 5,000").
 */
export const FiveThousandShown: Story = {
  args: { fields: '5,000 fields' },
  render: (args) =>
    html`<style>
        ${demoStyles}
      </style>
      <div class="demo-pane" dir=${args.dir}>
        <tk-field-picker
          .fields=${large}
          .value=${large.map((field) => field.id)}
          apply-mode=${args.applyMode}
        ></tk-field-picker>
      </div>`,
};

/**
 * Order differences: Stage was moved up, above Email. A moved field is marked in the list and in "Shown",
 * and its reset (Delete on its option, or ↺ in "Shown") puts it back at its default place.
 */
export const MovedField: Story = {
  render: (args) =>
    html`<style>
        ${demoStyles}
      </style>
      <div class="demo-pane" dir=${args.dir}>
        <tk-field-picker .fields=${crmFields} .value=${movedValue} apply-mode=${args.applyMode}></tk-field-picker>
      </div>`,
};

/** Staged: changes wait for Apply (one `tk-fields-change`) or Cancel. */
export const Staged: Story = { args: { applyMode: 'staged' } };

/** Required and pinned fields: a required field cannot be unticked, a pinned one stays at its end; rows say why. */
export const RequiredAndPinned: Story = {
  render: (args) =>
    picker(args, html`<p>Client name is required and pinned to the start; Lifetime value is pinned to the end.</p>`),
};

/**
 * A role-based default: the host's defaults provider suggests columns for the Sales role, and the
 * picker says so. Change something, then "Reset to default" brings the suggestion back.
 */
export const RoleBasedDefault: Story = {
  args: { persistKey: 'story-columns' },
  render: (args) => {
    const preferences = createPreferences({
      adapter: new MemoryAdapter(),
      defaults: ruleDefaults([
        {
          when: { role: 'sales' },
          reason: 'Suggested for the Sales role',
          values: { [args.persistKey]: { visible: ['stage', 'amount', 'owner', 'close'] } },
        },
      ]),
      context: { role: 'sales' },
    });
    return picker(args, '', preferences);
  },
};

/** In a popover: the "Columns" button of a table. */
export const InAPopover: Story = {
  render: (args) =>
    html`<style>
        ${demoStyles}
      </style>
      <tk-popover placement="bottom-start" label="Columns">
        <button slot="trigger" class="demo-button">Columns</button>
        <div class="demo-pane">
          <tk-field-picker .fields=${fieldsFor(args)} apply-mode=${args.applyMode}></tk-field-picker>
        </div>
      </tk-popover>`,
};
