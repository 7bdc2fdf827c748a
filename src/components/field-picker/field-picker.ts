import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { virtualize, virtualizerRef, type VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';
import { TkElement } from '../../base/tk-element.js';
import { AnnouncerController } from '../../base/announcer.js';
import { LocalizeController } from '../../base/localize.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../base/styles.js';
import { PersistController } from '../../base/preferences/persist-controller.js';
import { ReorderController } from '../../base/reorder.js';
import { FieldSet, UNCATEGORIZED } from '../../core/fields/field-set.js';
import { foldText } from '../../core/fields/fold.js';
import { searchFields, type FieldMatch, type TextRange } from '../../core/fields/search.js';
import { SearchSession } from '../../core/fields/session.js';
import {
  defaultVisibleFields,
  fieldDifferences,
  moveField,
  resetField,
  sameOrder,
  sanitizeVisible,
  selectionState,
  setFieldsVisible,
  zoneRange,
  type FieldDifference,
} from '../../core/fields/state.js';
import type { DroppedId, FieldDefinition, FieldProblem } from '../../core/fields/types.js';
import type { FieldError } from '../../core/prefs/document.js';
import type { Preferences } from '../../core/prefs/store.js';
import { buildListing, fieldKey, headerKey, selectAllKey, type Chunk, type Listing } from './listing.js';
import { fieldPickerStyles } from './field-picker.styles.js';
import { defaultFieldPickerStrings, type FieldPickerStrings } from './field-picker-strings.js';

/** Detail of `tk-fields-change`. */
export interface TkFieldsChangeDetail {
  /** The ids of the visible fields, in display order. */
  value: string[];
}

/** Detail of `tk-fields-error`: what was wrong with the definitions or a state, and what was dropped. */
export interface TkFieldsErrorDetail {
  /** Where the state came from: the host's `value`, or the stored preferences. */
  source: 'fields' | 'value' | 'stored';
  /** Ids dropped from the state (unknown, repeated or not strings). */
  dropped: DroppedId[];
  /** Problems of the field definitions (for `source: 'fields'`). */
  problems: FieldProblem[];
}

/** The stored document of a persisted picker: `null` until something is chosen. */
export interface FieldPickerPreferences {
  visible: string[] | null;
}

declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-fields-change': TkFieldsChangeDetail;
    'tk-fields-error': TkFieldsErrorDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-fields-change': CustomEvent<TkFieldsChangeDetail>;
    'tk-fields-error': CustomEvent<TkFieldsErrorDetail>;
  }
}

/** What clearing a search gives back. */
interface ListView {
  scrollTop: number;
  collapsed: Set<string>;
  active: string | undefined;
}

const PAGE_ROWS = 10;
const TYPEAHEAD_RESET_MS = 500;

function validatePreferences(value: unknown): FieldError[] {
  const visible = (value as { visible?: unknown } | null)?.visible;
  const ok = visible === null || (Array.isArray(visible) && visible.every((id) => typeof id === 'string'));
  return ok ? [] : [{ path: 'visible', message: 'must be null or a list of field ids' }];
}

const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

/** The label with the search's matches marked. */
function highlighted(text: string, ranges: readonly TextRange[] | undefined): TemplateResult | string {
  if (!ranges || ranges.length === 0) return text;
  const parts: (TemplateResult | string)[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    parts.push(text.slice(at, start), html`<mark part="match">${text.slice(start, end)}</mark>`);
    at = end;
  }
  parts.push(text.slice(at));
  return html`${parts}`;
}

