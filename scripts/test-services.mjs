// Services the browser tests talk to: the reference preferences server on a free loopback port.
// Tests read its address from window.__TK_TEST__.prefsServer.
import { existsSync } from 'node:fs';

export async function startReferenceServer() {
  const entry = new URL('../server/app.mjs', import.meta.url);
  if (!existsSync(entry)) return { globals: {}, stop: async () => {} };
  const { startServer } = await import(entry.href);
  const server = await startServer({ host: '127.0.0.1', port: 0, database: ':memory:' });
  const chat = await startChatService();
  return {
    globals: { prefsServer: server.url, ...chat.globals },
    stop: () => Promise.all([server.close(), chat.stop()]),
  };
}

// The reference chat endpoint (server/chat.mjs) on another free port: window.__TK_TEST__.chatServer.
async function startChatService() {
  const entry = new URL('../server/chat.mjs', import.meta.url);
  if (!existsSync(entry)) return { globals: {}, stop: async () => {} };
  const { startChatServer } = await import(entry.href);
  const server = await startChatServer({ host: '127.0.0.1', port: 0, replyDelay: 50 });
  return { globals: { chatServer: server.url }, stop: () => server.close() };
}
