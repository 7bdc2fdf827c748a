export { TkMenu, type TkMenuSelectDetail } from './menu.js';
export { TkMenuItem, type MenuItemType } from './menu-item.js';