/**
 * Lets a user choose which fields show and in what order: a searchable, grouped, virtualized list of
 * checkable fields, and a "Shown" section of the ticked ones that they reorder by drag or keyboard.
 *
 * - The list is a listbox of checkable options (`aria-checked`), categories are labelled groups with
 *   a tri-state select-all, and `aria-setsize`/`aria-posinset` count across all categories. Space
 *   ticks; arrows, Home, End, PageUp, PageDown and typing move. At 5,000 fields only the rows in
 *   view are in the DOM.
 * - Searching (label, category, id, synonyms; case and accents ignored) never loses work: the
 *   "Shown" section stays, and clearing the search brings back the scroll position, the expanded
 *   categories and the focused row.
 * - Required fields stay ticked and pinned ones stay at their end; each row says why.
 * - In `apply-mode="staged"` changes wait for Apply (one `tk-fields-change`) or Cancel.
 * - Fields that differ from the default are marked, with a per-field reset and "Reset to default".
 *   With `persist-key`, the default is what the preferences engine resolves (the host's `value`, or
 *   a personalized default with its reason), and the user's choice is stored over it.
 *
 * @summary Searchable, grouped, virtualized field chooser with reordering, staged apply and persistence.
 *
 * @csspart base - The wrapper.
 * @csspart search - The search box.
 * @csspart reason - Why the default was suggested ("Suggested for the Sales role").
 * @csspart shown - The "Shown" section.
 * @csspart shown-item - A row of the "Shown" section.
 * @csspart list - The scrolling list of all fields.
 * @csspart category - A category's header.
 * @csspart option - A field's row in the list.
 * @csspart match - The part of a label that matched the search.
 * @csspart footer - Reset, and in staged mode Cancel and Apply.
 *
 * @cssprop [--tk-field-picker-list-height=20rem] - Height of the scrolling list.
 * @cssprop [--tk-field-picker-row-height=2.25rem] - Height of a row.
 * @cssprop [--tk-field-picker-changed-color=var(--tk-color-brand)] - Mark of a field that differs from the default.
 * @cssprop [--tk-field-picker-match-background=color-mix(in srgb, var(--tk-color-brand) 20%, transparent)] - Highlight of matched text.
 *
 * @event {CustomEvent<TkFieldsChangeDetail>} tk-fields-change - The visible fields changed: once per change, or once per Apply in staged mode.
 * @event {CustomEvent<TkFieldsErrorDetail>} tk-fields-error - Definitions were invalid, or a state named fields that do not exist; what was dropped is listed, nothing is thrown.
 */
export class TkFieldPicker extends TkElement {
  static override styles = [baseStyles, buttonStyles, visuallyHidden, fieldPickerStyles];

