import type { Resolution } from '../personalize/resolve.js';
import type { ExternalChange, ReadResult } from './adapter.js';
import { PreferencesError, type PreferencesErrorCode } from './errors.js';
import { deepEqual, deepFreeze, toJson } from './json.js';
import { diff, getAt, merge, rebase, removeAt, toPath, type Patch, type Path, type PathSegment } from './patch.js';
import { describe } from './record.js';
import type {
  ChangeSource,
  DocumentChange,
  DocumentHost,
  DocumentOptions,
  DocumentStatus,
  Layers,
  RebaseContext,
  SaveResult,
  SetOptions,
} from './document-types.js';
import { DocumentStorage } from './document-storage.js';
import { DocumentSchema, type Synced } from './schema.js';
import { WriteScheduler } from './write-scheduler.js';

export type {
  ChangeSource,
  DocumentChange,
  DocumentHost,
  DocumentOptions,
  DocumentStatus,
  FieldError,
  Layers,
  Migration,
  RebaseContext,
  SaveResult,
  SetOptions,
  Validator,
} from './document-types.js';

interface Snapshot {
  value: unknown;
  user: Patch;
  status: DocumentStatus;
  reason?: string;
  variant?: string;
}

/** Conditional writes that keep losing to other writers give up after this many tries. */
const MAX_ATTEMPTS = 5;
/** How long the first read may take before the document stops waiting for it. */
export const LOAD_TIMEOUT = 2500;

/**
 * One preferences document: the effective value of `library < personalized < user`, kept in sync with
 * storage. Open it with `preferences.open(key, options)`.
 *
 * Changes apply at once in memory and are written coalesced: every `set` in one task makes one
 * write, and staged changes (`{ commit: false }`) are written only by `commit()`.
 */
export class PreferenceDocument<T> {
  readonly key: string;
  /** Resolves (never rejects) when the document has loaded, whatever its status. */
  readonly ready: Promise<PreferenceDocument<T>>;
  readonly #host: DocumentHost;
  readonly #schema: DocumentSchema<T>;
  readonly #storage: DocumentStorage;
  readonly #options: DocumentOptions<T>;
  #personalized: Resolution = {};
  #base: T;
  #current: T;
  #state: DocumentStatus = 'loading';
  #error?: PreferencesError;
  /** The user's layer in memory, staged changes included. */
  #user: Patch;
  /** The user's layer as it should be stored. */
  #committed: Patch;
  #synced: Synced = { state: 'unknown', patch: undefined };
  /** A write the adapter accepted but storage has not confirmed (an offline queue): tentative. */
  #queued?: { patch: Patch };
  #published: Snapshot;
  readonly #listeners = new Set<(change: DocumentChange<T>) => void>();
  readonly #errorListeners = new Set<(error: PreferencesError) => void>();
  /** Reads and writes of this document run one after another; writes are coalesced. */
  readonly #writes = new WriteScheduler(() => this.#save());
  #resolving = 0;
  #fallbackReported = false;
  #disposed = false;

  /** @internal Documents are opened through `preferences.open()`. */
  constructor(key: string, options: DocumentOptions<T>, host: DocumentHost) {
    this.#schema = new DocumentSchema(key, options);
    this.#storage = new DocumentStorage(key, this.#schema.version, host);
    this.key = key;
    this.#host = host;
    this.#options = options;
    this.#base = this.#current = this.#schema.library;
    this.#published = this.#snapshot();
    this.ready = this.#writes.serialize(() => this.#load()).then(() => this);
  }

  /** The effective value. Frozen: change it with `set` or `update`. */
  get value(): T {
    return this.#current;
  }

  get status(): DocumentStatus {
    return this.#state;
  }

  get layers(): Layers<T> {
    const { value, reason, variant } = this.#personalized;
    return Object.freeze({
      library: this.#schema.library,
      personalized: value,
      base: this.#base,
      user: this.#user,
      reason,
      variant,
      personalization: this.#host.personalization(),
    });
  }

  /** The most recent problem, kept after the document recovers (the status says whether it has). */
  get lastError(): PreferencesError | undefined {
    return this.#error;
  }

  /**
   * Replaces the value. Only what differs from the defaults below is stored, so a field set to the
   * value it already shows is not a change: it keeps following its default.
   */
  set(next: T, options?: SetOptions): Promise<SaveResult> {
    return this.#change(options, () => this.#diff(this.#clean(toJson(next))));
  }

