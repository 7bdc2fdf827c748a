export { TkChatWindow } from './chat-window.js';
export type {
  ChatAttachmentRules,
  ChatPrechat,
  ChatPrechatField,
  TkChatIncomingDetail,
  TkChatPrechatSubmitDetail,
  TkChatSendDetail,
} from './chat-window-types.js';
