import { TkInvoiceDesigner } from './invoice-designer.js';

TkInvoiceDesigner.define('tk-invoice-designer');

declare global {
  interface HTMLElementTagNameMap {
    'tk-invoice-designer': TkInvoiceDesigner;
  }
}

export { TkInvoiceDesigner };
