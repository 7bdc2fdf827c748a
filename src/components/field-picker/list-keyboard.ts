import { foldText } from '../../core/fields/fold.js';
import type { FieldList } from './field-list.js';

/** Rows PageUp and PageDown move by. */
const PAGE_ROWS = 10;
/** A pause this long starts a new typeahead. */
const TYPEAHEAD_RESET_MS = 500;

/**
 * Keyboard use of the list: arrows, Home, End, PageUp, PageDown move between rows; Space ticks an
 * option or a category's select-all; Enter, Space or ArrowLeft/Right collapse a category header;
 * Delete resets a field to the default; typing jumps to the next field whose label starts with
 * what was typed.
 */
export class ListKeyboard {
  readonly #list: FieldList;
  #typeahead = '';
  #typeaheadAt = 0;

  constructor(list: FieldList) {
    this.#list = list;
  }

  onKeyDown(event: KeyboardEvent): void {
    const list = this.#list;
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = list.keyOf(event) ?? list.active;
    if (!key) return;
    const rows = list.listing.rows;
    const index = rows.indexOf(key);
    const go = (target: number) => {
      event.preventDefault();
      void list.focusRow(rows[Math.max(0, Math.min(rows.length - 1, target))]);
    };
    const kind = key.slice(0, 1);
    const name = key.slice(2);
    switch (event.key) {
      case 'ArrowDown':
        return go(index + 1);
      case 'ArrowUp':
        return go(index - 1);
      case 'Home':
        return go(0);
      case 'End':
        return go(rows.length - 1);
      case 'PageDown':
        return go(index + PAGE_ROWS);
      case 'PageUp':
        return go(index - PAGE_ROWS);
      case ' ':
      case 'Enter':
        if (event.key === ' ' && this.#typingAhead()) return this.#typeaheadTo(event, index);
        if (event.key === 'Enter' && kind !== 'h') return;
        event.preventDefault();
        if (kind === 'f') list.context.toggle(name);
        else if (kind === 'a') list.toggleCategory(name);
        else list.toggleCollapsed(name);
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
        if (kind !== 'h') return;
        event.preventDefault();
        list.toggleCollapsed(name, (event.key === 'ArrowLeft') !== (list.context.dir() === 'rtl'));
        return;
      case 'Delete':
      case 'Backspace':
        if (kind !== 'f') return;
        event.preventDefault();
        list.context.reset(name);
        return;
    }
    if (event.key.length === 1 && event.key.trim() !== '') this.#typeaheadTo(event, index);
  }

  /** Whether a space continues typing a label rather than ticking. */
  #typingAhead(): boolean {
    return this.#typeahead !== '' && performance.now() - this.#typeaheadAt < TYPEAHEAD_RESET_MS;
  }

  /** Typing moves to the next field whose label starts with the typed text. */
  #typeaheadTo(event: KeyboardEvent, index: number): void {
    const now = performance.now();
    this.#typeahead = now - this.#typeaheadAt > TYPEAHEAD_RESET_MS ? event.key : this.#typeahead + event.key;
    this.#typeaheadAt = now;
    const prefix = foldText(this.#typeahead);
    const { listing, context } = this.#list;
    const rows = listing.rows;
    const start = this.#typeahead.length === 1 ? index + 1 : index;
    for (let step = 0; step < rows.length; step++) {
      const row = rows[(start + step) % rows.length];
      if (!row.startsWith('f:')) continue;
      const field = context.state.set.get(row.slice(2));
      if (field && foldText(field.label).startsWith(prefix)) {
        event.preventDefault();
        void this.#list.focusRow(row);
        return;
      }
    }
  }
}
