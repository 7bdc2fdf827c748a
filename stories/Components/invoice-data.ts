// Sample invoices for the invoice stories and the Gridle demo.
import type { InvoiceDocument } from '../../src/components/invoice/index.js';
import type { InvoiceClient } from '../../src/components/invoice-designer/index.js';

/** A small logo as a data:image SVG (shown only through <img>, so it can never run script). */
export const GRIDLE_LOGO = `data:image/svg+xml;base64,${btoa(
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40" viewBox="0 0 120 40"><rect width="40" height="40" rx="8" fill="#0f766e"/><path d="M10 10h8v8h-8zM22 10h8v8h-8zM10 22h8v8h-8zM22 22h8v8h-8z" fill="#fff"/><text x="48" y="27" font-family="sans-serif" font-size="18" font-weight="700" fill="#0f172a">Gridle</text></svg>',
)}`;

export function sampleInvoice(): InvoiceDocument {
  return {
    currency: 'EUR',
    rounding: { mode: 'half-up', taxes: 'per-line' },
    taxes: [
      { id: 'vat', rate: '19', label: 'VAT 19%' },
      { id: 'reduced', rate: '7', label: 'VAT 7%' },
    ],
    lines: [
      { id: 'l1', description: 'Gridle Pro seats (annual)', quantity: '12', unitPrice: '29.99', taxes: ['vat'] },
      {
        id: 'l2',
        description: 'Onboarding workshop',
        quantity: '1',
        unitPrice: '850.00',
        taxes: ['vat'],
        discountPercent: '10',
      },
      { id: 'l3', description: 'Printed handbook', quantity: '3', unitPrice: '24.50', taxes: ['reduced'] },
    ],
    number: 'GR-2026-0142',
    issueDate: '2026-12-07',
    dueDate: '2027-01-06',
    seller: {
      name: 'Gridle Ltd',
      address: '1 Harbour Square\nDublin D02 XY45\nIreland',
      email: 'billing@gridle.example',
      taxId: 'IE1234567X',
    },
    buyer: { name: 'Acme GmbH', address: 'Hauptstraße 5\n10115 Berlin\nGermany', taxId: 'DE123456789' },
    notes: 'Thank you for your business. Payment by bank transfer within 30 days.',
    customFields: [
      { id: 'po', label: 'PO number', value: 'PO-7781' },
      { id: 'iban', label: 'IBAN', value: 'IE29 AIBK 9311 5212 3456 78', section: 'footer' },
    ],
  };
}

export const GRIDLE_CLIENTS: InvoiceClient[] = [
  {
    id: 'acme',
    name: 'Acme GmbH',
    address: 'Hauptstraße 5\n10115 Berlin\nGermany',
    email: 'ap@acme.example',
    taxId: 'DE123456789',
  },
  {
    id: 'globex',
    name: 'Globex Corporation',
    address: '1 Globex Way\nSpringfield, OR 97403\nUSA',
    email: 'billing@globex.example',
  },
  {
    id: 'initech',
    name: 'Initech',
    address: '4120 Freidrich Lane\nAustin, TX 78744\nUSA',
    email: 'peter@initech.example',
  },
  {
    id: 'umbrella',
    name: 'Umbrella Sàrl',
    address: 'Rue du Rhône 12\n1204 Genève\nSwitzerland',
    email: 'compta@umbrella.example',
    taxId: 'CHE-123.456.789',
  },
  {
    id: 'soylent',
    name: 'Soylent Foods K.K.',
    address: '2-1 Marunouchi\nTokyo 100-0005\nJapan',
    email: 'keiri@soylent.example',
  },
];
