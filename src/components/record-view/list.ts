import { css, html, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { virtualize, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { revealVirtualItem } from '../../base/virtual.js';
import type { RecordId } from '../../core/records/kanban.js';
import type { RecordItem } from '../../core/records/values.js';
import type { BoardCard } from './kanban.js';
import { adoptMore, cardStyles } from './card.styles.js';

/** Cards one PageUp or PageDown moves. */
const PAGE = 10;

const listStyles = css`
  .list {
    display: block;
  }
  .field-label {
    font-weight: 600;
  }
`;

export interface ListContext {
  shown(): readonly RecordItem[];
  idOf(record: RecordItem): RecordId;
  /** The accessible name of the list. */
  label(): string;
}

/**
 * The list view of a record view: one virtualized card per record, named by its title, with
 * Up/Down, Home/End and PageUp/PageDown between cards. Loaded the first time a list shows.
 */
export class RecordList {
  readonly #host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment };
  readonly #context: ListContext;
  /** The card holding the list's tab stop. */
  #active = 0;

  constructor(
    host: ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment },
    context: ListContext,
  ) {
    this.#host = host;
    this.#context = context;
    adoptMore(host.renderRoot, cardStyles, listStyles);
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    const card = (event.composedPath()[0] as HTMLElement).closest?.<HTMLElement>('[data-index]');
    if (!card) return;
    const count = this.#context.shown().length;
    const index = Number(card.dataset.index);
    const steps: Record<string, number> = {
      ArrowDown: index + 1,
      ArrowUp: index - 1,
      Home: 0,
      End: count - 1,
      PageDown: index + PAGE,
      PageUp: index - PAGE,
    };
    const next = steps[event.key];
    if (next === undefined) return;
    event.preventDefault();
    void this.#focus(Math.max(0, Math.min(count - 1, next)));
  };

  /** Focuses card `index`, scrolling it into view first when it is not rendered. */
  async #focus(index: number): Promise<void> {
    this.#active = index;
    const root = this.#host.renderRoot;
    const find = (): HTMLElement | null => root.querySelector<HTMLElement>(`.list [data-index="${index}"]`);
    await revealVirtualItem(
      root.querySelector<VirtualizerHostElement>('.list'),
      index,
      this.#context.shown().length,
      find,
    );
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    find()?.focus();
  }

  render(card: (record: RecordItem) => BoardCard): TemplateResult {
    const shown = this.#context.shown();
    const active = Math.min(this.#active, shown.length - 1);
    return html`<div class="scroller" part="scroller">
      <div class="list" role="list" aria-label=${this.#context.label()} @keydown=${this.#onKeyDown}>
        ${virtualize({
          // The same array while nothing changed, so the virtualizer keeps its layout between renders.
          items: shown as RecordItem[],
          keyFunction: (record: RecordItem) => this.#context.idOf(record),
          renderItem: (record: RecordItem, index: number) => {
            const { title, lines } = card(record);
            return html`<div
              class="card"
              part="card"
              role="listitem"
              tabindex=${index === active ? 0 : -1}
              aria-label=${title}
              aria-setsize=${shown.length}
              aria-posinset=${index + 1}
              data-index=${index}
            >
              <strong class="card-title">${title}</strong>
              ${lines.map(
                (line) =>
                  html`<span class="card-line"
                    ><span class="field-label">${line.label}</span> <span>${line.text}</span></span
                  >`,
              )}
            </div>`;
          },
        })}
      </div>
    </div>`;
  }
}
