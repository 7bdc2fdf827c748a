import type { FieldSet } from '../../core/fields/field-set.js';
import { FieldSearch, highlightMatch, type FieldHit, type FieldMatch } from '../../core/fields/search.js';
import { SearchSession } from '../../core/fields/session.js';
import type { FieldDefinition } from '../../core/fields/types.js';
import type { FieldList } from './field-list.js';

/** What clearing a search gives back. */
export interface ListView {
  /** The block at the top of the list, and how far the list was scrolled into it. */
  anchor: { chunk: string; offset: number } | undefined;
  collapsed: Set<string>;
  active: string | undefined;
}

const ANNOUNCE_AFTER_MS = 600;

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/**
 * The list's search: the fields the query finds (each keystroke narrows the last result), their
 * highlights (worked out only for the rows rendered), the match count announced once typing pauses,
 * and the session that gives back the scroll position, expanded categories and focused row when
 * the search is cleared.
 */
export class ListSearch {
  /** The found fields by id, in rank order; `undefined` without a query. */
  matches: Map<string, FieldHit> | undefined;
  readonly #list: FieldList;
  readonly #session = new SearchSession<ListView>();
  readonly #search = new FieldSearch();
  #query = '';
  #locale: string | undefined;
  #highlights = new Map<string, FieldMatch>();
  #announceTimer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped when the user scrolls or types, so a position being restored stops following them. */
  restoreCall = 0;

  constructor(list: FieldList) {
    this.#list = list;
  }

  /** Runs the query (trimmed) over the fields; called when either changed. */
  update(set: FieldSet, query: string, locale: string): void {
    this.#query = query.trim();
    this.#locale = locale;
    this.#highlights = new Map();
    this.matches = this.#query
      ? new Map(this.#search.find(set, this.#query, { locale }).map((hit) => [hit.field.id, hit]))
      : undefined;
  }

  /** The highlight ranges of a found field (computed when its row is rendered, then kept for this query). */
  highlight(set: FieldSet, field: FieldDefinition): FieldMatch | undefined {
    const hit = this.matches?.get(field.id);
    if (!hit) return undefined;
    let match = this.#highlights.get(field.id);
    if (!match) {
      match = highlightMatch(set, hit, this.#query, { locale: this.#locale });
      this.#highlights.set(field.id, match);
    }
    return match;
  }

  /** The search box changed: remember the view when a search starts, give it back when it is cleared. */
  input(query: string): void {
    const list = this.#list;
    const starting = !this.#session.active;
    this.#session.update(query, () => list.view());
    if (starting && this.#session.active) list.searchCollapsed = new Set();
    if (query.trim() === '') {
      const view = this.#session.clear();
      if (view) void this.#restore(view);
    } else {
      list.scrollToTop();
    }
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      if (this.matches) list.context.announce(list.context.term('matches')(this.matches.size));
    }, ANNOUNCE_AFTER_MS);
  }

  disconnect(): void {
    clearTimeout(this.#announceTimer);
  }

  /**
   * Brings the list back to the block and offset it showed before the search. Sizes of blocks not
   * yet measured are estimates, so the position is corrected over a few frames until it holds.
   */
  async #restore(view: ListView): Promise<void> {
    const list = this.#list;
    list.restore(view);
    await list.context.host.updateComplete;
    const anchor = view.anchor;
    const index = anchor ? list.listing.chunks.findIndex((chunk) => chunk.key === anchor.chunk) : -1;
    if (!anchor || index < 0) return;
    list.scrollToChunk(index, 'start');
    let held = 0;
    const call = ++this.restoreCall;
    for (let count = 0; count < 60 && held < 3 && call === this.restoreCall && !this.matches; count++) {
      await frame();
      if (call !== this.restoreCall) return;
      await list.context.host.updateComplete;
      const element = list.element();
      const block = element?.querySelector<HTMLElement>(`[data-chunk="${CSS.escape(anchor.chunk)}"]`);
      if (!element || !block) {
        held = 0;
        list.scrollToChunk(index, 'start');
        continue;
      }
      const drift = block.getBoundingClientRect().top + anchor.offset - element.getBoundingClientRect().top;
      if (Math.abs(drift) > 1) {
        element.scrollTop += drift;
        held = 0;
      } else {
        held++;
      }
    }
  }
}
