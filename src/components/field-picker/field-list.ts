import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { virtualize } from './near-flow.js';
import type { FieldSet } from '../../core/fields/field-set.js';
import { selectionState, setFieldsVisible } from '../../core/fields/state.js';
import { ListKeyboard } from './list-keyboard.js';
import { renderChunk, type RowsView } from './list-rows.js';
import { ListSearch, type ListView } from './list-search.js';
import { Listing, type Chunk } from './listing.js';
import type { PickerState } from './picker-state.js';
import type { Term } from './shown-section.js';

/** What the list needs from the picker. */
export interface ListContext {
  host: ReactiveControllerHost & HTMLElement & { readonly renderRoot: ParentNode };
  state: PickerState;
  term: Term;
  dir: () => string;
  announce: (message: string) => void;
  /** Ticks or unticks a field (a required one stays, and says so). */
  toggle: (id: string) => void;
  /** Resets a field to the default. */
  reset: (id: string) => void;
  /** A change by the user: applied or staged, and announced. */
  change: (next: string[]) => void;
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The list of all fields: blocks of checkable options grouped by category, virtualized (only the
 * blocks in view are in the DOM), with collapsible categories, tri-state select-all, search with
 * highlights (ListSearch) and keyboard navigation (ListKeyboard). Loaded on first use with the
 * virtualizer; the picker renders the rest.
 */
export class FieldList {
  readonly context: ListContext;
  readonly search: ListSearch;
  readonly #keyboard: ListKeyboard;
  listing: Listing;
  /** Collapsed categories of the full list, and of the current search (a cleared search gives the first back). */
  collapsed = new Set<string>();
  searchCollapsed = new Set<string>();
  /** The row that holds the tab stop. */
  active: string | undefined;
  #searched: unknown[] = [];
  #listed: unknown[] = [];
  #collapseVersion = 0;
  #focusCall = 0;
  #atTop = true;
  #shown: { ids: string[]; set: Set<string> } | undefined;

  constructor(context: ListContext, set: FieldSet) {
    this.context = context;
    this.search = new ListSearch(this);
    this.#keyboard = new ListKeyboard(this);
    this.listing = new Listing(set, undefined, this.collapsed);
  }

