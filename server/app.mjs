// Reference HTTP endpoint for Tailorkit's HttpAdapter: per-user preference documents in SQLite (the
// default) or PostgreSQL (several instances behind one address), see server/README.md.
//
// Protocol (JSON over REST, every route except OPTIONS needs an authenticated user):
//   GET    /documents?after=&limit= -> 200 { documents: [{ key, etag, storedAt }], next? }  (own documents
//                                     only, by key, a page at a time; `next` is the `after` of the next
//                                     page; storedAt is the server's clock, the record's updatedAt the client's)
//   GET    /documents/{key}        -> 200 StoredRecord + ETag | 304 (If-None-Match) | 404
//   PUT    /documents/{key}        -> 201 created | 200 replaced, body { key, etag } + ETag
//                                     If-Match: <etag> | If-None-Match: * are honoured (412 on mismatch);
//                                     replacing an existing document without If-Match is 428; 507 past
//                                     the per-user document count or bytes, 413 past the body limit.
//   DELETE /documents/{key}        -> 204 | 404 | 412 | 428 (If-Match required when the document exists)
// Errors are always { error: { code, message } } with a 4xx/5xx status, never a stack trace.
//
// The server is a development and integration aid: it is not part of the library's runtime and its
// dependencies (better-sqlite3, pg) are devDependencies.

import { createServer } from 'node:http';
import { HttpError, parseEtagList, weakMatch } from './protocol.mjs';
import { sqliteStorage } from './storage/sqlite.mjs';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/**
 * Resolves the user a request acts for, or null when it is not authenticated.
 * @typedef {(request: IncomingMessage) => string | null | undefined | Promise<string | null | undefined>} Authenticate
 */

/**
 * Where documents live. Every method is scoped to one user; `put` and `remove` check the condition
 * (see protocol.mjs `checkPreconditions`, `checkLimits`) and write in one database transaction, and
 * throw the HttpError to answer when a check fails.
 * @typedef {object} Storage
 * @property {string} kind `sqlite`, `postgres`, …
 * @property {(user: string, key: string) => Promise<{ body: string, etag: string } | undefined>} get
 * @property {(user: string, page: { after?: string, limit: number }) => Promise<{ key: string, etag: string, storedAt: number }[]>} list
 *   Documents in key order (binary), keys after `after` only.
 * @property {(user: string, key: string, body: string, condition: import('./protocol.mjs').Condition, limits: import('./protocol.mjs').Limits) => Promise<{ created: boolean, etag: string }>} put
 * @property {(user: string, key: string, condition: import('./protocol.mjs').Condition) => Promise<void>} remove
 * @property {() => Promise<void>} close
 */

/**
 * @typedef {object} ServerOptions
 * @property {string} [host] Interface to listen on (default 127.0.0.1, loopback only).
 * @property {number} [port] TCP port; 0 picks a free one (default 8787).
 * @property {string} [database] SQLite file path, or ':memory:' (default server/data/prefs.sqlite).
 * @property {Storage} [storage] Another storage instead (e.g. `await postgresStorage({ connectionString })`);
 *   closed with the server.
 * @property {Authenticate} [authenticate] Identifies the user (default: {@link bearerTokenIsUserId}).
 * @property {boolean} [allowDevAuthOnNetwork] Start with the default authenticator on a HOST that is not
 *   loopback (default false: it refuses, since anyone could act as anyone).
 * @property {number} [maxBodyBytes] Largest accepted PUT body in bytes (default 256 KiB); larger is 413.
 * @property {number} [maxDocumentsPerUser] Documents one user may keep (default 1000); past it 507.
 * @property {number} [maxBytesPerUser] Bytes of all of one user's documents (default 16 MiB); past it 507.
 * @property {number} [pageSize] Documents per page of the list, the most `limit` may ask for (default 100).
 * @property {number} [maxConnections] Open connections at once; more are refused (default 1000).
 * @property {number} [headersTimeoutMs] Time to receive a request's headers (default 10 s).
 * @property {number} [requestTimeoutMs] Time to receive a whole request, body included (default 30 s).
 * @property {'*' | string[]} [allowedOrigins] Origins allowed by CORS (default '*').
 * @property {(error: unknown) => void} [onError] Receives unexpected errors (default console.error);
 *   clients only ever see a generic 500.
 */

/**
 * @typedef {object} RunningServer
 * @property {string} url Base URL, e.g. http://127.0.0.1:8787 (documents live under `${url}/documents`).
 * @property {string} storage The storage's kind (`sqlite`, `postgres`).
 * @property {() => Promise<void>} close Stops accepting requests, drops open connections, closes the database.
 */

/** Longest document key accepted, in UTF-16 code units (the adapter's keys are component persist-keys). */
export const MAX_KEY_LENGTH = 1024;
/** Deepest nesting of objects and arrays accepted inside `user`. */
export const MAX_DEPTH = 64;

/**
 * Bidirectional controls and zero-width characters: invisible, so two keys that look the same could
 * name different documents, and a key shown in a log or UI could read as something else.
 */
