// `npm run server`: the reference preferences endpoint for local development.
//   HOST      interface to listen on (default 127.0.0.1; keep it on loopback, see below)
//   PORT      TCP port (default 8787; 0 picks a free one)
//   DATABASE  SQLite file (default server/data/prefs.sqlite; ':memory:' keeps nothing)
// Authentication is the development default: `Authorization: Bearer <token>` and the token is the
// user id, with no secret. Anyone who can reach the port can act as any user, so do not expose it.
import { startServer } from './app.mjs';

const host = process.env.HOST || '127.0.0.1';
const portText = process.env.PORT || '8787';
const port = Number(portText);
const database = process.env.DATABASE || 'server/data/prefs.sqlite';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be an integer between 0 and 65535, got "${portText}".`);
  process.exit(1);
}

let server;
try {
  server = await startServer({ host, port, database });
} catch (error) {
  const reason = error && typeof error === 'object' && 'code' in error ? ` (${error.code})` : '';
  console.error(
    `Could not start the preferences server on ${host}:${port}${reason}: ${String(error?.message ?? error)}`,
  );
  process.exit(1);
}

console.log(`Tailorkit preferences server listening on ${server.url} (database: ${database})`);
console.log(`Try: curl -H 'Authorization: Bearer alice' ${server.url}/documents`);

let stopping = false;
/** @param {NodeJS.Signals} signal */
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} received, closing.`);
  await server.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
