import type { Resolution } from '../personalize/resolve.js';
import type { PreferencesAdapter } from './adapter.js';
import type { PreferencesError } from './errors.js';
import type { Patch, Path, WholeAt } from './patch.js';

/**
 * - `loading`: the first read has not answered yet (defaults show, changes apply in memory at once);
 * - `ready`: in sync with storage;
 * - `unsaved`: changes wait in the adapter's offline queue and are saved when it reaches storage;
 * - `degraded`: storage failed or holds unusable data (see `lastError`); changes are kept in memory;
 * - `read-only`: stored by a newer schema version.
 */
export type DocumentStatus = 'loading' | 'ready' | 'unsaved' | 'degraded' | 'read-only';

/** Upgrades the user's layer (a partial of the value, see `Patch`) from the previous schema version. */
export type Migration = (user: unknown) => unknown;

export interface FieldError {
  path: Path;
  message?: string;
}

/**
 * Checks a loaded value (library defaults, personalized defaults and the stored user layer merged).
 * Return `true`/nothing when it is fine, `false` when it is unusable as a whole, or the invalid fields:
 * those are dropped from the user's layer and the rest is kept.
 */
export type Validator = (value: unknown) => boolean | readonly FieldError[] | void;

export interface DocumentOptions<T> {
  /** Schema version, an integer from 1 (the default). */
  version?: number;
  /** Library defaults: the complete value a user without customizations or personalization sees. */
  defaults: T;
  /** `{ 2: up1to2, 3: up2to3 }`: each upgrades the user's layer from the version before it. */
  migrations?: Readonly<Record<number, Migration>>;
  validate?: Validator;
  /**
   * Paths whose value is one whole, e.g. a dashboard's layout at one column count: the user's layer
   * stores it entire once changed, so a different default below never mixes into it field by field.
   */
  whole?: WholeAt;
  /**
   * How a change made here is replayed on a concurrent one from another tab or device (a conditional
   * write refused): from the value both started with (`ancestor`), this page's (`ours`) and the one
   * stored meanwhile (`theirs`), the value to store. Without it, the user's layer is replayed field by
   * field and ours wins where both changed the same thing. What it returns is validated; a value that
   * fails keeps theirs. `stored` says when `theirs` was stored (see {@link RebaseContext}), so a change
   * made here before it can give way to it.
   */
  rebase?: (ancestor: T, ours: T, theirs: T, stored: RebaseContext) => T;
}

/** What a document knows about the value another tab or device stored, when it merges a change onto it. */
export interface RebaseContext {
  /**
   * When `theirs` was stored (`StoredRecord.updatedAt`, milliseconds by the clock of the page that
   * wrote it); undefined when nothing is stored or the time is not known. A change made here after
   * it is newer than everything in it; one made before it may have been superseded by it.
   */
  at?: number;
}

export interface SetOptions {
  /**
   * `false` stages the change: the value updates and subscribers hear of it, but nothing is written
   * until `commit()` (for drags that change the value many times a second). Default `true`.
   */
  commit?: boolean;
}

/** How a change was saved. Expected failures are results, not rejections. */
export type SaveResult =
  | { status: 'ok' | 'queued' | 'staged' }
  | { status: 'quota' | 'unavailable' | 'conflict' | 'read-only'; error: PreferencesError };

export interface Layers<T> {
  /** The library defaults. */
  readonly library: T;
  /** The personalized partial in effect, if any (none while personalization is off). */
  readonly personalized: unknown;
  /** Library and personalized defaults merged: what `reset()` shows. */
  readonly base: T;
  /** The user's layer, a patch over `base` (see `Patch`); `undefined` when they changed nothing. */
  readonly user: Patch;
  /** Why the personalized defaults apply ("Suggested for the Sales role"), or why they do not. */
  readonly reason?: string;
  readonly variant?: string;
  /** Whether the user has personalization switched on. */
  readonly personalization: boolean;
}

/** `load`: first read; `local`: this page changed it; `external`: another tab or device did;
 * `defaults`: personalized defaults changed; `save`: a write finished (the status may have changed). */
export type ChangeSource = 'load' | 'local' | 'external' | 'defaults' | 'save';

export interface DocumentChange<T> {
  readonly value: T;
  readonly status: DocumentStatus;
  readonly source: ChangeSource;
}

/** What a store provides to its documents. */
export interface DocumentHost {
  readonly adapter: PreferencesAdapter;
  /** Settles once the store knows whether personalization is switched on. */
  readonly settled: Promise<unknown>;
  personalization(): boolean;
  resolve(key: string): Promise<Resolution>;
  report(error: PreferencesError): void;
  /** Milliseconds the first read may take before the document shows defaults as `degraded` (default 2500). */
  readonly loadTimeout?: number;
}
