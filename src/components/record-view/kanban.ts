import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { NO_VALUE_KEY, columnKey, groupRecords, summarizeColumn, type RecordId } from '../../core/records/kanban.js';
import { formatValue, type FormatOptions } from '../../core/records/format.js';
import type { ViewState } from '../../core/records/view-state.js';
import type { RecordField, RecordItem } from '../../core/records/values.js';
import type { defaultRecordViewStrings } from './record-view-strings.js';
import type { TkRecordMoveDetail } from './record-view-types.js';
import { repeat } from 'lit/directives/repeat.js';
import { virtualize, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { revealVirtualItem } from '../../base/virtual.js';
import { ReorderController, type ReorderMove, type ReorderStrings } from '../../base/reorder.js';
import Sortable from 'sortablejs';
import { kanbanStyles } from './kanban.styles.js';
import { adoptMore, cardStyles } from './card.styles.js';

/** Columns holding more cards than this render only the cards in view. */
const VIRTUALIZE_FROM = 60;

/** One column as the board shows it, prepared by the record view. */
export interface BoardColumn {
  key: string;
  /** The group-by option value, `null` for "No value". */
  value: unknown;
  label: string;
  /** Card ids (record ids as text), in order. */
  ids: string[];
  collapsed: boolean;
  /** "12 cards, $48,000.00": read after the label. */
  summary: string;
  /** "Over the limit of 10", or empty. */
  overLimit: string;
}

/** A card's content: its title and a few secondary fields. */
export interface BoardCard {
  title: string;
  lines: { label: string; text: string }[];
}

/** What the board needs of its record view. */
export interface BoardContext {
  /** The records shown (filtered, searched, sorted), in order. */
  shown(): readonly RecordItem[];
  state(): ViewState;
  /** The group-by field, when there is one. */
  field(): RecordField | undefined;
  /** The record key holding ids. */
  idKey(): string;
  idOf(record: RecordItem): RecordId;
  /** The record whose id reads `id`. */
  record(id: string): RecordItem | undefined;
  card(id: string): BoardCard;
  sumField(): RecordField | undefined;
  wipLimits(): Readonly<Record<string, number>>;
  format(): FormatOptions;
  term<K extends keyof typeof defaultRecordViewStrings>(key: K): (typeof defaultRecordViewStrings)[K];
  /** The host's overrides of the reorder announcements. */
  strings(): Partial<ReorderStrings>;
  change(patch: Partial<ViewState>): void;
  emit(name: 'tk-before-record-move' | 'tk-record-move', detail: TkRecordMoveDetail): CustomEvent<TkRecordMoveDetail>;
  /** Shows (and announces) why a move was put back; an empty message clears it. */
  message(text: string): void;
}

const messageOf = (reason: unknown): string =>
  reason instanceof Error ? reason.message : typeof reason === 'string' ? reason : '';

/**
 * The kanban board of a record view: columns of cards that move by pointer (SortableJS) and keyboard
 * through the shared ReorderController, each move reported to the record view, which asks the host.
 * Loaded the first time a record view shows a kanban.
 */
export class KanbanBoard {
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  readonly #context: BoardContext;
  readonly #cards: ReorderController;
  readonly #columns: ReorderController;
  /** Cards moved to another column that the host's records do not show there yet, by card id. */
  readonly #pending = new Map<string, { key: string; value: unknown }>();
  /** Card order the user made by moving cards, per column key (kept while the board lives). */
  #manual: Record<string, RecordId[]> = {};
  /** Bumped on every move and revert, so the columns are recomputed. */
  #moves = 0;
  #memo: { inputs: unknown[]; columns: BoardColumn[] } | undefined;
  /** Each column's card ids as last rendered: the same array while unchanged, so virtualized columns keep their layout. */
  #rendered = new Map<string, string[]>();

  constructor(
    host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    context: BoardContext,
  ) {
    this.#host = host;
    this.#context = context;
    adoptMore(host.renderRoot, cardStyles, kanbanStyles);
    this.#cards = new ReorderController(host, {
      items: () => this.#expandedColumns().map((column) => column.ids),
      lists: () =>
        this.#expandedColumns().map((column) =>
          host.renderRoot.querySelector<HTMLElement>(`[data-cards="${CSS.escape(column.key)}"]`),
        ),
      label: (id) => context.card(id).title,
      listLabel: (list) => this.#expandedColumns()[list]?.label ?? '',
      onMove: (move) => void this.#moveCard(move, this.#expandedColumns()),
      strings: () => context.strings(),
      focusItem: (id) => void this.#focusCard(id),
    });
    this.#columns = new ReorderController(host, {
      items: () => [this.columns().map((column) => column.key)],
      lists: () => [host.renderRoot.querySelector<HTMLElement>('.board')],
      label: (key) => this.columns().find((column) => column.key === key)?.label ?? key,
      orientation: 'horizontal',
      handle: '.column-handle',
      onMove: (move) => {
        const order = this.columns()
          .map((column) => column.key)
          .filter((each) => each !== move.id);
        order.splice(move.to.index, 0, move.id);
        context.change({ columnOrder: order });
      },
      strings: () => context.strings(),
    });
  }

  /** The card id held by keyboard, if any. */
  get held(): string | undefined {
    return this.#cards.held;
  }

  #expandedColumns(): BoardColumn[] {
    return this.columns().filter((column) => !column.collapsed);
  }

  /** Forgets pending moves the host's records now show (call when the records change). */
  reconcile(): void {
    const field = this.#context.field();
    for (const [id, pending] of this.#pending) {
      const record = this.#context.record(id);
      if (!record || !field || columnKey(record[field.id]) === pending.key) this.#pending.delete(id);
    }
  }

  /** The columns now, recomputed only when something they depend on changed. */
  columns(): BoardColumn[] {
    const context = this.#context;
    const state = context.state();
    const field = context.field();
    // The board stays attached while another view shows: it has no columns then.
    if (!field || state.view !== 'kanban') return [];
    const format = context.format();
    const inputs = [
      context.shown(),
      context.field(),
      this.#moves,
      context.sumField(),
      context.wipLimits(),
      JSON.stringify([state.columnOrder, state.collapsed, format, context.term('noValue')]),
    ];
    const memo = this.#memo;
    if (memo && memo.inputs.every((input, index) => input === inputs[index])) return memo.columns;
    const columns = this.#computeColumns(state, field, format);
    this.#memo = { inputs, columns };
    return columns;
  }

  /** Grouping of the shown records, with the moves the host has not confirmed yet. */
  #computeColumns(state: ViewState, field: RecordField, format: FormatOptions): BoardColumn[] {
    const context = this.#context;
    const shown = this.#pending.size
      ? context.shown().map((record) => {
          const pending = this.#pending.get(String(context.idOf(record)));
          return pending ? { ...record, [field.id]: pending.value } : record;
        })
      : context.shown();
    const byId = new Map(shown.map((record) => [context.idOf(record), record]));
    const columns = groupRecords(shown, field, {
      idKey: context.idKey(),
      order: state.columnOrder,
      manual: this.#manual,
    });
    const sumField = context.sumField();
    const limits = context.wipLimits();
    return columns.map((column) => {
      const { count, sum } = summarizeColumn(column.ids, byId, sumField?.id);
      const limit = column.key === NO_VALUE_KEY ? undefined : limits[String(column.value)];
      const total = sumField && sum !== undefined ? formatValue(sumField, sum, format) : '';
      return {
        key: column.key,
        value: column.key === NO_VALUE_KEY ? null : column.value,
        label: column.key === NO_VALUE_KEY ? context.term('noValue') : column.label,
        ids: column.ids.map(String),
        collapsed: state.collapsed.includes(column.key),
        summary: context.term('columnSummary')('', count, total).replace(/^, /, ''),
        overLimit: limit !== undefined && count > limit ? context.term('overLimit')(limit) : '',
      };
    });
  }

  /**
   * A card was dropped: shown there at once, then the host is asked. A veto of
   * \`tk-before-record-move\`, or a rejected \`waitUntil\` promise, puts the card back and says why.
   */
  async #moveCard(move: ReorderMove, columns: BoardColumn[]): Promise<void> {
    const context = this.#context;
    const from = columns[move.from.list];
    const to = columns[move.to.list];
    const record = context.record(move.id);
    if (!from || !to || !record) return;
    const title = context.card(move.id).title;
    const manual = this.#manual;
    const hadPending = this.#pending.get(move.id);
    const realIds = (ids: string[]): RecordId[] =>
      ids.map((each) => context.record(each)).flatMap((each) => (each ? [context.idOf(each)] : []));
    const target = to.ids.filter((each) => each !== move.id);
    target.splice(move.to.index, 0, move.id);
    this.#manual = { ...manual, [to.key]: realIds(target) };
    if (from.key !== to.key) this.#pending.set(move.id, { key: to.key, value: to.value });
    this.#moves++;
    context.message('');
    this.#host.requestUpdate();

    const waits: PromiseLike<unknown>[] = [];
    const detail: TkRecordMoveDetail = {
      id: context.idOf(record),
      from: from.value,
      to: to.value,
      index: move.to.index,
      waitUntil: (promise) => void waits.push(promise),
    };
    const revert = (reason: string): void => {
      this.#manual = manual;
      if (hadPending) this.#pending.set(move.id, hadPending);
      else this.#pending.delete(move.id);
      this.#moves++;
      context.message(context.term('moveReverted')(title, reason));
      this.#host.requestUpdate();
    };
    if (context.emit('tk-before-record-move', detail).defaultPrevented) {
      revert(detail.reason ?? '');
      return;
    }
    context.emit('tk-record-move', detail);
    try {
      await Promise.all(waits);
    } catch (error) {
      revert(messageOf(error));
    }
  }

  /** Focuses a card, scrolling a virtualized column to it first. */
  async #focusCard(id: string): Promise<void> {
    const root = this.#host.renderRoot;
    const find = (): HTMLElement | null => root.querySelector<HTMLElement>(`[data-reorder-id="${CSS.escape(id)}"]`);
    const arranged = this.#cards.arrange();
    const list = arranged.findIndex((ids) => ids.includes(id));
    const column = this.#expandedColumns()[list];
    const host = column && root.querySelector<VirtualizerHostElement>(`[data-cards="${CSS.escape(column.key)}"]`);
    const ids = arranged[list] ?? [];
    (await revealVirtualItem(host, ids.indexOf(id), ids.length, find))?.focus();
  }

  #renderCard(id: string, index: number, count: number): TemplateResult {
    const card = this.#context.card(id);
    return html`<div
      class="card"
      part="card"
      role="listitem"
      tabindex="0"
      aria-label=${card.title}
      aria-describedby="card-help"
      aria-setsize=${count}
      aria-posinset=${index + 1}
      data-reorder-id=${id}
    >
      <strong class="card-title">${card.title}</strong>
      ${card.lines.map(
        (line) => html`<span class="card-line"><span class="visually-hidden">${line.label}: </span>${line.text}</span>`,
      )}
    </div>`;
  }

  #renderColumn(column: BoardColumn, arranged: string[] | undefined): TemplateResult {
    const term = this.#context.term.bind(this.#context);
    const fresh = arranged ?? column.ids;
    const previous = this.#rendered.get(column.key);
    const ids =
      previous && previous.length === fresh.length && previous.every((id, index) => id === fresh[index])
        ? previous
        : fresh;
    this.#rendered.set(column.key, ids);
    const body = column.collapsed
      ? nothing
      : html`<div class="column-body">
          <div
            class="cards"
            role="list"
            aria-label=${column.label}
            data-cards=${column.key}
            ?data-virtual=${ids.length > VIRTUALIZE_FROM}
          >
            ${
              ids.length > VIRTUALIZE_FROM
                ? virtualize({
                    items: ids,
                    keyFunction: (id: string) => id,
                    renderItem: (id: string, index: number) => this.#renderCard(id, index, ids.length),
                  })
                : repeat(
                    ids,
                    (id) => id,
                    (id, index) => this.#renderCard(id, index, ids.length),
                  )
            }
          </div>
        </div>`;
    return html`<section
      class="column"
      part="column"
      role="group"
      aria-label=${[column.label, column.summary, column.overLimit].filter(Boolean).join(', ')}
      aria-describedby="column-help"
      tabindex="0"
      data-reorder-id=${column.key}
      ?data-collapsed=${column.collapsed}
      ?data-over=${column.overLimit !== ''}
    >
      <div class="column-header" part="column-header">
        <div class="column-handle" aria-hidden="true">
          <span class="column-label">${column.label}</span>
          <span class="column-summary">${column.summary}</span>
          ${column.overLimit ? html`<span class="over-limit" part="over-limit">${column.overLimit}</span>` : nothing}
        </div>
        <button
          type="button"
          class="collapse"
          aria-expanded=${column.collapsed ? 'false' : 'true'}
          aria-label=${column.collapsed ? term('expand')(column.label) : term('collapse')(column.label)}
          @click=${() => this.#toggle(column.key)}
        >
          <span aria-hidden="true">${column.collapsed ? '▸' : '▾'}</span>
        </button>
      </div>
      ${body}
    </section>`;
  }

  /**
   * A press that may start a pointer drag. SortableJS animates a move by setting, then clearing, each
   * moved card's transform, which in a virtualized column is the card's place: cleared, the cards
   * piled up at the top and the placeholder seemed not to move. Those columns do not animate; the
   * virtualizer places the placeholder at its new position as SortableJS moves it.
   */
  readonly #onBoardPointerDown = (): void => {
    for (const list of this.#host.renderRoot.querySelectorAll<HTMLElement>('.cards[data-virtual]')) {
      Sortable.get(list)?.option('animation', 0);
    }
  };

  #toggle(key: string): void {
    const collapsed = this.#context.state().collapsed;
    this.#context.change({
      collapsed: collapsed.includes(key) ? collapsed.filter((each) => each !== key) : [...collapsed, key],
    });
  }

  render(): TemplateResult {
    const columns = this.columns();
    const arranged = this.#cards.arrange();
    const order = this.#columns.arrange()[0] ?? [];
    const byKey = new Map(columns.map((column) => [column.key, column]));
    const expandedIndex = new Map(
      columns.filter((column) => !column.collapsed).map((column, index) => [column.key, index]),
    );
    const term = this.#context.term.bind(this.#context);
    return html`<div
        class="board"
        part="board"
        aria-label=${term('boardLabel')}
        role="group"
        @pointerdown=${this.#onBoardPointerDown}
      >
        ${repeat(
          order,
          (key) => key,
          (key) => {
            const column = byKey.get(key)!;
            const index = expandedIndex.get(key);
            return this.#renderColumn(column, index === undefined ? undefined : arranged[index]);
          },
        )}
      </div>
      <span id="card-help" class="visually-hidden">${term('cardInstructions')}</span>
      <span id="column-help" class="visually-hidden">${term('columnInstructions')}</span>`;
  }
}
