import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { guard } from 'lit/directives/guard.js';
import { repeat } from 'lit/directives/repeat.js';
import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import type { ReorderController } from '../../base/reorder.js';
import { moveField, zoneRange, type FieldDifference } from '../../core/fields/state.js';
import type { FieldDefinition } from '../../core/fields/types.js';
import type { FieldPickerStrings } from './field-picker-strings.js';
import type { PickerState } from './picker-state.js';
import type * as ListSupportModule from './list-support.js';

/** Above this many shown fields, the "Shown" section renders only the rows in view. */
export const VIRTUALIZE_SHOWN_FROM = 60;

export type Term = <K extends keyof FieldPickerStrings>(key: K) => FieldPickerStrings[K];

/** Why a row is as it is: required, pinned, changed from the default (read after its label). */
export function fieldNotes(term: Term, field: FieldDefinition, difference: FieldDifference | undefined): string[] {
  const notes: string[] = [];
  if (field.required) notes.push(term('required'));
  if (field.pinned) notes.push(field.pinned === 'start' ? term('pinnedStart') : term('pinnedEnd'));
  if (difference === 'moved') notes.push(term('movedFromDefault'));
  else if (difference) notes.push(term('changed'));
  return notes;
}

/** What the "Shown" section needs from the picker. */
export interface ShownContext {
  host: ReactiveControllerHost &
    HTMLElement & { readonly renderRoot: ParentNode; strings: Partial<FieldPickerStrings> };
  state: PickerState;
  term: Term;
  /** Ticks or unticks a field, as the list does. */
  toggle: (id: string) => void;
  /** Resets a field to the default (its place, for a moved one). */
  reset: (id: string) => void;
  /** A user's reorder: apply the new state. */
  change: (next: string[]) => void;
}

/**
 * The "Shown" section: the ticked fields in their order, always in view (a search never hides it).
 * Enter grabs a row and arrows move it, Alt and an arrow moves one step, a drag does the same
 * (ReorderController, once the list's code has loaded); Delete hides the row's field. Above
 * `VIRTUALIZE_SHOWN_FROM` rows only the rows in view are rendered, and moving focus or a held row
 * beyond them scrolls it into view first.
 */
export class ShownSection {
  readonly #context: ShownContext;
  #reorder: ReorderController | undefined;
  #support: typeof ListSupportModule | undefined;
  /** The row that holds the tab stop. */
  #active: string | undefined;
  /** The list's code could not be loaded: every row is rendered, as there is no virtualizer. */
  #unvirtualized = false;

  constructor(context: ShownContext) {
    this.#context = context;
  }

  /** The list's code could not be loaded: the section renders every row and hides fields, without reordering. */
  unavailable(): void {
    this.#unvirtualized = true;
  }

