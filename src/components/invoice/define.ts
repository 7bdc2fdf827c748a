import { TkInvoice } from './invoice.js';

TkInvoice.define('tk-invoice');

declare global {
  interface HTMLElementTagNameMap {
    'tk-invoice': TkInvoice;
  }
}

export { TkInvoice };
