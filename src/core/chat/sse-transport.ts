import type { ChatMessage, ChatSink, ChatTransport } from './types.js';

export interface SseTransportOptions {
  /** The conversation's address, e.g. `https://chat.example.com/chat/c-42` (see `server/chat.mjs`). */
  url: string;
  /** Messages per history page. Default 30. */
  pageSize?: number;
  /** `fetch` to use (for credentials, headers or tests). The global one by default. */
  fetch?: typeof fetch;
  /** Options passed to `EventSource`, e.g. `{ withCredentials: true }`. */
  eventSource?: EventSourceInit;
}

const parse = (data: string): unknown => {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    return undefined;
  }
};

/**
 * A transport over Server-Sent Events (deliveries) and HTTP (sending, history), speaking the
 * protocol of the reference endpoint in `server/chat.mjs`. When the event stream breaks it reports
 * `offline` and leaves reconnecting to the widget, which backs off with jitter and resyncs.
 */
export function createSseTransport(options: SseTransportOptions): ChatTransport {
  const base = options.url.replace(/\/+$/, '');
  const request = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
  let source: EventSource | undefined;

  const json = async <T>(response: Response): Promise<T> => {
    if (!response.ok) throw new Error(`the chat server answered ${response.status}`);
    return (await response.json()) as T;
  };

  return {
    connect(sink: ChatSink) {
      source?.close();
      sink.status('connecting');
      const events = new EventSource(`${base}/events`, options.eventSource);
      source = events;
      return new Promise<void>((resolve, reject) => {
        let open = false;
        events.onopen = () => {
          open = true;
          sink.status('online');
          resolve();
        };
        events.onerror = () => {
          events.close();
          if (source === events) source = undefined;
          if (open) sink.status('offline');
          else reject(new Error('the chat server could not be reached'));
        };
        events.addEventListener('message', (event) => {
          const message = parse((event as MessageEvent<string>).data);
          if (message !== undefined) sink.receive(message as ChatMessage);
        });
        events.addEventListener('typing', (event) => {
          const author = parse((event as MessageEvent<string>).data);
          sink.typing?.(author && typeof author === 'object' ? (author as { name: string }) : null);
        });
      });
    },
    async send({ clientId, text, attachments = [] }) {
      if (attachments.length > 0) throw new Error('this transport sends text only');
      const response = await request(`${base}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ clientId, text }),
      });
      return json<{ id: string; time: string }>(response);
    },
    disconnect() {
      source?.close();
      source = undefined;
    },
    async history(before) {
      const query = new URLSearchParams({ limit: String(options.pageSize ?? 30) });
      if (before !== undefined) query.set('before', before);
      return json<{ messages: ChatMessage[]; hasMore: boolean }>(await request(`${base}/history?${query.toString()}`));
    },
  };
}
