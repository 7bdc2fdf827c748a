import { TkPopover } from './popover.js';

TkPopover.define('tk-popover');

declare global {
  interface HTMLElementTagNameMap {
    'tk-popover': TkPopover;
  }
}
