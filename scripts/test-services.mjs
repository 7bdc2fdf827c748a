// Services the browser tests talk to: the reference preferences server on a free loopback port.
// Tests read its address from window.__TK_TEST__.prefsServer.
import { existsSync } from 'node:fs';

export async function startReferenceServer() {
  const entry = new URL('../server/app.mjs', import.meta.url);
  if (!existsSync(entry)) return { globals: {}, stop: async () => {} };
  const { startServer } = await import(entry.href);
  const server = await startServer({ host: '127.0.0.1', port: 0, database: ':memory:' });
  return {
    globals: { prefsServer: server.url },
    stop: () => server.close(),
  };
}
