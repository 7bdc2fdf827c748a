export { TkChatWindow } from './chat-window.js';
export type { TkChatIncomingDetail, TkChatPrechatSubmitDetail, TkChatSendDetail } from './chat-window-types.js';