  readonly #localize = new LocalizeController(this, defaultFieldPickerStrings);
  readonly #announcer = new AnnouncerController(this);
  readonly #persist = new PersistController<FieldPickerPreferences>(this, {
    version: 1,
    defaults: { visible: null },
    validate: validatePreferences,
  });
  readonly #reorder = new ReorderController(this, {
    items: () => [this.#shownList],
    lists: () => [this.shownElement],
    label: (id) => this.#set.get(id)?.label ?? id,
    canMove: (id, to) => {
      const [first, last] = zoneRange(this.#set, this.#shownList, id);
      return to.index >= first && to.index <= last;
    },
    onMove: ({ id, to }) => {
      this.#shownActive = id;
      this.#change(moveField(this.#set, this.#shownList, id, to.index), false);
    },
    strings: () => this.strings,
    focusItem: (id) => this.#shownRow(id)?.focus(),
  });
  readonly #session = new SearchSession<ListView>();

  @query('.list') private listElement!: VirtualizerHostElement & HTMLElement;
  @query('.shown-list') private shownElement!: HTMLElement | null;
  @query('input[type=search]') private searchInput!: HTMLInputElement;

  /** @internal The search box's text. */
  @state() private query = '';
  /** @internal Bumped when state that is not a property changes, to re-render. */
  @state() private revision = 0;

  #set = new FieldSet([]);
  #hostValue: unknown;
  #hostValueSet = false;
  /** The applied state: what `value` returns and `tk-fields-change` reported last. */
  #committed: string[] = [];
  /** Staged changes not yet applied. */
  #pending: string[] | undefined;
  /** The preferences value `#committed` was last read from or written as. */
  #syncedValue: unknown;
  /** The last state source whose dropped ids were reported, so each is reported once. */
  #reportedSource: unknown;
  #matches: Map<string, FieldMatch> | undefined;
  #listing: Listing = buildListing(this.#set, undefined, new Set());
  #collapsed = new Set<string>();
  /** Categories collapsed during a search; the list's own collapsed set comes back on clear. */
  #searchCollapsed = new Set<string>();
  /** The row of the list that holds the tab stop. */
  #active: string | undefined;
  #shownActive: string | undefined;
  #typeahead = '';
  #typeaheadAt = 0;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** The field definitions. Invalid ones are left out and reported with `tk-fields-error`. */
  @property({ attribute: false }) fields: FieldDefinition[] = [];

  /**
   * The ids of the visible fields, in display order. Without `persist-key` this is the state;
   * with it, a value set by the host is the default and the user's stored choice wins over it.
   * Without either, the default is the fields marked `defaultVisible`, plus the required ones.
   */
  @property({ attribute: false })
  get value(): string[] {
    return [...this.#committed];
  }
  set value(value: string[]) {
    const old = this.value;
    this.#hostValue = value;
    this.#hostValueSet = true;
    this.requestUpdate('value', old);
  }

  /** `immediate`: every change applies and is reported at once. `staged`: changes wait for Apply. */
  @property({ attribute: 'apply-mode', reflect: true }) applyMode: 'immediate' | 'staged' = 'immediate';

  /** Key of the preferences document that keeps the user's choice. */
  @property({ attribute: 'persist-key' }) persistKey?: string;

  /** A preferences store made with `createPreferences()`; wins over an enclosing `<tk-preferences>`. */
  @property({ attribute: false }) preferences?: Preferences;

  /** Overrides for the strings a user reads. */
  @property({ attribute: false }) strings: Partial<FieldPickerStrings> = {};

  /** Whether staged changes wait for Apply. */
  get hasPendingChanges(): boolean {
    return this.#pending !== undefined;
  }

  /** The state the picker shows: staged changes over the applied state. */
  get #shownList(): string[] {
    return this.#pending ?? this.#committed;
  }

  /** The default the picker resets to and marks differences from. */
  get #defaultList(): string[] {
    if (this.persistKey) {
      const base = this.#persist.layers.base.visible;
      if (Array.isArray(base)) return sanitizeVisible(this.#set, base).value;
      if (this.#hostValueSet) return sanitizeVisible(this.#set, this.#hostValue).value;
    }
    return defaultVisibleFields(this.#set);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  protected override willUpdate(changed: PropertyValues): void {
    if (changed.has('fields')) {
      this.#set = new FieldSet(this.fields);
      if (this.#set.problems.length > 0) {
        this.emit('tk-fields-error', { source: 'fields', dropped: [], problems: [...this.#set.problems] });
      }
    }
    this.#syncState(changed.has('fields') || changed.has('value') || changed.has('persistKey'));
    if (changed.has('fields') || changed.has('query')) {
      const query = this.query.trim();
      this.#matches = query
        ? new Map(searchFields(this.#set, query, { locale: this.#localize.lang() }).map((m) => [m.field.id, m]))
        : undefined;
    }
    this.#listing = buildListing(
      this.#set,
      this.#matches ? [...this.#matches.values()] : undefined,
      this.#matches ? this.#searchCollapsed : this.#collapsed,
    );
    if (!this.#active || !this.#listing.chunkOf.has(this.#active)) this.#active = this.#listing.rows[0];
  }

  /** Reads the applied state from its source: the preferences document, or the host's value. */
  #syncState(force: boolean): void {
    const persisted = !!this.persistKey;
    const document = this.#persist;
    if (persisted && document.status === 'loading') {
      if (force) this.#adopt(this.#defaultList, undefined, 'value');
      return;
    }
    if (persisted) {
      if (!force && document.value === this.#syncedValue) return;
      this.#syncedValue = document.value;
      const stored = document.isCustomized('visible') ? document.value.visible : null;
      if (stored) this.#adopt(sanitizeVisible(this.#set, stored).value, stored, 'stored');
      else this.#adopt(this.#defaultList, this.#hostValue, 'value');
      return;
    }
    if (force) {
      const source = this.#hostValueSet ? this.#hostValue : undefined;
      this.#adopt(source === undefined ? this.#defaultList : sanitizeVisible(this.#set, source).value, source, 'value');
    }
  }

  /** Makes `next` the applied state (no event: it did not come from the user) and reports dropped ids once. */
  #adopt(next: string[], source: unknown, origin: 'value' | 'stored'): void {
    this.#committed = next;
    this.#pending = undefined;
    if (source === undefined || source === this.#reportedSource) return;
    this.#reportedSource = source;
    const { dropped } = sanitizeVisible(this.#set, source);
    if (dropped.length > 0) this.emit('tk-fields-error', { source: origin, dropped, problems: [] });
  }

  /** A change by the user: staged, or applied, stored and reported. */
  #change(next: string[], announce = true): void {
    const before = this.#shownList;
    if (sameList(before, next)) return;
    if (this.applyMode === 'staged') {
      this.#pending = sameList(next, this.#committed) ? undefined : next;
    } else {
      this.#commit(next);
    }
    if (announce) this.#announceCount(before, next);
    this.revision++;
  }

  #commit(next: string[]): void {
    this.#committed = next;
    this.#pending = undefined;
    if (this.persistKey) {
      if (sameList(next, this.#defaultList) && sameOrder(this.#set, next, this.#defaultList))
        void this.#persist.reset();
      else void this.#persist.set({ visible: next });
      this.#syncedValue = this.#persist.value;
    }
    this.emit('tk-fields-change', { value: [...next] });
  }

  #announceCount(before: readonly string[], next: readonly string[]): void {
    const term = this.#localize.term.bind(this.#localize);
    const added = next.filter((id) => !before.includes(id));
    const removed = before.filter((id) => !next.includes(id));
    if (added.length + removed.length === 1) {
      const id = added[0] ?? removed[0];
      const label = this.#set.get(id)?.label ?? id;
      this.#announcer.announce(
        (added.length ? term('shownAnnouncement') : term('hiddenAnnouncement'))(label, next.length),
      );
    } else if (added.length + removed.length > 1) {
      this.#announcer.announce(term('countAnnouncement')(next.length));
    }
  }

  // ---------------------------------------------------------------- list actions

  #toggleField(id: string): void {
    const field = this.#set.get(id);
    if (!field) return;
    const shown = this.#shownList.includes(id);
    if (shown && field.required) {
      this.#announcer.announce(this.#localize.term('requiredAnnouncement')(field.label));
      return;
    }
    this.#change(setFieldsVisible(this.#set, this.#shownList, [id], !shown));
  }

  #toggleCategory(category: string): void {
    const ids = (this.#listing.byCategory.get(category) ?? []).map((field) => field.id);
    const state = selectionState(this.#shownList, ids);
    this.#change(setFieldsVisible(this.#set, this.#shownList, ids, state !== 'checked'));
  }

  #toggleCollapsed(category: string, collapse?: boolean): void {
    const set = this.#matches ? this.#searchCollapsed : this.#collapsed;
    const next = collapse ?? !set.has(category);
    if (next) set.add(category);
    else set.delete(category);
    this.revision++;
  }

  #resetField(id: string): void {
    this.#change(resetField(this.#set, this.#shownList, id, this.#defaultList));
  }

  /** Shows the default fields again, in the default order. */
  resetToDefault(): void {
    if (this.persistKey && this.applyMode === 'immediate') {
      const next = this.#defaultList;
      const before = this.#shownList;
      this.#committed = next;
      this.#pending = undefined;
      void this.#persist.reset();
      this.#syncedValue = this.#persist.value;
      this.emit('tk-fields-change', { value: [...next] });
      this.#announceCount(before, next);
      this.revision++;
      return;
    }
    this.#change(this.#defaultList);
  }

  /** Applies staged changes: one `tk-fields-change`, however many changes they hold. */
  apply(): void {
    if (!this.#pending) return;
    this.#commit(this.#pending);
    this.revision++;
  }

  /** Drops staged changes: back to the state before them. */
  cancel(): void {
    if (!this.#pending) return;
    this.#pending = undefined;
    this.revision++;
  }

  // ---------------------------------------------------------------- search

  readonly #onSearchInput = (event: Event): void => {
    this.#setQuery((event.target as HTMLInputElement).value);
  };

  readonly #onSearchKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.query !== '') {
      event.preventDefault();
      event.stopPropagation();
      this.searchInput.value = '';
      this.#setQuery('');
    } else if (event.key === 'ArrowDown') {
      event.preventDefault();
      void this.#focusRow(this.#listing.rows.find((row) => row.startsWith('f:')) ?? this.#listing.rows[0]);
    }
  };

  #setQuery(query: string): void {
    const wasSearching = this.#session.active;
    this.#session.update(query, () => ({
      scrollTop: this.listElement?.scrollTop ?? 0,
      collapsed: new Set(this.#collapsed),
      active: this.#active,
    }));
    if (!wasSearching && this.#session.active) this.#searchCollapsed = new Set();
    this.query = query;
    if (query.trim() === '') {
      const view = this.#session.clear();
      if (view) void this.#restoreView(view);
    } else if (this.listElement) {
      this.listElement.scrollTop = 0;
    }
    clearTimeout(this.#announceTimer);
    this.#announceTimer = setTimeout(() => {
      if (this.#matches) this.#announcer.announce(this.#localize.term('matches')(this.#matches.size));
    }, 600);
  }

  async #restoreView(view: ListView): Promise<void> {
    this.#collapsed = view.collapsed;
    this.#active = view.active;
    await this.updateComplete;
    // The virtualizer rejects `layoutComplete` when the list is removed meanwhile: nothing to restore then.
    const laidOut = await (this.listElement[virtualizerRef]?.layoutComplete ?? Promise.resolve()).then(
      () => true,
      () => false,
    );
    if (laidOut) this.listElement.scrollTop = view.scrollTop;
  }

  // ---------------------------------------------------------------- keyboard and focus in the list

  #rowElement(key: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`);
  }

  /** Moves the tab stop to a row, scrolling its block into view first (it may not be rendered). */
  async #focusRow(key: string | undefined): Promise<void> {
    if (!key) return;
    this.#active = key;
    this.revision++;
    await this.updateComplete;
    let element = this.#rowElement(key);
    for (let attempt = 0; !element && attempt < 10; attempt++) {
      const chunk = this.#listing.chunkOf.get(key);
      if (chunk === undefined) return;
      this.listElement[virtualizerRef]?.element(chunk)?.scrollIntoView({ block: 'nearest' });
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await this.updateComplete;
      element = this.#rowElement(key);
    }
    element?.scrollIntoView({ block: 'nearest' });
    element?.focus({ preventScroll: true });
  }

  #keyOf(event: Event): string | undefined {
    for (const node of event.composedPath()) {
      if (node === this.listElement) return undefined;
      if (node instanceof HTMLElement && node.dataset.key) return node.dataset.key;
    }
    return undefined;
  }

  readonly #onListKeyDown = (event: KeyboardEvent): void => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const key = this.#keyOf(event) ?? this.#active;
    if (!key) return;
    const rows = this.#listing.rows;
    const index = rows.indexOf(key);
    const go = (target: number) => {
      event.preventDefault();
      void this.#focusRow(rows[Math.max(0, Math.min(rows.length - 1, target))]);
    };
    const [kind, ...rest] = key.split(':');
    const name = rest.join(':');
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
        if (event.key === 'Enter' && kind !== 'h') return;
        event.preventDefault();
        if (kind === 'f') this.#toggleField(name);
        else if (kind === 'a') this.#toggleCategory(name);
        else this.#toggleCollapsed(name);
        return;
      case 'ArrowLeft':
      case 'ArrowRight':
        if (kind !== 'h') return;
        event.preventDefault();
        this.#toggleCollapsed(name, (event.key === 'ArrowLeft') !== (this.#localize.dir() === 'rtl'));
        return;
      case 'Delete':
      case 'Backspace':
        if (kind !== 'f') return;
        event.preventDefault();
        this.#resetField(name);
        return;
    }
    if (event.key.length === 1 && event.key.trim() !== '') this.#typeaheadTo(event, index);
  };

  /** Typing moves to the next field whose label starts with the typed text. */
  #typeaheadTo(event: KeyboardEvent, index: number): void {
    const now = performance.now();
    this.#typeahead = now - this.#typeaheadAt > TYPEAHEAD_RESET_MS ? event.key : this.#typeahead + event.key;
    this.#typeaheadAt = now;
    const prefix = foldText(this.#typeahead);
    const rows = this.#listing.rows;
    const start = this.#typeahead.length === 1 ? index + 1 : index;
    for (let step = 0; step < rows.length; step++) {
      const row = rows[(start + step) % rows.length];
      if (!row.startsWith('f:')) continue;
      const field = this.#set.get(row.slice(2));
      if (field && foldText(field.label).startsWith(prefix)) {
        event.preventDefault();
        void this.#focusRow(row);
        return;
      }
    }
  }

  readonly #onListClick = (event: MouseEvent): void => {
    const target = event.composedPath().find((node) => node instanceof HTMLElement && node.dataset.action) as
      HTMLElement | undefined;
    const key = this.#keyOf(event);
    if (key) this.#active = key;
    if (!target) return;
    const { action, id = '' } = target.dataset;
    if (action === 'toggle-field') this.#toggleField(id);
    else if (action === 'toggle-category') this.#toggleCategory(id);
    else if (action === 'collapse') this.#toggleCollapsed(id);
    else if (action === 'reset-field') this.#resetField(id);
  };

  readonly #onListFocusIn = (event: FocusEvent): void => {
    const key = this.#keyOf(event);
    if (key && key !== this.#active) {
      this.#active = key;
      this.revision++;
    }
  };

  // ---------------------------------------------------------------- the "Shown" section

  #shownRow(id: string): HTMLElement | null {
    return this.shownElement?.querySelector<HTMLElement>(`[data-reorder-id="${CSS.escape(id)}"]`) ?? null;
  }

  readonly #onShownKeyDown = (event: KeyboardEvent): void => {
    if (this.#reorder.held || event.altKey || event.ctrlKey || event.metaKey) return;
    const row = event.composedPath()[0];
    if (!(row instanceof HTMLElement) || row.dataset.reorderId === undefined) return;
    const ids = this.#shownList;
    const index = ids.indexOf(row.dataset.reorderId);
    let target: string | undefined;
    if (event.key === 'ArrowDown') target = ids[Math.min(ids.length - 1, index + 1)];
    else if (event.key === 'ArrowUp') target = ids[Math.max(0, index - 1)];
    else if (event.key === 'Home') target = ids[0];
    else if (event.key === 'End') target = ids.at(-1);
    else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      const id = row.dataset.reorderId;
      this.#shownActive = ids[index + 1] ?? ids[index - 1];
      this.#toggleField(id);
      void this.updateComplete.then(() => this.#shownRow(this.#shownActive ?? '')?.focus());
      return;
    } else return;
    event.preventDefault();
    if (target) {
      this.#shownActive = target;
      this.revision++;
      void this.updateComplete.then(() => this.#shownRow(target)?.focus());
    }
  };

  readonly #onShownClick = (event: MouseEvent): void => {
    const button = event.composedPath().find((node) => node instanceof HTMLElement && node.dataset.action);
    if (button instanceof HTMLElement && button.dataset.action === 'hide') this.#toggleField(button.dataset.id ?? '');
  };

  // ---------------------------------------------------------------- rendering

  #categoryLabel(category: string): string {
    return category === UNCATEGORIZED ? this.#localize.term('uncategorized') : category;
  }

  #fieldNotes(field: FieldDefinition, difference: FieldDifference | undefined): string[] {
    const term = this.#localize.term.bind(this.#localize);
    const notes: string[] = [];
    if (field.required) notes.push(term('required'));
    if (field.pinned) notes.push(field.pinned === 'start' ? term('pinnedStart') : term('pinnedEnd'));
    if (difference) notes.push(term('changed'));
    return notes;
  }

  // ARIA 1.2 makes aria-selected optional: these options are checkable, so they carry aria-checked.
  /* eslint-disable lit-a11y/role-has-required-aria-attrs */
  #renderOption(
    field: FieldDefinition,
    position: number,
    shown: ReadonlySet<string>,
    differences: Map<string, FieldDifference>,
  ): TemplateResult {
    const term = this.#localize.term.bind(this.#localize);
    const key = fieldKey(field.id);
    const checked = shown.has(field.id);
    const difference = differences.get(field.id);
    const match = this.#matches?.get(field.id);
    const notes = this.#fieldNotes(field, difference);
    const id = `o${this.#set.indexOf(field.id)}`;
    // Outside the option, whose name is its label alone: the option is found by that name.
    const described = [
      ...notes,
      ...(match?.synonym ? [term('matchedSynonym')(match.synonym.text)] : []),
      ...(field.description ? [field.description] : []),
    ].join(' · ');
    return html`<div class="row" ?data-changed=${!!difference}>
      <div
        part="option"
        class="option"
        role="option"
        id=${id}
        data-key=${key}
        data-action="toggle-field"
        data-id=${field.id}
        tabindex=${this.#active === key ? 0 : -1}
        aria-checked=${checked ? 'true' : 'false'}
        aria-disabled=${field.required ? 'true' : nothing}
        aria-setsize=${this.#listing.size}
        aria-posinset=${position}
        aria-labelledby=${`${id}-label`}
        aria-describedby=${described ? `${id}-notes` : nothing}
      >
        <span class="box" aria-hidden="true"></span>
        <span class="label" id=${`${id}-label`}>${highlighted(field.label, match?.label)}</span>
        ${
          difference
            ? html`<span
                class="reset"
                aria-hidden="true"
                data-action="reset-field"
                data-id=${field.id}
                title=${term('resetField')(field.label)}
                >↺</span
              >`
            : nothing
        }
      </div>
      ${described ? html`<span class="notes" id=${`${id}-notes`}>${described}</span>` : nothing}
    </div>`;
  }

  /* eslint-enable lit-a11y/role-has-required-aria-attrs */

  #renderChunk(chunk: Chunk, shown: ReadonlySet<string>, differences: Map<string, FieldDifference>): TemplateResult {
    const term = this.#localize.term.bind(this.#localize);
    const label = this.#categoryLabel(chunk.category);
    let header: TemplateResult | typeof nothing = nothing;
    if (chunk.header) {
      const all = this.#set.inCategory(chunk.category);
      const listed = this.#listing.byCategory.get(chunk.category) ?? [];
      const ids = listed.map((field) => field.id);
      const state = selectionState(shown, ids);
      const shownCount = all.filter((field) => shown.has(field.id)).length;
      const selectLabel = this.#matches ? term('selectMatches')(label, listed.length) : term('selectAll')(label);
      const h = headerKey(chunk.category);
      const a = selectAllKey(chunk.category);
      header = html`<div class="header" part="category">
        <button
          class="collapse"
          type="button"
          data-key=${h}
          data-action="collapse"
          data-id=${chunk.category}
          tabindex=${this.#active === h ? 0 : -1}
          aria-expanded=${chunk.collapsed ? 'false' : 'true'}
        >
          <span class="chevron" aria-hidden="true"></span>${label}
        </button>
        <span class="count">${term('categoryCount')(shownCount, all.length)}</span>
        <span
          class="select-all"
          role="checkbox"
          data-key=${a}
          data-action="toggle-category"
          data-id=${chunk.category}
          tabindex=${this.#active === a ? 0 : -1}
          aria-checked=${state === 'checked' ? 'true' : state === 'mixed' ? 'mixed' : 'false'}
          aria-label=${selectLabel}
          title=${selectLabel}
        >
          <span class="box" aria-hidden="true"></span>
        </span>
      </div>`;
    }
    // The header's controls stay outside the listbox, which may hold only options and groups.
    return html`<div class="chunk">
      ${header}
      ${
        chunk.fields.length
          ? html`<div class="options" role="listbox" aria-multiselectable="true" aria-label=${term('fields')}>
              <div role="group" aria-label=${label}>
                ${chunk.fields.map((field, i) => this.#renderOption(field, chunk.position + i, shown, differences))}
              </div>
            </div>`
          : nothing
      }
    </div>`;
  }

  #renderShown(): TemplateResult {
    const term = this.#localize.term.bind(this.#localize);
    const [ids = []] = this.#reorder.arrange();
    if (!this.#shownActive || !ids.includes(this.#shownActive)) this.#shownActive = ids[0];
    return html`<section class="shown" part="shown" aria-labelledby="shown-heading">
      <h3 id="shown-heading" class="heading">${term('shown')} <span class="badge">${ids.length}</span></h3>
      <p id="shown-help" class="visually-hidden">${term('shownInstructions')}</p>
      ${ids.length === 0 ? html`<p class="empty">${term('noneShown')}</p>` : nothing}
      <ol
        class="shown-list"
        aria-labelledby="shown-heading"
        @keydown=${this.#onShownKeyDown}
        @click=${this.#onShownClick}
      >
        ${repeat(
          ids,
          (id) => id,
          (id) => {
            const field = this.#set.get(id);
            if (!field) return nothing;
            const notes = this.#fieldNotes(field, undefined);
            return html`<li
              part="shown-item"
              class="shown-item"
              data-reorder-id=${id}
              tabindex=${this.#shownActive === id ? 0 : -1}
              aria-describedby="shown-help"
              ?data-held=${this.#reorder.held === id}
            >
              <span class="grip" aria-hidden="true"></span>
              <span class="label">${field.label}</span>
              ${notes.length ? html`<span class="notes">${notes.join(' · ')}</span>` : nothing}
              ${
                field.required
                  ? nothing
                  : html`<button
                      class="hide"
                      type="button"
                      tabindex="-1"
                      data-action="hide"
                      data-id=${id}
                      aria-label=${term('hideField')(field.label)}
                      title=${term('hideField')(field.label)}
                    >
                      ×
                    </button>`
              }
            </li>`;
          },
        )}
      </ol>
    </section>`;
  }

  protected override render(): TemplateResult {
    const term = this.#localize.term.bind(this.#localize);
    const list = this.#shownList;
    const shown = new Set(list);
    const defaults = this.#defaultList;
    const differences = fieldDifferences(this.#set, list, defaults);
    const customized = differences.size > 0 || !sameOrder(this.#set, list, defaults);
    const layers = this.#persist.layers;
    const reason = this.persistKey && layers.personalized !== undefined ? (layers.reason ?? term('suggested')) : '';
    const pending = this.#pending ? fieldDifferences(this.#set, this.#pending, this.#committed).size || 1 : 0;
    const searching = this.#matches !== undefined;
    return html`<div class="base" part="base">
      <input
        part="search"
        class="search"
        type="search"
        aria-label=${term('search')}
        placeholder=${term('search')}
        autocomplete="off"
        .value=${this.query}
        @input=${this.#onSearchInput}
        @keydown=${this.#onSearchKeyDown}
      />
      ${reason ? html`<p class="reason" part="reason">${reason}</p>` : nothing} ${this.#renderShown()}
      <div
        part="list"
        class="list"
        @keydown=${this.#onListKeyDown}
        @click=${this.#onListClick}
        @focusin=${this.#onListFocusIn}
      >
        ${virtualize({
          items: this.#listing.chunks,
          keyFunction: (chunk: Chunk) => chunk.key,
          renderItem: (chunk: Chunk) => this.#renderChunk(chunk, shown, differences),
          scroller: true,
        })}
      </div>
      ${
        searching && this.#matches!.size === 0
          ? html`<p class="empty" role="status">${term('noMatches')(this.query.trim())}</p>`
          : nothing
      }
      <div class="footer" part="footer">
        <button class="button" type="button" ?disabled=${!customized} @click=${() => this.resetToDefault()}>
          ${term('resetAll')}
        </button>
        ${
          this.applyMode === 'staged'
            ? html`<span class="pending" role="status">${pending ? term('pending')(pending) : ''}</span>
                <button class="button" type="button" ?disabled=${!pending} @click=${() => this.cancel()}>
                  ${term('cancel')}
                </button>
                <button
                  class="button"
                  data-variant="primary"
                  type="button"
                  ?disabled=${!pending}
                  @click=${() => this.apply()}
                >
                  ${term('apply')}
                </button>`
            : nothing
        }
      </div>
    </div>`;
  }
}
