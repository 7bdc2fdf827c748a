// The storages the protocol tests run against: SQLite always, PostgreSQL when it is installed
// (`.ci/run` installs it). `TK_REQUIRE_POSTGRES=1` turns a missing PostgreSQL into a failure.
import { startServer } from '../../app.mjs';
import { postgresStorage } from '../../storage/postgres.mjs';
import { startPostgres } from './postgres.mjs';

/**
 * @typedef {object} Backend
 * @property {string} name
 * @property {(options?: import('../../app.mjs').ServerOptions) => ReturnType<typeof startServer>} start
 *   A server on a free loopback port with this storage.
 */

/** @returns {Promise<{ backends: Backend[], skipped?: string, stop: () => void }>} */
export async function storageBackends() {
  /** @type {Backend[]} */
  const backends = [
    { name: 'SQLite', start: (options = {}) => startServer({ port: 0, database: ':memory:', ...options }) },
  ];
  const postgres = await startPostgres();
  if ('skip' in postgres) {
    if (process.env.TK_REQUIRE_POSTGRES === '1') throw new Error(postgres.skip);
    return { backends, skipped: postgres.skip, stop: () => {} };
  }
  backends.push({
    name: 'PostgreSQL',
    start: async (options = {}) =>
      startServer({
        port: 0,
        storage: await postgresStorage({ connectionString: postgres.connectionString }),
        ...options,
      }),
  });
  return { backends, stop: () => postgres.stop() };
}
