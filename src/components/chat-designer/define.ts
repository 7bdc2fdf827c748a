import { TkChatDesigner } from './chat-designer.js';

TkChatDesigner.define('tk-chat-designer');

declare global {
  interface HTMLElementTagNameMap {
    'tk-chat-designer': TkChatDesigner;
  }
}

export { TkChatDesigner };
