export {
  TkInvoiceDesigner,
  defaultInvoiceDesign,
  type InvoiceDesign,
  type InvoiceClient,
  type TkInvoiceChangeDetail,
} from './invoice-designer.js';
export { defaultInvoiceDesignerStrings, type InvoiceDesignerStrings } from './invoice-designer-strings.js';
