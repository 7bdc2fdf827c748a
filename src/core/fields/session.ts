/**
 * What a search must give back when it is cleared: the view as it was when the search began (scroll
 * position, expanded categories, focused field). Typing more only updates the query; the view kept
 * is the one from before the first character.
 */
export class SearchSession<View> {
  #saved?: { view: View };

  /** Whether a search is under way. */
  get active(): boolean {
    return this.#saved !== undefined;
  }

  /** Called on every query change: remembers `view` only when a search starts. */
  update(query: string, view: () => View): void {
    if (query.trim() === '') return;
    this.#saved ??= { view: view() };
  }

  /** Ends the search: the view to restore, or `undefined` if no search was under way. */
  clear(): View | undefined {
    const saved = this.#saved;
    this.#saved = undefined;
    return saved?.view;
  }
}
