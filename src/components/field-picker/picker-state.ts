import type { PersistController } from '../../base/preferences/persist-controller.js';
import { FieldSet } from '../../core/fields/field-set.js';
import {
  defaultVisibleFields,
  fieldDifferences,
  sanitizeVisible,
  type FieldDifference,
} from '../../core/fields/state.js';
import type { DroppedId } from '../../core/fields/types.js';
import type { FieldError } from '../../core/prefs/document.js';

/** The stored document of a persisted picker: `null` until something is chosen. */
export interface FieldPickerPreferences {
  visible: string[] | null;
}

export function validatePreferences(value: unknown): FieldError[] {
  const visible = (value as { visible?: unknown } | null)?.visible;
  const ok = visible === null || (Array.isArray(visible) && visible.every((id) => typeof id === 'string'));
  return ok ? [] : [{ path: 'visible', message: 'must be null or a list of field ids' }];
}

export const sameList = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** What the state needs from the element that shows it. */
export interface PickerStateHost {
  /** Whether the state is kept in a preferences document (`persist-key`). */
  persisted: () => boolean;
  /** Whether changes wait for Apply (`apply-mode="staged"`). */
  staged: () => boolean;
  /** The applied state changed by the user's hand: report it (`tk-fields-change`). */
  applied(value: string[]): void;
  /** A state named fields that do not exist (`tk-fields-error`). */
  dropped(origin: 'value' | 'stored', dropped: DroppedId[]): void;
}

/**
 * The field picker's state: the applied list of visible ids (from the host's `value`, the stored
 * preferences or the default), the staged changes over it, the default it resets to, and how the
 * shown list differs from that default (computed once per change, not once per render).
 */
export class PickerState {
  set = new FieldSet([]);
  readonly #host: PickerStateHost;
  readonly #persist: PersistController<FieldPickerPreferences>;
  #hostValue: unknown;
  #hostValueSet = false;
  /** The applied state: what `value` returns and `tk-fields-change` reported last. */
  #committed: string[] = [];
  /** Staged changes not yet applied. */
  #pending: string[] | undefined;
  /** The preferences value `#committed` was last read from or written as. */
  #syncedValue: unknown;
  /** The last state source whose dropped ids were reported, so each is reported once. */
  #reportedSource: unknown;
  #defaults: { sources: unknown[]; value: string[] } | undefined;
  #differences: { shown: string[]; defaults: string[]; value: Map<string, FieldDifference> } | undefined;

  constructor(host: PickerStateHost, persist: PersistController<FieldPickerPreferences>) {
    this.#host = host;
    this.#persist = persist;
  }

  get committed(): string[] {
    return this.#committed;
  }

  get pending(): string[] | undefined {
    return this.#pending;
  }

  /** The state the picker shows: staged changes over the applied state. */
  get shown(): string[] {
    return this.#pending ?? this.#committed;
  }

  set hostValue(value: unknown) {
    this.#hostValue = value;
    this.#hostValueSet = true;
  }

  /** The default the picker resets to and marks differences from. */
  get defaults(): string[] {
    const persisted = this.#host.persisted();
    const base: unknown = persisted ? this.#persist.layers.base.visible : undefined;
    const sources = [this.set, persisted, base, this.#hostValueSet, this.#hostValue];
    const cached = this.#defaults;
    if (cached && cached.sources.every((source, i) => source === sources[i])) return cached.value;
    let value: string[];
    if (persisted && Array.isArray(base)) value = sanitizeVisible(this.set, base).value;
    else if (persisted && this.#hostValueSet) value = sanitizeVisible(this.set, this.#hostValue).value;
    else value = defaultVisibleFields(this.set);
    this.#defaults = { sources, value };
    return value;
  }

  /** The fields the shown state differs from the default in: visibility or place. */
  get differences(): Map<string, FieldDifference> {
    const shown = this.shown;
    const defaults = this.defaults;
    const cached = this.#differences;
    if (cached?.shown === shown && cached.defaults === defaults) return cached.value;
    const value = fieldDifferences(this.set, shown, defaults);
    this.#differences = { shown, defaults, value };
    return value;
  }

  /** How many fields staged changes touch (at least 1 for an order change alone), 0 without any. */
  get pendingCount(): number {
    return this.#pending ? fieldDifferences(this.set, this.#pending, this.#committed).size || 1 : 0;
  }

  /** Reads the applied state from its source: the preferences document, or the host's value. */
  sync(force: boolean): void {
    const document = this.#persist;
    if (this.#host.persisted()) {
      if (document.status === 'loading') {
        if (force) this.#adopt(this.defaults, undefined, 'value');
        return;
      }
      if (!force && document.value === this.#syncedValue) return;
      this.#syncedValue = document.value;
      const stored = document.isCustomized('visible') ? document.value.visible : null;
      if (stored) this.#adopt(sanitizeVisible(this.set, stored).value, stored, 'stored');
      else this.#adopt(this.defaults, this.#hostValue, 'value');
    } else if (force) {
      const source = this.#hostValueSet ? this.#hostValue : undefined;
      this.#adopt(source === undefined ? this.defaults : sanitizeVisible(this.set, source).value, source, 'value');
    }
  }

  /** Makes `next` the applied state (no event: it did not come from the user) and reports dropped ids once. */
  #adopt(next: string[], source: unknown, origin: 'value' | 'stored'): void {
    this.#committed = next;
    this.#pending = undefined;
    if (source === undefined || source === this.#reportedSource) return;
    this.#reportedSource = source;
    const { dropped } = sanitizeVisible(this.set, source);
    if (dropped.length > 0) this.#host.dropped(origin, dropped);
  }

  /** A change by the user: staged, or applied, stored and reported. Whether anything changed. */
  change(next: string[]): boolean {
    if (sameList(this.shown, next)) return false;
    if (this.#host.staged()) this.#pending = sameList(next, this.#committed) ? undefined : next;
    else this.#commit(next);
    return true;
  }

  #commit(next: string[]): void {
    this.#committed = next;
    this.#pending = undefined;
    if (this.#host.persisted()) {
      if (sameList(next, this.defaults)) void this.#persist.reset();
      else void this.#persist.set({ visible: next });
      this.#syncedValue = this.#persist.value;
    }
    this.#host.applied([...next]);
  }

  /** The default again: applied at once (and the stored choice removed), or staged. */
  resetToDefault(): void {
    const next = this.defaults;
    if (!this.#host.persisted() || this.#host.staged()) {
      this.change(next);
      return;
    }
    this.#committed = next;
    this.#pending = undefined;
    void this.#persist.reset();
    this.#syncedValue = this.#persist.value;
    this.#host.applied([...next]);
  }

  /** Applies staged changes: one report, however many changes they hold. Whether there were any. */
  apply(): boolean {
    if (!this.#pending) return false;
    this.#commit(this.#pending);
    return true;
  }

  /** Drops staged changes. Whether there were any. */
  cancel(): boolean {
    if (!this.#pending) return false;
    this.#pending = undefined;
    return true;
  }
}
