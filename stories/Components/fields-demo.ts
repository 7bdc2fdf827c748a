import { css } from 'lit';
import type { FieldDefinition } from '../../src/core/fields/types.js';
import type { Filter } from '../../src/core/filter/types.js';

/** The example: Stage is Won and (Amount > €10,000 or Owner is any of Ana, Li). */
export const exampleFilter: Filter = {
  version: 1,
  root: {
    type: 'group',
    combinator: 'and',
    children: [
      { type: 'condition', field: 'stage', operator: 'anyOf', value: ['won'] },
      {
        type: 'group',
        combinator: 'or',
        children: [
          { type: 'condition', field: 'amount', operator: 'gt', value: 10000 },
          { type: 'condition', field: 'owner', operator: 'anyOf', value: ['ana', 'li'] },
        ],
      },
    ],
  },
};

/** A client database's fields, as a CRM would define them. */
export const crmFields: FieldDefinition[] = [
  { id: 'name', label: 'Client name', type: 'text', category: 'Contact', required: true, pinned: 'start' },
  {
    id: 'email',
    label: 'Email',
    type: 'text',
    category: 'Contact',
    synonyms: ['e-mail', 'mail'],
    defaultVisible: true,
  },
  { id: 'phone', label: 'Phone', type: 'text', category: 'Contact', synonyms: ['telephone', 'mobile'] },
  { id: 'city', label: 'City', type: 'text', category: 'Contact', defaultVisible: true },
  { id: 'country', label: 'Country', type: 'text', category: 'Contact' },
  {
    id: 'stage',
    label: 'Stage',
    type: 'enum',
    category: 'Deal',
    defaultVisible: true,
    options: [
      { value: 'lead', label: 'Lead' },
      { value: 'qualified', label: 'Qualified' },
      { value: 'proposal', label: 'Proposal' },
      { value: 'won', label: 'Won' },
      { value: 'lost', label: 'Lost' },
    ],
  },
  {
    id: 'amount',
    label: 'Amount',
    type: 'currency',
    category: 'Deal',
    defaultVisible: true,
    synonyms: ['value', 'revenue'],
  },
  { id: 'probability', label: 'Probability', type: 'number', category: 'Deal', description: 'Percent, from 0 to 100' },
  { id: 'close', label: 'Expected close', type: 'date', category: 'Deal' },
  {
    id: 'owner',
    label: 'Owner',
    type: 'enum',
    category: 'Team',
    options: [
      { value: 'ana', label: 'Ana' },
      { value: 'li', label: 'Li' },
      { value: 'sam', label: 'Sam' },
    ],
  },
  { id: 'created', label: 'Created', type: 'date', category: 'Activity' },
  { id: 'contacted', label: 'Last contacted', type: 'date', category: 'Activity' },
  { id: 'vip', label: 'VIP', type: 'boolean', category: 'Contact' },
  { id: 'total', label: 'Lifetime value', type: 'currency', category: 'Deal', pinned: 'end', defaultVisible: true },
];

const CATEGORY_NAMES = [
  'Contact',
  'Company',
  'Deal',
  'Billing',
  'Shipping',
  'Support',
  'Marketing',
  'Activity',
  'Contract',
  'Product usage',
  'Compliance',
  'Custom',
];
const WORDS = [
  'Primary',
  'Secondary',
  'Last',
  'First',
  'Average',
  'Total',
  'Préféré',
  'Öffentlich',
  'Internal',
  'External',
];
const NOUNS = [
  'address',
  'contact',
  'amount',
  'date',
  'score',
  'status',
  'owner',
  'note',
  'rate',
  'count',
  'region',
  'code',
];
const TYPES: FieldDefinition['type'][] = ['text', 'number', 'currency', 'date', 'text', 'boolean'];

/** `count` fields in 12 categories, a few shown by default, with accents and synonyms to search. */
export function manyFields(count = 5000): FieldDefinition[] {
  return Array.from({ length: count }, (_, i) => {
    const category = CATEGORY_NAMES[i % CATEGORY_NAMES.length];
    const word = WORDS[Math.floor(i / 12) % WORDS.length];
    const noun = NOUNS[Math.floor(i / 120) % NOUNS.length];
    return {
      id: `field_${i}`,
      label: `${word} ${noun} ${Math.floor(i / 1440) + 1}`.replace(/ 1$/, '') + (i >= 1440 ? '' : ` (${i})`),
      type: TYPES[i % TYPES.length],
      category,
      synonyms: i % 7 === 0 ? [`${noun} ${category}`.toLowerCase()] : undefined,
      defaultVisible: i % 500 === 0,
      required: i === 0,
    };
  });
}

export const demoStyles = css`
  .demo-pane {
    inline-size: min(28rem, 100%);
  }
  .demo-columns {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 1fr);
    gap: var(--tk-space-4, 1rem);
    align-items: start;
  }
  .demo-json {
    margin: 0;
    padding: var(--tk-space-3, 0.75rem);
    border-radius: var(--tk-radius-m, 6px);
    background: var(--tk-color-surface-sunken, Canvas);
    color: var(--tk-color-text, CanvasText);
    font-size: 0.8rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .demo-button {
    min-block-size: 2.25rem;
    padding-inline: 0.75rem;
    border: 1px solid var(--tk-color-border, ButtonBorder);
    border-radius: var(--tk-radius-m, 6px);
    background: var(--tk-color-surface-raised, ButtonFace);
    color: var(--tk-color-text, ButtonText);
    font: inherit;
  }
`;
