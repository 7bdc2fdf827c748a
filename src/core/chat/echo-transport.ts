import type { ChatAuthor, ChatMessage, ChatSink, ChatTransport } from './types.js';

export interface EchoTransportOptions {
  /** Who answers. Default `{ name: 'Echo bot' }`. */
  author?: ChatAuthor;
  /** The answer to a visitor's text; a string is sent as plain text. Default: repeats the text. */
  reply?: (text: string) => string | Pick<ChatMessage, 'text' | 'format'>;
  /** Milliseconds between a message and its answer, typing shown meanwhile. Default 900. */
  replyDelay?: number;
  /** Milliseconds a round trip takes (connect, send, statuses). Default 120. */
  latency?: number;
  /** Messages the conversation starts with, oldest first (e.g. for history paging). */
  history?: ChatMessage[];
  /** Messages per history page. Default 30. */
  pageSize?: number;
}

/**
 * An in-memory chat backend that answers every message: for Storybook, demos and tests. It behaves
 * like a real server where it matters: `send` is idempotent by `clientId`, statuses go sent →
 * delivered → read, the bot types before it answers, and `history` pages back through the
 * conversation.
 */
export function createEchoTransport(options: EchoTransportOptions = {}): ChatTransport {
  const author = options.author ?? { name: 'Echo bot' };
  const replyDelay = options.replyDelay ?? 900;
  const latency = options.latency ?? 120;
  const pageSize = options.pageSize ?? 30;
  const reply = options.reply ?? ((text: string) => `You said: ${text}`);
  const messages: ChatMessage[] = (options.history ?? []).map((message) => ({ ...message }));
  const accepted = new Map<string, { id: string; time: string }>();
  const timers = new Set<ReturnType<typeof setTimeout>>();
  let sink: ChatSink | undefined;
  let counter = messages.length;
  let lastTime = messages.reduce((latest, message) => Math.max(latest, Date.parse(message.time) || 0), 0);

  const later = (ms: number, run: () => void): void => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };
  /** Strictly increasing server times, so order never depends on a coarse clock. */
  const stamp = (): string => new Date((lastTime = Math.max(Date.now(), lastTime + 1))).toISOString();
  const deliver = (message: ChatMessage): void => sink?.receive({ ...message });
  const update = (id: string, change: Partial<ChatMessage>): void => {
    const message = messages.find((each) => each.id === id);
    if (!message) return;
    Object.assign(message, change);
    deliver(message);
  };

  return {
    connect(next) {
      sink = next;
      next.status('connecting');
      return new Promise((resolve) =>
        later(latency, () => {
          if (sink !== next) return;
          next.status('online');
          resolve();
        }),
      );
    },
    send({ clientId, text, attachments = [] }) {
      const known = accepted.get(clientId);
      if (known) return Promise.resolve(known);
      const id = `echo-${++counter}`;
      const time = stamp();
      const result = { id, time };
      accepted.set(clientId, result);
      const message: ChatMessage = { id, clientId, from: 'visitor', text, time, status: 'sent' };
      if (attachments.length > 0) {
        message.attachments = attachments.map((file) => ({
          name: file.name,
          type: file.type,
          size: file.size,
          url: globalThis.URL?.createObjectURL?.(file) ?? '',
        }));
      }
      messages.push(message);
      later(latency, () => update(id, { status: 'delivered' }));
      later(latency * 2, () => sink?.typing?.(author));
      later(replyDelay, () => {
        update(id, { status: 'read' });
        sink?.typing?.(null);
        const answer = reply(text);
        const content = typeof answer === 'string' ? { text: answer, format: 'text' as const } : answer;
        const response: ChatMessage = { id: `echo-${++counter}`, from: 'bot', author, time: stamp(), ...content };
        messages.push(response);
        deliver(response);
      });
      return new Promise((resolve) => later(latency, () => resolve(result)));
    },
    disconnect() {
      sink = undefined;
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
    },
    history(before) {
      const stop = before === undefined ? messages.length : messages.findIndex((message) => message.id === before);
      if (stop < 0) return Promise.resolve({ messages: [], hasMore: false });
      const start = Math.max(0, stop - pageSize);
      return Promise.resolve({
        messages: messages.slice(start, stop).map((message) => ({ ...message })),
        hasMore: start > 0,
      });
    },
  };
}
