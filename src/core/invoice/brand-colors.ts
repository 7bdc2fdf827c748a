/**
 * Brand colours ready for styles: each parsed (an unparseable one is left out) and paired with the
 * text colour that reads on it (WCAG AA). Kept apart from brand.ts because the colour parser is the
 * largest piece of an invoice: a page pays for it only when a brand sets a colour.
 */
import { parseColor, toHex } from '../color/parse.js';
import { readableTextColor } from '../color/contrast.js';
import type { InvoiceBrand } from './brand.js';

export interface BrandColors {
  primary?: string;
  onPrimary?: string;
  accent?: string;
  onAccent?: string;
}

function opaque(value: unknown): string | undefined {
  const parsed = typeof value === 'string' ? parseColor(value) : null;
  return parsed ? toHex({ ...parsed, alpha: 1 }) : undefined;
}

export function brandColors(brand: InvoiceBrand | undefined): BrandColors {
  const out: BrandColors = {};
  const primary = opaque(brand?.primary);
  const accent = opaque(brand?.accent);
  if (primary) Object.assign(out, { primary, onPrimary: readableTextColor(primary) });
  if (accent) Object.assign(out, { accent, onAccent: readableTextColor(accent) });
  return out;
}
