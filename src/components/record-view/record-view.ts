import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { virtualize, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { RangeChangedEvent } from '@lit-labs/virtualizer/events.js';
// Record modules one by one rather than the index: the index also exports the filter helpers,
// which this entry loads on first use.
import type { RecordId } from '../../core/records/kanban.js';
import { activeView } from '../../core/records/saved-views.js';
import {
  dropStaleFields,
  emptyRecordViewPreferences,
  validateRecordViewPreferences,
  type RecordViewPreferences,
  type RecordViewType,
  type ViewState,
} from '../../core/records/view-state.js';
import { formatValue, type FormatOptions } from '../../core/records/format.js';
import { nextSort } from '../../core/records/sort.js';
import { RecordSearch } from '../../core/records/search.js';
import { showRecords } from '../../core/records/pipeline.js';
import type { RecordField, RecordItem } from '../../core/records/values.js';
import type { Preferences } from '../../core/prefs/store.js';
import { TkElement } from '../../base/tk-element.js';
import { AnnouncerController } from '../../base/announcer.js';
import { LocalizeController } from '../../base/localize.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../base/styles.js';
import { PersistController } from '../../base/preferences/persist-controller.js';
import { LazyModule } from '../../base/lazy.js';
import { revealVirtualItem } from '../../base/virtual.js';
import type * as ReorderModule from '../../base/reorder.js';
import type { ReorderController } from '../../base/reorder.js';
import type * as KanbanModule from './kanban.js';
import type * as FilteringModule from './filtering.js';
import type * as ListModule from './list.js';
import type { RecordList } from './list.js';
import type * as ViewsMenuModule from './views-menu.js';
import type { ViewsMenuContext } from './views-menu.js';
import type { BoardCard, KanbanBoard } from './kanban.js';
import { recordViewStyles } from './record-view.styles.js';
import { defaultRecordViewStrings, type RecordViewStrings } from './record-view-strings.js';
import type { TkSelectionChangeDetail } from './record-view-types.js';
import type { TkPopover } from '../popover/popover.js';
import type { TkFieldsChangeDetail } from '../field-picker/field-picker.js';
import type { TkFilterChangeDetail } from '../filter-builder/filter-builder.js';

/** The saved-views menu (its popover, menu and commands), loaded the first time the menu opens. */
const viewsMenu = /* @__PURE__ */ new LazyModule<typeof ViewsMenuModule>(() => import('./views-menu.js'));

/** The field picker and its popover, loaded the first time the "Fields" button is used. */
const fieldPicker = /* @__PURE__ */ new LazyModule(() =>
  Promise.all([import('../popover/define.js'), import('../field-picker/define.js')]),
);

/** Drag and keyboard reordering (SortableJS loads with it on first drag), shared with the kanban. */
const reorder = /* @__PURE__ */ new LazyModule<typeof ReorderModule>(() => import('../../base/reorder.js'));

/** The list view, loaded the first time it shows. */
const list = /* @__PURE__ */ new LazyModule<typeof ListModule>(() => import('./list.js'));

/** The filter builder and its popover, loaded the first time the "Filter" button is used. */
const filterBuilder = /* @__PURE__ */ new LazyModule(() =>
  Promise.all([import('../popover/define.js'), import('../filter-builder/define.js')]),
);

/** The filter model, loaded the first time a view has a filter. */
const filtering = /* @__PURE__ */ new LazyModule(() => import('./filtering.js'));

/** The kanban board (columns, cards, drag and keyboard moves), loaded the first time a kanban shows. */
const kanban = /* @__PURE__ */ new LazyModule<typeof KanbanModule>(() => import('./kanban.js'));

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
/** Secondary fields a list or kanban card shows when the user has not chosen them. */
const CARD_LINES = 3;

interface Cell {
  /** 0 is the header row; record rows count from 1. */
  row: number;
  col: number;
}

interface Pipeline {
  records: readonly RecordItem[];
  fields: readonly RecordField[];
  filter: unknown;
  filtering: unknown;
  query: string;
  /** The sort keys as JSON: the state is rebuilt on every read, so compared by value. */
  sort: string;
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
 * @csspart fields-button - The "Fields" button.
 * @csspart field-picker - The field picker in the "Fields" popover.
 * @csspart filter-button - The "Filter" button (with the number of conditions).
 * @csspart filter-builder - The filter builder in the "Filter" popover.
 * @csspart views-button - The saved-views menu button, named after the view on screen.
 * @csspart views-menu - The saved-views menu.
 * @csspart name-form - The name field of "Save as" and "Rename".
 * @csspart reset-button - "Reset to suggested" (or "Reset view" without a suggestion).
 * @csspart reason - Why the view was suggested ("Suggested for the Sales role").
 * @csspart notice - The notice about fields a saved view named that no longer exist.
 * @csspart scroller - The scrolling area of the table.
 * @csspart grid - The table (ARIA grid).
 * @csspart header - A column header.
 * @csspart row - A record's row.
 * @csspart cell - A record's cell.
 * @csspart resize-handle - The drag handle at the end of a column header.
 * @csspart state - The empty, no-match, loading or error message.
 * @csspart message - Why the last kanban move was put back.
 * @csspart card - A list or kanban card.
 * @csspart board - The kanban board.
 * @csspart column - A kanban column.
 * @csspart column-header - A kanban column's title, count, sum and collapse button.
 * @csspart over-limit - The note on a kanban column holding more cards than its WIP limit.
 *
 * @cssprop [--tk-record-view-height=32rem] - Block size of the scrolling area.
 * @cssprop [--tk-record-view-row-height=2.5rem] - Block size of a table row.
 * @cssprop [--tk-record-view-header-background=var(--tk-color-surface-raised)] - Background of the sticky header.
 * @cssprop [--tk-record-view-selected-background=var(--tk-color-brand-subtle)] - Background of selected rows.
 * @cssprop [--tk-record-view-border-color=var(--tk-color-border)] - Lines between rows and columns.
 * @cssprop [--tk-record-view-card-background=var(--tk-color-surface)] - Background of list and kanban cards.
 * @cssprop [--tk-record-view-column-background=var(--tk-color-surface-sunken)] - Background of kanban columns.
 * @cssprop [--tk-record-view-column-width=16rem] - Width of a kanban column.
 *
 * @event {CustomEvent<TkSelectionChangeDetail>} tk-selection-change - The selected rows changed (mouse, Space, Shift).
 * @event {CustomEvent<TkRecordMoveDetail>} tk-before-record-move - Cancelable: a kanban card was dropped; cancel to refuse (set `detail.reason` to say why). The card goes back.
 * @event {CustomEvent<TkRecordMoveDetail>} tk-record-move - A kanban card moved `{ id, from, to, index }`; `detail.waitUntil(promise)` puts it back if the promise rejects. Not sent after a veto.
 * @event {CustomEvent<TkViewChangeDetail>} tk-view-change - The view on screen switched between table, list and kanban.
 * @event {CustomEvent<PreferencesErrorDetail>} tk-preferences-error - The saved view could not be read or written.
 * @event {CustomEvent<{ part: string, error: unknown }>} tk-load-error - Code loaded on first use (`kanban`, `list`, `fields`, `filter`, `views`) could not be fetched; the view tells the user and keeps what it shows.
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
  #search: { key: string; definitions: readonly RecordField[]; search: RecordSearch } | undefined;
  #selected = new Set<RecordId>();
  #anchor = -1;
  /** First and last record rows the virtualizer has rendered. */
  #range = { first: -1, last: -1 };
  #focusWanted = false;
  #shownView: RecordViewType | undefined;
  /** A column resize by pointer: the field, where the pointer started, and the width then. */
  #resizing: { field: string; x: number; width: number } | undefined;
  /**
   * Table columns reordered by dragging a header or by keyboard (Space on a header). Made once the
   * shared reorder code has loaded: in the first idle moment after the table shows, or at once when
   * a header is pointed at or focused.
   */
  #headerReorder: ReorderController | undefined;

  /** The idle callback that attaches the header reorder. */
  #idle = 0;
  #board: KanbanBoard | undefined;
  #kanbanFailed = false;
  #byText: { records: readonly RecordItem[]; map: Map<string, RecordItem> } | undefined;
  #list: RecordList | undefined;
  /** @internal Why the last move was put back, shown until the next move. */
  @state() private message = '';
  /** @internal The name form of "Save as" or "Rename", while it is open. */
  @state() private naming: 'save-as' | 'rename' | undefined;

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

  /** A numeric field each kanban column sums (deal amount). */
  @property({ attribute: 'sum-field' }) sumField?: string;

  /**
   * Work-in-progress limits by group-by option value: `{ proposal: 10 }`. A column holding more cards
   * says so.
   */
  @property({ attribute: false }) wipLimits: Record<string, number> = {};

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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    cancelIdleCallback(this.#idle);
    this.#idle = 0;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('records')) {
      const ids = new Set(this.records.map((record) => this.#idOf(record)));
      for (const id of this.#selected) if (!ids.has(id)) this.#selected.delete(id);
      this.#board?.reconcile();
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
    if (this.#filterLoading()) {
      await filtering.load().catch(() => undefined);
      result = await super.getUpdateComplete();
    }
    if (this.view === 'table' && !this.#headerReorder) {
      await reorder.load().catch(() => undefined);
      this.#attachHeaderReorder();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override updated(): void {
    if (this.view === 'table' && !this.#headerReorder && !this.#idle) {
      this.#idle = requestIdleCallback(() => this.#attachHeaderReorder());
    }
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

  #resolved(stored: Partial<ViewState> = this.#persist.value.state): { state: ViewState; dropped: string[] } {
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
    if (this.fields.length === 0) return { state: { ...defaults, ...stored }, dropped: [] };
    const { state: clean, dropped } = dropStaleFields(stored, this.fields);
    if (clean.filter) {
      const module = this.#filtering();
      if (module) {
        const checked = module.dropStaleFilterFields(clean.filter, this.fields);
        clean.filter = checked.filter;
        for (const id of checked.dropped) if (!dropped.includes(id)) dropped.push(id);
      }
    }
    return { state: { ...defaults, ...clean }, dropped };
  }

  /** The filter model once loaded; asks for it (and re-renders when it arrives) until then. */
  #filtering(): typeof FilteringModule | undefined {
    if (!filtering.loaded) {
      filtering.load().then(
        () => this.requestUpdate(),
        (error: unknown) => {
          this.error ??= this.#localize.term('unavailable');
          this.dispatchEvent(
            new CustomEvent('tk-load-error', { detail: { part: 'filter', error }, bubbles: true, composed: true }),
          );
        },
      );
    }
    return filtering.loaded;
  }

  /** Whether the view has a filter whose code has not arrived yet (records are not shown unfiltered meanwhile). */
  #filterLoading(): boolean {
    return !!this.#persist.value.state.filter && !filtering.loaded;
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

  /** The table's columns in the order shown (a column held by keyboard shows at its previewed place). */
  #columns(): RecordField[] {
    const byId = new Map(this.fields.map((field) => [field.id, field]));
    const order = this.#headerReorder?.held ? this.#headerReorder.arrange()[0] : this.#viewState().fields;
    return order.map((id) => byId.get(id)).filter((field): field is RecordField => field !== undefined);
  }

  #width(field: RecordField, widths = this.#viewState().widths): number {
    return widths[field.id] ?? DEFAULT_WIDTHS[field.type] ?? 160;
  }

  /** One search per set of shown fields, locale and currency, so each record's text is folded once. */
  #searchFor(fields: readonly RecordField[]): RecordSearch {
    const options = this.#formatOptions();
    const key = JSON.stringify([options, fields.map((field) => field.id)]);
    if (this.#search?.key !== key || this.#search.definitions !== this.fields) {
      this.#search = { key, definitions: this.fields, search: new RecordSearch(fields, options) };
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
      previous.filter === this.#persist.value.state.filter &&
      previous.filtering === filtering.loaded &&
      previous.query === `${this.query}\u0000${fieldsKey}` &&
      previous.sort === JSON.stringify(state.sort) &&
      previous.locale === locale
    ) {
      return previous.shown;
    }
    const columns = this.#columns();
    const module = state.filter ? this.#filtering() : undefined;
    if (state.filter && !module) return [];
    const shown = showRecords(this.records, {
      fields: this.fields,
      shown: columns,
      predicate: state.filter && module ? module.compile(state.filter, this.fields, { locale }) : null,
      query: this.query,
      sort: state.sort,
      format: this.#formatOptions(),
      search: this.#searchFor(columns),
    });
    this.#pipeline = {
      records: this.records,
      fields: this.fields,
      filter: this.#persist.value.state.filter,
      filtering: filtering.loaded,
      query: `${this.query}\u0000${fieldsKey}`,
      sort: JSON.stringify(state.sort),
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
    if (next.row > 0) {
      await revealVirtualItem(this.renderRoot.querySelector<VirtualizerHostElement>('.body'), next.row - 1, rows, () =>
        this.#cellElement(next),
      );
    }
    this.#focusWanted = true;
    this.requestUpdate();
    await this.updateComplete;
  }

  readonly #onGridKeyDown = (event: KeyboardEvent): void => {
    const cell = this.#cellFromEvent(event);
    // A header held by keyboard, and Alt+arrow nudges, belong to the column reorder.
    if (!cell || this.#headerReorder?.held || (event.altKey && cell.row === 0)) return;
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
    if (event.key === 'Enter') {
      event.preventDefault();
      this.#sortBy(field, event.shiftKey);
      return true;
    }
    // Space picks the column up (the column reorder handles it).
    if (event.key === ' ' && !event.shiftKey) return true;
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

  #attachHeaderReorder(): void {
    if (this.#headerReorder) return;
    if (!reorder.loaded) {
      reorder.load().then(
        () => this.#attachHeaderReorder(),
        () => undefined,
      );
      return;
    }
    this.#headerReorder = new reorder.loaded.ReorderController(this, {
      items: () => [this.#viewState().fields.filter((id) => this.fields.some((field) => field.id === id))],
      lists: () => [this.renderRoot?.querySelector<HTMLElement>('.header-row')],
      label: (id) => this.fields.find((field) => field.id === id)?.label ?? id,
      orientation: 'horizontal',
      enabled: () => this.view === 'table',
      onMove: ({ from, to }) => {
        const fields = [...this.#headerReorder!.arrange()[0]];
        const committed = this.#viewState().fields.filter((id) => fields.includes(id));
        const [moved] = committed.splice(from.index, 1);
        committed.splice(to.index, 0, moved);
        this.#change({ fields: committed });
      },
      strings: () => this.strings,
    });
    this.requestUpdate();
  }

  readonly #onHeaderApproach = (): void => this.#attachHeaderReorder();

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

  // ---------------------------------------------------------------- saved views

  /** Whether the working state differs from the saved view it started from. */
  #modified(): boolean {
    const active = activeView(this.#persist.value);
    return !!active && JSON.stringify(this.#resolved(active.state).state) !== JSON.stringify(this.#viewState());
  }

  #updateViews(recipe: (preferences: RecordViewPreferences) => RecordViewPreferences | undefined): boolean {
    const next = recipe(this.#persist.value);
    if (!next) return false;
    void this.#persist.set(next);
    this.requestUpdate();
    return true;
  }

  /** What the saved-views menu needs of the view. */
  readonly #viewsContext: ViewsMenuContext = {
    preferences: () => this.#persist.value,
    state: () => this.#viewState(),
    modified: () => this.#modified(),
    update: (recipe) => this.#updateViews(recipe),
    announce: (message) => this.#announcer.announce(message),
    term: (key) => this.#localize.term(key),
    naming: () => this.naming,
    setNaming: (mode) => {
      this.naming = mode;
      void this.updateComplete.then(() => {
        if (mode) this.renderRoot.querySelector<HTMLInputElement>('.name-form input')?.focus();
        else this.renderRoot.querySelector<HTMLElement>('[part="views-button"]')?.focus();
      });
    },
  };

  /** A click that came before the popover was defined (it handles its trigger itself once it is). */
  readonly #onViewsClick = (): Promise<void> => this.#openOnFirstUse('views', viewsMenu);

  readonly #onFieldsClick = (): Promise<void> => this.#openOnFirstUse('fields', fieldPicker);

  /**
   * A click on a toolbar button whose popover content loads on first use: load it, render it, open the
   * popover. Once loaded, the popover handles its trigger itself.
   */
  async #openOnFirstUse(part: 'views' | 'fields' | 'filter', module: LazyModule<unknown>): Promise<void> {
    if (module.loaded && customElements.get('tk-popover')) return;
    try {
      await module.load();
      this.requestUpdate();
      await this.updateComplete;
    } catch (error) {
      this.#announcer.announce(this.#localize.term('unavailable'), 'assertive');
      this.dispatchEvent(new CustomEvent('tk-load-error', { detail: { part, error }, bubbles: true, composed: true }));
      return;
    }
    const popover = this.renderRoot.querySelector<TkPopover>(`tk-popover.${part}`);
    await popover?.updateComplete;
    await popover?.show();
  }

  readonly #onFilterClick = (): Promise<void> => this.#openOnFirstUse('filter', filterBuilder);

  readonly #onFilterChange = (event: CustomEvent<TkFilterChangeDetail>): void => {
    event.stopPropagation();
    const filter = event.detail.value;
    this.#change({ filter: filter.root.children.length > 0 ? filter : null });
  };

  readonly #onFieldsChange = (event: CustomEvent<TkFieldsChangeDetail>): void => {
    event.stopPropagation();
    this.#change(this.view === 'table' ? { fields: event.detail.value } : { listFields: event.detail.value });
  };

  /** Removes the user's working state, so the suggested (or the host's default) view shows again. */
  readonly #reset = (): void => {
    void this.#persist.reset('state');
    void this.#persist.reset('active');
    this.query = '';
    this.#announcer.announce(this.#localize.term('viewReset'));
    this.requestUpdate();
  };

  // ---------------------------------------------------------------- list and kanban

  #recordByText(id: string): RecordItem | undefined {
    if (this.#byText?.records !== this.records) {
      this.#byText = {
        records: this.records,
        map: new Map(this.records.map((record) => [String(this.#idOf(record)), record])),
      };
    }
    return this.#byText.map.get(id);
  }

  #titleField(): RecordField | undefined {
    return (
      this.fields.find((field) => field.id === this.titleField) ?? this.fields.find((field) => field.type === 'text')
    );
  }

  #titleOf(record: RecordItem | undefined): string {
    const field = this.#titleField();
    const title = record && field ? formatValue(field, record[field.id], this.#formatOptions()) : '';
    return title || this.#localize.term('untitled');
  }

  /** The secondary fields of a card: the user's choice, else the first shown fields but the title and grouping. */
  #cardFields(state: ViewState): RecordField[] {
    const byId = new Map(this.fields.map((field) => [field.id, field]));
    const title = this.#titleField()?.id;
    const chosen = state.listFields.length > 0 ? state.listFields : state.fields;
    return chosen
      .filter((id) => id !== title && (state.listFields.length > 0 || id !== state.groupBy))
      .map((id) => byId.get(id))
      .filter((field): field is RecordField => field !== undefined)
      .slice(0, state.listFields.length > 0 ? undefined : CARD_LINES);
  }

  #card(record: RecordItem | undefined, fields: RecordField[], options: FormatOptions): BoardCard {
    return {
      title: this.#titleOf(record),
      lines: record
        ? fields
            .map((field) => ({ label: field.label, text: formatValue(field, record[field.id], options) }))
            .filter((line) => line.text !== '')
        : [],
    };
  }

  #groupField(state: ViewState): RecordField | undefined {
    return this.fields.find((field) => field.id === state.groupBy);
  }

  #board_(): KanbanBoard | undefined {
    const module = kanban.loaded;
    if (!module) {
      if (!this.#kanbanFailed) {
        kanban.load().then(
          () => this.requestUpdate(),
          (error: unknown) => {
            this.#kanbanFailed = true;
            this.requestUpdate();
            this.dispatchEvent(
              new CustomEvent('tk-load-error', { detail: { part: 'kanban', error }, bubbles: true, composed: true }),
            );
          },
        );
      }
      return undefined;
    }
    return (this.#board ??= new module.KanbanBoard(this, {
      shown: () => this.#shown(),
      state: () => this.#viewState(),
      field: () => this.#groupField(this.#viewState()),
      idKey: () => this.recordId,
      idOf: (record) => this.#idOf(record),
      record: (id) => this.#recordByText(id),
      card: (id) => this.#card(this.#recordByText(id), this.#cardFields(this.#viewState()), this.#formatOptions()),
      sumField: () => this.fields.find((field) => field.id === this.sumField),
      wipLimits: () => this.wipLimits,
      format: () => this.#formatOptions(),
      term: (key) => this.#localize.term(key),
      strings: () => this.strings,
      change: (patch) => this.#change(patch),
      emit: (name, detail) => this.emit(name, detail, { cancelable: name === 'tk-before-record-move' }),
      message: (text) => {
        this.message = text;
        if (text) this.#announcer.announce(text, 'assertive');
      },
    }));
  }

  readonly #onGroupByChange = (event: Event): void => {
    this.#change({ groupBy: (event.target as HTMLSelectElement).value || null, columnOrder: [], collapsed: [] });
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
        ${view === 'kanban' ? this.#renderGroupBy() : nothing}
        <input
          class="search"
          part="search"
          type="search"
          aria-label=${term('search')}
          placeholder=${term('search')}
          .value=${this.query}
          @input=${this.#onSearch}
        />
        ${this.#renderFields()} ${this.#renderFilter()} ${this.#renderViews()} ${this.#renderSuggestion()}
      </div>
      ${viewsMenu.loaded && this.naming ? viewsMenu.loaded.renderNameForm(this.#viewsContext) : nothing}`;
  }

  /** "Fields": the table's columns, or the secondary fields of list and kanban cards. */
  #renderFields(): TemplateResult {
    const state = this.#viewState();
    const value = state.view === 'table' ? state.fields : this.#cardFields(state).map((field) => field.id);
    return html`<tk-popover class="fields" placement="bottom-start" label=${this.#localize.term('fields')}>
      <button slot="trigger" type="button" class="button" part="fields-button" @click=${this.#onFieldsClick}>
        ${this.#localize.term('fields')}
      </button>
      ${
        fieldPicker.loaded
          ? html`<tk-field-picker
              part="field-picker"
              .fields=${this.fields}
              .value=${value}
              @tk-fields-change=${this.#onFieldsChange}
            ></tk-field-picker>`
          : nothing
      }
    </tk-popover>`;
  }

  /** "Filter": the filter builder over every field; the button says how many conditions apply. */
  #renderFilter(): TemplateResult {
    const filter = this.#viewState().filter;
    // Read defensively: until the filter model loads, a stored filter has not been checked yet.
    const children: unknown = (filter as { root?: { children?: unknown } } | null)?.root?.children;
    const count = Array.isArray(children) ? children.length : 0;
    const term = this.#localize.term.bind(this.#localize);
    return html`<tk-popover class="filter" placement="bottom-start" label=${term('filter')}>
      <button slot="trigger" type="button" class="button" part="filter-button" @click=${this.#onFilterClick}>
        ${term('filter')}${count > 0 ? html` <span class="badge">${count}</span>` : nothing}
      </button>
      ${
        filterBuilder.loaded
          ? html`<tk-filter-builder
              part="filter-builder"
              .fields=${this.fields}
              .value=${filter ?? undefined}
              currency=${this.currency}
              @tk-filter-change=${this.#onFilterChange}
            ></tk-filter-builder>`
          : nothing
      }
    </tk-popover>`;
  }

  #renderViews(): TemplateResult {
    const term = this.#localize.term.bind(this.#localize);
    const active = activeView(this.#persist.value);
    const menu = viewsMenu.loaded;
    return html`<tk-popover class="views" placement="bottom-start">
      <button slot="trigger" type="button" class="button" part="views-button" @click=${this.#onViewsClick}>
        <span class="visually-hidden">${term('viewsPrefix')}</span>
        <span>${active ? active.name : term('unsavedView')}</span>
        ${this.#modified() ? html`<em class="modified">(${term('modified')})</em>` : nothing}
      </button>
      ${menu ? menu.renderViewsMenu(this.#viewsContext) : nothing}
    </tk-popover>`;
  }

  #renderSuggestion(): TemplateResult {
    const term = this.#localize.term.bind(this.#localize);
    const layers = this.#persist.layers;
    const suggested = layers.personalized !== undefined && layers.personalization;
    const customized = this.#persist.isCustomized('state') || this.#persist.isCustomized('active');
    return html`${suggested ? html`<span class="reason" part="reason">${layers.reason ?? term('suggested')}</span>` : nothing}
    ${
      customized
        ? html`<button type="button" class="button" part="reset-button" @click=${this.#reset}>
            ${suggested ? term('resetToSuggested') : term('resetView')}
          </button>`
        : nothing
    }`;
  }

  #renderGroupBy(): TemplateResult {
    const groupBy = this.groupBy;
    return html`<label class="group-by"
      ><span>${this.#localize.term('groupBy')}</span>
      <select @change=${this.#onGroupByChange}>
        <option value="" ?selected=${!groupBy}>—</option>
        ${this.fields
          .filter((field) => field.type === 'enum' || field.type === 'boolean')
          .map((field) => html`<option value=${field.id} ?selected=${field.id === groupBy}>${field.label}</option>`)}
      </select></label
    >`;
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
    if (this.loading || this.#filterLoading()) {
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
      data-reorder-id=${field.id}
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
          <div
            role="row"
            class="row header-row"
            aria-rowindex="1"
            @pointerover=${this.#onHeaderApproach}
            @focusin=${this.#onHeaderApproach}
          >
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

  #renderList(state: ViewState): TemplateResult {
    const module = list.loaded;
    if (!module) {
      list.load().then(
        () => this.requestUpdate(),
        (error: unknown) => {
          this.error ??= this.#localize.term('unavailable');
          this.dispatchEvent(
            new CustomEvent('tk-load-error', { detail: { part: 'list', error }, bubbles: true, composed: true }),
          );
        },
      );
      return html`<div class="state" part="state" role="status" aria-busy="true">
        ${this.#localize.term('loading')}
      </div>`;
    }
    const fields = this.#cardFields(state);
    const options = this.#formatOptions();
    this.#list ??= new module.RecordList(this, {
      shown: () => this.#shown(),
      idOf: (record) => this.#idOf(record),
      label: () => this.#localize.term('listLabel'),
    });
    return this.#list.render((record) => this.#card(record, fields, options));
  }

  #renderKanban(state: ViewState): TemplateResult {
    const term = this.#localize.term.bind(this.#localize);
    const field = this.#groupField(state);
    if (!field) return html`<div class="state" part="state" role="status">${term('chooseGroupBy')}</div>`;
    if (this.#kanbanFailed) return html`<div class="state" part="state" role="alert">${term('unavailable')}</div>`;
    const board = this.#board_();
    if (!board) return html`<div class="state" part="state" role="status" aria-busy="true">${term('loading')}</div>`;
    return board.render();
  }

  #renderView(state: ViewState): TemplateResult {
    if (state.view === 'kanban') return this.#renderKanban(state);
    if (state.view === 'list') return this.#renderList(state);
    return this.#renderTable(state);
  }

  override render(): TemplateResult {
    const { state, dropped } = this.#resolved();
    const empty = this.#renderState();
    return html`<div class="base" part="base">
      ${this.#renderToolbar()} ${this.#renderNotice(dropped)}
      ${this.message ? html`<p class="message" part="message">${this.message}</p>` : nothing}
      ${empty ?? this.#renderView(state)}
    </div>`;
  }
}