const INVISIBLE = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

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
  // Schema versions start at 1, as in the library (0 would read back as a corrupt record).
  if (!Number.isSafeInteger(record.version) || /** @type {number} */ (record.version) < 1) {
    return '"version" must be an integer from 1';
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
 * Keys are NFC-normalized, so `é` typed as one or as two code points names one document.
 * @param {string} target
 * @returns {{ kind: 'list', query: URLSearchParams } | { kind: 'document', key: string } | null}
 */
function route(target) {
  const [path, search = ''] = target.split(/\?(.*)/s, 2);
  if (path === '/documents' || path === '/documents/') return { kind: 'list', query: new URLSearchParams(search) };
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
  if (INVISIBLE.test(key)) {
    throw new HttpError(
      400,
      'invalid_key',
      'Document keys may not contain bidirectional controls or zero-width characters.',
    );
  }
  return { kind: 'document', key: key.normalize('NFC') };
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
    request.on('close', () => {
      if (!request.complete) reject(new Error('the client closed the connection mid-request'));
    });
  });
}

/** @param {number} limit */
function tooLarge(limit) {
  return new HttpError(413, 'payload_too_large', `Documents are limited to ${limit} bytes.`);
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
  storage,
  authenticate = bearerTokenIsUserId,
  allowDevAuthOnNetwork = false,
  maxBodyBytes = 256 * 1024,
  maxDocumentsPerUser = 1000,
  maxBytesPerUser = 16 * 1024 * 1024,
  pageSize = 100,
  maxConnections = 1000,
  headersTimeoutMs = 10_000,
  requestTimeoutMs = 30_000,
  allowedOrigins = '*',
  onError = (error) => console.error('[prefs-server]', error),
} = {}) {
  if (authenticate === bearerTokenIsUserId && !isLoopback(host) && !allowDevAuthOnNetwork) {
    throw new Error(
      `Refusing to listen on ${host} with the development authenticator, where anyone who can reach the ` +
        'port can act as any user. Pass a real `authenticate` (see server/README.md), keep HOST on ' +
        '127.0.0.1, or force it with allowDevAuthOnNetwork (ALLOW_DEV_AUTH=1).',
    );
  }
  const store = storage ?? sqliteStorage({ file: database });
  const limits = { maxDocuments: maxDocumentsPerUser, maxUserBytes: maxBytesPerUser };

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
      const limitText = target.query.get('limit');
      const limit = limitText === null ? pageSize : Number(limitText);
      if (!Number.isSafeInteger(limit) || limit < 1 || limit > pageSize) {
        throw new HttpError(400, 'invalid_limit', `limit must be an integer from 1 to ${pageSize}.`);
      }
      const after = target.query.get('after') ?? undefined;
      const documents = await store.list(user, { after, limit: limit + 1 });
      const more = documents.length > limit;
      const page = documents.slice(0, limit);
      send(request, response, 200, JSON.stringify({ documents: page, ...(more ? { next: page.at(-1)?.key } : {}) }));
      return;
    }

    const { key } = target;
    const condition = {
      ifMatch: parseEtagList(headerValue(request, 'if-match')),
      ifNoneMatch: parseEtagList(headerValue(request, 'if-none-match')),
    };

    if (method === 'GET' || method === 'HEAD') {
      const row = await store.get(user, key);
      if (!row) throw new HttpError(404, 'not_found', 'No such document.');
      if (condition.ifNoneMatch !== undefined && weakMatch(condition.ifNoneMatch, row.etag)) {
        send(request, response, 304, null, { ETag: row.etag });
        return;
      }
      send(request, response, 200, row.body, { ETag: row.etag });
      return;
    }

    if (method === 'DELETE') {
      await store.remove(user, key, condition);
      send(request, response, 204, null);
      return;
    }

    // PUT
    const contentType = request.headers['content-type'];
    if (typeof contentType !== 'string' || !isJsonContentType(contentType)) {
      throw new HttpError(415, 'unsupported_media_type', 'Send the document as application/json.');
    }
    const raw = await readBody(request, maxBodyBytes);
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
    } catch {
      throw new HttpError(400, 'invalid_utf8', 'The body is not valid UTF-8.');
    }
    let parsed;
    try {
      parsed = JSON.parse(text);
    } catch {
      throw new HttpError(400, 'invalid_json', 'The body is not valid JSON.');
    }
    const problem = storedRecordProblem(parsed);
    if (problem) throw new HttpError(422, 'invalid_record', `Not a stored preferences record: ${problem}.`);
    const body = JSON.stringify(parsed);
    const { created, etag } = await store.put(user, key, body, condition, limits);
    send(request, response, created ? 201 : 200, JSON.stringify({ key, etag }), { ETag: etag });
  }

  // Timeouts are checked every connectionsCheckingInterval (Node's default, 30 s, would let a slow
  // client hold a connection for that long past its deadline).
  const checkEvery = Math.max(50, Math.min(30_000, Math.floor(Math.min(headersTimeoutMs, requestTimeoutMs) / 4)));
  const server = createServer({ connectionsCheckingInterval: checkEvery }, (request, response) => {
    handle(request, response).catch((error) => {
      // A client that went away mid-request is not a server error: nobody is left to answer.
      const gone = (request.destroyed && !request.complete) || request.socket.destroyed;
      if (response.headersSent || gone) {
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
  server.headersTimeout = headersTimeoutMs;
  server.requestTimeout = requestTimeoutMs;
  server.maxConnections = maxConnections;

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
    storage: store.kind,
    close() {
      closing ??= new Promise((resolve) => {
        server.close(() => {
          void store.close().then(resolve, resolve);
        });
        server.closeAllConnections();
      });
      return closing;
    },
  };
}

/** @param {string} host */
function isLoopback(host) {
  return host === 'localhost' || host === '::1' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);
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
