import type { ReadResult, StoredRecord } from './adapter.js';
import { message } from './http-request.js';

/**
 * A record as the endpoint takes it: only the three fields, in a fixed order (the endpoint rejects
 * others, and the duplicate check after a 412 compares bytes). Throws when the record is not JSON.
 */
export function recordBody(record: StoredRecord): string {
  return JSON.stringify({ version: record.version, user: record.user, updatedAt: record.updatedAt });
}

/** A response body as a read result: a stored record, or `corrupt` saying what is wrong with it. */
export function parseRecord(text: string, etag: string | undefined): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return { status: 'corrupt', raw: text, error: `Not JSON: ${message(error)}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { status: 'corrupt', raw: text, error: 'Not a stored record: expected a JSON object' };
  }
  const { version, user, updatedAt } = value as Record<string, unknown>;
  // Schema versions start at 1 here, in the document and on the endpoint alike.
  if (typeof version !== 'number' || !Number.isSafeInteger(version) || version < 1) {
    return { status: 'corrupt', raw: text, error: 'Not a stored record: "version" is not an integer from 1' };
  }
  if (!('user' in value)) return { status: 'corrupt', raw: text, error: 'Not a stored record: "user" is missing' };
  if (typeof updatedAt !== 'number' || !Number.isFinite(updatedAt)) {
    return { status: 'corrupt', raw: text, error: 'Not a stored record: "updatedAt" is not a number' };
  }
  const record: StoredRecord = { version, user, updatedAt };
  return etag === undefined ? { status: 'present', record } : { status: 'present', record, etag };
}
