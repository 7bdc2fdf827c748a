// PostgreSQL storage (pg), for deployments with several stateless instances behind one address.
// Every write is one transaction that takes a per-user advisory lock (so the per-user limits hold
// across instances), reads the current row, checks the preconditions and limits, and writes with
// `UPDATE … WHERE etag = <the etag it checked>` / `INSERT … ON CONFLICT DO NOTHING`: the database,
// never an instance's memory, decides which of two concurrent writers wins.
import pg from 'pg';
import { HttpError, checkLimits, checkPreconditions, newEtag } from '../protocol.mjs';

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS tk_documents (
    user_id    text    NOT NULL,
    key        text    NOT NULL,
    body       text    NOT NULL,
    etag       text    NOT NULL,
    size       integer NOT NULL,
    updated_at bigint  NOT NULL,
    PRIMARY KEY (user_id, key)
  )`;
/** Serializes schema creation when several instances start at once. */
const SCHEMA_LOCK = 7_318_211;

/**
 * @param {{ connectionString: string, max?: number }} options
 * @returns {Promise<import('../app.mjs').Storage>}
 */
export async function postgresStorage({ connectionString, max = 10 }) {
  const pool = new pg.Pool({ connectionString, max });
  // An idle client whose server went away must not crash the process: the next query reconnects.
  pool.on('error', () => {});
  const setup = await pool.connect();
  try {
    await setup.query('SELECT pg_advisory_lock($1)', [SCHEMA_LOCK]);
    await setup.query(SCHEMA);
    await setup.query('SELECT pg_advisory_unlock($1)', [SCHEMA_LOCK]);
  } finally {
    setup.release();
  }

  /**
   * @template R
   * @param {string} user
   * @param {(client: pg.PoolClient) => Promise<R>} work
   * @returns {Promise<R>}
   */
  async function writing(user, work) {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [user]);
      const result = await work(client);
      await client.query('COMMIT');
      return result;
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
    }
  }

  /**
   * @param {pg.PoolClient} client
   * @param {string} user
   * @param {string} key
   * @returns {Promise<{ etag: string, size: number } | undefined>}
   */
  async function current(client, user, key) {
    const { rows } = await client.query('SELECT etag, size FROM tk_documents WHERE user_id = $1 AND key = $2', [
      user,
      key,
    ]);
    return rows[0];
  }

  const lost = () =>
    new HttpError(412, 'precondition_failed', 'The document changed since you read it: read it again and merge.');

  return {
    kind: 'postgres',
    async get(user, key) {
      const { rows } = await pool.query('SELECT body, etag FROM tk_documents WHERE user_id = $1 AND key = $2', [
        user,
        key,
      ]);
      return rows[0];
    },
    async list(user, { after, limit }) {
      const { rows } = await pool.query(
        `SELECT key, etag, updated_at AS "storedAt" FROM tk_documents
          WHERE user_id = $1 AND key COLLATE "C" > $2 ORDER BY key COLLATE "C" LIMIT $3`,
        [user, after ?? '', limit],
      );
      return rows.map((row) => ({ ...row, storedAt: Number(row.storedAt) }));
    },
    put(user, key, body, condition, limits) {
      return writing(user, async (client) => {
        const now = await current(client, user, key);
        checkPreconditions(now, condition, 'PUT');
        const size = Buffer.byteLength(body);
        const { rows } = await client.query(
          `SELECT count(*)::int AS count, coalesce(sum(size), 0)::bigint AS bytes
             FROM tk_documents WHERE user_id = $1 AND key <> $2`,
          [user, key],
        );
        checkLimits({ count: rows[0].count, bytes: Number(rows[0].bytes) }, size, limits);
        const etag = newEtag();
        const written = now
          ? await client.query(
              `UPDATE tk_documents SET body = $3, etag = $4, size = $5, updated_at = $6
                WHERE user_id = $1 AND key = $2 AND etag = $7`,
              [user, key, body, etag, size, Date.now(), now.etag],
            )
          : await client.query(
              `INSERT INTO tk_documents (user_id, key, body, etag, size, updated_at)
               VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT DO NOTHING`,
              [user, key, body, etag, size, Date.now()],
            );
        if (written.rowCount !== 1) throw lost();
        return { created: !now, etag };
      });
    },
    remove(user, key, condition) {
      return writing(user, async (client) => {
        const now = await current(client, user, key);
        checkPreconditions(now, condition, 'DELETE');
        if (!now) return;
        const removed = await client.query('DELETE FROM tk_documents WHERE user_id = $1 AND key = $2 AND etag = $3', [
          user,
          key,
          now.etag,
        ]);
        if (removed.rowCount !== 1) throw lost();
      });
    },
    async close() {
      await pool.end();
    },
  };
}
