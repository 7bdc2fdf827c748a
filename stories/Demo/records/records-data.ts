import type { FieldDefinition } from '../../../src/core/fields/types.js';
import type { RecordItem } from '../../../src/core/records/values.js';

/** A small deterministic generator (mulberry32): the same records on every load and machine. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)];
const isoDay = (time: number): string => new Date(time).toISOString().slice(0, 10);
const DAY = 86_400_000;
const START = Date.UTC(2024, 0, 1);

const FIRST = ['Ana', 'Li', 'Noah', 'Emma', 'Mateo', 'Zoë', 'Kenji', 'Amara', 'Lukas', 'Sofía', 'Omar', 'Ingrid'];
const LAST = ['Silva', 'Chen', 'Müller', 'Okafor', 'Dubois', 'Kowalski', 'Haddad', 'Nakamura', 'Rossi', 'Ølstad'];
const COMPANY = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka', 'Tyrell', 'Soylent'];
const CITY = ['Lisbon', 'Berlin', 'Lyon', 'Kraków', 'Osaka', 'Lagos', 'Montréal', 'Bergen', 'Beirut', 'Turin'];

const options = (values: readonly string[]) =>
  values.map((value) => ({ value: value.toLowerCase().replace(/\W+/g, '-'), label: value }));

/** Gridle's client attributes: 60 fields in 8 categories, the kind a client database has. */
export const CLIENT_FIELDS: FieldDefinition[] = (() => {
  const fields: FieldDefinition[] = [
    { id: 'name', label: 'Name', type: 'text', category: 'Contact', required: true, defaultVisible: true },
    {
      id: 'email',
      label: 'Email',
      type: 'text',
      category: 'Contact',
      synonyms: ['e-mail', 'mail'],
      defaultVisible: true,
    },
    { id: 'phone', label: 'Phone', type: 'text', category: 'Contact' },
    { id: 'city', label: 'City', type: 'text', category: 'Contact', defaultVisible: true },
    {
      id: 'country',
      label: 'Country',
      type: 'enum',
      category: 'Contact',
      options: options([
        'Portugal',
        'Germany',
        'France',
        'Poland',
        'Japan',
        'Nigeria',
        'Canada',
        'Norway',
        'Lebanon',
        'Italy',
      ]),
    },
    {
      id: 'language',
      label: 'Language',
      type: 'enum',
      category: 'Contact',
      options: options(['English', 'German', 'French', 'Portuguese', 'Japanese']),
    },
    { id: 'company', label: 'Company', type: 'text', category: 'Company', defaultVisible: true },
    {
      id: 'industry',
      label: 'Industry',
      type: 'enum',
      category: 'Company',
      options: options(['Retail', 'Software', 'Health', 'Logistics', 'Finance', 'Energy']),
    },
    { id: 'employees', label: 'Employees', type: 'number', category: 'Company' },
    { id: 'revenue', label: 'Annual revenue', type: 'currency', category: 'Company' },
    {
      id: 'segment',
      label: 'Segment',
      type: 'enum',
      category: 'Sales',
      options: options(['Small business', 'Mid-market', 'Enterprise']),
      defaultVisible: true,
    },
    {
      id: 'stage',
      label: 'Lifecycle stage',
      type: 'enum',
      category: 'Sales',
      options: options(['Lead', 'Prospect', 'Customer', 'Churned']),
      defaultVisible: true,
    },
    {
      id: 'owner',
      label: 'Account owner',
      type: 'enum',
      category: 'Sales',
      options: options(['Ana Silva', 'Li Chen', 'Noah Müller', 'Emma Okafor']),
    },
    { id: 'lifetimeValue', label: 'Lifetime value', type: 'currency', category: 'Sales', defaultVisible: true },
    { id: 'openDeals', label: 'Open deals', type: 'number', category: 'Sales' },
    { id: 'lastContact', label: 'Last contact', type: 'date', category: 'Activity', defaultVisible: true },
    { id: 'nextMeeting', label: 'Next meeting', type: 'date', category: 'Activity' },
    { id: 'calls', label: 'Calls this year', type: 'number', category: 'Activity' },
    { id: 'emailsOpened', label: 'Emails opened', type: 'number', category: 'Activity' },
    { id: 'newsletter', label: 'Newsletter', type: 'boolean', category: 'Marketing' },
    {
      id: 'source',
      label: 'Source',
      type: 'enum',
      category: 'Marketing',
      options: options(['Website', 'Referral', 'Event', 'Partner', 'Cold call']),
    },
    { id: 'campaign', label: 'Last campaign', type: 'text', category: 'Marketing' },
    { id: 'nps', label: 'NPS', type: 'number', category: 'Support' },
    { id: 'tickets', label: 'Open tickets', type: 'number', category: 'Support' },
    {
      id: 'sla',
      label: 'SLA tier',
      type: 'enum',
      category: 'Support',
      options: options(['Basic', 'Priority', 'Premium']),
    },
    { id: 'vip', label: 'VIP', type: 'boolean', category: 'Support' },
    { id: 'balance', label: 'Balance due', type: 'currency', category: 'Billing' },
    {
      id: 'paymentTerms',
      label: 'Payment terms',
      type: 'enum',
      category: 'Billing',
      options: options(['Net 15', 'Net 30', 'Net 60']),
    },
    { id: 'lastInvoice', label: 'Last invoice', type: 'date', category: 'Billing' },
    { id: 'autoPay', label: 'Automatic payment', type: 'boolean', category: 'Billing' },
  ];
  // Custom attributes a Gridle customer adds: 30 more, spread over the same 8 categories.
  const categories = ['Contact', 'Company', 'Sales', 'Activity', 'Marketing', 'Support', 'Billing', 'Custom'];
  const types: FieldDefinition['type'][] = ['text', 'number', 'date', 'boolean', 'currency'];
  for (let i = 1; fields.length < 60; i++) {
    fields.push({
      id: `custom${i}`,
      label: `Custom attribute ${i}`,
      type: types[i % types.length],
      category: categories[i % categories.length],
    });
  }
  return fields;
})();

