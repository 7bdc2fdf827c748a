import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/invoice/define.js';
import type { InvoiceDocument } from '../../src/components/invoice/index.js';
import type { InvoiceLayout } from '../../src/core/invoice/index.js';
import { GRIDLE_LOGO, sampleInvoice } from './invoice-data.js';

interface InvoiceArgs {
  template: InvoiceLayout;
  primary: string;
  accent: string;
  font: string;
  logo: boolean;
  lang: string;
  paper: 'A4' | 'Letter';
  invoice: InvoiceDocument;
}

const meta = {
  title: 'Components/Invoice',
  component: 'tk-invoice',
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: `An invoice drawn from data. The figures come from \`computeInvoice\` (exact decimal arithmetic,
see the *Money* page), so the page, the designer and \`toJSON()\` always agree. The look is a declarative
\`template\` (a built-in layout, or sections, columns, labels and custom-field placement over one) and a
\`brand\` (logo, colours, font). Every string prints as text; Markdown notes go through the one sanitizing
renderer. \`printInvoice()\` opens the browser's own print dialog ("Save as PDF") with A4 or Letter pages,
the table header repeated, no row split across pages, the totals kept together and page numbers.`,
      },
    },
  },
  argTypes: {
    template: { control: 'inline-radio', options: ['classic', 'modern', 'compact'] },
    primary: { control: 'color' },
    accent: { control: 'color' },
    font: { control: 'select', options: ['', 'system-ui, sans-serif', 'Georgia, serif', '"Courier New", monospace'] },
    lang: { control: 'select', options: ['en-US', 'en-GB', 'de-DE', 'fr-FR', 'ja-JP', 'ar-EG'] },
    paper: { control: 'inline-radio', options: ['A4', 'Letter'] },
    invoice: { control: 'object' },
  },
  args: {
    template: 'classic',
    primary: '#0f766e',
    accent: '#0f766e',
    font: '',
    logo: true,
    lang: 'en-US',
    paper: 'A4',
    invoice: sampleInvoice(),
  },
  render: (args) =>
    html`<div style="display:flex;flex-direction:column;gap:12px;align-items:flex-start">
      <button
        type="button"
        class="story-print"
        @click=${(e: Event) =>
          void (e.currentTarget as HTMLElement).parentElement!.querySelector('tk-invoice')!.printInvoice()}
      >
        Print or save as PDF
      </button>
      <tk-invoice
        style="align-self:stretch"
        lang=${args.lang}
        .invoice=${args.invoice}
        .template=${{ layout: args.template, paper: args.paper }}
        .brand=${{ primary: args.primary, accent: args.accent, font: args.font || undefined, logo: args.logo ? GRIDLE_LOGO : undefined }}
      ></tk-invoice>
    </div>`,
} satisfies Meta<InvoiceArgs>;
export default meta;
type Story = StoryObj<InvoiceArgs>;

/** A classic letterhead: centred, serif, a double rule. */
export const Classic: Story = {};
/** The classic letterhead in the dark chrome: the paper stays white, as it prints. */
export const ClassicDark: Story = { name: 'Classic (dark)', globals: { theme: 'dark' } };
/** Modern: the brand colour as a band across the top; the text on it is chosen to stay readable. */
export const Modern: Story = { args: { template: 'modern' } };
export const ModernDark: Story = { name: 'Modern (dark)', args: { template: 'modern' }, globals: { theme: 'dark' } };
/** Compact: small type, three columns, no meta block. */
export const Compact: Story = { args: { template: 'compact' } };
export const CompactDark: Story = { name: 'Compact (dark)', args: { template: 'compact' }, globals: { theme: 'dark' } };

/** A credit note: the same engine with every amount negated. */
export const CreditNote: Story = {
  name: 'Credit note',
  args: { invoice: { ...sampleInvoice(), kind: 'credit-note', number: 'CN-2026-0007' } },
};

/** German formatting: separators and symbol placement from Intl, the decimals from ISO 4217. */
export const German: Story = { args: { lang: 'de-DE', template: 'modern' } };

/** Yen have no decimals: every figure is whole. */
export const Yen: Story = {
  args: {
    lang: 'ja-JP',
    invoice: {
      ...sampleInvoice(),
      currency: 'JPY',
      rounding: { mode: 'down', taxes: 'per-document' },
      taxes: [{ id: 'ct', rate: '10', label: '消費税 10%' }],
      lines: [
        { id: 'a', description: 'コンサルティング', quantity: '3', unitPrice: '33333.5', taxes: ['ct'] },
        { id: 'b', description: '交通費', quantity: '1', unitPrice: '1280', taxes: ['ct'] },
      ],
    },
  },
};

/** Kuwaiti dinar have three decimals (fils). */
export const KuwaitiDinar: Story = {
  name: 'Kuwaiti dinar',
  args: {
    invoice: {
      ...sampleInvoice(),
      currency: 'KWD',
      rounding: { mode: 'half-even', taxes: 'per-line' },
      taxes: [],
      lines: [{ id: 'a', description: 'Support plan', quantity: '1', unitPrice: '1.25' }],
    },
  },
};

/** A template that moves and relabels things: meta first, amount before the description, custom wording. */
export const CustomTemplate: Story = {
  name: 'Custom template',
  render: (args) =>
    html`<tk-invoice
      lang=${args.lang}
      .invoice=${args.invoice}
      .template=${{
        layout: 'modern',
        sections: ['meta', 'header', 'parties', 'lines', 'totals', 'footer'],
        columns: ['amount', 'description', 'quantity'],
        labels: { billTo: 'Customer', total: 'Amount due', invoice: 'Tax invoice' },
        fieldSections: { po: 'header' },
      }}
      .brand=${{ primary: args.primary }}
    ></tk-invoice>`,
};

/** An invoice that cannot be computed says why, naming the field. */
export const Invalid: Story = {
  args: { invoice: { ...sampleInvoice(), lines: [{ id: 'a', description: 'Typo', quantity: '1e3', unitPrice: '5' }] } },
};