  /** Brings the search and the listing up to date; each is redone only when its inputs changed. */
  update(set: FieldSet, query: string, locale: string): void {
    const searched = [set, query, locale];
    if (searched.some((source, i) => source !== this.#searched[i])) {
      this.search.update(set, query, locale);
      this.#searched = searched;
    }
    const matches = this.search.matches;
    const collapsed = matches ? this.searchCollapsed : this.collapsed;
    const listed = [set, matches, collapsed, this.#collapseVersion];
    if (listed.some((source, i) => source !== this.#listed[i])) {
      this.listing = new Listing(set, matches, collapsed);
      this.#listed = listed;
    }
    if (!this.active || !this.listing.has(this.active)) this.active = this.listing.first;
  }

  disconnect(): void {
    this.search.disconnect();
  }

  element(): (HTMLElement & VirtualizerHostElement) | null {
    return this.context.host.renderRoot.querySelector('.list');
  }

  #virtualizer() {
    return this.element()?.[virtualizerRef];
  }

  /** The view a search gives back when cleared. */
  view(): ListView {
    return { anchor: this.#topAnchor(), collapsed: new Set(this.collapsed), active: this.active };
  }

  restore(view: ListView): void {
    this.collapsed = view.collapsed;
    this.active = view.active;
    this.#collapseVersion++;
    this.context.host.requestUpdate();
  }

  scrollToTop(): void {
    const element = this.element();
    if (element && !this.#atTop) element.scrollTop = 0;
    this.#atTop = true;
  }

  scrollToChunk(index: number, block: ScrollLogicalPosition): void {
    this.#virtualizer()?.element(index)?.scrollIntoView({ block });
  }

  /** The rendered block at the top edge of the list and how far the list is scrolled into it. */
  #topAnchor(): ListView['anchor'] {
    const list = this.element();
    if (!list) return undefined;
    const top = list.getBoundingClientRect().top;
    // The virtualizer places blocks by position, not in DOM order: take the highest one in view.
    let anchor: ListView['anchor'];
    let best = Infinity;
    for (const chunk of list.querySelectorAll<HTMLElement>('.chunk')) {
      const rect = chunk.getBoundingClientRect();
      if (rect.bottom > top && rect.top < best) {
        best = rect.top;
        anchor = { chunk: chunk.dataset.chunk!, offset: top - rect.top };
      }
    }
    return anchor;
  }

  #rowElement(key: string): HTMLElement | null {
    return this.element()?.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) ?? null;
  }

  /**
   * Moves the tab stop to a row and focuses it, scrolling its block into view first (it may not be
   * rendered). The virtualizer may replace rows while it settles, so focus is checked until it holds
   * for a frame. A newer call supersedes an older one.
   */
  async focusRow(key: string | undefined): Promise<void> {
    if (!key) return;
    const call = ++this.#focusCall;
    const host = this.context.host;
    this.active = key;
    host.requestUpdate();
    let settled = 0;
    for (let count = 0; count < 60 && settled < 2 && call === this.#focusCall; count++) {
      await host.updateComplete;
      const element = this.#rowElement(key);
      if (!element) {
        settled = 0;
        const chunk = this.listing.chunkOf(key);
        if (chunk === undefined) return;
        this.scrollToChunk(chunk, 'nearest');
      } else if (host.shadowRoot?.activeElement === element) {
        settled++;
      } else {
        settled = 0;
        element.scrollIntoView({ block: 'nearest' });
        element.focus({ preventScroll: true });
      }
      await frame();
    }
  }

  /** From the search box, ArrowDown goes to the first field. */
  focusFirstField(): void {
    const rows = this.listing.rows;
    void this.focusRow(rows.find((row) => row.startsWith('f:')) ?? rows[0]);
  }

  toggleCategory(category: string): void {
    const { state } = this.context;
    const ids = (this.listing.byCategory.get(category) ?? []).map((field) => field.id);
    const checked = selectionState(state.shown, ids);
    this.context.change(setFieldsVisible(state.set, state.shown, ids, checked !== 'checked'));
  }

  toggleCollapsed(category: string, collapse?: boolean): void {
    const set = this.search.matches ? this.searchCollapsed : this.collapsed;
    if (collapse ?? !set.has(category)) set.add(category);
    else set.delete(category);
    this.#collapseVersion++;
    this.context.host.requestUpdate();
  }

  /** The row key an event happened in. */
  keyOf(event: Event): string | undefined {
    const list = this.element();
    for (const node of event.composedPath()) {
      if (node === list) return undefined;
      if (node instanceof HTMLElement && node.dataset.key) return node.dataset.key;
    }
    return undefined;
  }

  readonly #onClick = (event: MouseEvent): void => {
    const target = event.composedPath().find((node) => node instanceof HTMLElement && node.dataset.action) as
      HTMLElement | undefined;
    const key = this.keyOf(event);
    if (key) this.active = key;
    if (!target) return;
    const { action, id = '' } = target.dataset;
    if (action === 'toggle-field') this.context.toggle(id);
    else if (action === 'toggle-category') this.toggleCategory(id);
    else if (action === 'collapse') this.toggleCollapsed(id);
    else if (action === 'reset-field') this.context.reset(id);
  };

  readonly #onUserScroll = (): void => {
    this.search.restoreCall++;
  };

  readonly #onScroll = (event: Event): void => {
    this.#atTop = (event.currentTarget as HTMLElement).scrollTop === 0;
  };

  readonly #onFocusIn = (event: FocusEvent): void => {
    const key = this.keyOf(event);
    if (key && key !== this.active) {
      this.active = key;
      this.context.host.requestUpdate();
    }
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    this.search.restoreCall++;
    this.#keyboard.onKeyDown(event);
  };

  /** The shown ids as a set, made once per state (5,000 ticked fields are 5,000 lookups per row otherwise). */
  #shownSet(): Set<string> {
    const ids = this.context.state.shown;
    if (this.#shown?.ids !== ids) this.#shown = { ids, set: new Set(ids) };
    return this.#shown.set;
  }

  render(busy: boolean): TemplateResult {
    const { state, term } = this.context;
    const matches = this.search.matches;
    const view: RowsView = {
      state,
      term,
      listing: this.listing,
      shown: this.#shownSet(),
      differences: state.differences,
      active: this.active,
      searching: matches !== undefined,
      match: (field) => this.search.highlight(state.set, field),
    };
    return html`<div
        part="list"
        class="list"
        aria-busy=${busy ? 'true' : 'false'}
        @keydown=${this.#onKeyDown}
        @wheel=${this.#onUserScroll}
        @pointerdown=${this.#onUserScroll}
        @scroll=${this.#onScroll}
        @click=${this.#onClick}
        @focusin=${this.#onFocusIn}
      >
        ${virtualize({
          items: this.listing.chunks,
          keyFunction: (chunk: Chunk) => chunk.key,
          renderItem: (chunk: Chunk) => renderChunk(view, chunk),
          scroller: true,
        })}
      </div>
      ${
        matches?.size === 0
          ? html`<p class="empty" role="status">${term('noMatches')((this.#searched[1] as string).trim())}</p>`
          : nothing
      }`;
  }
}
