import type { ReadResult } from './adapter.js';
import type { DocumentOptions, DocumentStatus, FieldError } from './document-types.js';
import { PreferencesError, type PreferencesErrorCode } from './errors.js';
import { deepEqual, deepFreeze, isPlainObject, toJson, withoutProtoKeys } from './json.js';
import { merge, removeAt, toPath, type Patch } from './patch.js';
import { describe, isStoredRecord } from './record.js';

/** What storage holds as far as a document knows. */
export interface Synced {
  state: 'absent' | 'present' | 'corrupt' | 'unknown';
  /** The stored user layer as loaded (migrated, validated). */
  patch: Patch;
  etag?: string;
  /** Stored in an older schema version: write the migrated layer back. */
  stale?: boolean;
  /** The stored text when it could not be used: copied to `<key>.corrupt` before a change replaces it. */
  unusable?: string;
}

/** A read taken in: what storage holds, the status it gives the document and the problems found. */
export interface Loaded extends Synced {
  status: DocumentStatus;
  errors: PreferencesError[];
}

/**
 * What a document accepts: its schema version, library defaults, migrations and validator. Turns what
 * storage answers into a user layer (version checks, migrations, validation, dropped `__proto__` keys)
 * and tells whether a whole value, e.g. a personalized default or a merge, may be shown.
 */
export class DocumentSchema<T> {
  readonly version: number;
  readonly library: T;
  readonly #key: string;
  readonly #options: DocumentOptions<T>;

  constructor(key: string, options: DocumentOptions<T>) {
    const version = options.version ?? 1;
    if (!Number.isSafeInteger(version) || version < 1) {
      throw new RangeError(`preferences "${key}": version must be an integer from 1, got ${version}`);
    }
    this.#key = key;
    this.#options = options;
    this.version = version;
    this.library = deepFreeze(toJson(options.defaults));
  }

  /** Reads a stored record into a user layer over `base`: version checks, migrations, validation. */
  hydrate(read: ReadResult, base: unknown): Loaded {
    const error = (code: PreferencesErrorCode, message: string): PreferencesError =>
      new PreferencesError(code, this.#key, message);
    switch (read.status) {
      case 'absent':
        return { state: 'absent', patch: undefined, status: 'ready', errors: [] };
      case 'unavailable':
        return { state: 'unknown', patch: undefined, status: 'degraded', errors: [error('unavailable', read.error)] };
      case 'corrupt':
        return {
          state: 'corrupt',
          patch: undefined,
          unusable: read.raw,
          status: 'degraded',
          errors: [error('corrupt', read.error)],
        };
    }
    const { record, etag } = read;
    const stored = { state: 'present', etag } as const;
    const unusable = stringify(record);
    if (!isStoredRecord(record)) {
      return {
        ...stored,
        unusable,
        patch: undefined,
        status: 'degraded',
        errors: [error('corrupt', 'not a preferences record')],
      };
    }
    if (record.version > this.version) {
      const message = `stored by schema version ${record.version}, newer than ${this.version}: read-only`;
      return {
        ...stored,
        patch: this.check(record.user, base).patch,
        status: 'read-only',
        errors: [error('newer-version', message)],
      };
    }
    let user = record.user;
    try {
      for (let version = record.version + 1; version <= this.version; version++) {
        const migration = this.#options.migrations?.[version];
        if (migration) user = migration(user);
      }
      user = toJson(user);
    } catch (cause) {
      const message = `migration from version ${record.version} to ${this.version} failed: ${describe(cause)}`;
      return {
        ...stored,
        unusable,
        patch: undefined,
        status: 'degraded',
        errors: [error('migration-failed', message)],
      };
    }
    const { patch, errors } = this.check(user, base);
    const clean = errors.length === 0;
    return {
      ...stored,
      ...(patch === undefined && user !== undefined ? { unusable } : {}),
      patch,
      stale: clean && record.version < this.version,
      status: clean ? (read.pending ? 'unsaved' : 'ready') : 'degraded',
      errors,
    };
  }

  /** Drops what does not validate from a loaded user layer: single fields if it can, else all of it. */
  check(user: Patch, base: unknown): { patch: Patch; errors: PreferencesError[] } {
    if (user === undefined) return { patch: user, errors: [] };
    const unusable = (why: string) => ({
      patch: undefined,
      errors: [new PreferencesError('corrupt', this.#key, `the stored value ${why}; showing defaults`)],
    });
    try {
      const errors: PreferencesError[] = [];
      user = this.clean(user, errors);
      const value = deepFreeze(merge(base, user));
      if (!sameKind(this.library, value)) return unusable('has the wrong shape');
      const verdict = this.#options.validate?.(value);
      if (verdict === false) return unusable('failed validation');
      let patch: Patch = user;
      for (const field of Array.isArray(verdict) ? (verdict as readonly FieldError[]) : []) {
        const path = toPath(field.path);
        const without = removeAt(patch, path);
        if (deepEqual(without, patch)) continue; // not the user's data: nothing of theirs to drop
        patch = without;
        const message = `dropped invalid field "${path.join('.')}"${field.message ? `: ${field.message}` : ''}`;
        errors.push(new PreferencesError('invalid-field', this.#key, message, path));
      }
      return { patch, errors };
    } catch (cause) {
      return unusable(`could not be checked (${describe(cause)})`);
    }
  }

  /**
   * Drops own `__proto__` keys from a value (see `withoutProtoKeys`); each goes into `errors` as an
   * `invalid-field` problem.
   */
  clean(value: unknown, errors: PreferencesError[]): unknown {
    const { value: cleaned, dropped } = withoutProtoKeys(value);
    for (const path of dropped) {
      const message = `dropped the key "__proto__" at "${path.join('.')}": it would replace an object's prototype when copied`;
      errors.push(new PreferencesError('invalid-field', this.#key, message, path));
    }
    return cleaned;
  }

  /** Whether a whole value passes the document's checks (its kind, and the validator). */
  accepts(value: unknown): boolean {
    if (!sameKind(this.library, value)) return false;
    const verdict = this.#options.validate?.(value);
    return verdict !== false && !(Array.isArray(verdict) && verdict.length > 0);
  }

  /** What the document's checks say about a personalized partial, in words. */
  problem(partial: unknown): string {
    const value = merge(this.library, partial);
    if (!sameKind(this.library, value)) return `expected ${kindOf(this.library)}, got ${kindOf(value)}`;
    const verdict = this.#options.validate?.(value);
    if (!Array.isArray(verdict)) return 'rejected by the validator';
    return (verdict as readonly FieldError[])
      .map((field) => `"${toPath(field.path).join('.')}"${field.message ? ` ${field.message}` : ' is invalid'}`)
      .join(', ');
  }
}

/** Whether a loaded value still has the kind of the library defaults (object, list, string…). */
function sameKind(library: unknown, value: unknown): boolean {
  if (isPlainObject(library)) return isPlainObject(value);
  if (Array.isArray(library)) return Array.isArray(value);
  return library === null || value === null || typeof library === typeof value;
}

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isPlainObject(value)) return 'an object';
  return value === null ? 'null' : `a ${typeof value}`;
}
