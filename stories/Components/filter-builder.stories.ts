import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../../src/components/filter-builder/define.js';
import type { TkFilterChangeDetail } from '../../src/components/filter-builder/filter-builder.js';
import { crmFields, demoStyles, exampleFilter, manyFields } from './fields-demo.js';

interface BuilderArgs {
  fields: 'crm' | '5,000 fields';
  currency: string;
  maxDepth: number;
  persistKey: string;
}

const sample = exampleFilter;

const large = manyFields(5000);

const meta = {
  title: 'Components/Filter builder',
  component: 'tk-filter-builder',
  tags: ['autodocs'],
  args: { fields: 'crm', currency: 'EUR', maxDepth: 3, persistKey: '' },
  argTypes: {
    fields: { control: 'inline-radio', options: ['crm', '5,000 fields'] },
    currency: { control: 'text' },
    maxDepth: { control: { type: 'range', min: 1, max: 5, step: 1 } },
    persistKey: { control: 'text', description: 'Stores the filter in localStorage under this key' },
  },
  parameters: {
    docs: {
      description: {
        component: `Nested "all of" / "any of" groups, each negatable, of conditions with the comparisons each field
type offers and a value editor per type. The sentence the filter amounts to stays in view. The value is the
versioned JSON model that \`evaluate\` and \`compile\` from \`tailorkit\` run; the story "With JSON" shows it
beside the builder as you edit. Every control is a labelled native control: Tab, arrows and Enter do everything.`,
      },
    },
  },
  render: (args) =>
    html`<style>
        ${demoStyles}
      </style>
      <tk-filter-builder
        .fields=${args.fields === 'crm' ? crmFields : large}
        .value=${sample}
        currency=${args.currency}
        max-depth=${args.maxDepth}
        persist-key=${args.persistKey || nothing}
      ></tk-filter-builder>`,
} satisfies Meta<BuilderArgs>;

export default meta;
type Story = StoryObj<BuilderArgs>;

/** Stage is Won and (Amount > €10,000 or Owner is any of Ana, Li). */
export const Basic: Story = {};

/** The filter model's JSON beside the builder, updated on every `tk-filter-change`. */
export const WithJson: Story = {
  render: (args) => {
    const show = (event: CustomEvent<TkFilterChangeDetail>) => {
      const pre = (event.target as HTMLElement).parentElement!.querySelector('pre')!;
      pre.textContent = JSON.stringify(event.detail.value, null, 2);
    };
    return html`<style>
        ${demoStyles}
      </style>
      <div class="demo-columns">
        <tk-filter-builder
          .fields=${args.fields === 'crm' ? crmFields : large}
          .value=${sample}
          currency=${args.currency}
          max-depth=${args.maxDepth}
          @tk-filter-change=${show}
        ></tk-filter-builder>
        <pre class="demo-json" aria-label="Filter JSON" tabindex="0">${JSON.stringify(sample, null, 2)}</pre>
      </div>`;
  },
};

/** Empty: one button to start. */
export const Empty: Story = {
  render: (args) =>
    html`<tk-filter-builder
      .fields=${crmFields}
      currency=${args.currency}
      max-depth=${args.maxDepth}
    ></tk-filter-builder>`,
};
