// Reference chat endpoint for the chat widget's SSE transport (`createSseTransport`): in memory,
// one conversation per path segment, an echo bot that answers every visitor message.
//
//   GET  /chat/:conversation/events     Server-Sent Events: `message` (a ChatMessage as JSON, new
//                                        or updated) and `typing` ({ name } or null). Keep-alive
//                                        comments every 15 s.
//   POST /chat/:conversation/messages   { clientId, text } -> 201 { id, time }. Idempotent by
//                                        clientId: a retry gets the same id, and no second copy.
//   GET  /chat/:conversation/history?before=<id>&limit=<n>
//                                        -> { messages, hasMore }, oldest first.
//
// Cross-origin requests are allowed (the widget runs on the integrator's site). Nothing is
// authenticated or persisted: it exists so the transport is tested against a real network.
import { createServer } from 'node:http';

const MAX_BODY = 64 * 1024;
const MAX_TEXT = 10_000;
const ID = /^[A-Za-z0-9_-]{1,64}$/;

/** @typedef {{ id: string, clientId?: string, from: string, author?: { name: string }, text: string, format?: string, time: string, status?: string }} ChatMessage */

function conversationStore() {
  /** @type {ChatMessage[]} */
  const messages = [];
  /** @type {Map<string, ChatMessage>} */
  const byClientId = new Map();
  /** @type {Set<import('node:http').ServerResponse>} */
  const listeners = new Set();
  return { messages, byClientId, listeners };
}

/**
 * Starts the chat endpoint. `replyDelay` is how long the bot "types" before answering.
 * @param {{ host?: string, port?: number, replyDelay?: number }} [options]
 */
export async function startChatServer({ host = '127.0.0.1', port = 0, replyDelay = 300 } = {}) {
  /** @type {Map<string, ReturnType<typeof conversationStore>>} */
  const conversations = new Map();
  /** @type {Set<ReturnType<typeof setTimeout>>} */
  const timers = new Set();
  let counter = 0;
  let lastTime = 0;
  const stamp = () => new Date((lastTime = Math.max(Date.now(), lastTime + 1))).toISOString();
  const later = (ms, run) => {
    const timer = setTimeout(() => {
      timers.delete(timer);
      run();
    }, ms);
    timers.add(timer);
  };

  const conversation = (name) => {
    let store = conversations.get(name);
    if (!store) conversations.set(name, (store = conversationStore()));
    return store;
  };

  const broadcast = (store, event, data) => {
    const frame = `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;
    for (const listener of store.listeners) listener.write(frame);
  };

  const update = (store, message, change) => {
    Object.assign(message, change);
    broadcast(store, 'message', message);
  };

  const json = (response, status, body) => {
    response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' });
    response.end(JSON.stringify(body));
  };

  const readBody = (request) =>
    new Promise((resolve, reject) => {
      let size = 0;
      const chunks = [];
      request.on('data', (chunk) => {
        size += chunk.length;
        if (size > MAX_BODY) {
          reject(Object.assign(new Error('body too large'), { status: 413 }));
          request.destroy();
        } else chunks.push(chunk);
      });
      request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      request.on('error', reject);
    });

  async function handle(request, response) {
    response.setHeader('access-control-allow-origin', '*');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, {
        'access-control-allow-methods': 'GET, POST, OPTIONS',
        'access-control-allow-headers': 'content-type',
        'access-control-max-age': '600',
      });
      response.end();
      return;
    }
    const url = new URL(request.url ?? '/', 'http://localhost');
    const match = /^\/chat\/([^/]+)\/(events|messages|history)$/.exec(url.pathname);
    if (!match || !ID.test(match[1])) return json(response, 404, { error: 'not found' });
    const store = conversation(match[1]);
    const route = `${request.method} ${match[2]}`;

    if (route === 'GET events') {
      response.writeHead(200, {
        'content-type': 'text/event-stream; charset=utf-8',
        'cache-control': 'no-store',
        connection: 'keep-alive',
      });
      response.write(': connected\n\n');
      store.listeners.add(response);
      const keepAlive = setInterval(() => response.write(': keep-alive\n\n'), 15_000);
      request.on('close', () => {
        clearInterval(keepAlive);
        store.listeners.delete(response);
      });
      return;
    }

    if (route === 'GET history') {
      const limit = Math.min(100, Math.max(1, Number(url.searchParams.get('limit')) || 30));
      const before = url.searchParams.get('before');
      const end = before === null ? store.messages.length : store.messages.findIndex((m) => m.id === before);
      if (end < 0) return json(response, 200, { messages: [], hasMore: false });
      const start = Math.max(0, end - limit);
      return json(response, 200, { messages: store.messages.slice(start, end), hasMore: start > 0 });
    }

    if (route === 'POST messages') {
      let body;
      try {
        body = JSON.parse(await readBody(request));
      } catch (error) {
        return json(response, error?.status ?? 400, { error: error?.status ? 'body too large' : 'body must be JSON' });
      }
      const { clientId, text } = body ?? {};
      if (typeof clientId !== 'string' || !ID.test(clientId))
        return json(response, 400, { error: 'clientId must be 1-64 letters, digits, - or _' });
      if (typeof text !== 'string' || text.length > MAX_TEXT)
        return json(response, 400, { error: `text must be a string of at most ${MAX_TEXT} characters` });
      const known = store.byClientId.get(clientId);
      if (known) return json(response, 200, { id: known.id, time: known.time });
      /** @type {ChatMessage} */
      const message = { id: `m${++counter}`, clientId, from: 'visitor', text, time: stamp(), status: 'sent' };
      store.messages.push(message);
      store.byClientId.set(clientId, message);
      broadcast(store, 'message', message);
      later(Math.min(20, replyDelay / 4), () => update(store, message, { status: 'delivered' }));
      later(Math.min(40, replyDelay / 2), () => broadcast(store, 'typing', { name: 'Echo bot' }));
      later(replyDelay, () => {
        update(store, message, { status: 'read' });
        broadcast(store, 'typing', null);
        /** @type {ChatMessage} */
        const reply = {
          id: `m${++counter}`,
          from: 'bot',
          author: { name: 'Echo bot' },
          text: `You said: ${text}`,
          time: stamp(),
        };
        store.messages.push(reply);
        broadcast(store, 'message', reply);
      });
      return json(response, 201, { id: message.id, time: message.time });
    }

    return json(response, 405, { error: 'method not allowed' });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch(() => {
      if (response.headersSent) response.destroy();
      else json(response, 500, { error: 'internal error' });
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  return {
    url: `http://${host}:${address.port}`,
    /** Ends every event stream (as a network drop would); clients reconnect. */
    dropConnections() {
      for (const store of conversations.values()) for (const listener of store.listeners) listener.destroy();
    },
    close() {
      for (const timer of timers) clearTimeout(timer);
      for (const store of conversations.values()) for (const listener of store.listeners) listener.destroy();
      return new Promise((resolve) => server.close(() => resolve(undefined)));
    },
  };
}
