import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
import {
  RecordSearch,
  dropStaleFields,
  emptyRecordViewPreferences,
  formatValue,
  nextSort,
  sortRecords,
  validateRecordViewPreferences,
  type FormatOptions,
  type RecordField,
  type RecordId,
  type RecordItem,
  type RecordViewPreferences,
  type RecordViewType,
  type SortKey,
  type ViewState,
} from '../../core/records/index.js';
import type { Preferences } from '../../core/prefs/store.js';
import { TkElement } from '../../base/tk-element.js';
import { AnnouncerController } from '../../base/announcer.js';
import { LocalizeController } from '../../base/localize.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../base/styles.js';
import { PersistController } from '../../base/preferences/persist-controller.js';
import { recordViewStyles } from './record-view.styles.js';
import { defaultRecordViewStrings, type RecordViewStrings } from './record-view-strings.js';
import type { TkSelectionChangeDetail } from './record-view-types.js';

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
/** Rows one PageUp or PageDown moves. */
const PAGE_ROWS = 10;

interface Cell {
  /** 0 is the header row; record rows count from 1. */
  row: number;
  col: number;
}

interface Pipeline {
  records: readonly RecordItem[];
  fields: readonly RecordField[];
  query: string;
  sort: readonly SortKey[];
  locale: string;
  shown: RecordItem[];
}

/**
 * The host's records as a virtualized table, a compact list or a kanban board, shaped by each user:
 * the fields shown and their order, widths, sort, filter, grouping and named views are one
 * preferences document (with `persist-key`), so they survive a reload, and the host's defaults
 * provider can suggest a starting view per role.
 *
 * The records belong to the host. The view never changes them: a kanban drop asks through
 * `tk-before-record-move` and `tk-record-move`.
 *
 * @summary Records as a table, list or kanban board with sorting, search, selection and saved views.
 *
 * @csspart base - The wrapper of toolbar and view.
 * @csspart toolbar - The row of view switch, search and menus.
 * @csspart view-switch - The radio group that switches between table, list and kanban.
 * @csspart search - The quick search field.
 * @csspart reason - Why the view was suggested ("Suggested for the Sales role").
 * @csspart notice - The notice about fields a saved view named that no longer exist.
 * @csspart scroller - The scrolling area of the table.
 * @csspart grid - The table (ARIA grid).
 * @csspart header - A column header.
 * @csspart row - A record's row.
 * @csspart cell - A record's cell.
 * @csspart resize-handle - The drag handle at the end of a column header.
 * @csspart state - The empty, no-match, loading or error message.
 *
 * @cssprop [--tk-record-view-height=32rem] - Block size of the scrolling area.
 * @cssprop [--tk-record-view-row-height=2.5rem] - Block size of a table row.
 * @cssprop [--tk-record-view-header-background=var(--tk-color-surface-raised)] - Background of the sticky header.
 * @cssprop [--tk-record-view-selected-background=var(--tk-color-brand-subtle)] - Background of selected rows.
 * @cssprop [--tk-record-view-border-color=var(--tk-color-border)] - Lines between rows and columns.
 *
 * @event {CustomEvent<TkSelectionChangeDetail>} tk-selection-change - The selected rows changed (mouse, Space, Shift).
 * @event {CustomEvent<TkViewChangeDetail>} tk-view-change - The view on screen switched between table, list and kanban.
 * @event {CustomEvent<PreferencesErrorDetail>} tk-preferences-error - The saved view could not be read or written.
 */
export class TkRecordView extends TkElement {
  static override styles = [baseStyles, buttonStyles, visuallyHidden, recordViewStyles];

