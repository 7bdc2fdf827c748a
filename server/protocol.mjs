// What every storage of the reference endpoint shares: the error type, the precondition and limit
// rules (evaluated by each storage inside its database transaction), and etags.
import { randomBytes } from 'node:crypto';

export class HttpError extends Error {
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
 * The request's preconditions, parsed: entity-tag lists, `'*'`, or undefined when absent.
 * @typedef {{ ifMatch?: string[] | '*', ifNoneMatch?: string[] | '*' }} Condition
 */

/**
 * Per-user limits, checked with the write.
 * @typedef {{ maxDocuments: number, maxUserBytes: number }} Limits
 */

/**
 * The current row of a document as a storage sees it inside its transaction.
 * @typedef {{ etag: string, size: number } | undefined} Current
 */

/**
 * @param {string | undefined} header
 * @returns {string[] | '*' | undefined}
 */
export function parseEtagList(header) {
  if (header === undefined) return undefined;
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
export function weakMatch(list, current) {
  return list === '*' || list.some((tag) => tag.replace(/^W\//, '') === current);
}

const FAILED = 'The document changed since you read it: read it again and merge.';

/**
 * The precondition rules of PUT and DELETE (RFC 9110 13.2.2 order), plus this protocol's own: an
 * existing document is replaced or deleted only with If-Match (or, for a PUT, If-None-Match: *,
 * which then fails). Throws the HttpError to answer; returns when the write may go ahead.
 * @param {Current} current
 * @param {Condition} condition
 * @param {'PUT' | 'DELETE'} method
 */
export function checkPreconditions(current, { ifMatch, ifNoneMatch }, method) {
  if (ifMatch !== undefined && (!current || !strongMatch(ifMatch, current.etag))) {
    throw new HttpError(412, 'precondition_failed', FAILED);
  }
  if (ifNoneMatch !== undefined && current && weakMatch(ifNoneMatch, current.etag)) {
    const message = ifNoneMatch === '*' ? 'The document already exists: read it and merge.' : FAILED;
    throw new HttpError(412, 'precondition_failed', message);
  }
  if (current && ifMatch === undefined) {
    throw new HttpError(
      428,
      'precondition_required',
      `Send If-Match with the etag you read to ${method === 'PUT' ? 'replace' : 'delete'} this document.`,
    );
  }
  if (!current && method === 'DELETE' && ifMatch === undefined) {
    throw new HttpError(404, 'not_found', 'No such document.');
  }
}

/**
 * @param {{ count: number, bytes: number }} others the user's other documents
 * @param {number} size the new body's size in bytes
 * @param {Limits} limits
 */
export function checkLimits(others, size, limits) {
  if (others.count + 1 > limits.maxDocuments) {
    throw new HttpError(
      507,
      'too_many_documents',
      `You have ${others.count} documents, the limit per user: delete one before creating another.`,
    );
  }
  if (others.bytes + size > limits.maxUserBytes) {
    throw new HttpError(
      507,
      'user_storage_full',
      `Your documents would take ${others.bytes + size} bytes, over the ${limits.maxUserBytes} bytes allowed per user.`,
    );
  }
}

/**
 * A fresh strong etag for every write: random, so it never repeats (not after a delete and re-create
 * either) and tells nobody how many writes happened anywhere.
 */
export function newEtag() {
  return `"${randomBytes(12).toString('base64url')}"`;
}
