import type { PathSegment } from './patch.js';

/**
 * - `corrupt`: stored bytes are not a readable record of the right shape (they are kept untouched).
 * - `invalid-field`: one field failed validation and was dropped; the rest was kept.
 * - `migration-failed`: a migration threw; nothing was written, the stored original is untouched.
 * - `newer-version`: the record comes from a newer schema; the document is read-only.
 * - `quota`: storage is full; the change is kept in memory and a later write retries it.
 * - `unavailable`: storage cannot be reached or is missing; changes are kept in memory.
 * - `conflict`: concurrent edits elsewhere kept winning and the write gave up for now.
 * - `provider-failed`: the defaults provider failed; library defaults are shown.
 * - `invalid-default`: the provider's value for a document failed its validator; library defaults
 *   are shown, without a reason.
 * - `read-only`: a change was refused because the document is read-only.
 */
export type PreferencesErrorCode =
  | 'corrupt'
  | 'invalid-field'
  | 'migration-failed'
  | 'newer-version'
  | 'quota'
  | 'unavailable'
  | 'conflict'
  | 'provider-failed'
  | 'invalid-default'
  | 'read-only';

export class PreferencesError extends Error {
  override readonly name = 'PreferencesError';

  constructor(
    readonly code: PreferencesErrorCode,
    /** The document key. */
    readonly key: string,
    message: string,
    /** For `invalid-field`: where the dropped field was. */
    readonly path?: readonly PathSegment[],
  ) {
    super(message);
  }
}
