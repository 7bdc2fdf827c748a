import { defaultLauncherStrings } from './launcher-strings.js';

/**
 * Every text a visitor reads or hears in the chat widget. A `strings` property on the widget, the
 * launcher and the window merges a partial object over these; messages with values are functions,
 * so a translation controls word order.
 */
export const defaultChatStrings = {
  ...defaultLauncherStrings,
  /** The window's close button. */
  closeLabel: 'Close chat',
  /** The window's title when no `heading` is set. */
  heading: 'Chat with us',
  /** The label of the message box. */
  composerLabel: 'Message',
  /** The placeholder of the message box when no `placeholder` is set. */
  placeholder: 'Write a message…',
  sendLabel: 'Send',
  /** Accessible name of the message list. */
  logLabel: 'Conversation',
  attachLabel: 'Attach files',
  removeAttachment: (name: string): string => `Remove ${name}`,
  /** What a screen reader hears when a message arrives. */
  incoming: (author: string, text: string): string => `${author}: ${text}`,
  you: 'You',
  /** Author shown for agent and bot messages without one. */
  agent: 'Support',
  typing: (name: string): string => `${name} is typing…`,
  pending: 'Sending…',
  sent: 'Sent',
  delivered: 'Delivered',
  read: 'Read',
  failed: 'Not sent',
  retry: 'Retry',
  connecting: 'Connecting…',
  offline: 'Offline. Messages will be sent when the connection is back.',
  away: 'We are away right now. Leave a message and we will get back to you.',
  /** Shown under the heading during business hours when no `replyTime` is set. */
  online: 'We are online',
  loadingOlder: 'Loading earlier messages…',
  /** The button above the conversation that loads one older page of history. */
  loadOlder: 'Show earlier messages',
  /** What a screen reader hears when the button loaded older messages. */
  loadedOlder: (count: number): string => `Earlier messages loaded: ${count}`,
  /** Shown under the button when older messages could not be loaded. */
  loadOlderFailed: 'Earlier messages could not be loaded.',
  jumpToLatest: 'Jump to the latest message',
  prechatIntro: 'Tell us a little about you and we will be right with you.',
  prechatSubmit: 'Start chat',
  required: (label: string): string => `${label} is required.`,
  invalidEmail: (label: string): string => `${label} needs an email address such as name@example.com.`,
  invalid: (label: string): string => `${label} is not valid.`,
  fileType: (name: string): string => `${name} cannot be sent: this type of file is not accepted.`,
  fileSize: (name: string, limit: string): string => `${name} cannot be sent: files can be at most ${limit}.`,
  fileCount: (limit: number): string => `At most ${limit} files can go with one message.`,
  attachment: (name: string, size: string): string => `${name} (${size})`,
};
export type ChatStrings = typeof defaultChatStrings;
