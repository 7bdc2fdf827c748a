import { html, type TemplateResult } from 'lit';
import { formatValue, type FormatOptions } from '../../core/records/format.js';
import type { ViewState } from '../../core/records/view-state.js';
import type { RecordField, RecordItem } from '../../core/records/values.js';
import { LazyModule } from '../../base/lazy.js';
import type * as KanbanModule from './kanban.js';
import type * as ListModule from './list.js';
import type { RecordList } from './list.js';
import type { BoardCard, KanbanBoard } from './kanban.js';
import type { RecordViewContext } from './context.js';
import { renderLoading, renderUnavailable } from './states.js';

/** The list view, loaded the first time it shows. */
const list = /* @__PURE__ */ new LazyModule<typeof ListModule>(() => import('./list.js'));

/** The kanban board (columns, cards, drag and keyboard moves), loaded the first time a kanban shows. */
const kanban = /* @__PURE__ */ new LazyModule<typeof KanbanModule>(() => import('./kanban.js'));

/** Secondary fields a list or kanban card shows when the user has not chosen them. */
const CARD_LINES = 3;

export interface CardViewsOptions {
  /** The field cards are named by, as the host set it. */
  titleField(): string | undefined;
  /** The record key holding ids. */
  recordId(): string;
  groupField(): RecordField | undefined;
  sumField(): RecordField | undefined;
  wipLimits(): Readonly<Record<string, number>>;
  /** Shows (and announces) why a kanban move was put back; empty clears it. */
  message(text: string): void;
  /** Asks for code loaded on first use; `failed` runs (and `tk-load-error` is sent) when it cannot arrive. */
  load(part: string, module: LazyModule<unknown>, failed: () => void): void;
  /** The list's code could not be loaded: the view shows the error state. */
  unavailable(): void;
}

/**
 * The views of a record view made of cards: the list and the kanban board. Each loads its code the
 * first time it shows; cards are named by the title field and show a few secondary fields.
 */
export class CardViews {
  readonly #context: RecordViewContext;
  readonly #options: CardViewsOptions;
  #board: KanbanBoard | undefined;
  #kanbanFailed = false;
  #byText: { records: readonly RecordItem[]; map: Map<string, RecordItem> } | undefined;
  #list: RecordList | undefined;

  constructor(context: RecordViewContext, options: CardViewsOptions) {
    this.#context = context;
    this.#options = options;
  }

  /** The host's records changed: cards moved but not yet shown there stay put, the others follow. */
  reconcile(): void {
    this.#board?.reconcile();
  }

  #recordByText(id: string): RecordItem | undefined {
    const records = this.#context.records();
    if (this.#byText?.records !== records) {
      this.#byText = {
        records,
        map: new Map(records.map((record) => [String(this.#context.idOf(record)), record])),
      };
    }
    return this.#byText.map.get(id);
  }

  #titleField(): RecordField | undefined {
    const fields = this.#context.fields();
    const wanted = this.#options.titleField();
    return fields.find((field) => field.id === wanted) ?? fields.find((field) => field.type === 'text');
  }

  #titleOf(record: RecordItem | undefined): string {
    const field = this.#titleField();
    const title = record && field ? formatValue(field, record[field.id], this.#context.format()) : '';
    return title || this.#context.localize.term('untitled');
  }

  /** The secondary fields of a card: the user's choice, else the first shown fields but the title and grouping. */
  cardFields(state: ViewState): RecordField[] {
    const byId = new Map(this.#context.fields().map((field) => [field.id, field]));
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

  #kanbanBoard(): KanbanBoard | undefined {
    const module = kanban.loaded;
    const context = this.#context;
    const options = this.#options;
    if (!module) {
      if (!this.#kanbanFailed) options.load('kanban', kanban, () => (this.#kanbanFailed = true));
      return undefined;
    }
    return (this.#board ??= new module.KanbanBoard(context.host, {
      shown: () => context.shown(),
      state: () => context.state(),
      field: () => options.groupField(),
      idKey: () => options.recordId(),
      idOf: (record) => context.idOf(record),
      record: (id) => this.#recordByText(id),
      card: (id) => this.#card(this.#recordByText(id), this.cardFields(context.state()), context.format()),
      sumField: () => options.sumField(),
      wipLimits: () => options.wipLimits(),
      format: () => context.format(),
      term: (key) => context.localize.term(key),
      strings: () => context.strings(),
      change: (patch) => context.change(patch),
      emit: (name, detail) => context.emit(name, detail, { cancelable: name === 'tk-before-record-move' }),
      message: (text) => options.message(text),
    }));
  }

  renderList(state: ViewState): TemplateResult {
    const module = list.loaded;
    const context = this.#context;
    if (!module) {
      this.#options.load('list', list, () => this.#options.unavailable());
      return renderLoading(context.localize);
    }
    const fields = this.cardFields(state);
    const format = context.format();
    this.#list ??= new module.RecordList(context.host, {
      shown: () => context.shown(),
      idOf: (record) => context.idOf(record),
      label: () => context.localize.term('listLabel'),
    });
    return this.#list.render((record) => this.#card(record, fields, format));
  }

  renderKanban(): TemplateResult {
    const { localize } = this.#context;
    if (!this.#options.groupField()) {
      return html`<div class="state" part="state" role="status">${localize.term('chooseGroupBy')}</div>`;
    }
    if (this.#kanbanFailed) return renderUnavailable(localize);
    return this.#kanbanBoard()?.render() ?? renderLoading(localize);
  }
}
