import { TkChatLauncher } from './chat-launcher.js';

TkChatLauncher.define('tk-chat-launcher');

declare global {
  interface HTMLElementTagNameMap {
    'tk-chat-launcher': TkChatLauncher;
  }
}

export { TkChatLauncher };
