// Reference HTTP endpoint for Tailorkit's HttpAdapter: per-user preference documents in SQLite.
//
// Protocol (JSON over REST, every route except OPTIONS needs an authenticated user):
//   GET    /documents              -> 200 { documents: [{ key, etag, storedAt }] }   (own documents only;
//                                     storedAt is the server's clock, the record's updatedAt the client's)
//   GET    /documents/{key}        -> 200 StoredRecord + ETag | 304 (If-None-Match) | 404
//   PUT    /documents/{key}        -> 201 created | 200 replaced, body { key, etag } + ETag
//                                     If-Match: <etag> | If-None-Match: * are honoured (412 on mismatch);
//                                     replacing an existing document without one of them is 428.
//   DELETE /documents/{key}        -> 204 | 404 | 412 | 428 (If-Match required when the document exists)
// Errors are always { error: { code, message } } with a 4xx/5xx status, never a stack trace.
//
// The server is a development and integration aid: it is not part of the library's runtime and its
// dependency (better-sqlite3) is a devDependency.

import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * Resolves the user a request acts for, or null when it is not authenticated.
 * @typedef {(request: IncomingMessage) => string | null | undefined | Promise<string | null | undefined>} Authenticate
 */

/**
 * @typedef {object} ServerOptions
 * @property {string} [host] Interface to listen on (default 127.0.0.1, loopback only).
 * @property {number} [port] TCP port; 0 picks a free one (default 8787).
 * @property {string} [database] SQLite file path, or ':memory:' (default server/data/prefs.sqlite).
 * @property {Authenticate} [authenticate] Identifies the user (default: {@link bearerTokenIsUserId}).
 * @property {number} [maxBodyBytes] Largest accepted PUT body in bytes (default 256 KiB); larger is 413.
 * @property {'*' | string[]} [allowedOrigins] Origins allowed by CORS (default '*').
 * @property {(error: unknown) => void} [onError] Receives unexpected errors (default console.error);
 *   clients only ever see a generic 500.
 */

/**
 * @typedef {object} RunningServer
 * @property {string} url Base URL, e.g. http://127.0.0.1:8787 (documents live under `${url}/documents`).
 * @property {() => Promise<void>} close Stops accepting requests, drops open connections, closes the database.
 */

/** Longest document key accepted, in UTF-16 code units (the adapter's keys are component persist-keys). */
export const MAX_KEY_LENGTH = 1024;
/** Deepest nesting of objects and arrays accepted inside `user`. */
export const MAX_DEPTH = 64;

const TOKEN68 = /^[A-Za-z0-9\-._~+/]{1,256}=*$/;
/**
 * C0 and C1 controls and DEL: keys end up in logs and UIs, and NUL truncates in some SQLite functions.
 * @param {string} text
 */
function hasControlCharacter(text) {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return true;
  }
  return false;
}

/**
 * The local-development default: `Authorization: Bearer <token>` where the token IS the user id.
 * There is no secret and no verification, so anyone can act as anyone by choosing a token: use it on
 * a developer machine or in tests only, and pass a real `authenticate` (session cookie, JWT check,
 * reverse-proxy header) everywhere else.
 * @type {Authenticate}
 */
export function bearerTokenIsUserId(request) {
  const header = request.headers.authorization;
  if (typeof header !== 'string') return null;
  const match = /^Bearer +(\S+)\s*$/i.exec(header);
  if (!match || !TOKEN68.test(match[1])) return null;
  return match[1];
}

class HttpError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   * @param {Record<string, string>} [headers]
   */
  constructor(status, code, message, headers = {}) {
    super(message);
    this.status = status;
    this.code = code;
    this.headers = headers;
  }
}

/**
 * Checks the StoredRecord shape: { version: number, user: any JSON, updatedAt: number } and nothing else.
 * @param {unknown} value
 * @returns {string | null} what is wrong, or null when valid
 */
export function storedRecordProblem(value) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'body must be a JSON object';
  const record = /** @type {Record<string, unknown>} */ (value);
  const unknownKeys = Object.keys(record).filter((k) => k !== 'version' && k !== 'user' && k !== 'updatedAt');
  if (unknownKeys.length > 0) return `unknown field(s): ${unknownKeys.slice(0, 5).join(', ')}`;
  if (!Number.isSafeInteger(record.version) || /** @type {number} */ (record.version) < 0) {
    return '"version" must be a non-negative integer';
  }
  if (!Object.hasOwn(record, 'user')) return '"user" is required (use null for an empty layer)';
  if (typeof record.updatedAt !== 'number' || !Number.isFinite(record.updatedAt)) {
    return '"updatedAt" must be a finite number (milliseconds since the epoch)';
  }
  if (nestingExceeds(record.user, MAX_DEPTH)) return `"user" nests deeper than ${MAX_DEPTH} levels`;
  return null;
}

