import { hash53 } from '../personalize/hash.js';
import type { ReadResult, StoredRecord, WriteOptions, WriteResult } from './adapter.js';
import { isPlainObject } from './json.js';

export const ABSENT: ReadResult = Object.freeze({ status: 'absent' });

export function isStoredRecord(value: unknown): value is StoredRecord {
  return (
    isPlainObject(value) &&
    Number.isSafeInteger(value.version) &&
    (value.version as number) >= 1 &&
    Object.hasOwn(value, 'user') &&
    (value.updatedAt === undefined || typeof value.updatedAt === 'number')
  );
}

/** Etags of string-backed adapters are a hash of the stored bytes: every tab computes the same one. */
export function etagOf(raw: string): string {
  return hash53(raw).toString(36);
}

/** Reads stored bytes: a record, or `corrupt` with the bytes kept. */
export function parseRecord(raw: string): ReadResult {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return { status: 'corrupt', raw, error: `not JSON: ${(error as Error).message}` };
  }
  if (!isStoredRecord(value)) return { status: 'corrupt', raw, error: 'not a preferences record { version, user }' };
  return { status: 'present', record: value, etag: etagOf(raw) };
}

/** The conflict a conditional write runs into, given the bytes stored now (`null`: none). */
export function precondition(current: string | null, options: WriteOptions | undefined): WriteResult | undefined {
  const exists = current !== null;
  const failed =
    (options?.ifNoneMatch === '*' && exists) ||
    (options?.ifMatch !== undefined && (!exists || etagOf(current) !== options.ifMatch));
  if (!failed) return undefined;
  return { status: 'conflict', current: exists ? parseRecord(current) : ABSENT };
}

export function isQuotaError(error: unknown): boolean {
  const { name, code } = (error ?? {}) as { name?: string; code?: number };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22 || code === 1014;
}

export function describe(error: unknown): string {
  if (error instanceof Error || (typeof error === 'object' && error !== null && 'message' in error)) {
    const { name, message } = error as { name?: string; message: string };
    return name ? `${name}: ${message}` : message;
  }
  return String(error);
}
