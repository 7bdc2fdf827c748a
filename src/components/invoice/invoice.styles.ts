import { css } from 'lit';
import { visuallyHidden } from '../../base/visually-hidden.js';

/**
 * The invoice's styles. They hang on classes inside the paper rather than on :host, because the
 * same rules style the standalone document that `printInvoice()` prints.
 */
export const invoiceStyles = [
  visuallyHidden,
  css`
    :host {
      display: block;
    }
    .paper {
      /* The paper is white in every theme, so the brand comes from the invoice (property or token),
         not from the app theme, whose brand colour may be tuned for a dark surface. */
      --_b: var(--_brand, var(--tk-invoice-brand, #1d4ed8));
      --_ob: var(--_on-brand, var(--tk-invoice-on-brand, #fff));
      --_a: var(--_accent, var(--tk-invoice-accent, var(--_b)));
      --_oa: var(--_on-accent, var(--tk-invoice-on-accent, var(--_ob)));
      --_ink: var(--tk-invoice-ink, #1f2937);
      --_muted: var(--tk-invoice-muted, #4b5563);
      --_rule: var(--tk-invoice-rule, #d1d5db);
      display: flex;
      flex-direction: column;
      gap: 1.5rem;
      box-sizing: border-box;
      max-inline-size: 210mm;
      margin-inline: auto;
      padding: 2rem;
      background: var(--tk-invoice-paper, #fff);
      color: var(--_ink);
      font-family: var(--_font, var(--tk-invoice-font, var(--tk-font-body, system-ui, sans-serif)));
      font-size: 0.875rem;
      line-height: 1.45;
      font-variant-numeric: tabular-nums;
      box-shadow: var(--tk-shadow-m, 0 1px 3px rgb(0 0 0 / 0.2));
    }
    .paper *,
    .paper *::before,
    .paper *::after {
      box-sizing: border-box;
    }
    p,
    h1,
    h2,
    dl,
    dd {
      margin: 0;
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .logo {
      max-block-size: 3.5rem;
      max-inline-size: 12rem;
      object-fit: contain;
    }
    .seller-name {
      font-weight: 600;
      font-size: 1.1rem;
    }
    .title {
      margin-inline-start: auto;
      font-size: 1.6rem;
      font-weight: 700;
      color: var(--_b);
      letter-spacing: 0.02em;
    }
    .title-number {
      font-weight: 400;
      color: var(--_muted);
      font-size: 1rem;
    }
    .label {
      font-size: 0.75rem;
      font-weight: 600;
      text-transform: uppercase;
      letter-spacing: 0.06em;
      color: var(--_muted);
      margin-block-end: 0.25rem;
    }
    .parties {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
      gap: 1rem 2rem;
    }
    .party-name {
      font-weight: 600;
    }
    .address,
    .notes-text,
    .description,
    dd {
      white-space: pre-line;
      overflow-wrap: anywhere;
    }
    .fields {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem 2rem;
    }
    .header .fields {
      flex-basis: 100%;
    }
    .field dt {
      font-size: 0.75rem;
      color: var(--_muted);
    }
    .field dd {
      font-weight: 500;
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
    }
    .lines th {
      font-size: 0.75rem;
      text-align: start;
      font-weight: 600;
      color: var(--_muted);
      border-block-end: 2px solid var(--_b);
      padding: 0.4rem 0.5rem;
    }
    .lines td {
      padding: 0.4rem 0.5rem;
      border-block-end: 1px solid var(--_rule);
      vertical-align: top;
    }
    .lines .num,
    .totals .num {
      text-align: end;
      white-space: nowrap;
    }
    .lines th.description,
    .lines td.description {
      inline-size: 100%;
      text-align: start;
    }
    .totals {
      display: flex;
      flex-direction: column;
      align-items: flex-end;
      gap: 0.75rem;
    }
    .totals table {
      inline-size: auto;
      min-inline-size: 18rem;
    }
    .totals th {
      text-align: start;
      font-weight: 400;
      padding-block: 0.25rem;
      padding-inline: 0 1.5rem;
    }
    .totals td {
      padding-block: 0.25rem;
      padding-inline: 0;
    }
    .totals .base {
      color: var(--_muted);
      font-size: 0.75rem;
    }
    [data-figure='total'] th,
    [data-figure='total'] td {
      font-weight: 700;
      font-size: 1.05rem;
      border-block-start: 2px solid var(--_b);
      padding-block-start: 0.5rem;
    }
    .footer {
      border-block-start: 1px solid var(--_rule);
      padding-block-start: 0.75rem;
      color: var(--_muted);
      font-size: 0.75rem;
    }
    .error {
      padding: 0.75rem 1rem;
      border: 1px solid #b91c1c;
      color: #991b1b;
      background: #fef2f2;
      border-radius: 4px;
      overflow-wrap: anywhere;
    }

    /* Classic letterhead: centred letterhead, serif type, a double rule under it. */
    .layout-classic {
      font-family: var(--_font, var(--tk-invoice-font, Georgia, 'Times New Roman', serif));
    }
    .layout-classic .header {
      flex-direction: column;
      text-align: center;
      border-block-end: 3px double var(--_b);
      padding-block-end: 1rem;
    }
    .layout-classic .title {
      margin-inline-start: 0;
      text-transform: uppercase;
      letter-spacing: 0.2em;
      font-size: 1.3rem;
    }

    /* Modern: a full-width colour band across the top, accent table header. */
    .layout-modern {
      padding-block-start: 0;
    }
    .layout-modern .header {
      margin-inline: -2rem;
      padding-block: 1.5rem;
      padding-inline: 2rem;
      background: var(--_b);
      color: var(--_ob);
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .layout-modern .header .title,
    .layout-modern .header .title-number,
    .layout-modern .header .field dt {
      color: var(--_ob);
    }
    .layout-modern .lines th {
      background: var(--_a);
      color: var(--_oa);
      border: 0;
      print-color-adjust: exact;
      -webkit-print-color-adjust: exact;
    }
    .layout-modern .totals table {
      border-radius: 6px;
    }

    /* Compact: small type, tight rows, one-line header. */
    .layout-compact {
      gap: 0.75rem;
      padding: 1rem;
      font-size: 0.75rem;
    }
    .layout-compact .title {
      font-size: 1.1rem;
    }
    .layout-compact .logo {
      max-block-size: 2rem;
    }
    .layout-compact .lines td,
    .layout-compact .lines th {
      padding: 0.15rem 0.35rem;
    }
    .layout-compact .parties {
      grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
      gap: 0.5rem 1rem;
    }

    /* Print: header repeated on every page, a row never split, totals kept together. */
    .lines thead {
      display: table-header-group;
    }
    .lines tr,
    .field,
    .party {
      break-inside: avoid;
    }
    .totals,
    .header,
    .parties {
      break-inside: avoid;
    }
    @media print {
      .paper {
        box-shadow: none;
        max-inline-size: none;
        padding: 0;
      }
      .layout-modern .header {
        margin-inline: 0;
      }
    }
    @media (forced-colors: active) {
      .layout-modern .header,
      .layout-modern .lines th {
        forced-color-adjust: none;
        background: Canvas;
        color: CanvasText;
      }
      .paper {
        border: 1px solid CanvasText;
      }
    }
  `,
];

/** Only in the standalone print document: a bare page. */
export const pageStyles = css`
  body.tk-invoice-print {
    margin: 0;
    background: #fff;
  }
`;
