import { TkChatWindow } from './chat-window.js';

TkChatWindow.define('tk-chat-window');

declare global {
  interface HTMLElementTagNameMap {
    'tk-chat-window': TkChatWindow;
  }
}

export { TkChatWindow };
