import type { RecordId } from '../../core/records/kanban.js';
import type { RecordItem } from '../../core/records/values.js';
import type { RecordViewContext } from './context.js';
import type { TkSelectionChangeDetail } from './record-view-types.js';

/**
 * The selected records of a record view, by id: one click or Space selects or toggles one, Shift
 * extends from the anchor, Control or Command adds one. Every change sends `tk-selection-change`
 * and is announced.
 */
export class RecordSelection {
  readonly #context: RecordViewContext;
  #ids = new Set<RecordId>();
  /** The position (in the caller's sequence) a Shift range starts from; -1 before any selection. */
  #anchor = -1;

  constructor(context: RecordViewContext) {
    this.#context = context;
  }

  has(id: RecordId): boolean {
    return this.#ids.has(id);
  }

  get anchor(): number {
    return this.#anchor;
  }

  /** The selected records' ids, in the order shown. */
  ids(): RecordId[] {
    const context = this.#context;
    return context
      .shown()
      .map((record) => context.idOf(record))
      .filter((id) => this.#ids.has(id));
  }

  /** Drops ids the records no longer hold. */
  reconcile(records: readonly RecordItem[]): void {
    if (this.#ids.size === 0) return;
    const ids = new Set(records.map((record) => this.#context.idOf(record)));
    for (const id of this.#ids) if (!ids.has(id)) this.#ids.delete(id);
  }

  /** Toggles `record`, which sits at `position`. */
  toggle(record: RecordItem | undefined, position: number): void {
    if (!record) return;
    const id = this.#context.idOf(record);
    if (this.#ids.has(id)) this.#ids.delete(id);
    else this.#ids.add(id);
    this.#anchor = position;
    this.#changed();
  }

  /** Selects only `record`, which sits at `position`. */
  only(record: RecordItem | undefined, position: number): void {
    if (!record) return;
    this.#ids = new Set([this.#context.idOf(record)]);
    this.#anchor = position;
    this.#changed();
  }

  /** Selects `records` (a range), replacing the selection unless `keep`. */
  set(records: Iterable<RecordItem>, keep = false): void {
    if (!keep) this.#ids.clear();
    for (const record of records) this.#ids.add(this.#context.idOf(record));
    this.#changed();
  }

  /** Sets where a Shift range starts when nothing was selected yet. */
  anchorAt(position: number): void {
    if (this.#anchor < 0) this.#anchor = position;
  }

  #changed(): void {
    const { host, announcer, localize } = this.#context;
    host.requestUpdate();
    const ids = this.ids();
    this.#context.emit('tk-selection-change', { ids } satisfies TkSelectionChangeDetail);
    announcer.announce(localize.term('selected')(ids.length));
  }
}