  readonly #localize = new LocalizeController(this, defaultRecordViewStrings);
  readonly #announcer = new AnnouncerController(this);
  readonly #persist = new PersistController<RecordViewPreferences>(this, {
    version: 1,
    defaults: emptyRecordViewPreferences(),
    validate: validateRecordViewPreferences,
  });

  /** @internal The cell holding the grid's tab stop. */
  @state() private activeCell: Cell = { row: 0, col: 0 };
  /** @internal The quick search text. */
  @state() private query = '';
  /** @internal Stale-field notices the user dismissed, by the dropped ids they listed. */
  @state() private dismissedNotice = '';

  #hostView: RecordViewType = 'table';
  #hostGroupBy: string | null = null;
  #hostFields: string[] | undefined;
  #pipeline: Pipeline | undefined;
  #search: { fields: readonly RecordField[]; options: string; search: RecordSearch } | undefined;
  #selected = new Set<RecordId>();
  #anchor = -1;
  /** First and last record rows the virtualizer has rendered. */
  #range = { first: -1, last: -1 };
  #focusWanted = false;
  #shownView: RecordViewType | undefined;
  /** A column resize by pointer: the field, where the pointer started, and the width then. */
  #resizing: { field: string; x: number; width: number } | undefined;

  /** The host's records: plain objects, read by field id. Dates are ISO 8601 strings or `Date`s. */
  @property({ attribute: false }) records: RecordItem[] = [];

  /** Field definitions, the same as the field picker's. Labels and option labels render as text. */
  @property({ attribute: false }) fields: RecordField[] = [];

  /** The record key holding each record's id. */
  @property({ attribute: 'record-id' }) recordId = 'id';

  /**
   * The view on screen: `table`, `list` or `kanban`. Set by the host it is the library default; the
   * user's choice (saved with `persist-key`) wins over it, and reading it always gives what is shown.
   */
  @property({ attribute: 'view' })
  get view(): RecordViewType {
    return this.#viewState().view;
  }
  set view(value: RecordViewType) {
    const old = this.view;
    this.#hostView = value === 'list' || value === 'kanban' ? value : 'table';
    this.requestUpdate('view', old);
  }

  /** The field a kanban groups by (an enum field). The library default; the user's choice wins. */
  @property({ attribute: 'group-by' })
  get groupBy(): string | null {
    return this.#viewState().groupBy;
  }
  set groupBy(value: string | null) {
    const old = this.groupBy;
    this.#hostGroupBy = value || null;
    this.requestUpdate('groupBy', old);
  }

  /**
   * The table's columns (field ids, in order) before the user changes them. Default: the fields
   * marked `defaultVisible`, or else the first six.
   */
  @property({ attribute: false })
  get shownFields(): string[] {
    return this.#viewState().fields;
  }
  set shownFields(value: string[] | undefined) {
    const old = this.shownFields;
    this.#hostFields = value ? [...value] : undefined;
    this.requestUpdate('shownFields', old);
  }

  /** The field a list or kanban card is named by. Default: the first text field. */
  @property({ attribute: 'title-field' }) titleField?: string;

  /** Key of the preferences document holding the user's views. Without it, nothing is saved. */
  @property({ attribute: 'persist-key' }) persistKey?: string;

  /** A preferences store made with `createPreferences()`; wins over an enclosing `<tk-preferences>`. */
  @property({ attribute: false }) preferences?: Preferences;

  /** Language for sorting and formatting; default the nearest `lang`. */
  @property({ attribute: 'locale' }) locale?: string;

  /** ISO 4217 code for currency fields. */
  @property({ attribute: 'currency' }) currency = 'USD';

  /** Shows the loading state instead of the records (the host is fetching them). */
  @property({ type: Boolean, reflect: true }) loading = false;

  /** A message from the host: shows the error state with it (rendered as text). */
  @property({ attribute: 'error' }) error?: string;

  /** Overrides for the strings a user reads. */
  @property({ attribute: false }) strings: Partial<RecordViewStrings> = {};

  /** The selected records' ids, in the order shown. */
  get selected(): RecordId[] {
    return this.#shown()
      .map((record) => this.#idOf(record))
      .filter((id) => this.#selected.has(id));
  }

  /** The records on screen after filter, search and sort, in order. */
  get shownRecords(): RecordItem[] {
    return [...this.#shown()];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('records')) {
      const ids = new Set(this.records.map((record) => this.#idOf(record)));
      for (const id of this.#selected) if (!ids.has(id)) this.#selected.delete(id);
    }
    const view = this.view;
    if (this.#shownView !== undefined && this.#shownView !== view) this.emit('tk-view-change', { view });
    this.#shownView = view;
  }

  /** Also waits for the saved view to be read, so what resolves is what the user will see. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    if (this.#persist.status === 'loading') {
      await this.#persist.ready.catch(() => undefined);
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override updated(): void {
    if (this.#focusWanted) {
      this.#focusWanted = false;
      this.#cellElement(this.activeCell)?.focus();
    }
  }

  // ---------------------------------------------------------------- state

  #lang(): string {
    return this.locale || this.#localize.lang();
  }

  #formatOptions(): FormatOptions {
    return {
      locale: this.#lang(),
      currency: this.currency,
      yes: this.#localize.term('yes'),
      no: this.#localize.term('no'),
    };
  }

  #idOf(record: RecordItem): RecordId {
    return record[this.recordId] as RecordId;
  }

  /** The host's defaults: shown fields marked `defaultVisible`, else the first six. */
  #defaultFields(): string[] {
    if (this.#hostFields) return this.#hostFields;
    const marked = this.fields.filter((field) => field.defaultVisible).map((field) => field.id);
    return marked.length > 0 ? marked : this.fields.slice(0, 6).map((field) => field.id);
  }

  /** The effective view state: host defaults, then the suggested and user layers, stale fields dropped. */
  #viewState(): ViewState {
    return this.#resolved().state;
  }

  #resolved(): { state: ViewState; dropped: string[] } {
    const defaults: ViewState = {
      view: this.#hostView,
      fields: this.#defaultFields(),
      widths: {},
      sort: [],
      filter: null,
      groupBy: this.#hostGroupBy,
      columnOrder: [],
      collapsed: [],
      listFields: [],
    };
    const stored = this.#persist.value.state;
    if (this.fields.length === 0) return { state: { ...defaults, ...stored }, dropped: [] };
    const { state: clean, dropped } = dropStaleFields(stored, new Set(this.fields.map((field) => field.id)));
    return { state: { ...defaults, ...clean }, dropped };
  }

  /** Applies a change to the working state: shown at once, saved with `persist-key`. */
  #change(patch: Partial<ViewState>, options: { commit?: boolean } = {}): void {
    const update = (draft: RecordViewPreferences): void => {
      draft.state = { ...draft.state, ...patch };
    };
    if (options.commit === false) void this.#persist.update(update, { commit: false });
    else void this.#persist.update(update);
    this.requestUpdate();
  }

  #columns(): RecordField[] {
    const byId = new Map(this.fields.map((field) => [field.id, field]));
    return this.#viewState()
      .fields.map((id) => byId.get(id))
      .filter((field): field is RecordField => field !== undefined);
  }

  #width(field: RecordField, widths = this.#viewState().widths): number {
    return widths[field.id] ?? DEFAULT_WIDTHS[field.type] ?? 160;
  }

  #searchFor(fields: readonly RecordField[]): RecordSearch {
    const options = this.#formatOptions();
    const key = JSON.stringify(options);
    if (!this.#search || this.#search.fields !== fields || this.#search.options !== key) {
      this.#search = { fields, options: key, search: new RecordSearch(fields, options) };
    }
    return this.#search.search;
  }

  /** The records shown: searched over the shown fields, then sorted. Recomputed only when an input changed. */
  #shown(): RecordItem[] {
    const state = this.#viewState();
    const locale = this.#lang();
    const previous = this.#pipeline;
    const fieldsKey = state.fields.join('\u0000');
    if (
      previous &&
      previous.records === this.records &&
      previous.fields === this.fields &&
      previous.query === `${this.query}\u0000${fieldsKey}` &&
      previous.sort === state.sort &&
      previous.locale === locale
    ) {
      return previous.shown;
    }
    const columns = this.#columns();
    const searched = this.#searchFor(columns).filter(this.records, this.query);
    const shown = sortRecords(searched, state.sort, this.fields, locale);
    this.#pipeline = {
      records: this.records,
      fields: this.fields,
      query: `${this.query}\u0000${fieldsKey}`,
      sort: state.sort,
      locale,
      shown,
    };
    return shown;
  }

  // ---------------------------------------------------------------- table: keyboard and focus

  #cellElement(cell: Cell): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-row="${cell.row}"][data-col="${cell.col}"]`);
  }

  /** Moves the tab stop (and focus) to `cell`, scrolling its row into view first. */
  async #activate(cell: Cell): Promise<void> {
    const rows = this.#shown().length;
    const cols = this.#columns().length;
    const next = {
      row: Math.max(0, Math.min(cell.row, rows)),
      col: Math.max(0, Math.min(cell.col, cols - 1)),
    };
    this.activeCell = next;
    if (next.row > 0 && !this.#cellElement(next)) {
      const host = this.renderRoot.querySelector<VirtualizerHostElement>('.body');
      const virtualizer = host?.[virtualizerRef];
      virtualizer?.element(next.row - 1)?.scrollIntoView({ block: 'nearest' });
      await virtualizer?.layoutComplete;
    }
    this.#focusWanted = true;
    this.requestUpdate();
    await this.updateComplete;
  }

  readonly #onGridKeyDown = (event: KeyboardEvent): void => {
    const cell = this.#cellFromEvent(event);
    if (!cell) return;
    const rows = this.#shown().length;
    const cols = this.#columns().length;
    const rtl = this.#localize.isRtl();
    const forward = rtl ? 'ArrowLeft' : 'ArrowRight';
    const back = rtl ? 'ArrowRight' : 'ArrowLeft';
    const ctrl = event.ctrlKey || event.metaKey;
    let target: Cell | undefined;

    if (cell.row === 0 && this.#onHeaderKey(event, cell, forward, back)) return;

    switch (event.key) {
      case 'ArrowDown':
        target = { row: Math.min(rows, cell.row + 1), col: cell.col };
        if (event.shiftKey && cell.row > 0) this.#extendSelection(target.row - 1);
        break;
      case 'ArrowUp':
        target = { row: Math.max(0, cell.row - 1), col: cell.col };
        if (event.shiftKey && target.row > 0) this.#extendSelection(target.row - 1);
        break;
      case 'PageDown':
        target = { row: Math.min(rows, cell.row + PAGE_ROWS), col: cell.col };
        break;
      case 'PageUp':
        target = { row: Math.max(0, cell.row - PAGE_ROWS), col: cell.col };
        break;
      case forward:
        target = { row: cell.row, col: Math.min(cols - 1, cell.col + 1) };
        break;
      case back:
        target = { row: cell.row, col: Math.max(0, cell.col - 1) };
        break;
      case 'Home':
        target = ctrl ? { row: 0, col: 0 } : { row: cell.row, col: 0 };
        break;
      case 'End':
        target = ctrl ? { row: rows, col: cols - 1 } : { row: cell.row, col: cols - 1 };
        break;
      case ' ':
        if (cell.row === 0) return;
        if (event.shiftKey) this.#extendSelection(cell.row - 1);
        else this.#toggleSelection(cell.row - 1);
        break;
      case 'a':
        if (!ctrl) return;
        this.#selectRange(0, rows - 1, false);
        break;
      default:
        return;
    }
    event.preventDefault();
    if (target) void this.#activate(target);
  };

  /** Keys of a column header: sort, resize. Returns whether the key was handled. */
  #onHeaderKey(event: KeyboardEvent, cell: Cell, forward: string, back: string): boolean {
    const field = this.#columns()[cell.col];
    if (!field) return false;
    if (event.key === 'Enter' || (event.key === ' ' && !event.shiftKey)) {
      event.preventDefault();
      this.#sortBy(field, event.shiftKey);
      return true;
    }
    if (event.shiftKey && !event.ctrlKey && !event.metaKey && (event.key === forward || event.key === back)) {
      event.preventDefault();
      const width = this.#width(field) + (event.key === forward ? WIDTH_STEP : -WIDTH_STEP);
      this.#resize(field, width);
      this.#announcer.announce(this.#localize.term('resized')(field.label, this.#width(field)));
      return true;
    }
    return false;
  }

  #cellFromEvent(event: Event): Cell | undefined {
    for (const node of event.composedPath()) {
      if (node instanceof HTMLElement && node.dataset.row !== undefined && node.dataset.col !== undefined) {
        return { row: Number(node.dataset.row), col: Number(node.dataset.col) };
      }
      if (node === this) break;
    }
    return undefined;
  }

  readonly #onGridFocusIn = (event: FocusEvent): void => {
    const cell = this.#cellFromEvent(event);
    if (cell && (cell.row !== this.activeCell.row || cell.col !== this.activeCell.col)) this.activeCell = cell;
  };

  // ---------------------------------------------------------------- sorting and resizing

  #sortBy(field: RecordField, additive: boolean): void {
    const sort = nextSort(this.#viewState().sort, field.id, additive);
    this.#change({ sort });
    const key = sort.find((each) => each.field === field.id);
    const term = this.#localize.term.bind(this.#localize);
    this.#announcer.announce(
      key ? term(key.direction === 'asc' ? 'sortedAscending' : 'sortedDescending')(field.label) : term('unsorted'),
    );
  }

  #resize(field: RecordField, width: number, commit = true): void {
    const clamped = Math.round(Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, width)));
    this.#change({ widths: { ...this.#viewState().widths, [field.id]: clamped } }, { commit });
  }

  /** A click on a header sorts; on a row it selects (Shift: a range, Control or Command: one more). */
  readonly #onGridClick = (event: MouseEvent): void => {
    const cell = this.#cellFromEvent(event);
    if (!cell) return;
    if (cell.row > 0) {
      this.#onRowClick(event, cell);
      return;
    }
    if (this.#resizing || (event.target as Element).closest('[data-resize]')) return;
    const field = this.#columns()[cell.col];
    if (!field) return;
    this.activeCell = cell;
    this.#sortBy(field, event.shiftKey);
  };

  readonly #onResizeDown = (event: PointerEvent): void => {
    const handle = event.currentTarget as HTMLElement;
    const field = this.fields.find((each) => each.id === handle.dataset.resize);
    if (!field || event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    handle.setPointerCapture(event.pointerId);
    this.#resizing = { field: field.id, x: event.clientX, width: this.#width(field) };
  };

  readonly #onResizeMove = (event: PointerEvent): void => {
    const resizing = this.#resizing;
    const field = resizing && this.fields.find((each) => each.id === resizing.field);
    if (!resizing || !field) return;
    const delta = (event.clientX - resizing.x) * (this.#localize.isRtl() ? -1 : 1);
    this.#resize(field, resizing.width + delta, false);
  };

  readonly #onResizeUp = (event: PointerEvent): void => {
    const resizing = this.#resizing;
    if (!resizing) return;
    (event.currentTarget as HTMLElement).releasePointerCapture(event.pointerId);
    void this.#persist.commit();
    const field = this.fields.find((each) => each.id === resizing.field);
    if (field) this.#announcer.announce(this.#localize.term('resized')(field.label, this.#width(field)));
    // The click that ends a drag must not sort the column.
    setTimeout(() => (this.#resizing = undefined));
  };

  // ---------------------------------------------------------------- selection

  #emitSelection(): void {
    this.requestUpdate();
    const ids = this.selected;
    this.emit('tk-selection-change', { ids } satisfies TkSelectionChangeDetail);
    this.#announcer.announce(this.#localize.term('selected')(ids.length));
  }

  #toggleSelection(index: number): void {
    const record = this.#shown()[index];
    if (!record) return;
    const id = this.#idOf(record);
    if (this.#selected.has(id)) this.#selected.delete(id);
    else this.#selected.add(id);
    this.#anchor = index;
    this.#emitSelection();
  }

  #selectRange(from: number, to: number, keep: boolean): void {
    const shown = this.#shown();
    if (!keep) this.#selected.clear();
    const [start, end] = from <= to ? [from, to] : [to, from];
    for (let index = Math.max(0, start); index <= end && index < shown.length; index++) {
      this.#selected.add(this.#idOf(shown[index]));
    }
    this.#emitSelection();
  }

  #extendSelection(index: number): void {
    if (this.#anchor < 0) this.#anchor = Math.max(0, this.activeCell.row - 1);
    this.#selectRange(this.#anchor, index, false);
  }

  #onRowClick(event: MouseEvent, cell: Cell): void {
    const index = cell.row - 1;
    this.activeCell = cell;
    if (event.shiftKey) {
      this.#extendSelection(index);
    } else if (event.ctrlKey || event.metaKey) {
      this.#toggleSelection(index);
    } else {
      const record = this.#shown()[index];
      if (!record) return;
      this.#selected = new Set([this.#idOf(record)]);
      this.#anchor = index;
      this.#emitSelection();
    }
  }

  // ---------------------------------------------------------------- toolbar

  readonly #onViewSwitch = (event: Event): void => {
    const value = (event.target as HTMLInputElement).value as RecordViewType;
    this.#change({ view: value });
  };

  readonly #onSearch = (event: Event): void => {
    this.query = (event.target as HTMLInputElement).value;
    this.activeCell = { row: 0, col: this.activeCell.col };
  };

  readonly #clearSearch = (): void => {
    this.query = '';
    this.#change({ filter: null });
  };

  readonly #dismissNotice = (): void => {
    this.dismissedNotice = this.#resolved().dropped.join('\u0000');
  };

  readonly #onRangeChanged = (event: RangeChangedEvent): void => {
    this.#range = { first: event.first, last: event.last };
  };

  // ---------------------------------------------------------------- rendering

  #renderToolbar(): TemplateResult {
    const term = this.#localize.term.bind(this.#localize);
    const view = this.view;
    return html`<div class="toolbar" part="toolbar">
      <div class="view-switch" role="radiogroup" aria-label=${term('viewSwitch')} part="view-switch">
        ${(['table', 'list', 'kanban'] as const).map(
          (type) =>
            html`<label class="segment"
              ><input
                type="radio"
                name="view"
                value=${type}
                .checked=${view === type}
                @change=${this.#onViewSwitch}
              /><span>${term(type)}</span></label
            >`,
        )}
      </div>
      <input
        class="search"
        part="search"
        type="search"
        aria-label=${term('search')}
        placeholder=${term('search')}
        .value=${this.query}
        @input=${this.#onSearch}
      />
    </div>`;
  }

  #renderNotice(dropped: string[]): TemplateResult | typeof nothing {
    if (dropped.length === 0 || this.dismissedNotice === dropped.join('\u0000')) return nothing;
    const term = this.#localize.term.bind(this.#localize);
    return html`<div class="notice" part="notice" role="status">
      <span>${term('staleFields')(this.#localize.list(dropped), dropped.length)}</span>
      <button type="button" class="button" @click=${this.#dismissNotice}>${term('dismiss')}</button>
    </div>`;
  }

  #renderState(): TemplateResult | undefined {
    const term = this.#localize.term.bind(this.#localize);
    if (this.error) {
      return html`<div class="state" part="state" role="alert">
        <strong>${term('error')}</strong>
        <span>${this.error}</span>
      </div>`;
    }
    if (this.loading) {
      return html`<div class="state" part="state" role="status" aria-busy="true">${term('loading')}</div>`;
    }
    if (this.records.length === 0) {
      return html`<div class="state" part="state" role="status">${term('empty')}</div>`;
    }
    if (this.#shown().length === 0) {
      return html`<div class="state" part="state" role="status">
        <span>${term('noMatches')}</span>
        <button type="button" class="button" @click=${this.#clearSearch}>${term('clearFilters')}</button>
      </div>`;
    }
    return undefined;
  }

  #renderHeader(field: RecordField, col: number, state: ViewState): TemplateResult {
    const index = state.sort.findIndex((key) => key.field === field.id);
    const key = state.sort[index];
    const sort = key ? (key.direction === 'asc' ? 'ascending' : 'descending') : 'none';
    const active = this.activeCell.row === 0 && this.activeCell.col === col;
    const activeRowHidden =
      this.activeCell.row > 0 &&
      (this.activeCell.row - 1 < this.#range.first || this.activeCell.row - 1 > this.#range.last);
    const tabbable = active || (activeRowHidden && this.activeCell.col === col);
    return html`<div
      role="columnheader"
      part="header"
      class="header-cell"
      aria-colindex=${col + 1}
      aria-sort=${sort}
      aria-describedby="header-help"
      tabindex=${tabbable ? 0 : -1}
      data-row="0"
      data-col=${col}
      data-field=${field.id}
    >
      <span class="label">${field.label}</span>
      ${
        key
          ? html`<span class="sort-mark" aria-hidden="true"
              >${key.direction === 'asc' ? '▲' : '▼'}${state.sort.length > 1 ? index + 1 : ''}</span
            >`
          : nothing
      }
      <span
        class="resize-handle"
        part="resize-handle"
        aria-hidden="true"
        data-resize=${field.id}
        @pointerdown=${this.#onResizeDown}
        @pointermove=${this.#onResizeMove}
        @pointerup=${this.#onResizeUp}
        @pointercancel=${this.#onResizeUp}
      ></span>
    </div>`;
  }

  #renderRow(record: RecordItem, index: number, columns: RecordField[], options: FormatOptions): TemplateResult {
    const row = index + 1;
    const selected = this.#selected.has(this.#idOf(record));
    const active = this.activeCell;
    return html`<div
      role="row"
      part="row"
      class="row"
      aria-rowindex=${row + 1}
      aria-selected=${selected ? 'true' : 'false'}
    >
      ${columns.map(
        (field, col) =>
          html`<div
            role="gridcell"
            part="cell"
            class="cell"
            data-type=${field.type}
            aria-colindex=${col + 1}
            tabindex=${active.row === row && active.col === col ? 0 : -1}
            data-row=${row}
            data-col=${col}
          >
            ${formatValue(field, record[field.id], options)}
          </div>`,
      )}
    </div>`;
  }

  #renderTable(state: ViewState): TemplateResult {
    const columns = this.#columns();
    const shown = this.#shown();
    const options = this.#formatOptions();
    const template = columns.map((field) => `${this.#width(field, state.widths)}px`).join(' ');
    return html`<div class="scroller" part="scroller">
      <div
        role="grid"
        part="grid"
        class="grid"
        aria-label=${this.#localize.term('label')}
        aria-rowcount=${shown.length + 1}
        aria-colcount=${columns.length}
        aria-multiselectable="true"
        style="--_columns: ${template}"
        @keydown=${this.#onGridKeyDown}
        @focusin=${this.#onGridFocusIn}
        @click=${this.#onGridClick}
      >
        <div role="rowgroup" class="head">
          <div role="row" class="row header-row" aria-rowindex="1">
            ${columns.map((field, col) => this.#renderHeader(field, col, state))}
          </div>
        </div>
        <div role="rowgroup" class="body" @rangeChanged=${this.#onRangeChanged}>
          ${virtualize({
            items: shown,
            keyFunction: (record: RecordItem) => this.#idOf(record),
            renderItem: (record: RecordItem, index: number) => this.#renderRow(record, index, columns, options),
          })}
        </div>
      </div>
      <span id="header-help" class="visually-hidden">${this.#localize.term('headerInstructions')}</span>
    </div>`;
  }

  override render(): TemplateResult {
    const { state, dropped } = this.#resolved();
    const empty = this.#renderState();
    return html`<div class="base" part="base">
      ${this.#renderToolbar()} ${this.#renderNotice(dropped)}
      ${empty ?? (state.view === 'table' ? this.#renderTable(state) : this.#renderTable(state))}
    </div>`;
  }
}