/**
 * Whether a parsed JSON value nests deeper than `limit` (JSON.parse accepts any depth, but
 * serializing it again, here or in a browser, overflows the stack). Stops descending at the limit.
 * @param {unknown} value
 * @param {number} limit
 * @returns {boolean}
 */
function nestingExceeds(value, limit) {
  if (typeof value !== 'object' || value === null) return false;
  if (limit === 0) return true;
  for (const child of Object.values(value)) if (nestingExceeds(child, limit - 1)) return true;
  return false;
}

/**
 * Parses a request target into a route without normalizing dot segments (a key may contain anything).
 * @param {string} target
 * @returns {{ kind: 'list' } | { kind: 'document', key: string } | null}
 */
function route(target) {
  const path = target.split('?', 1)[0];
  if (path === '/documents' || path === '/documents/') return { kind: 'list' };
  if (!path.startsWith('/documents/')) return null;
  const segment = path.slice('/documents/'.length);
  if (segment.includes('/')) return null;
  let key;
  try {
    key = decodeURIComponent(segment);
  } catch {
    throw new HttpError(400, 'invalid_key', 'The document key is not valid percent-encoded UTF-8.');
  }
  if (key.length > MAX_KEY_LENGTH) {
    throw new HttpError(414, 'key_too_long', `Document keys are limited to ${MAX_KEY_LENGTH} characters.`);
  }
  if (hasControlCharacter(key)) {
    throw new HttpError(400, 'invalid_key', 'Document keys may not contain control characters.');
  }
  return { kind: 'document', key };
}

/**
 * Entity tags listed in an If-Match / If-None-Match header.
 * @param {string} header
 */
function parseEtagList(header) {
  if (header.trim() === '*') return '*';
  return header
    .split(',')
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/**
 * Strong comparison (RFC 9110 8.8.3.2): weak tags never match for If-Match.
 * @param {string[] | '*'} list
 * @param {string} current
 */
function strongMatch(list, current) {
  return list === '*' || list.some((tag) => !tag.startsWith('W/') && tag === current);
}

/**
 * Weak comparison, used by If-None-Match.
 * @param {string[] | '*'} list
 * @param {string} current
 */
function weakMatch(list, current) {
  return list === '*' || list.some((tag) => tag.replace(/^W\//, '') === current);
}

/**
 * @param {string} header
 */
function isJsonContentType(header) {
  const type = header.split(';', 1)[0].trim().toLowerCase();
  return type === 'application/json' || /^application\/[a-z0-9.+-]+\+json$/.test(type);
}

/**
 * Reads the body up to `limit` bytes. Past the limit the rest is drained and discarded, because a
 * browser that is still uploading when the connection closes reports a network error instead of our
 * 413 (and a client would then retry forever). Only absurd sizes get the connection closed early.
 * @param {IncomingMessage} request
 * @param {number} limit
 * @returns {Promise<Buffer>}
 */
function readBody(request, limit) {
  const drainCap = Math.max(limit * 8, 16 * 1024 * 1024);
  const declared = Number(request.headers['content-length']);
  if (Number.isFinite(declared) && declared > drainCap) {
    return Promise.reject(tooLarge(limit));
  }
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    let overflow = false;
    request.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (overflow) {
        if (size > drainCap) reject(tooLarge(limit));
        return;
      }
      if (size > limit) {
        overflow = true;
        chunks.length = 0;
        return;
      }
      chunks.push(chunk);
    });
    request.on('end', () => (overflow ? reject(tooLarge(limit)) : resolve(Buffer.concat(chunks))));
    request.on('error', reject);
  });
}

/** @param {number} limit */
function tooLarge(limit) {
  return new HttpError(413, 'payload_too_large', `Documents are limited to ${limit} bytes.`);
}

/**
 * @param {number} revision
 * @param {string} body
 */
function makeEtag(revision, body) {
  const digest = createHash('sha256').update(body).digest('base64url').slice(0, 16);
  return `"${revision}-${digest}"`;
}

/**
 * @param {string} database
 */
