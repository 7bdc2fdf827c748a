// `npm run server`: the reference preferences endpoint (environment variables in server/README.md).
//   HOST            interface to listen on (default 127.0.0.1; see ALLOW_DEV_AUTH)
//   PORT            TCP port (default 8787; 0 picks a free one)
//   DATABASE        SQLite file (default server/data/prefs.sqlite; ':memory:' keeps nothing)
//   DATABASE_URL    postgresql://… : PostgreSQL instead of SQLite (any number of instances may share it)
//   ALLOWED_ORIGINS comma-separated origins allowed by CORS, with cookies (default '*', without)
//   ALLOW_DEV_AUTH  1: start on a HOST that is not loopback even with the development authenticator
// Authentication is the development default: `Authorization: Bearer <token>` and the token is the
// user id, with no secret. Anyone who can reach the port can act as any user, so it refuses to listen
// beyond loopback unless forced. Deployments wrap startServer with their own `authenticate`.
import { startServer } from './app.mjs';
import { postgresStorage } from './storage/postgres.mjs';

const host = process.env.HOST || '127.0.0.1';
const portText = process.env.PORT || '8787';
const port = Number(portText);
const database = process.env.DATABASE || 'server/data/prefs.sqlite';
const databaseUrl = process.env.DATABASE_URL;
const origins = process.env.ALLOWED_ORIGINS;
const allowedOrigins = origins ? origins.split(',').map((origin) => origin.trim()) : '*';

if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be an integer between 0 and 65535, got "${portText}".`);
  process.exit(1);
}

/** @type {import('./app.mjs').RunningServer | undefined} */
let server;
let stopping = false;
/** @param {NodeJS.Signals} signal */
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`${signal} received, closing.`);
  await server?.close();
  process.exit(0);
}
// Before listening, so a signal that comes early still closes cleanly.
process.on('SIGINT', stop);
process.on('SIGTERM', stop);

try {
  const storage = databaseUrl ? await postgresStorage({ connectionString: databaseUrl }) : undefined;
  server = await startServer({
    host,
    port,
    database,
    storage,
    allowedOrigins,
    allowDevAuthOnNetwork: process.env.ALLOW_DEV_AUTH === '1',
  });
} catch (error) {
  const reason = error && typeof error === 'object' && 'code' in error ? ` (${error.code})` : '';
  console.error(
    `Could not start the preferences server on ${host}:${port}${reason}: ${String(error?.message ?? error)}`,
  );
  process.exit(1);
}

if (!server) throw new Error('unreachable: the server did not start');
const where = databaseUrl ? 'PostgreSQL' : database;
console.log(`Tailorkit preferences server listening on ${server.url} (database: ${where})`);
console.log(`Try: curl -H 'Authorization: Bearer alice' ${server.url}/documents`);
