import type { ChatMessage } from '../../core/chat/types.js';

/** One field of the pre-chat form. The integrator chooses which, in what order. */
export interface ChatPrechatField {
  /** Key of the value in `tk-chat-prechat-submit`'s detail. */
  name: string;
  /** The visible label. */
  label: string;
  type?: 'text' | 'email' | 'tel' | 'textarea' | 'select' | 'checkbox';
  required?: boolean;
  /** For `select`. */
  options?: { value: string; label: string }[];
  /** A regular expression the whole value must match (HTML `pattern` syntax). */
  pattern?: string;
  /** Said when `pattern` does not match. */
  patternMessage?: string;
  maxLength?: number;
  /** An `autocomplete` token such as `name` or `email`. */
  autocomplete?: string;
}

/** A form a visitor fills before the first message. */
export interface ChatPrechat {
  fields: ChatPrechatField[];
  /** Text above the fields; `strings.prechatIntro` by default. */
  intro?: string;
}

/** Which files a visitor may attach. */
export interface ChatAttachmentRules {
  /** MIME types (`image/png`) or families (`image/*`). */
  accept: string[];
  /** Largest file in bytes. */
  maxSize: number;
  /** Most files per message. Default 5. */
  maxFiles?: number;
}

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
