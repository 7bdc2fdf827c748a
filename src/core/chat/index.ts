export type {
  ChatAttachment,
  ChatAuthor,
  ChatConnectionState,
  ChatFrom,
  ChatMessage,
  ChatMessageStatus,
  ChatMessageUpdate,
  ChatSink,
  ChatTransport,
  ChatPrechat,
  ChatPrechatField,
  ChatAttachmentRules,
} from './types.js';
export { Conversation, type ChatMessageProblem } from './conversation.js';
export { backoffDelay, type BackoffOptions } from './backoff.js';
export { adapterOutboxStorage, memoryOutboxStorage, type OutboxEntry, type OutboxStorage } from './outbox.js';
export { ChatSession, type ChatSessionOptions, type ChatSessionProblem, type ChatTimers } from './session.js';
export { createEchoTransport, type EchoTransportOptions } from './echo-transport.js';
export { cssLength } from './length.js';
export { resolveBrand, fontFamily, type ChatBrand, type ResolvedBrand } from './brand.js';
export { defaultChatStrings, type ChatStrings } from './strings.js';
export { defaultLauncherStrings, type LauncherStrings } from './launcher-strings.js';
export { isWithinHours, hoursProblems, type BusinessHours, type Weekday } from './hours.js';
export { linkify, type TextSegment } from './linkify.js';
export { createSseTransport, type SseTransportOptions } from './sse-transport.js';
