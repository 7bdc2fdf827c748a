import { TkFieldPicker } from './field-picker.js';

TkFieldPicker.define('tk-field-picker');

declare global {
  interface HTMLElementTagNameMap {
    'tk-field-picker': TkFieldPicker;
  }
}

export { TkFieldPicker };