function openDatabase(database) {
  if (database !== ':memory:' && !database.startsWith('file:')) mkdirSync(dirname(database), { recursive: true });
  const db = new Database(database);
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
    -- One database-wide counter, so an etag is never reused, even after a delete and re-create.
    CREATE TABLE IF NOT EXISTS revision (id INTEGER PRIMARY KEY CHECK (id = 1), value INTEGER NOT NULL);
    INSERT OR IGNORE INTO revision (id, value) VALUES (1, 0);
  `);
  const statements = {
    get: db.prepare('SELECT body, etag FROM documents WHERE user_id = ? AND key = ?'),
    list: db.prepare('SELECT key, etag, updated_at AS storedAt FROM documents WHERE user_id = ? ORDER BY key'),
    nextRevision: db.prepare('UPDATE revision SET value = value + 1 WHERE id = 1 RETURNING value'),
    upsert: db.prepare(`
      INSERT INTO documents (user_id, key, body, etag, updated_at) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (user_id, key) DO UPDATE SET body = excluded.body, etag = excluded.etag, updated_at = excluded.updated_at`),
    remove: db.prepare('DELETE FROM documents WHERE user_id = ? AND key = ?'),
  };
  return { db, statements };
}

/**
 * Starts the reference preferences endpoint.
 * @param {ServerOptions} [options]
 * @returns {Promise<RunningServer>}
 */
export async function startServer({
  host = '127.0.0.1',
  port = 8787,
  database = 'server/data/prefs.sqlite',
  authenticate = bearerTokenIsUserId,
  maxBodyBytes = 256 * 1024,
  allowedOrigins = '*',
  onError = (error) => console.error('[prefs-server]', error),
} = {}) {
  const { db, statements } = openDatabase(database);

  /**
   * Precondition check and write in one transaction, so two writers can never both pass If-Match.
   * @type {(user: string, key: string, body: string, ifMatch: string | undefined, ifNoneMatch: string | undefined) => { created: boolean, etag: string }}
   */
  const putDocument = db.transaction((user, key, body, ifMatch, ifNoneMatch) => {
    const current = /** @type {{ etag: string } | undefined} */ (statements.get.get(user, key));
    checkPreconditions(current, ifMatch, ifNoneMatch);
    const { value } = /** @type {{ value: number }} */ (statements.nextRevision.get());
    const etag = makeEtag(value, body);
    statements.upsert.run(user, key, body, etag, Date.now());
    return { created: !current, etag };
  });

  /** @type {(user: string, key: string, ifMatch: string | undefined, ifNoneMatch: string | undefined) => void} */
  const deleteDocument = db.transaction((user, key, ifMatch, ifNoneMatch) => {
    const current = /** @type {{ etag: string } | undefined} */ (statements.get.get(user, key));
    if (!current && ifMatch === undefined && ifNoneMatch === undefined) {
      throw new HttpError(404, 'not_found', 'No such document.');
    }
    checkPreconditions(current, ifMatch, ifNoneMatch);
    statements.remove.run(user, key);
  });

  /**
   * @param {IncomingMessage} request
   * @returns {Record<string, string>}
   */
  function corsHeaders(request) {
    const origin = request.headers.origin;
    if (allowedOrigins === '*') return { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': 'ETag' };
    /** @type {Record<string, string>} */
    const headers = { Vary: 'Origin' };
    if (typeof origin === 'string' && allowedOrigins.includes(origin)) {
      headers['Access-Control-Allow-Origin'] = origin;
      // Listed origins may send cookies (`credentials: 'include'`): a session cookie is the usual auth.
      headers['Access-Control-Allow-Credentials'] = 'true';
      headers['Access-Control-Expose-Headers'] = 'ETag';
    }
    return headers;
  }

  /**
   * @param {IncomingMessage} request
   * @param {ServerResponse} response
   * @param {number} status
   * @param {string | null} body
   * @param {Record<string, string>} [headers]
   */
  function send(request, response, status, body, headers = {}) {
    response.writeHead(status, {
      'Cache-Control': 'no-store',
      'X-Content-Type-Options': 'nosniff',
      ...corsHeaders(request),
      ...(body === null
        ? {}
        : { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(body)) }),
      ...headers,
    });
    response.end(body ?? undefined);
  }

  /**
   * @param {IncomingMessage} request
   * @param {ServerResponse} response
   */
  async function handle(request, response) {
    const method = request.method ?? 'GET';
    if (method === 'OPTIONS') {
      // A preflight is answered before the key is validated: a failed preflight reaches the page as
      // an opaque network error, and the client could not tell a bad key from an outage.
      send(request, response, 204, null, {
        'Access-Control-Allow-Methods': 'GET, HEAD, PUT, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': 'Authorization, Content-Type, If-Match, If-None-Match',
        'Access-Control-Max-Age': '600',
      });
      return;
    }
    const target = route(request.url ?? '/');
    if (!target) throw new HttpError(404, 'not_found', 'Unknown route. Documents live under /documents.');

    const allowed = allowFor(target).split(', ');
    if (!allowed.includes(method)) {
      throw new HttpError(405, 'method_not_allowed', `${method} is not supported here.`, { Allow: allowFor(target) });
    }

    const user = await authenticate(request);
    if (typeof user !== 'string' || user === '') {
      throw new HttpError(401, 'unauthenticated', 'Send Authorization: Bearer <token>.', {
        'WWW-Authenticate': 'Bearer realm="tailorkit-preferences"',
      });
    }

    if (target.kind === 'list') {
      send(request, response, 200, JSON.stringify({ documents: statements.list.all(user) }));
      return;
    }

    const { key } = target;
    const ifMatch = headerValue(request, 'if-match');
    const ifNoneMatch = headerValue(request, 'if-none-match');

    if (method === 'GET' || method === 'HEAD') {
      const row = /** @type {{ body: string, etag: string } | undefined} */ (statements.get.get(user, key));
      if (!row) throw new HttpError(404, 'not_found', 'No such document.');
      if (ifNoneMatch !== undefined && weakMatch(parseEtagList(ifNoneMatch), row.etag)) {
        send(request, response, 304, null, { ETag: row.etag });
        return;
      }
      send(request, response, 200, row.body, { ETag: row.etag });
      return;
    }

    if (method === 'DELETE') {
      deleteDocument(user, key, ifMatch, ifNoneMatch);
      send(request, response, 204, null);
      return;
    }

    // PUT
    const contentType = request.headers['content-type'];
    if (typeof contentType !== 'string' || !isJsonContentType(contentType)) {
      throw new HttpError(415, 'unsupported_media_type', 'Send the document as application/json.');
    }
    const raw = await readBody(request, maxBodyBytes);
    let parsed;
    try {
      parsed = JSON.parse(raw.toString('utf8'));
    } catch {
      throw new HttpError(400, 'invalid_json', 'The body is not valid JSON.');
    }
    const problem = storedRecordProblem(parsed);
    if (problem) throw new HttpError(422, 'invalid_record', `Not a stored preferences record: ${problem}.`);
    const body = JSON.stringify(parsed);
    const { created, etag } = putDocument(user, key, body, ifMatch, ifNoneMatch);
    send(request, response, created ? 201 : 200, JSON.stringify({ key, etag }), { ETag: etag });
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error) => {
      if (response.headersSent) {
        response.destroy();
        return;
      }
      if (error instanceof HttpError) {
        // Unread request bodies would otherwise leave the client writing into a closed stream.
        if (!request.complete) response.setHeader('Connection', 'close');
        send(
          request,
          response,
          error.status,
          JSON.stringify({ error: { code: error.code, message: error.message } }),
          error.headers,
        );
        return;
      }
      onError(error);
      send(request, response, 500, JSON.stringify({ error: { code: 'internal', message: 'Internal server error.' } }));
    });
  });
  server.headersTimeout = 20_000;
  server.requestTimeout = 30_000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve(undefined);
    });
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const hostForUrl = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closing;
  return {
    url: `http://${hostForUrl}:${address.port}`,
    close() {
      closing ??= new Promise((resolve) => {
        server.close(() => {
          db.close();
          resolve(undefined);
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/**
 * @param {{ etag: string } | undefined} current
 * @param {string | undefined} ifMatch
 * @param {string | undefined} ifNoneMatch
 */
function checkPreconditions(current, ifMatch, ifNoneMatch) {
  if (ifMatch !== undefined) {
    if (!current || !strongMatch(parseEtagList(ifMatch), current.etag)) {
      throw new HttpError(
        412,
        'precondition_failed',
        'The document changed since you read it: read it again and merge.',
      );
    }
    return;
  }
  if (ifNoneMatch !== undefined) {
    if (current && weakMatch(parseEtagList(ifNoneMatch), current.etag)) {
      throw new HttpError(412, 'precondition_failed', 'The document already exists: read it and merge.');
    }
    return;
  }
  if (current) {
    throw new HttpError(428, 'precondition_required', 'Send If-Match with the etag you read to change this document.');
  }
}

/**
 * @param {{ kind: 'list' } | { kind: 'document' }} target
 */
function allowFor(target) {
  return target.kind === 'list' ? 'GET, HEAD, OPTIONS' : 'GET, HEAD, PUT, DELETE, OPTIONS';
}

/**
 * @param {IncomingMessage} request
 * @param {string} name
 * @returns {string | undefined}
 */
function headerValue(request, name) {
  const value = request.headers[name];
  return Array.isArray(value) ? value.join(', ') : value;
}
