import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
// Record modules one by one rather than the index: the index also exports the filter helpers,
// which this entry loads on first use.
import type { RecordId } from '../../core/records/kanban.js';
import {
  dropStaleFields,
  emptyRecordViewPreferences,
  validateRecordViewPreferences,
  type RecordViewPreferences,
  type RecordViewType,
  type ViewState,
} from '../../core/records/view-state.js';
import type { FormatOptions } from '../../core/records/format.js';
import type { RecordField, RecordItem } from '../../core/records/values.js';
import type { Preferences } from '../../core/prefs/store.js';
import { TkElement } from '../../base/tk-element.js';
import { AnnouncerController } from '../../base/announcer.js';
import { LocalizeController } from '../../base/localize.js';
import { baseStyles } from '../../base/styles.js';
import { buttonStyles } from '../../base/button-styles.js';
import { visuallyHidden } from '../../base/visually-hidden.js';
import { PersistController } from '../../base/preferences/persist-controller.js';
import { LazyModule } from '../../base/lazy.js';
import type * as FilteringModule from './filtering.js';
import { recordViewStyles } from './record-view.styles.js';
import { defaultRecordViewStrings, type RecordViewStrings } from './record-view-strings.js';
import type { RecordViewContext } from './context.js';
import { reorder, TableColumns } from './columns.js';
import { RecordSelection } from './selection.js';
import { RecordTable, rowLayout } from './table.js';
import { SavedViews } from './saved-views.js';
import { RecordToolbar } from './toolbar.js';
import { renderNotice, renderState } from './states.js';
import { CardViews } from './card-views.js';
import { ShownRecords } from './shown-records.js';

