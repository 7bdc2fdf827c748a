import type { ChatMessage } from '../../core/chat/types.js';

export interface TkChatIncomingDetail {
  message: ChatMessage;
}

export interface TkChatSendDetail {
  clientId: string;
  text: string;
  files: File[];
}

export interface TkChatPrechatSubmitDetail {
  values: Record<string, string | boolean>;
}

declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-chat-incoming': TkChatIncomingDetail;
    'tk-chat-send': TkChatSendDetail;
    'tk-chat-prechat-submit': TkChatPrechatSubmitDetail;
  }
}
