export { TkChatWidget, type TkChatErrorDetail } from './chat-widget.js';
