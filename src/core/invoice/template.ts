/**
 * The declarative invoice template: which sections show and in what order, which columns the
 * lines table shows and in what order, labels, and where each custom field goes. Plain data, so it
 * can be stored as a preference, edited in the designer and checked here; there is no markup in
 * it, no template language and nothing evaluated.
 */

/** The blocks of an invoice, each rendered at most once. */
export type InvoiceSectionId = 'header' | 'parties' | 'meta' | 'lines' | 'totals' | 'notes' | 'footer';
/** The columns the lines table can show. */
export type InvoiceColumnId = 'description' | 'quantity' | 'unitPrice' | 'discount' | 'taxes' | 'amount';
/** The built-in looks: a classic letterhead, a modern one with a colour band, a compact one. */
export type InvoiceLayout = 'classic' | 'modern' | 'compact';
export type PaperSize = 'A4' | 'Letter';

export const INVOICE_SECTIONS: readonly InvoiceSectionId[] = [
  'header',
  'parties',
  'meta',
  'lines',
  'totals',
  'notes',
  'footer',
];
export const INVOICE_COLUMNS: readonly InvoiceColumnId[] = [
  'description',
  'quantity',
  'unitPrice',
  'discount',
  'taxes',
  'amount',
];
export const INVOICE_LAYOUTS: readonly InvoiceLayout[] = ['classic', 'modern', 'compact'];
/** Sections an invoice cannot do without: hiding them is not offered, and a template without them gets them back. */
export const REQUIRED_SECTIONS: readonly InvoiceSectionId[] = ['lines', 'totals'];
/** Columns the lines table cannot do without. */
export const REQUIRED_COLUMNS: readonly InvoiceColumnId[] = ['description', 'amount'];
/** Sections a custom field can be placed in. */
export const FIELD_SECTIONS: readonly InvoiceSectionId[] = ['header', 'parties', 'meta', 'totals', 'notes', 'footer'];

export interface InvoiceTemplate {
  /** The built-in look the template is drawn with. */
  layout: InvoiceLayout;
  /** Sections shown, in order. `lines` and `totals` are always shown. */
  sections: InvoiceSectionId[];
  /** Lines-table columns shown, in order. `description` and `amount` are always shown. */
  columns: InvoiceColumnId[];
  /** Label overrides by key (see the component's strings): `{ billTo: 'Customer' }`. */
  labels: Record<string, string>;
  /** Where each custom field goes, by field id; a field not listed goes where it asks, else in `meta`. */
  fieldSections: Record<string, InvoiceSectionId>;
  paper: PaperSize;
}

const BUILT_IN: Record<InvoiceLayout, InvoiceTemplate> = {
  classic: {
    layout: 'classic',
    sections: ['header', 'parties', 'meta', 'lines', 'totals', 'notes', 'footer'],
    columns: ['description', 'quantity', 'unitPrice', 'taxes', 'amount'],
    labels: {},
    fieldSections: {},
    paper: 'A4',
  },
  modern: {
    layout: 'modern',
    sections: ['header', 'meta', 'parties', 'lines', 'totals', 'notes', 'footer'],
    columns: ['description', 'quantity', 'unitPrice', 'discount', 'amount'],
    labels: {},
    fieldSections: {},
    paper: 'A4',
  },
  compact: {
    layout: 'compact',
    sections: ['header', 'parties', 'lines', 'totals', 'notes'],
    columns: ['description', 'quantity', 'amount'],
    labels: {},
    fieldSections: {},
    paper: 'A4',
  },
};

/** A fresh copy of a built-in template. */
export function builtInTemplate(layout: InvoiceLayout): InvoiceTemplate {
  return structuredClone(BUILT_IN[layout]);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function pick<T extends string>(
  value: unknown,
  allowed: readonly T[],
  required: readonly T[],
  fallback: readonly T[],
): T[] {
  const list = Array.isArray(value) ? value : fallback;
  const out: T[] = [];
  for (const entry of list) if (allowed.includes(entry as T) && !out.includes(entry as T)) out.push(entry as T);
  for (const entry of required) if (!out.includes(entry)) out.push(entry);
  return out;
}

/**
 * The template to draw: a layout name, or a (partial) template over the built-in of its layout.
 * Whatever is unknown or of the wrong shape is left out, so any stored value gives a usable
 * template, never an error.
 */
export function resolveTemplate(value: unknown): InvoiceTemplate {
  if (typeof value === 'string')
    return builtInTemplate(INVOICE_LAYOUTS.includes(value as InvoiceLayout) ? (value as InvoiceLayout) : 'classic');
  const input = isRecord(value) ? value : {};
  const layout = INVOICE_LAYOUTS.includes(input.layout as InvoiceLayout) ? (input.layout as InvoiceLayout) : 'classic';
  const base = BUILT_IN[layout];
  const labels: Record<string, string> = {};
  if (isRecord(input.labels))
    for (const [key, label] of Object.entries(input.labels)) if (typeof label === 'string') labels[key] = label;
  const fieldSections: Record<string, InvoiceSectionId> = {};
  if (isRecord(input.fieldSections))
    for (const [key, section] of Object.entries(input.fieldSections))
      if (FIELD_SECTIONS.includes(section as InvoiceSectionId)) fieldSections[key] = section as InvoiceSectionId;
  return {
    layout,
    sections: pick(input.sections, INVOICE_SECTIONS, REQUIRED_SECTIONS, base.sections),
    columns: pick(input.columns, INVOICE_COLUMNS, REQUIRED_COLUMNS, base.columns),
    labels,
    fieldSections,
    paper: input.paper === 'Letter' ? 'Letter' : 'A4',
  };
}
