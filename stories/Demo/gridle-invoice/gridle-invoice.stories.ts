import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../../src/components/invoice-designer/define.js';
import { COUNTRY_POLICIES } from '../../../src/core/invoice/index.js';
import type { DefaultsProvider } from '../../../src/core/personalize/index.js';
import { createPreferences, LocalStorageAdapter, type Preferences } from '../../../src/core/prefs/index.js';
import { GRIDLE_CLIENTS, GRIDLE_LOGO, sampleInvoice } from '../../Components/invoice-data.js';

const KEY = 'gridle-invoice-design';

/**
 * What Gridle's backend would compute for a user: the business's brand, and the money and paper
 * policy of the user's country, with the reason the designer shows.
 */
const gridleDefaults: DefaultsProvider = (key, context) => {
  if (key !== KEY) return undefined;
  const country = typeof context.country === 'string' ? context.country : 'IE';
  const policy = COUNTRY_POLICIES[country] ?? COUNTRY_POLICIES.IE;
  return {
    value: {
      brand: { logo: GRIDLE_LOGO, primary: '#0f766e', accent: '#134e4a' },
      template: { layout: 'modern', paper: policy.paper },
      currency: policy.currency,
      rounding: { mode: policy.mode, taxes: policy.taxes },
      cashStep: policy.cash ?? '',
    },
    reason: `Gridle's brand, with the invoice rules for ${new Intl.DisplayNames(['en'], { type: 'region' }).of(country) ?? country}`,
  };
};

const stores = new Map<string, Preferences>();
function gridleStore(country: string): Preferences {
  let store = stores.get(country);
  if (!store) {
    store = createPreferences({
      adapter: new LocalStorageAdapter({ namespace: `tailorkit-storybook-gridle-${country}` }),
      defaults: gridleDefaults,
      context: { userId: 'storybook-user', country },
    });
    stores.set(country, store);
  }
  return store;
}

const meta = {
  title: 'Demo/Gridle invoice',
  component: 'tk-invoice-designer',
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `Gridle's invoice screen, built on \`tk-invoice-designer\` the way an integrating app would.
**Pick a client** in "Bill to" (type a name, an e-mail or a tax ID; arrows and Enter choose), **add lines**
and watch the totals, **brand** it (the business's logo and colours come as suggestions, the contrast check
warns about unreadable colours), reorder sections and columns, then **Print or save as PDF** with the
browser's own dialog. The brand and the money policy of the user's country are personalized defaults with
their reason; what the user changes is kept in this browser's localStorage and survives a reload.`,
      },
    },
  },
  argTypes: { country: { control: 'select', options: Object.keys(COUNTRY_POLICIES) } },
  args: { country: 'IE' },
  render: ({ country }: { country: string }) =>
    html`<main style="padding:24px;display:flex;flex-direction:column;gap:16px">
      <h1 style="margin:0;font-size:var(--tk-font-size-xl, 1.5rem)">New invoice</h1>
      <tk-invoice-designer
        lang="en-IE"
        persist-key=${KEY}
        .preferences=${gridleStore(country)}
        .clients=${GRIDLE_CLIENTS}
        .invoice=${{
          currency: 'EUR',
          rounding: { mode: 'half-up', taxes: 'per-line' },
          taxes: [
            { id: 'std', rate: '23', label: 'VAT 23%' },
            { id: 'red', rate: '13.5', label: 'VAT 13.5%' },
          ],
          lines: [
            { id: 'l1', description: 'Gridle Pro seats (annual)', quantity: '5', unitPrice: '29.99', taxes: ['std'] },
          ],
          number: 'GR-2026-0143',
          issueDate: '2026-12-07',
          dueDate: '2027-01-06',
          seller: sampleInvoice().seller,
          customFields: sampleInvoice().customFields?.filter((field) => field.id === 'iban'),
        }}
      ></tk-invoice-designer>
    </main>`,
} satisfies Meta<{ country: string }>;
export default meta;

/** Pick a client, add lines, brand it, print it. */
export const GridleInvoice: StoryObj<{ country: string }> = { name: 'Gridle invoice' };
