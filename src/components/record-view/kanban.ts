import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { ReorderController, type ReorderMove, type ReorderStrings } from '../../base/reorder.js';

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

export interface BoardOptions {
  /** The columns to render now, in order. */
  columns: () => BoardColumn[];
  card: (id: string) => BoardCard;
  /** A card was dropped (pointer or keyboard). `from` and `to` index the expanded columns. */
  onCardMove: (move: ReorderMove, columns: BoardColumn[]) => void;
  /** A column was moved to `to.index` among the columns. */
  onColumnMove: (key: string, index: number) => void;
  onToggle: (key: string) => void;
  strings: () => Partial<ReorderStrings>;
  term: {
    label: string;
    collapse: (label: string) => string;
    expand: (label: string) => string;
    cardInstructions: string;
    columnInstructions: string;
  };
}

/**
 * The kanban board of a record view: columns of cards that move by pointer (SortableJS) and keyboard
 * through the shared ReorderController, each move reported to the record view, which asks the host.
 * Loaded the first time a record view shows a kanban.
 */
export class KanbanBoard {
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  readonly #options: BoardOptions;
  readonly #cards: ReorderController;
  readonly #columns: ReorderController;

  constructor(
    host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    options: BoardOptions,
  ) {
    this.#host = host;
    this.#options = options;
    this.#cards = new ReorderController(host, {
      items: () => this.#expandedColumns().map((column) => column.ids),
      lists: () =>
        this.#expandedColumns().map((column) =>
          host.renderRoot.querySelector<HTMLElement>(`[data-cards="${CSS.escape(column.key)}"]`),
        ),
      label: (id) => options.card(id).title,
      listLabel: (list) => this.#expandedColumns()[list]?.label ?? '',
      onMove: (move) => options.onCardMove(move, this.#expandedColumns()),
      strings: options.strings,
      focusItem: (id) => void this.#focusCard(id),
    });
    this.#columns = new ReorderController(host, {
      items: () => [options.columns().map((column) => column.key)],
      lists: () => [host.renderRoot.querySelector<HTMLElement>('.board')],
      label: (key) => options.columns().find((column) => column.key === key)?.label ?? key,
      orientation: 'horizontal',
      handle: '.column-handle',
      onMove: (move) => options.onColumnMove(move.id, move.to.index),
      strings: options.strings,
    });
  }

  /** The card id held by keyboard, if any. */
  get held(): string | undefined {
    return this.#cards.held;
  }

  #expandedColumns(): BoardColumn[] {
    return this.#options.columns().filter((column) => !column.collapsed);
  }

  /** Focuses a card, scrolling a virtualized column to it first. */
  async #focusCard(id: string): Promise<void> {
    const root = this.#host.renderRoot;
    const find = (): HTMLElement | null => root.querySelector<HTMLElement>(`[data-reorder-id="${CSS.escape(id)}"]`);
    let element = find();
    if (!element) {
      const arranged = this.#cards.arrange();
      const list = arranged.findIndex((ids) => ids.includes(id));
      const column = this.#expandedColumns()[list];
      const host = column && root.querySelector<VirtualizerHostElement>(`[data-cards="${CSS.escape(column.key)}"]`);
      const virtualizer = host?.[virtualizerRef];
      if (virtualizer) {
        virtualizer.element(arranged[list].indexOf(id))?.scrollIntoView({ block: 'nearest' });
        await virtualizer.layoutComplete.catch(() => undefined);
        await this.#host.updateComplete;
        element = find();
      }
    }
    element?.focus();
  }

  #renderCard(id: string, index: number, count: number): TemplateResult {
    const card = this.#options.card(id);
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
    const term = this.#options.term;
    const ids = arranged ?? column.ids;
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
          aria-label=${column.collapsed ? term.expand(column.label) : term.collapse(column.label)}
          @click=${() => this.#options.onToggle(column.key)}
        >
          <span aria-hidden="true">${column.collapsed ? '▸' : '▾'}</span>
        </button>
      </div>
      ${body}
    </section>`;
  }

  render(): TemplateResult {
    const columns = this.#options.columns();
    const arranged = this.#cards.arrange();
    const order = this.#columns.arrange()[0] ?? [];
    const byKey = new Map(columns.map((column) => [column.key, column]));
    const expandedIndex = new Map(
      columns.filter((column) => !column.collapsed).map((column, index) => [column.key, index]),
    );
    const term = this.#options.term;
    return html`<div class="board" part="board" aria-label=${term.label} role="group">
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
      <span id="card-help" class="visually-hidden">${term.cardInstructions}</span>
      <span id="column-help" class="visually-hidden">${term.columnInstructions}</span>`;
  }
}
