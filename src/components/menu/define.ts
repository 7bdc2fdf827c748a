import { TkMenuItem } from './menu-item.js';
import { TkMenu } from './menu.js';

// Items first, so a menu upgrading in the same task already sees upgraded items.
TkMenuItem.define('tk-menu-item');
TkMenu.define('tk-menu');

declare global {
  interface HTMLElementTagNameMap {
    'tk-menu': TkMenu;
    'tk-menu-item': TkMenuItem;
  }
}