/** The filter model, loaded the first time a view has a filter. */
const filtering = /* @__PURE__ */ new LazyModule(() => import('./filtering.js'));

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
 * @csspart group-by - The "Group by" chooser (table and kanban).
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
 * @csspart group-row - A group's header row in a grouped table (its value, count and sum; collapses).
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
 * @cssprop [--tk-record-view-group-background=var(--tk-color-surface-sunken)] - Background of a grouped table's group rows.
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
 * @event {CustomEvent<TkLoadErrorDetail>} tk-load-error - Code loaded on first use (`kanban`, `list`, `fields`, `filter`, `views`) could not be fetched; the view tells the user and keeps what it shows.
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

  /** What the toolbar, table, columns and saved views need of the element. */
  readonly #context: RecordViewContext = {
    host: this,
    localize: this.#localize,
    announcer: this.#announcer,
    persist: this.#persist,
    records: () => this.records,
    fields: () => this.fields,
    state: () => this.#viewState(),
    shown: () => this.#shown(),
    idOf: (record) => this.#idOf(record),
    format: () => this.#formatOptions(),
    change: (patch, options) => this.#change(patch, options),
    strings: () => this.strings,
    emit: (name, detail, options) => this.emit(name, detail, options),
  };

  readonly #columns = new TableColumns(this.#context);
  readonly #shownRecords = new ShownRecords(this.#context, {
    query: () => this.query,
    columns: () => this.#columns.columns(),
    filtering: () => this.#filtering(),
    storedFilter: () => this.#persist.value.state.filter,
  });
  readonly #selection = new RecordSelection(this.#context);
  readonly #table = new RecordTable(this.#context, this.#columns, this.#selection, {
    groupField: () => this.#groupField(this.#viewState()),
    sumField: () => this.#sumField(),
  });
  readonly #cards = new CardViews(this.#context, {
    titleField: () => this.titleField,
    recordId: () => this.recordId,
    groupField: () => this.#groupField(this.#viewState()),
    sumField: () => this.#sumField(),
    wipLimits: () => this.wipLimits,
    message: (text) => {
      this.message = text;
      if (text) this.#announcer.announce(text, 'assertive');
    },
    load: (part, module, failed) => this.#load(part, module, failed),
    unavailable: () => (this.error ??= this.#localize.term('unavailable')),
  });
  readonly #views = new SavedViews(this.#context, {
    resolve: (stored) => this.#resolved(stored).state,
    clearQuery: () => (this.query = ''),
  });
  readonly #toolbar = new RecordToolbar(this.#context, {
    query: () => this.query,
    setQuery: (query) => {
      this.query = query;
      this.#table.resetActive();
    },
    cardFields: (state) => this.#cards.cardFields(state),
    views: this.#views,
  });

  /** @internal The quick search text. */
  @state() private query = '';
  /** @internal Stale-field notices the user dismissed, by the dropped ids they listed. */
  @state() private dismissedNotice = '';
  /** @internal Why the last move was put back, shown until the next move. */
  @state() private message = '';

  #hostView: RecordViewType = 'table';
  #hostGroupBy: string | null = null;
  #hostFields: string[] | undefined;
  #shownView: RecordViewType | undefined;

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

  /**
   * The field the kanban's columns (an enum field) or the table's row groups come from. The library
   * default; the user's choice (saved with the view) wins.
   */
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
    return this.#selection.ids();
  }

  /** The records on screen after filter, search and sort, in order. */
  get shownRecords(): RecordItem[] {
    return [...this.#shown()];
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#columns.disconnect();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('records')) {
      this.#selection.reconcile(this.records);
      this.#cards.reconcile();
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
    if (this.view === 'table' && !rowLayout.loaded) {
      await rowLayout.load().catch(() => undefined);
      result = await super.getUpdateComplete();
    }
    if (this.view === 'table' && !this.#columns.attached) {
      await reorder.load().catch(() => undefined);
      this.#columns.attach();
      result = await super.getUpdateComplete();
    }
    return result;
  }

  protected override updated(): void {
    if (this.view === 'table') this.#columns.attachWhenIdle();
    this.#table.updated();
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

  /** Asks for code loaded on first use; re-renders when it arrives, or `failed` runs and `tk-load-error` is sent. */
  #load(part: string, module: LazyModule<unknown>, failed: () => void): void {
    module.load().then(
      () => this.requestUpdate(),
      (error: unknown) => {
        failed();
        this.requestUpdate();
        this.emit('tk-load-error', { part, error });
      },
    );
  }

  /** The filter model once loaded; asks for it (and re-renders when it arrives) until then. */
  #filtering(): typeof FilteringModule | undefined {
    if (!filtering.loaded) this.#load('filter', filtering, () => (this.error ??= this.#localize.term('unavailable')));
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

  #shown(): RecordItem[] {
    return this.#shownRecords.get();
  }

  readonly #onClearClick = (): void => {
    this.query = '';
    this.#change({ filter: null });
  };

  readonly #onDismissClick = (): void => {
    this.dismissedNotice = this.#resolved().dropped.join('\u0000');
  };

  #groupField(state: ViewState): RecordField | undefined {
    return this.fields.find((field) => field.id === state.groupBy);
  }

  #sumField(): RecordField | undefined {
    return this.fields.find((field) => field.id === this.sumField);
  }

  // ---------------------------------------------------------------- rendering

  #renderView(state: ViewState): TemplateResult {
    if (state.view === 'kanban') return this.#cards.renderKanban();
    if (state.view === 'list') return this.#cards.renderList(state);
    return this.#table.render(state);
  }

  override render(): TemplateResult {
    const { state, dropped } = this.#resolved();
    const empty = renderState(this.#localize, {
      error: this.error,
      loading: this.loading || this.#filterLoading(),
      total: this.records.length,
      shown: this.#shown().length,
      onClearClick: this.#onClearClick,
    });
    const dismissed = this.dismissedNotice === dropped.join('\u0000');
    return html`<div class="base" part="base">
      ${this.#toolbar.render()} ${renderNotice(this.#localize, dismissed ? [] : dropped, this.#onDismissClick)}
      ${this.message ? html`<p class="message" part="message">${this.message}</p>` : nothing}
      ${empty ?? this.#renderView(state)}
    </div>`;
  }
}
