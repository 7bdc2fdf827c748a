import '../chat-launcher/define.js';
import { TkChatWidget } from './chat-widget.js';

TkChatWidget.define('tk-chat-widget');

declare global {
  interface HTMLElementTagNameMap {
    'tk-chat-widget': TkChatWidget;
  }
}

export { TkChatWidget };