  /** The list's code has arrived: reordering and virtualization can start. */
  attach(support: typeof ListSupportModule): void {
    this.#support = support;
    const { host, state } = this.#context;
    this.#reorder ??= new support.ReorderController(host, {
      items: () => [state.shown],
      lists: () => [this.#listElement()],
      label: (id) => state.set.get(id)?.label ?? id,
      canMove: (id, to) => {
        const [first, last] = zoneRange(state.set, state.shown, id);
        return to.index >= first && to.index <= last;
      },
      onMove: ({ id, to }) => {
        this.#active = id;
        this.#context.change(moveField(state.set, state.shown, id, to.index));
      },
      strings: () => host.strings,
      focusItem: (id) => void this.#focus(id),
    });
  }

  #listElement(): (HTMLElement & VirtualizerHostElement) | null {
    return this.#context.host.renderRoot.querySelector('.shown-list');
  }

  #row(id: string): HTMLElement | null {
    return this.#listElement()?.querySelector<HTMLElement>(`[data-reorder-id="${CSS.escape(id)}"]`) ?? null;
  }

  /** Focuses a row, scrolling a virtualized list to it first. */
  async #focus(id: string): Promise<void> {
    const ids = this.#reorder?.arrange()[0] ?? this.#context.state.shown;
    const index = ids.indexOf(id);
    const virtual = ids.length > VIRTUALIZE_SHOWN_FROM ? this.#listElement() : null;
    // Until the virtualizer has rendered the new order, the row may still sit where it was: wait for its new place.
    const find = () => {
      const row = this.#row(id);
      return row?.getAttribute('aria-posinset') === String(index + 1) ? row : null;
    };
    const reveal = this.#support?.revealVirtualItem;
    (reveal ? await reveal(virtual, index, ids.length, find) : find())?.focus();
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (this.#reorder?.held || event.altKey || event.ctrlKey || event.metaKey) return;
    const row = event.composedPath()[0];
    if (!(row instanceof HTMLElement) || row.dataset.reorderId === undefined) return;
    const ids = this.#context.state.shown;
    const id = row.dataset.reorderId;
    const index = ids.indexOf(id);
    let target: string | undefined;
    if (event.key === 'ArrowDown') target = ids[Math.min(ids.length - 1, index + 1)];
    else if (event.key === 'ArrowUp') target = ids[Math.max(0, index - 1)];
    else if (event.key === 'Home') target = ids[0];
    else if (event.key === 'End') target = ids.at(-1);
    else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      this.#active = ids[index + 1] ?? ids[index - 1];
      this.#context.toggle(id);
      void this.#context.host.updateComplete.then(() => {
        if (this.#active) void this.#focus(this.#active);
      });
      return;
    } else return;
    event.preventDefault();
    if (target) {
      this.#active = target;
      this.#context.host.requestUpdate();
      void this.#context.host.updateComplete.then(() => this.#focus(target));
    }
  };

  readonly #onClick = (event: MouseEvent): void => {
    const button = event.composedPath().find((node) => node instanceof HTMLElement && node.dataset.action);
    if (!(button instanceof HTMLElement)) return;
    const id = button.dataset.id ?? '';
    if (button.dataset.action === 'hide') this.#context.toggle(id);
    else if (button.dataset.action === 'reset') this.#context.reset(id);
  };

  #renderRow(id: string, index: number, count: number, differences: Map<string, FieldDifference>): TemplateResult {
    const { term, state } = this.#context;
    const field = state.set.get(id);
    if (!field) return html``;
    const difference = differences.get(id);
    const notes = fieldNotes(term, field, difference === 'moved' ? difference : undefined);
    const action = (name: string, label: string, text: string) =>
      html`<button
        class=${name}
        type="button"
        tabindex="-1"
        data-action=${name}
        data-id=${id}
        aria-label=${label}
        title=${label}
      >
        ${text}
      </button>`;
    return html`<li
      part="shown-item"
      class="shown-item"
      data-reorder-id=${id}
      tabindex=${this.#active === id ? 0 : -1}
      aria-describedby="shown-help"
      aria-setsize=${count}
      aria-posinset=${index + 1}
      ?data-held=${this.#reorder?.held === id}
      ?data-changed=${difference === 'moved'}
    >
      <span class="grip" aria-hidden="true"></span>
      <span class="label">${field.label}</span>
      ${notes.length ? html`<span class="notes">${notes.join(' · ')}</span>` : nothing}
      ${difference === 'moved' ? action('reset', term('resetField')(field.label), '↺') : nothing}
      ${field.required ? nothing : action('hide', term('hideField')(field.label), '×')}
    </li>`;
  }

  render(): unknown {
    const { term, state, host } = this.#context;
    const [ids = []] = this.#reorder?.arrange() ?? [state.shown];
    if (!this.#active || !ids.includes(this.#active)) this.#active = ids[0];
    const differences = state.differences;
    const held = this.#reorder?.held;
    const virtual = !!this.#support && ids.length > VIRTUALIZE_SHOWN_FROM;
    // Until the virtualizer arrives (moments after connecting), a long list shows its first rows only.
    const listed = this.#support || this.#unvirtualized ? ids : ids.slice(0, VIRTUALIZE_SHOWN_FROM);
    // A search or a focus move in the list re-renders the picker; the section only when its inputs change.
    return guard(
      [ids.join('\n'), listed.length, state.set, differences, this.#active, held, virtual, host.strings],
      () => {
        const row = (id: string, index: number) => this.#renderRow(id, index, ids.length, differences);
        return html`<section class="shown" part="shown" aria-labelledby="shown-heading">
          <h3 id="shown-heading" class="heading">${term('shown')} <span class="badge">${ids.length}</span></h3>
          <p id="shown-help" class="visually-hidden">${term('shownInstructions')}</p>
          ${ids.length === 0 ? html`<p class="empty">${term('noneShown')}</p>` : nothing}
          <div class="shown-scroll" ?data-virtual=${virtual}>
            <ol class="shown-list" aria-labelledby="shown-heading" @keydown=${this.#onKeyDown} @click=${this.#onClick}>
              ${
                virtual
                  ? this.#support!.virtualize({ items: ids, keyFunction: (id: string) => id, renderItem: row }, true)
                  : repeat(listed, (id) => id, row)
              }
            </ol>
          </div>
        </section>`;
      },
    );
  }
}
