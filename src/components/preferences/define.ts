import { TkPreferences } from './preferences.js';

TkPreferences.define('tk-preferences');

declare global {
  interface HTMLElementTagNameMap {
    'tk-preferences': TkPreferences;
  }
}
