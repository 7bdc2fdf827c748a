import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/invoice-designer/define.js';
import { countryInvoiceRules } from '../../src/core/invoice/index.js';
import { ruleDefaults } from '../../src/core/personalize/index.js';
import { createPreferences, MemoryAdapter } from '../../src/core/prefs/index.js';
import { GRIDLE_CLIENTS, sampleInvoice } from './invoice-data.js';

interface DesignerArgs {
  country: string;
}

const meta = {
  title: 'Components/Invoice designer',
  component: 'tk-invoice-designer',
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: `Where a user shapes their invoices: a template from live thumbnails, brand colours with a
contrast check, sections and columns ordered by drag or keyboard (**Enter** picks an item up, **arrows**
move it, **Enter** drops, **Escape** cancels; every step is announced), custom fields, line items with live
totals, the bill-to block filled from the host's clients (search by name, e-mail or tax ID), and notes in
Markdown (sanitized). Template, brand and money policy are a preferences document; the host's
personalized defaults (here \`countryInvoiceRules\` for the chosen country: currency, tax rounding, paper)
show through with their reason until the user changes them. The designer is its own entry point, so a page
that only shows invoices never loads it.`,
      },
    },
  },
  argTypes: { country: { control: 'select', options: ['DE', 'US', 'GB', 'CH', 'JP', 'KW', 'CA'] } },
  args: { country: 'DE' },
  render: ({ country }) => {
    const preferences = createPreferences({
      adapter: new MemoryAdapter(),
      defaults: ruleDefaults(countryInvoiceRules('story-invoice-design')),
      context: { country },
    });
    return html`<tk-invoice-designer
      lang="en-US"
      persist-key="story-invoice-design"
      .preferences=${preferences}
      .clients=${GRIDLE_CLIENTS}
      .invoice=${{ ...sampleInvoice(), buyer: undefined }}
    ></tk-invoice-designer>`;
  },
} satisfies Meta<DesignerArgs>;
export default meta;
type Story = StoryObj<DesignerArgs>;

/** A user in Germany: EUR, per-document tax rounding, A4. */
export const Designer: Story = {};
/** A user in the United States: USD, Letter paper. */
export const UnitedStates: Story = { name: 'United States', args: { country: 'US' } };
/** The designer in the dark chrome. */
export const Dark: Story = { globals: { theme: 'dark' } };
