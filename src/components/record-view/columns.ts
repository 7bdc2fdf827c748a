import { LazyModule } from '../../base/lazy.js';
import { whenIdle } from '../../base/idle.js';
import type * as ReorderModule from '../../base/reorder.js';
import type { ReorderController } from '../../base/reorder.js';
import type { RecordField } from '../../core/records/values.js';
import type { RecordViewContext } from './context.js';

/** A table that stays busy still gets its header reorder within this time. */
const ATTACH_TIMEOUT_MS = 2000;

/** Drag and keyboard reordering (SortableJS loads with it on first drag), shared with the kanban. */
export const reorder = /* @__PURE__ */ new LazyModule<typeof ReorderModule>(() => import('../../base/reorder.js'));

/** Widths columns start at, by field type (CSS pixels). */
const DEFAULT_WIDTHS: Record<RecordField['type'], number> = {
  text: 200,
  number: 120,
  currency: 140,
  date: 140,
  enum: 160,
  boolean: 100,
};
const MIN_WIDTH = 56;
const MAX_WIDTH = 1200;
/** One keyboard resize step (CSS pixels). */
const WIDTH_STEP = 16;

/**
 * The table's columns: which show and in what order, their widths, resizing by pointer and by
 * Shift+arrows on a header, and reordering by dragging a header or by keyboard (Space on a header).
 */
export class TableColumns {
  readonly #context: RecordViewContext;
  /** A column resize by pointer: the field, where the pointer started, and the width then. */
  #resizing: { field: string; x: number; width: number } | undefined;
  /**
   * Made once the shared reorder code has loaded: in the first idle moment after the table shows, or
   * at once when a header is pointed at or focused.
   */
  #reorder: ReorderController | undefined;
  /** The idle callback that attaches the header reorder. */
  #cancelIdle: (() => void) | undefined;
  /** The columns as last computed, reused while their inputs are the same. */
  #memo: { order: readonly string[]; fields: readonly RecordField[]; columns: RecordField[] } | undefined;

  constructor(context: RecordViewContext) {
    this.#context = context;
  }

  /** Whether a header is held by keyboard (its keys belong to the reorder). */
  get held(): boolean {
    return !!this.#reorder?.held;
  }

  /** Whether the header reorder is attached. */
  get attached(): boolean {
    return !!this.#reorder;
  }

  /** Whether a pointer resize is under way (its closing click must not sort). */
  get resizing(): boolean {
    return !!this.#resizing;
  }

  /** The table's columns in the order shown (a column held by keyboard shows at its previewed place). */
  columns(): RecordField[] {
    const fields = this.#context.fields();
    const order = this.#reorder?.held ? this.#reorder.arrange()[0] : this.#context.state().fields;
    const memo = this.#memo;
    if (memo && memo.fields === fields && memo.order.join('\u0000') === order.join('\u0000')) return memo.columns;
    const byId = new Map(fields.map((field) => [field.id, field]));
    const columns = order.map((id) => byId.get(id)).filter((field): field is RecordField => field !== undefined);
    this.#memo = { order: [...order], fields, columns };
    return columns;
  }

  width(field: RecordField, widths = this.#context.state().widths): number {
    return widths[field.id] ?? DEFAULT_WIDTHS[field.type] ?? 160;
  }

  resize(field: RecordField, width: number, commit = true): void {
    const clamped = Math.round(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width)));
    this.#context.change({ widths: { ...this.#context.state().widths, [field.id]: clamped } }, { commit });
  }

  /** Shift+arrow on a header: one step wider or narrower, announced. */
  resizeByKey(field: RecordField, wider: boolean): void {
    this.resize(field, this.width(field) + (wider ? WIDTH_STEP : -WIDTH_STEP));
    this.#announceWidth(field);
  }

  #announceWidth(field: RecordField): void {
    const { localize, announcer } = this.#context;
    announcer.announce(localize.term('resized')(field.label, this.width(field)));
  }

  #field(id: string | undefined): RecordField | undefined {
    return this.#context.fields().find((each) => each.id === id);
  }

  readonly onResizeDown = (event: PointerEvent): void => {
    const handle = event.currentTarget as HTMLElement;
    const field = this.#field(handle.dataset.resize);
    if (!field || event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    handle.setPointerCapture(event.pointerId);
    this.#resizing = { field: field.id, x: event.clientX, width: this.width(field) };
  };

  readonly onResizeMove = (event: PointerEvent): void => {
    const resizing = this.#resizing;
    const field = resizing && this.#field(resizing.field);
    if (!resizing || !field) return;
    const delta = (event.clientX - resizing.x) * (this.#context.localize.isRtl() ? -1 : 1);
    this.resize(field, resizing.width + delta, false);
  };

  readonly onResizeUp = (event: PointerEvent): void => {
    const resizing = this.#resizing;
    if (!resizing) return;
    (event.currentTarget as HTMLElement).releasePointerCapture(event.pointerId);
    void this.#context.persist.commit();
    const field = this.#field(resizing.field);
    if (field) this.#announceWidth(field);
    // The click that ends a drag must not sort the column.
    setTimeout(() => (this.#resizing = undefined));
  };

  /** After each update of the table: attach the header reorder in the first idle moment. */
  attachWhenIdle(): void {
    if (!this.#reorder && !this.#cancelIdle) this.#cancelIdle = whenIdle(() => this.attach(), ATTACH_TIMEOUT_MS);
  }

  disconnect(): void {
    this.#cancelIdle?.();
    this.#cancelIdle = undefined;
  }

  /** Attaches the header reorder, loading its code first when needed. */
  attach(): void {
    if (this.#reorder) return;
    if (!reorder.loaded) {
      reorder.load().then(
        () => this.attach(),
        () => undefined,
      );
      return;
    }
    const context = this.#context;
    const { host } = context;
    this.#reorder = new reorder.loaded.ReorderController(host, {
      items: () => [context.state().fields.filter((id) => context.fields().some((field) => field.id === id))],
      lists: () => [host.renderRoot?.querySelector<HTMLElement>('.header-row')],
      label: (id) => this.#field(id)?.label ?? id,
      orientation: 'horizontal',
      enabled: () => context.state().view === 'table',
      onMove: ({ from, to }) => {
        const fields = [...this.#reorder!.arrange()[0]];
        const committed = context.state().fields.filter((id) => fields.includes(id));
        const [moved] = committed.splice(from.index, 1);
        committed.splice(to.index, 0, moved);
        context.change({ fields: committed });
      },
      strings: () => context.strings(),
    });
    host.requestUpdate();
  }

  readonly onHeaderApproach = (): void => this.attach();
}
