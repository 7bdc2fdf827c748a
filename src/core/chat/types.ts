/**
 * The chat widget's data model and transport contract. DOM-free: the same types serve the widget,
 * an integrator's backend adapter, tests and Node.
 */

/** Who wrote a message. */
export type ChatFrom = 'visitor' | 'agent' | 'bot' | 'system';

/** Delivery state of a message: pending → sent → delivered → read, or failed. */
export type ChatMessageStatus = 'pending' | 'sent' | 'delivered' | 'read' | 'failed';

/** A file attached to a message, as the server stores it. */
export interface ChatAttachment {
  name: string;
  url: string;
  /** MIME type, e.g. `image/png`. */
  type: string;
  /** Bytes. */
  size: number;
}

export interface ChatAuthor {
  name: string;
  avatarUrl?: string;
}

/** One message of a conversation. */
export interface ChatMessage {
  /** The server's id; a visitor's message shows under its `clientId` until `send` resolves. */
  id: string;
  /** The id the visitor's client gave the message, also its idempotency key when sending. */
  clientId?: string;
  from: ChatFrom;
  author?: ChatAuthor;
  text: string;
  /** `text` (the default) shows the text as written; `markdown` renders sanitized Markdown. */
  format?: 'text' | 'markdown';
  /** ISO 8601. Messages are ordered by this instant, then by first arrival. */
  time: string;
  status?: ChatMessageStatus;
  attachments?: ChatAttachment[];
}

/** A later copy of a message: its `id` (or `clientId`) and the fields it carries. */
export type ChatMessageUpdate = Partial<ChatMessage> & ({ id: string } | { clientId: string });

/** Connection state a transport reports. */
export type ChatConnectionState = 'connecting' | 'online' | 'offline';

/** What a transport calls when something arrives. */
export interface ChatSink {
  /** A new or updated message. */
  receive(message: ChatMessage): void;
  status(state: 'connecting' | 'online' | 'offline'): void;
  /** Someone is typing, or `null` when they stopped. */
  typing?(author: { name: string } | null): void;
}

/** The adapter between the widget and a chat backend. */
export interface ChatTransport {
  connect(sink: ChatSink): Promise<void>;
  /** Sends a visitor's message; `clientId` is the idempotency key, so a retry never duplicates it. */
  send(message: { clientId: string; text: string; attachments?: File[] }): Promise<{ id: string; time: string }>;
  disconnect(): void;
  /** Older messages, newest page first: those before the message `before` (a message id), or the latest. */
  history?(before?: string /* a message id */): Promise<{ messages: ChatMessage[]; hasMore: boolean }>;
}

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
