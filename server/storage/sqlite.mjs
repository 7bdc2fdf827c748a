// SQLite storage (better-sqlite3), the embedded default: one file, or ':memory:' for tests. Several
// processes on one machine may share the file (WAL); each write is one immediate transaction, so the
// precondition and limit checks and the write cannot interleave with another writer's.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { checkLimits, checkPreconditions, newEtag } from '../protocol.mjs';

/**
 * @param {{ file: string }} options
 * @returns {import('../app.mjs').Storage}
 */
export function sqliteStorage({ file }) {
  if (file !== ':memory:' && !file.startsWith('file:')) mkdirSync(dirname(file), { recursive: true });
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.pragma('busy_timeout = 5000');
  db.exec(`
    CREATE TABLE IF NOT EXISTS documents (
      user_id    TEXT    NOT NULL,
      key        TEXT    NOT NULL,
      body       TEXT    NOT NULL,
      etag       TEXT    NOT NULL,
      updated_at INTEGER NOT NULL,
      PRIMARY KEY (user_id, key)
    ) WITHOUT ROWID;
  `);
  // Files written before per-user limits have no size column: add it and fill it in.
  const columns = /** @type {{ name: string }[]} */ (db.prepare('PRAGMA table_info(documents)').all());
  if (!columns.some((column) => column.name === 'size')) {
    db.exec(`ALTER TABLE documents ADD COLUMN size INTEGER NOT NULL DEFAULT 0;
             UPDATE documents SET size = length(CAST(body AS BLOB));`);
  }
  const statements = {
    get: db.prepare('SELECT body, etag, size FROM documents WHERE user_id = ? AND key = ?'),
    list: db.prepare(
      'SELECT key, etag, updated_at AS storedAt FROM documents WHERE user_id = ? AND key > ? ORDER BY key LIMIT ?',
    ),
    others: db.prepare(
      'SELECT count(*) AS count, coalesce(sum(size), 0) AS bytes FROM documents WHERE user_id = ? AND key <> ?',
    ),
    upsert: db.prepare(`
      INSERT INTO documents (user_id, key, body, etag, size, updated_at) VALUES (?, ?, ?, ?, ?, ?)
      ON CONFLICT (user_id, key) DO UPDATE SET body = excluded.body, etag = excluded.etag, size = excluded.size,
        updated_at = excluded.updated_at`),
    remove: db.prepare('DELETE FROM documents WHERE user_id = ? AND key = ?'),
  };

  /** @type {(user: string, key: string, body: string, condition: import('../protocol.mjs').Condition, limits: import('../protocol.mjs').Limits) => { created: boolean, etag: string }} */
  const put = db.transaction((user, key, body, condition, limits) => {
    const current = /** @type {{ etag: string, size: number } | undefined} */ (statements.get.get(user, key));
    checkPreconditions(current, condition, 'PUT');
    const size = Buffer.byteLength(body);
    checkLimits(/** @type {{ count: number, bytes: number }} */ (statements.others.get(user, key)), size, limits);
    const etag = newEtag();
    statements.upsert.run(user, key, body, etag, size, Date.now());
    return { created: !current, etag };
  });

  /** @type {(user: string, key: string, condition: import('../protocol.mjs').Condition) => void} */
  const remove = db.transaction((user, key, condition) => {
    const current = /** @type {{ etag: string, size: number } | undefined} */ (statements.get.get(user, key));
    checkPreconditions(current, condition, 'DELETE');
    if (current) statements.remove.run(user, key);
  });

  return {
    kind: 'sqlite',
    async get(user, key) {
      return /** @type {{ body: string, etag: string } | undefined} */ (statements.get.get(user, key));
    },
    async list(user, { after, limit }) {
      return /** @type {{ key: string, etag: string, storedAt: number }[]} */ (
        statements.list.all(user, after ?? '', limit)
      );
    },
    async put(user, key, body, condition, limits) {
      return put.immediate(user, key, body, condition, limits);
    },
    async remove(user, key, condition) {
      remove.immediate(user, key, condition);
    },
    async close() {
      db.close();
    },
  };
}
