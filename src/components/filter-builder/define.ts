import { TkFilterBuilder } from './filter-builder.js';

TkFilterBuilder.define('tk-filter-builder');

declare global {
  interface HTMLElementTagNameMap {
    'tk-filter-builder': TkFilterBuilder;
  }
}

export { TkFilterBuilder };
