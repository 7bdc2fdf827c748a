import type { PreferencesAdapter, ReadResult, StoredRecord, WriteOptions, WriteResult } from './adapter.js';
import type { Patch } from './patch.js';
import { describe } from './record.js';
import type { Synced } from './schema.js';

/** Where unusable stored data is kept when a change replaces it: `<key>` + this suffix. */
export const CORRUPT_SUFFIX = '.corrupt';

/** Where a document's adapter comes from (read on every call). */
interface StorageHost {
  readonly adapter: PreferencesAdapter;
}

/**
 * One document's record in storage: reads, writes conditional on what the document last saw, and
 * the copy of unusable data kept aside. Every call answers a result: an adapter that rejects (a bug)
 * gives `unavailable`.
 */
export class DocumentStorage {
  readonly #key: string;
  readonly #version: number;
  readonly #host: StorageHost;

  constructor(key: string, version: number, host: StorageHost) {
    this.#key = key;
    this.#version = version;
    this.#host = host;
  }

  read(): Promise<ReadResult> {
    return settle(() => this.#host.adapter.read(this.#key));
  }

  /** Stores `patch` (removes the record when it is empty) if storage still holds what `synced` says. */
  put(patch: Patch, synced: Synced): Promise<WriteResult> {
    const { adapter } = this.#host;
    const { state, etag } = synced;
    const options: WriteOptions =
      state === 'present' && etag !== undefined ? { ifMatch: etag } : state === 'absent' ? { ifNoneMatch: '*' } : {};
    const record: StoredRecord = { version: this.#version, user: patch, updatedAt: Date.now() };
    return settle(() =>
      patch === undefined ? adapter.remove(this.#key, options) : adapter.write(this.#key, record, options),
    );
  }

  /**
   * Copies stored text the document could not use to `<key>.corrupt`, or a timestamped key when that
   * is taken (never over an earlier copy). Answers the key it went to, or why no copy could be made.
   */
  async keepAside(
    raw: string,
  ): Promise<{ status: 'ok'; key: string } | { status: 'quota' | 'unavailable' | 'conflict'; error: string }> {
    const { adapter } = this.#host;
    const record: StoredRecord = { version: this.#version, user: { raw }, updatedAt: Date.now() };
    for (const key of [this.#key + CORRUPT_SUFFIX, `${this.#key}${CORRUPT_SUFFIX}-${record.updatedAt}`]) {
      const result = await settle(() => adapter.write(key, record, { ifNoneMatch: '*' }));
      if (result.status === 'conflict') continue;
      if (result.status === 'ok' || result.status === 'queued') return { status: 'ok', key };
      return { status: result.status, error: result.error };
    }
    return { status: 'conflict', error: 'both places for the copy are taken' };
  }
}

/** Runs an adapter call; a rejection (an adapter bug) becomes `unavailable` instead of escaping. */
async function settle<R extends { status: string }>(
  call: () => Promise<R>,
): Promise<R | { status: 'unavailable'; error: string }> {
  try {
    return await call();
  } catch (error) {
    return { status: 'unavailable', error: describe(error) };
  }
}