/** `n` clients with a value for every one of the 60 attributes, the same for a given seed. */
export function gridleClients(n = 5000, seed = 2026): RecordItem[] {
  const random = seeded(seed);
  return Array.from({ length: n }, (_, index) => {
    const first = pick(random, FIRST);
    const last = pick(random, LAST);
    const record: Record<string, unknown> = { id: `c${index + 1}` };
    for (const field of CLIENT_FIELDS) {
      switch (field.type) {
        case 'text':
          record[field.id] =
            field.id === 'name'
              ? `${first} ${last}`
              : field.id === 'email'
                ? `${first}.${last}@${pick(random, COMPANY).toLowerCase()}.example`.toLowerCase()
                : field.id === 'company'
                  ? `${pick(random, COMPANY)} ${pick(random, ['Ltd', 'GmbH', 'SA', 'Inc.'])}`
                  : field.id === 'city'
                    ? pick(random, CITY)
                    : `${field.label.split(' ')[0]} ${Math.floor(random() * 900 + 100)}`;
          break;
        case 'number':
          record[field.id] = Math.floor(random() * (field.id === 'employees' ? 5000 : field.id === 'nps' ? 11 : 60));
          break;
        case 'currency':
          record[field.id] = Math.round(random() * 250_000) / 100;
          break;
        case 'date':
          record[field.id] = random() < 0.05 ? null : isoDay(START + Math.floor(random() * 900) * DAY);
          break;
        case 'boolean':
          record[field.id] = random() < 0.5;
          break;
        case 'enum':
          record[field.id] = random() < 0.04 ? null : pick(random, field.options!).value;
          break;
      }
    }
    return record;
  });
}

export const STAGES = [
  { value: 'lead', label: 'Lead' },
  { value: 'qualified', label: 'Qualified' },
  { value: 'proposal', label: 'Proposal' },
  { value: 'negotiation', label: 'Negotiation' },
  { value: 'won', label: 'Won' },
  { value: 'lost', label: 'Lost' },
];

export const OWNERS = [
  { value: 'ana', label: 'Ana Silva' },
  { value: 'li', label: 'Li Chen' },
  { value: 'noah', label: 'Noah Müller' },
  { value: 'emma', label: 'Emma Okafor' },
];

export const DEAL_FIELDS: FieldDefinition[] = [
  { id: 'title', label: 'Deal', type: 'text', category: 'Deal', required: true, defaultVisible: true },
  { id: 'client', label: 'Client', type: 'text', category: 'Deal', defaultVisible: true },
  { id: 'amount', label: 'Amount', type: 'currency', category: 'Deal', defaultVisible: true },
  { id: 'stage', label: 'Stage', type: 'enum', category: 'Deal', options: STAGES, defaultVisible: true },
  { id: 'owner', label: 'Owner', type: 'enum', category: 'Team', options: OWNERS, defaultVisible: true },
  { id: 'closeDate', label: 'Expected close', type: 'date', category: 'Deal', defaultVisible: true },
  { id: 'probability', label: 'Probability (%)', type: 'number', category: 'Deal' },
  { id: 'contract', label: 'Signed contract', type: 'boolean', category: 'Deal' },
  {
    id: 'source',
    label: 'Source',
    type: 'enum',
    category: 'Marketing',
    options: options(['Website', 'Referral', 'Event', 'Partner']),
  },
];

/** `n` deals over the 6 stages, the same for a given seed. */
export function deals(n = 600, seed = 7): RecordItem[] {
  const random = seeded(seed);
  return Array.from({ length: n }, (_, index) => {
    const stage = pick(random, STAGES).value;
    return {
      id: index + 1,
      title: `${pick(random, ['Renewal', 'Expansion', 'Pilot', 'Platform', 'Support plan'])} ${index + 1}`,
      client: `${pick(random, COMPANY)} ${pick(random, ['Ltd', 'GmbH', 'SA', 'Inc.'])}`,
      amount: Math.round(random() * 8_000_000) / 100,
      stage,
      owner: pick(random, OWNERS).value,
      closeDate: isoDay(START + Math.floor(random() * 700) * DAY),
      probability: Math.floor(random() * 100),
      contract: stage === 'won' || random() < 0.3,
      source: pick(random, ['website', 'referral', 'event', 'partner']),
    };
  });
}
