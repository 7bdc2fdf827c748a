import type { RoundingMode } from '../money/decimal.js';

/** A tax rate the invoice declares; lines refer to it by `id`. */
export interface InvoiceTax {
  id: string;
  /** Percent as a decimal string, 0 or more: `"19"`, `"9.975"`. */
  rate: string;
  /** Prices of the lines carrying this tax already include it (the net is worked out of the price). */
  inclusive?: boolean;
  /**
   * The tax is charged on the net plus the taxes listed before it that the line carries (a tax on
   * a tax, as Québec's QST once was). An inclusive compound tax may follow inclusive taxes only.
   */
  compound?: boolean;
  /** What a reader sees ("VAT 19%"); the engine does not use it. */
  label?: string;
}

export interface InvoiceLineInput {
  /** Unique within the invoice. */
  id: string;
  /** Decimal string, up to 6 decimals, may be negative (a credit line). */
  quantity: string;
  /** Decimal string, up to 6 decimals, may be negative. */
  unitPrice: string;
  /** Ids of the invoice's taxes this line carries. */
  taxes?: string[];
  /** Percent off this line, 0 to 100. */
  discountPercent?: string;
}

export interface InvoiceRounding {
  mode: RoundingMode;
  /** `per-line`: each line's tax is rounded, then summed. `per-document`: each rate's base is summed, then rounded once. */
  taxes: 'per-line' | 'per-document';
  /**
   * Required when a tax is inclusive: `net` rounds the net out of the price and the tax is the
   * rest; `tax` rounds the tax and the net is the rest. Either way gross = net + tax on every line.
   */
  inclusive?: 'net' | 'tax';
}

/** An invoice-level discount: a percent of the subtotal, or an amount in the currency. */
export type InvoiceDiscount = { percent: string } | { amount: string };

export interface CashRounding {
  /** The smallest cash amount: `"0.05"`, `"0.10"`, `"1"`. A whole number of minor units. */
  step: string;
  /** Defaults to `half-up`, so the adjustment is at most half a step. */
  mode?: RoundingMode;
}

/** What `computeInvoice` takes. Every number is a decimal string (`/^-?\d+(\.\d+)?$/`). */
export interface InvoiceInput {
  /** ISO 4217 code; its digits come from the bundled table. */
  currency: string;
  rounding: InvoiceRounding;
  taxes?: InvoiceTax[];
  lines: InvoiceLineInput[];
  /** Allocated to the lines by largest remainder before taxes, so the pieces sum exactly. */
  discount?: InvoiceDiscount;
  /** Rounds the total to a cash step; the difference is its own adjustment (`cashRounding` in the result). */
  cashRounding?: CashRounding;
  /** A credit note computes as the invoice with every quantity (and a discount amount) negated. */
  kind?: 'invoice' | 'credit-note';
}

export interface InvoiceLineResult {
  id: string;
  /** The line's net: quantity × unit price less its own discount (the net out of the price for inclusive taxes). */
  net: string;
  /** Under `per-line`: the line's amount for each tax it carries. Omitted under `per-document`. */
  taxes?: Record<string, string>;
  /** Present when the invoice has a discount: this line's piece of it (taxes are charged on net − discount). */
  discount?: string;
  /** Present on lines carrying an inclusive tax: net − discount + the taxes settled on the line. */
  gross?: string;
}

export interface InvoiceTaxResult {
  id: string;
  base: string;
  amount: string;
}

/** Every amount is a decimal string with exactly the currency's digits. */
export interface InvoiceResult {
  lines: InvoiceLineResult[];
  /** Sum of the line nets. */
  subtotal: string;
  /** Present when the invoice has a discount: the whole discount, as a positive amount on an invoice. */
  discount?: string;
  /** The input's taxes in input order, only those at least one line carries. */
  taxes: InvoiceTaxResult[];
  /** Present with cash rounding: what rounding the total to the step added (may be negative or zero). */
  cashRounding?: string;
  /** subtotal − discount + taxes + cash rounding. */
  total: string;
}
