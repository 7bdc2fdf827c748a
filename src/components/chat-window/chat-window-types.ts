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
