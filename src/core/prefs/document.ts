import type { Resolution } from '../personalize/resolve.js';
import type {
  ExternalChange,
  PreferencesAdapter,
  ReadResult,
  StoredRecord,
  WriteOptions,
  WriteResult,
} from './adapter.js';
import { PreferencesError, type PreferencesErrorCode } from './errors.js';
import { deepEqual, deepFreeze, isPlainObject, toJson, withoutProtoKeys } from './json.js';
import {
  diff,
  getAt,
  merge,
  rebase,
  removeAt,
  toPath,
  type Patch,
  type Path,
  type PathSegment,
  type WholeAt,
} from './patch.js';
import { describe, isStoredRecord } from './record.js';

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
   * fails keeps theirs.
   */
  rebase?: (ancestor: T, ours: T, theirs: T) => T;
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

/** What storage holds as far as this document knows. */
interface Synced {
  state: 'absent' | 'present' | 'corrupt' | 'unknown';
  /** The stored user layer as loaded (migrated, validated). */
  patch: Patch;
  etag?: string;
  /** Stored in an older schema version: write the migrated layer back. */
  stale?: boolean;
  /** The stored text when it could not be used: copied to `<key>.corrupt` before a change replaces it. */
  unusable?: string;
}

interface Loaded extends Synced {
  status: DocumentStatus;
  errors: PreferencesError[];
}

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
/** Where unusable stored data is kept when a change replaces it: `<key>` + this suffix. */
export const CORRUPT_SUFFIX = '.corrupt';

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
  private readonly host: DocumentHost;
  private readonly version: number;
  private readonly library: T;
  private readonly options: DocumentOptions<T>;
  private personalized: Resolution = {};
  private base: T;
  private current: T;
  private state: DocumentStatus = 'loading';
  private error?: PreferencesError;
  /** The user's layer in memory, staged changes included. */
  private user: Patch;
  /** The user's layer as it should be stored. */
  private committed: Patch;
  private synced: Synced = { state: 'unknown', patch: undefined };
  /** A write the adapter accepted but storage has not confirmed (an offline queue): tentative. */
  private queued?: { patch: Patch };
  private published: Snapshot;
  private readonly listeners = new Set<(change: DocumentChange<T>) => void>();
  private readonly errorListeners = new Set<(error: PreferencesError) => void>();
  /** Reads and writes of this document run one after another. */
  private queue: Promise<unknown> = Promise.resolve();
  private pending?: { promise: Promise<SaveResult>; resolve: (result: SaveResult) => void };
  private timer?: ReturnType<typeof setTimeout>;
  private resolving = 0;
  private fallbackReported = false;
  private disposed = false;

  /** @internal Documents are opened through `preferences.open()`. */
  constructor(key: string, options: DocumentOptions<T>, host: DocumentHost) {
    const version = options.version ?? 1;
    if (!Number.isSafeInteger(version) || version < 1) {
      throw new RangeError(`preferences "${key}": version must be an integer from 1, got ${version}`);
    }
    this.key = key;
    this.host = host;
    this.version = version;
    this.options = options;
    this.library = deepFreeze(toJson(options.defaults));
    this.base = this.current = this.library;
    this.published = this.snapshot();
    this.ready = this.serialize(() => this.load()).then(() => this);
  }

  /** The effective value. Frozen: change it with `set` or `update`. */
  get value(): T {
    return this.current;
  }

  get status(): DocumentStatus {
    return this.state;
  }

  get layers(): Layers<T> {
    const { value, reason, variant } = this.personalized;
    return Object.freeze({
      library: this.library,
      personalized: value,
      base: this.base,
      user: this.user,
      reason,
      variant,
      personalization: this.host.personalization(),
    });
  }

  /** The most recent problem, kept after the document recovers (the status says whether it has). */
  get lastError(): PreferencesError | undefined {
    return this.error;
  }

  /**
   * Replaces the value. Only what differs from the defaults below is stored, so a field set to the
   * value it already shows is not a change: it keeps following its default.
   */
  set(next: T, options?: SetOptions): Promise<SaveResult> {
    return this.change(options, () => this.diff(toJson(next)));
  }

  /** Changes the value through `recipe`, which edits a mutable copy or returns the next value. */
  update(recipe: (draft: T) => T | void, options?: SetOptions): Promise<SaveResult> {
    return this.change(options, () => {
      const draft = toJson(this.current);
      const next = recipe(draft);
      return this.diff(toJson(next === undefined ? draft : next));
    });
  }

  /**
   * Deletes the user's layer, or what it says at `path` ('a.b', or ['widgets', id] inside lists of
   * records), so the personalized or library default shows through. Never copies defaults into it.
   */
  reset(path?: Path, options?: SetOptions): Promise<SaveResult> {
    return this.change(options, () => (path === undefined ? undefined : removeAt(this.user, toPath(path))));
  }

  /** Writes staged changes (one write however many were staged). */
  commit(): Promise<SaveResult> {
    this.committed = this.user;
    return this.schedule(true);
  }

  /** Drops staged changes: the value returns to the last committed one (a drag cancelled with Escape). */
  revert(): void {
    this.user = this.committed;
    this.recompute('local');
  }

  /** Whether the user's value differs from the defaults below it, at `path` or anywhere. */
  isCustomized(path: Path = []): boolean {
    const at = toPath(path);
    return !deepEqual(getAt(this.current, at), getAt(this.base, at));
  }

  /** Calls `listener` on every change of value, layers or status, from here, other tabs or devices. */
  subscribe(listener: (change: DocumentChange<T>) => void): () => void {
    this.listeners.add(listener);
    return () => void this.listeners.delete(listener);
  }

  onError(listener: (error: PreferencesError) => void): () => void {
    this.errorListeners.add(listener);
    return () => void this.errorListeners.delete(listener);
  }

  /** @internal Storage says the document changed elsewhere (`change` as the adapter reported it). */
  refresh(change?: ExternalChange): Promise<void> {
    return this.serialize(async () => {
      if (isRejection(change) && this.queued) {
        // Storage refused a queued write for good: it is not saved, so the next change writes again.
        this.queued = undefined;
        this.fail('unavailable', `storage refused the change: ${change.error}`);
      }
      if (this.integrate(await this.read(), 'external')) void this.schedule(false);
    });
  }

  /** @internal Asks the defaults provider again (the context or the personalization switch changed). */
  async refreshDefaults(publish = true): Promise<void> {
    const ticket = ++this.resolving;
    const resolution = this.host.personalization() ? await this.host.resolve(this.key) : {};
    if (ticket !== this.resolving || this.disposed) return;
    try {
      this.personalized = { ...resolution, value: deepFreeze(toJson(resolution.value)) };
    } catch (error) {
      this.personalized = { error: describe(error), reason: 'Personalized defaults could not be used' };
    }
    if (this.personalized.error) {
      this.report('provider-failed', `defaults provider failed: ${this.personalized.error}`);
    } else if (this.personalized.value !== undefined && !this.accepts(merge(this.library, this.personalized.value))) {
      // A default of the wrong shape is not used, nor explained as if it were.
      const message = `the personalized default for "${this.key}" does not fit the document (${this.problem(this.personalized.value)}); library defaults are shown`;
      this.personalized = {};
      console.warn(`[tailorkit] ${message}`);
      this.report('invalid-default', message);
    }
    this.recompute(publish ? 'defaults' : undefined);
  }

  /** @internal Writes committed changes still waiting, drops staged ones, stops notifying. */
  dispose(): Promise<void> {
    if (this.pending) this.flush();
    this.disposed = true;
    this.listeners.clear();
    this.errorListeners.clear();
    return this.queue.then(() => undefined);
  }

  /**
   * The first read starts at once, next to the store's read of the personalization switch, and gets
   * a deadline: storage that accepts a connection and never answers must not keep the document
   * loading. Past it the defaults show as `degraded`, and the late answer is merged when it comes.
   */
  private async load(): Promise<void> {
    const reading = this.read();
    const timeout = this.host.loadTimeout ?? LOAD_TIMEOUT;
    const [read] = await Promise.all([
      withDeadline(reading, timeout),
      this.host.settled.then(() => this.refreshDefaults(false)),
    ]);
    if (read !== undefined) {
      if (this.integrate(read, 'load')) void this.schedule(false);
      return;
    }
    this.state = 'degraded';
    this.report('unavailable', `storage did not answer within ${timeout} ms: showing defaults, changes are kept`);
    this.recompute('load');
    void reading.then((late) =>
      this.serialize(() => {
        // A save may have read or written since: then this answer is older than what is known.
        if (this.synced.state === 'unknown' && this.integrate(late, 'external')) void this.schedule(false);
        return Promise.resolve();
      }),
    );
  }

  /** Changes apply at once, also while loading: the write waits its turn behind the first read. */
  private change(options: SetOptions = {}, compute: () => Patch): Promise<SaveResult> {
    if (this.state === 'read-only') return Promise.resolve(this.refuse());
    if (this.disposed) return Promise.resolve(this.fail('unavailable', 'the preferences store was disposed'));
    try {
      this.user = deepFreeze(this.clean(compute()));
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
    const commit = options.commit ?? true;
    if (commit) this.committed = this.user;
    this.recompute('local');
    return commit ? this.schedule(false) : Promise.resolve({ status: 'staged' });
  }

  /**
   * Takes in what storage holds, keeping local changes that are not stored yet (they are replayed on
   * top, so a concurrent edit of another field survives). Returns whether a write is due.
   */
  private integrate(read: ReadResult, source: 'load' | 'external'): boolean {
    if (source === 'external' && (read.status === 'unavailable' || this.isSynced(read))) return false;
    const loaded = this.hydrate(read);
    // A queued write counts as unsaved: storage may hold it by now, or a concurrent edit instead.
    // On `load` only changes made while loading are pending.
    const pending = this.queued !== undefined || this.needsWrite(this.committed);
    const unsaved = loaded.status !== 'read-only' && pending;
    this.queued = undefined;
    const staged = loaded.status !== 'read-only' && this.user !== this.committed;
    const before = this.committed;
    this.committed = deepFreeze(unsaved ? this.rebase(this.synced.patch, this.committed, loaded.patch) : loaded.patch);
    this.user = staged ? deepFreeze(this.rebase(before, this.user, this.committed)) : this.committed;
    this.synced = loaded;
    this.state = this.withFallback(loaded.status);
    for (const error of loaded.errors) this.emitError(error);
    this.recompute(source);
    return unsaved || (loaded.stale === true && loaded.status === 'ready');
  }

  /** The user's layer that gives `next`, kept as close to the current one as it can be. */
  private diff(next: unknown): Patch {
    return diff(this.base, next, this.user, this.current, this.options.whole);
  }

  /** Replays `ours` (a layer made from `ancestor`) on `theirs`, as the document declares it merges. */
  private rebase(ancestor: Patch, ours: Patch, theirs: Patch): Patch {
    const { rebase: declared, whole } = this.options;
    if (declared) {
      try {
        const value = (layer: Patch): T => deepFreeze(merge(this.base, layer) as T);
        const merged = toJson(declared(value(ancestor), value(ours), value(theirs)));
        if (this.accepts(merged)) return diff(this.base, merged, theirs, undefined, whole);
      } catch (error) {
        this.report('conflict', `merging a concurrent change failed: ${describe(error)}; keeping the stored value`);
      }
      return theirs;
    }
    return rebase(this.base, ancestor, ours, theirs, whole);
  }

  /** What the document's checks say about a personalized partial, in words. */
  private problem(partial: unknown): string {
    const value = merge(this.library, partial);
    if (!sameKind(this.library, value)) return `expected ${kindOf(this.library)}, got ${kindOf(value)}`;
    const verdict = this.options.validate?.(value);
    if (!Array.isArray(verdict)) return 'rejected by the validator';
    return (verdict as readonly FieldError[])
      .map((field) => `"${toPath(field.path).join('.')}"${field.message ? ` ${field.message}` : ' is invalid'}`)
      .join(', ');
  }

  /** Whether a whole value passes the document's checks (its kind, and the validator). */
  private accepts(value: unknown): boolean {
    if (!sameKind(this.library, value)) return false;
    const verdict = this.options.validate?.(value);
    return verdict !== false && !(Array.isArray(verdict) && verdict.length > 0);
  }

  /** Reads a stored record into a user layer: version checks, migrations, validation. */
  private hydrate(read: ReadResult): Loaded {
    const error = (code: PreferencesErrorCode, message: string): PreferencesError =>
      new PreferencesError(code, this.key, message);
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
        patch: this.check(record.user).patch,
        status: 'read-only',
        errors: [error('newer-version', message)],
      };
    }
    let user = record.user;
    try {
      for (let version = record.version + 1; version <= this.version; version++) {
        const migration = this.options.migrations?.[version];
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
    const { patch, errors } = this.check(user);
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
  private check(user: Patch): { patch: Patch; errors: PreferencesError[] } {
    if (user === undefined) return { patch: user, errors: [] };
    const unusable = (why: string) => ({
      patch: undefined,
      errors: [new PreferencesError('corrupt', this.key, `the stored value ${why}; showing defaults`)],
    });
    try {
      const errors: PreferencesError[] = [];
      user = this.clean(user, errors);
      const value = deepFreeze(merge(this.base, user));
      if (!sameKind(this.library, value)) return unusable('has the wrong shape');
      const verdict = this.options.validate?.(value);
      if (verdict === false) return unusable('failed validation');
      let patch: Patch = user;
      for (const field of Array.isArray(verdict) ? (verdict as readonly FieldError[]) : []) {
        const path = toPath(field.path);
        const without = removeAt(patch, path);
        if (deepEqual(without, patch)) continue; // not the user's data: nothing of theirs to drop
        patch = without;
        const message = `dropped invalid field "${path.join('.')}"${field.message ? `: ${field.message}` : ''}`;
        errors.push(new PreferencesError('invalid-field', this.key, message, path));
      }
      return { patch, errors };
    } catch (cause) {
      return unusable(`could not be checked (${describe(cause)})`);
    }
  }

  private async save(): Promise<SaveResult> {
    try {
      for (let attempt = 1; ; attempt++) {
        if (this.state === 'read-only') return this.refuse();
        if (this.synced.state === 'unknown') {
          // Never read successfully: look before writing, so a stored document is merged, not replaced.
          const read = await this.read();
          if (read.status !== 'unavailable') {
            this.integrate(read, 'external');
            continue;
          }
        }
        const patch = this.committed;
        if (!this.needsWrite(patch)) return { status: 'ok' };
        if (this.synced.unusable !== undefined) {
          const kept = await this.keepUnusable(this.synced.unusable);
          if (kept) return kept;
        }
        const result = await this.put(patch);
        if (result.status === 'ok' || result.status === 'queued') {
          if (result.status === 'ok') {
            this.synced = { state: patch === undefined ? 'absent' : 'present', patch, etag: result.etag };
            this.queued = undefined;
          } else {
            this.queued = { patch };
          }
          this.state = result.status === 'queued' ? 'unsaved' : this.withFallback('ready');
          this.publish('save');
          return { status: result.status };
        }
        if (result.status !== 'conflict') return this.fail(result.status, result.error);
        if (attempt >= MAX_ATTEMPTS) return this.fail('conflict', `still conflicting after ${attempt} attempts`);
        if (result.current.status === 'unavailable') this.synced = { state: 'unknown', patch: this.synced.patch };
        else this.integrate(result.current, 'external');
      }
    } catch (error) {
      return this.fail('unavailable', describe(error));
    }
  }

  /**
   * Copies stored data the document could not use to `<key>.corrupt` (never over an earlier copy)
   * before a change replaces it, and says where it went. Answers a failure when no copy could be
   * made: then nothing is overwritten.
   */
  private async keepUnusable(raw: string): Promise<SaveResult | undefined> {
    const { adapter } = this.host;
    const record: StoredRecord = { version: this.version, user: { raw }, updatedAt: Date.now() };
    for (const key of [this.key + CORRUPT_SUFFIX, `${this.key}${CORRUPT_SUFFIX}-${record.updatedAt}`]) {
      const result = await settle(() => adapter.write(key, record, { ifNoneMatch: '*' }));
      if (result.status === 'conflict') continue;
      if (result.status !== 'ok' && result.status !== 'queued') {
        return this.fail(
          result.status,
          `the unusable stored data could not be kept aside, so it was not replaced: ${result.error}`,
        );
      }
      this.synced = { ...this.synced, unusable: undefined };
      this.report(
        'corrupt',
        `the unusable stored data (${raw.length} characters) was kept in "${key}" before the change replaced it`,
      );
      return undefined;
    }
    return this.fail('conflict', 'the unusable stored data could not be kept aside, so it was not replaced');
  }

  /** Drops own `__proto__` keys from a value and reports each (see `withoutProtoKeys`). */
  private clean(value: unknown, errors?: PreferencesError[]): unknown {
    const { value: cleaned, dropped } = withoutProtoKeys(value);
    for (const path of dropped) {
      const message = `dropped the key "__proto__" at "${path.join('.')}": it would replace an object's prototype when copied`;
      const problem = new PreferencesError('invalid-field', this.key, message, path);
      if (errors) errors.push(problem);
      else this.emitError(problem);
    }
    return cleaned;
  }

  private needsWrite(patch: Patch): boolean {
    if (this.queued) return !deepEqual(patch, this.queued.patch);
    const { state, patch: stored, stale } = this.synced;
    if (state === 'present') return stale === true || !deepEqual(patch, stored);
    return patch !== undefined;
  }

  private isSynced(read: ReadResult): boolean {
    const { state, etag, patch } = this.synced;
    if (read.status === 'absent') return state === 'absent';
    if (read.status !== 'present' || state !== 'present') return false;
    return read.etag !== undefined ? read.etag === etag : deepEqual(read.record.user, patch);
  }

  private put(patch: Patch): Promise<WriteResult> {
    const { adapter } = this.host;
    const { state, etag } = this.synced;
    const options: WriteOptions =
      state === 'present' && etag !== undefined ? { ifMatch: etag } : state === 'absent' ? { ifNoneMatch: '*' } : {};
    const record: StoredRecord = { version: this.version, user: patch, updatedAt: Date.now() };
    return settle(() =>
      patch === undefined ? adapter.remove(this.key, options) : adapter.write(this.key, record, options),
    );
  }

  private read(): Promise<ReadResult> {
    return settle(() => this.host.adapter.read(this.key));
  }

  private schedule(now: boolean): Promise<SaveResult> {
    if (!this.pending) {
      let resolve!: (result: SaveResult) => void;
      const promise = new Promise<SaveResult>((done) => (resolve = done));
      this.pending = { promise, resolve };
    }
    const { promise } = this.pending;
    if (now) this.flush();
    else this.timer ??= setTimeout(() => this.flush(), 0);
    return promise;
  }

  private flush(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    const pending = this.pending;
    this.pending = undefined;
    if (pending) void this.serialize(() => this.save()).then(pending.resolve);
  }

  private serialize<R>(task: () => Promise<R>): Promise<R> {
    const run = this.queue.then(task);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private recompute(source: ChangeSource | undefined): void {
    const base = deepFreeze(merge(this.library, this.personalized.value) as T);
    this.base = deepEqual(base, this.base) ? this.base : base;
    const value = deepFreeze(merge(this.base, this.user) as T);
    this.current = deepEqual(value, this.current) ? this.current : value;
    if (source) this.publish(source);
  }

  private snapshot(): Snapshot {
    const { reason, variant } = this.personalized;
    return { value: this.current, user: this.user, status: this.state, reason, variant };
  }

  /** Tells subscribers, if anything they can see changed. */
  private publish(source: ChangeSource): void {
    const next = this.snapshot();
    if (deepEqual(next, this.published)) return;
    this.published = next;
    const change: DocumentChange<T> = { value: this.current, status: this.state, source };
    for (const listener of [...this.listeners]) {
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
  private withFallback(status: DocumentStatus): DocumentStatus {
    const fallback = this.host.adapter.fallback;
    if (!fallback || status !== 'ready') return status;
    if (!this.fallbackReported) {
      this.fallbackReported = true;
      this.report('unavailable', `${fallback.reason}; keeping preferences in ${fallback.kind} only`);
    }
    return 'degraded';
  }

  private refuse(): SaveResult {
    const error = this.report('read-only', 'stored by a newer version of the app; it is read-only here');
    return { status: 'read-only', error };
  }

  private fail(code: 'quota' | 'unavailable' | 'conflict', message: string): SaveResult {
    const error = this.report(code, message);
    if (this.state === 'ready' || this.state === 'unsaved') this.state = 'degraded';
    this.publish('save');
    return { status: code, error };
  }

  private report(code: PreferencesErrorCode, message: string, path?: readonly PathSegment[]): PreferencesError {
    const error = new PreferencesError(code, this.key, message, path);
    this.emitError(error);
    return error;
  }

  private emitError(error: PreferencesError): void {
    this.error = error;
    for (const listener of [...this.errorListeners]) listener(error);
    this.host.report(error);
  }
}

/** An adapter's report that it dropped a queued write for good (HttpAdapter: `reason: 'rejected'`). */
function isRejection(change: ExternalChange | undefined): change is ExternalChange & { error: string } {
  const { reason, error } = (change ?? {}) as { reason?: unknown; error?: unknown };
  return reason === 'rejected' && typeof error === 'string';
}

/** Whether a loaded value still has the kind of the library defaults (object, list, string…). */
function sameKind(library: unknown, value: unknown): boolean {
  if (isPlainObject(library)) return isPlainObject(value);
  if (Array.isArray(library)) return Array.isArray(value);
  return library === null || value === null || typeof library === typeof value;
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

function stringify(value: unknown): string {
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

/** The promise's value, or `undefined` once `ms` have passed without one. */
function withDeadline<R>(promise: Promise<R>, ms: number): Promise<R | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const deadline = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  return Promise.race([promise, deadline]).finally(() => clearTimeout(timer));
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'a list';
  if (isPlainObject(value)) return 'an object';
  return value === null ? 'null' : `a ${typeof value}`;
}