  /** Changes the value through `recipe`, which edits a mutable copy or returns the next value. */
  update(recipe: (draft: T) => T | void, options?: SetOptions): Promise<SaveResult> {
    return this.#change(options, () => {
      const draft = toJson(this.#current);
      const next = recipe(draft);
      return this.#diff(this.#clean(toJson(next === undefined ? draft : next)));
    });
  }

  /**
   * Deletes the user's layer, or what it says at `path` ('a.b', or ['widgets', id] inside lists of
   * records), so the personalized or library default shows through. Never copies defaults into it.
   */
  reset(path?: Path, options?: SetOptions): Promise<SaveResult> {
    return this.#change(options, () => (path === undefined ? undefined : removeAt(this.#user, toPath(path))));
  }

  /** Writes staged changes (one write however many were staged). */
  commit(): Promise<SaveResult> {
    this.#committed = this.#user;
    return this.#writes.schedule(true);
  }

  /** Drops staged changes: the value returns to the last committed one (a drag cancelled with Escape). */
  revert(): void {
    this.#user = this.#committed;
    this.#recompute('local');
  }

  /** Whether the user's value differs from the defaults below it, at `path` or anywhere. */
  isCustomized(path: Path = []): boolean {
    const at = toPath(path);
    return !deepEqual(getAt(this.#current, at), getAt(this.#base, at));
  }

  /** Calls `listener` on every change of value, layers or status, from here, other tabs or devices. */
  subscribe(listener: (change: DocumentChange<T>) => void): () => void {
    this.#listeners.add(listener);
    return () => void this.#listeners.delete(listener);
  }

  onError(listener: (error: PreferencesError) => void): () => void {
    this.#errorListeners.add(listener);
    return () => void this.#errorListeners.delete(listener);
  }

  /** @internal Storage says the document changed elsewhere (`change` as the adapter reported it). */
  refresh(change?: ExternalChange): Promise<void> {
    return this.#writes.serialize(async () => {
      if (isRejection(change) && this.#queued) {
        // Storage refused a queued write for good: it is not saved, so the next change writes again.
        this.#queued = undefined;
        this.#fail('unavailable', `storage refused the change: ${change.error}`);
      }
      if (this.#integrate(await this.#storage.read(), 'external')) void this.#writes.schedule(false);
    });
  }

  /** @internal Asks the defaults provider again (the context or the personalization switch changed). */
  async refreshDefaults(publish = true): Promise<void> {
    const ticket = ++this.#resolving;
    const resolution = this.#host.personalization() ? await this.#host.resolve(this.key) : {};
    if (ticket !== this.#resolving || this.#disposed) return;
    try {
      this.#personalized = { ...resolution, value: deepFreeze(toJson(resolution.value)) };
    } catch (error) {
      this.#personalized = { error: describe(error), reason: 'Personalized defaults could not be used' };
    }
    if (this.#personalized.error) {
      this.#report('provider-failed', `defaults provider failed: ${this.#personalized.error}`);
    } else if (
      this.#personalized.value !== undefined &&
      !this.#schema.accepts(merge(this.#schema.library, this.#personalized.value))
    ) {
      // A default of the wrong shape is not used, nor explained as if it were.
      const message = `the personalized default for "${this.key}" does not fit the document (${this.#schema.problem(this.#personalized.value)}); library defaults are shown`;
      this.#personalized = {};
      console.warn(`[tailorkit] ${message}`);
      this.#report('invalid-default', message);
    }
    this.#recompute(publish ? 'defaults' : undefined);
  }

  /** @internal Writes committed changes still waiting, drops staged ones, stops notifying. */
  dispose(): Promise<void> {
    this.#writes.flush();
    this.#disposed = true;
    this.#listeners.clear();
    this.#errorListeners.clear();
    return this.#writes.idle();
  }

  /**
   * The first read starts at once, next to the store's read of the personalization switch, and gets
   * a deadline: storage that accepts a connection and never answers must not keep the document
   * loading. Past it the defaults show as `degraded`, and the late answer is merged when it comes.
   */
  async #load(): Promise<void> {
    const reading = this.#storage.read();
    const timeout = this.#host.loadTimeout ?? LOAD_TIMEOUT;
    const [read] = await Promise.all([
      withDeadline(reading, timeout),
      this.#host.settled.then(() => this.refreshDefaults(false)),
    ]);
    if (read !== undefined) {
      if (this.#integrate(read, 'load')) void this.#writes.schedule(false);
      return;
    }
    this.#state = 'degraded';
    this.#report('unavailable', `storage did not answer within ${timeout} ms: showing defaults, changes are kept`);
    this.#recompute('load');
    void reading.then((late) =>
      this.#writes.serialize(() => {
        // A save may have read or written since: then this answer is older than what is known.
        if (this.#synced.state === 'unknown' && this.#integrate(late, 'external')) void this.#writes.schedule(false);
        return Promise.resolve();
      }),
    );
  }

  /** Changes apply at once, also while loading: the write waits its turn behind the first read. */
  #change(options: SetOptions = {}, compute: () => Patch): Promise<SaveResult> {
    if (this.#state === 'read-only') return Promise.resolve(this.#refuse());
    if (this.#disposed) return Promise.resolve(this.#fail('unavailable', 'the preferences store was disposed'));
    try {
      this.#user = deepFreeze(compute());
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    const commit = options.commit ?? true;
    if (commit) this.#committed = this.#user;
    this.#recompute('local');
    return commit ? this.#writes.schedule(false) : Promise.resolve({ status: 'staged' });
  }

  /**
   * Takes in what storage holds, keeping local changes that are not stored yet (they are replayed on
   * top, so a concurrent edit of another field survives). Returns whether a write is due.
   */
  #integrate(read: ReadResult, source: 'load' | 'external'): boolean {
    if (source === 'external' && (read.status === 'unavailable' || this.#isSynced(read))) return false;
    const loaded = this.#schema.hydrate(read, this.#base);
    // A queued write counts as unsaved: storage may hold it by now, or a concurrent edit instead.
    // On `load` only changes made while loading are pending.
    const pending = this.#queued !== undefined || this.#needsWrite(this.#committed);
    const unsaved = loaded.status !== 'read-only' && pending;
    this.#queued = undefined;
    const staged = loaded.status !== 'read-only' && this.#user !== this.#committed;
    const before = this.#committed;
    // A queued value read back (`pending`) is this page's own, not a change stored elsewhere.
    const at = read.status === 'present' && !read.pending ? read.record.updatedAt : undefined;
    const stored: RebaseContext = typeof at === 'number' ? { at } : {};
    this.#committed = deepFreeze(
      unsaved ? this.#rebase(this.#synced.patch, this.#committed, loaded.patch, stored) : loaded.patch,
    );
    this.#user = staged ? deepFreeze(this.#rebase(before, this.#user, this.#committed, stored)) : this.#committed;
    this.#synced = loaded;
    this.#state = this.#withFallback(loaded.status);
    for (const error of loaded.errors) this.#emitError(error);
    this.#recompute(source);
    return unsaved || (loaded.stale === true && loaded.status === 'ready');
  }

  /** The user's layer that gives `next`, kept as close to the current one as it can be. */
  #diff(next: unknown): Patch {
    return diff(this.#base, next, this.#user, this.#current, this.#options.whole);
  }

  /** Replays `ours` (a layer made from `ancestor`) on `theirs`, as the document declares it merges. */
  #rebase(ancestor: Patch, ours: Patch, theirs: Patch, stored: RebaseContext): Patch {
    const { rebase: declared, whole } = this.#options;
    if (declared) {
      try {
        const value = (layer: Patch): T => deepFreeze(merge(this.#base, layer) as T);
        const merged = toJson(declared(value(ancestor), value(ours), value(theirs), stored));
        if (this.#schema.accepts(merged)) return diff(this.#base, merged, theirs, undefined, whole);
      } catch (error) {
        this.#report('conflict', `merging a concurrent change failed: ${describe(error)}; keeping the stored value`);
      }
      return theirs;
    }
    return rebase(this.#base, ancestor, ours, theirs, whole);
  }

  async #save(): Promise<SaveResult> {
    try {
      for (let attempt = 1; ; attempt++) {
        if (this.#state === 'read-only') return this.#refuse();
        if (this.#synced.state === 'unknown') {
          // Never read successfully: look before writing, so a stored document is merged, not replaced.
          const read = await this.#storage.read();
          if (read.status !== 'unavailable') {
            this.#integrate(read, 'external');
            continue;
          }
        }
        const patch = this.#committed;
        if (!this.#needsWrite(patch)) return { status: 'ok' };
        if (this.#synced.unusable !== undefined) {
          const kept = await this.#keepUnusable(this.#synced.unusable);
          if (kept) return kept;
        }
        const result = await this.#storage.put(patch, this.#synced);
        if (result.status === 'ok' || result.status === 'queued') {
          if (result.status === 'ok') {
            this.#synced = { state: patch === undefined ? 'absent' : 'present', patch, etag: result.etag };
            this.#queued = undefined;
          } else {
            this.#queued = { patch };
          }
          this.#state = result.status === 'queued' ? 'unsaved' : this.#withFallback('ready');
          this.#publish('save');
          return { status: result.status };
        }
        if (result.status !== 'conflict') return this.#fail(result.status, result.error);
        if (attempt >= MAX_ATTEMPTS) return this.#fail('conflict', `still conflicting after ${attempt} attempts`);
        if (result.current.status === 'unavailable') this.#synced = { state: 'unknown', patch: this.#synced.patch };
        else this.#integrate(result.current, 'external');
      }
    } catch (error) {
      return this.#fail('unavailable', describe(error));
    }
  }

  /**
   * Copies stored data the document could not use aside (see `DocumentStorage.keepAside`) before a
   * change replaces it, and says where it went. Answers a failure when no copy could be made: then
   * nothing is overwritten.
   */
  async #keepUnusable(raw: string): Promise<SaveResult | undefined> {
    const kept = await this.#storage.keepAside(raw);
    if (kept.status !== 'ok') {
      const why = kept.status === 'conflict' ? '' : `: ${kept.error}`;
      return this.#fail(kept.status, `the unusable stored data could not be kept aside, so it was not replaced${why}`);
    }
    this.#synced = { ...this.#synced, unusable: undefined };
    this.#report(
      'corrupt',
      `the unusable stored data (${raw.length} characters) was kept in "${kept.key}" before the change replaced it`,
    );
    return undefined;
  }

  /** Drops own `__proto__` keys from a value the page gave, reporting each (see `DocumentSchema.clean`). */
  #clean(value: unknown): unknown {
    const errors: PreferencesError[] = [];
    const cleaned = this.#schema.clean(value, errors);
    for (const error of errors) this.#emitError(error);
    return cleaned;
  }

  #needsWrite(patch: Patch): boolean {
    if (this.#queued) return !deepEqual(patch, this.#queued.patch);
    const { state, patch: stored, stale } = this.#synced;
    if (state === 'present') return stale === true || !deepEqual(patch, stored);
    return patch !== undefined;
  }

  #isSynced(read: ReadResult): boolean {
    const { state, etag, patch } = this.#synced;
    if (read.status === 'absent') return state === 'absent';
    if (read.status !== 'present' || state !== 'present') return false;
    return read.etag !== undefined ? read.etag === etag : deepEqual(read.record.user, patch);
  }

  #recompute(source: ChangeSource | undefined): void {
    const base = deepFreeze(merge(this.#schema.library, this.#personalized.value) as T);
    this.#base = deepEqual(base, this.#base) ? this.#base : base;
    const value = deepFreeze(merge(this.#base, this.#user) as T);
    this.#current = deepEqual(value, this.#current) ? this.#current : value;
    if (source) this.#publish(source);
  }

  #snapshot(): Snapshot {
    const { reason, variant } = this.#personalized;
    return { value: this.#current, user: this.#user, status: this.#state, reason, variant };
  }

  /** Tells subscribers, if anything they can see changed. */
  #publish(source: ChangeSource): void {
    const next = this.#snapshot();
    if (deepEqual(next, this.#published)) return;
    this.#published = next;
    const change: DocumentChange<T> = { value: this.#current, status: this.#state, source };
    for (const listener of [...this.#listeners]) {
      try {
        listener(change);
      } catch (error) {
        queueMicrotask(() => {
          throw error; // a broken subscriber must not keep the others from hearing of the change
        });
      }
    }
  }

  /** A store that fell back to memory is degraded: changes will not survive a reload. */
  #withFallback(status: DocumentStatus): DocumentStatus {
    const fallback = this.#host.adapter.fallback;
    if (!fallback || status !== 'ready') return status;
    if (!this.#fallbackReported) {
      this.#fallbackReported = true;
      this.#report('unavailable', `${fallback.reason}; keeping preferences in ${fallback.kind} only`);
    }
    return 'degraded';
  }

  #refuse(): SaveResult {
    const error = this.#report('read-only', 'stored by a newer version of the app; it is read-only here');
    return { status: 'read-only', error };
  }

  #fail(code: 'quota' | 'unavailable' | 'conflict', message: string): SaveResult {
    const error = this.#report(code, message);
    if (this.#state === 'ready' || this.#state === 'unsaved') this.#state = 'degraded';
    this.#publish('save');
    return { status: code, error };
  }

  #report(code: PreferencesErrorCode, message: string, path?: readonly PathSegment[]): PreferencesError {
    const error = new PreferencesError(code, this.key, message, path);
    this.#emitError(error);
    return error;
  }

  #emitError(error: PreferencesError): void {
    this.#error = error;
    for (const listener of [...this.#errorListeners]) listener(error);
    this.#host.report(error);
  }
}

/** An adapter's report that it dropped a queued write for good (HttpAdapter: `reason: 'rejected'`). */
function isRejection(change: ExternalChange | undefined): change is ExternalChange & { error: string } {
  const { reason, error } = (change ?? {}) as { reason?: unknown; error?: unknown };
  return reason === 'rejected' && typeof error === 'string';
}

/** The promise's value, or `undefined` once `ms` have passed without one. */
function withDeadline<R>(promise: Promise<R>, ms: number): Promise<R | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}
