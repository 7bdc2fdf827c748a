import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { TkElement } from '../../base/tk-element.js';
import { OwnChanges } from '../../base/own-changes.js';
import { AnnouncerController } from '../../base/announcer.js';
import { LocalizeController } from '../../base/localize.js';
import { baseStyles } from '../../base/styles.js';
import { buttonStyles } from '../../base/button-styles.js';
import { visuallyHidden } from '../../base/visually-hidden.js';
import { PersistController } from '../../base/preferences/persist-controller.js';
import { LazyModule } from '../../base/lazy.js';
import { LoadOnConnectController } from '../../base/load-on-connect.js';
import { FieldSet } from '../../core/fields/field-set.js';
import { resetField, setFieldsVisible } from '../../core/fields/state.js';
import type { DroppedId, FieldDefinition, FieldProblem } from '../../core/fields/types.js';
import type { Preferences } from '../../core/prefs/store.js';
import type * as ListSupportModule from './list-support.js';
import type { FieldList } from './field-list.js';
import { PickerState, validatePreferences, type FieldPickerPreferences } from './picker-state.js';
import { ShownSection, type Term } from './shown-section.js';
import { fieldPickerStyles } from './field-picker.styles.js';
import { defaultFieldPickerStrings, type FieldPickerStrings } from './field-picker-strings.js';

export type { FieldPickerPreferences } from './picker-state.js';

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

declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-fields-change': TkFieldsChangeDetail;
    'tk-fields-error': TkFieldsErrorDetail;
  }
}

/** The list of all fields, the virtualizer and the reorder controller, loaded when a picker first connects. */
const listSupport = /* @__PURE__ */ new LazyModule<typeof ListSupportModule>(() => import('./list-support.js'));

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
 * - Fields that differ from the default (shown, hidden, or moved out of its order) are marked, with a
 *   per-field reset (a moved field goes back to its default place) and "Reset to default".
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
 * @cssprop [--tk-field-picker-shown-height=12rem] - Greatest height of the "Shown" section's list, which scrolls beyond it.
 * @cssprop [--tk-field-picker-changed-color=var(--tk-color-brand)] - Mark of a field that differs from the default.
 * @cssprop [--tk-field-picker-match-background=color-mix(in srgb, var(--tk-color-brand) 20%, transparent)] - Highlight of matched text.
 *
 * @event {CustomEvent<TkFieldsChangeDetail>} tk-fields-change - The visible fields changed: once per change, or once per Apply in staged mode.
 * @event {CustomEvent<TkLoadErrorDetail>} tk-load-error - The list's code, loaded on first use, could not be fetched; the "Shown" section stays and the user is told. A reload tries again.
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
  /**
   * The lists this picker reported. The host handing one back is an echo: adopting it would drop the
   * changes the user has staged since.
   */
  readonly #own = new OwnChanges();
  /** The host set a value that is not an echo: the next update adopts it. */
  #hostReplaced = false;
  readonly #state = new PickerState(
    {
      persisted: () => !!this.persistKey,
      staged: () => this.applyMode === 'staged',
      applied: (value) => {
        this.#own.report(value);
        this.emit('tk-fields-change', { value });
      },
      dropped: (origin, dropped) => this.emit('tk-fields-error', { source: origin, dropped, problems: [] }),
    },
    this.#persist,
  );
  readonly #term: Term = (key) => this.#localize.term(key);
  readonly #shown = new ShownSection({
    host: this,
    state: this.#state,
    term: this.#term,
    toggle: (id) => this.#toggleField(id),
    reset: (id) => this.#resetField(id),
    change: (next) => this.#change(next, false),
  });
  /** The list of all fields, once its code has loaded. */
  #list: FieldList | undefined;
  readonly #support = new LoadOnConnectController(this, listSupport, {
    part: 'editing',
    loaded: (module) => {
      this.#shown.attach(module);
      this.#list ??= new module.FieldList(
        {
          host: this,
          state: this.#state,
          term: this.#term,
          dir: () => this.#localize.dir(),
          announce: (message) => this.#announcer.announce(message),
          toggle: (id) => this.#toggleField(id),
          reset: (id) => this.#resetField(id),
          change: (next) => this.#change(next),
        },
        this.#state.set,
      );
    },
    failed: (detail) => {
      this.#shown.unavailable();
      this.emit('tk-load-error', detail);
    },
  });

  @query('input[type=search]') private searchInput!: HTMLInputElement;

  /** @internal The search box's text. */
  @state() private query = '';

  /** The field definitions. Invalid ones are left out and reported with `tk-fields-error`. */
  @property({ attribute: false }) fields: FieldDefinition[] = [];

  /**
   * The ids of the visible fields, in display order. Without `persist-key` this is the state;
   * with it, a value set by the host is the default and the user's stored choice wins over it.
   * Without either, the default is the fields marked `defaultVisible`, plus the required ones.
   * A list `tk-fields-change` reported, handed back by the host, keeps the changes staged since.
   */
  @property({ attribute: false })
  get value(): string[] {
    return [...this.#state.committed];
  }
  set value(value: string[]) {
    // Also the default it resets to, with `persist-key`; the render this asks for shows it.
    this.#state.hostValue = value;
    if (this.#own.isEcho(value)) return;
    this.#own.forget();
    this.#hostReplaced = true;
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
    return this.#state.pending !== undefined;
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#list?.disconnect();
  }

  protected override getUpdateComplete(): Promise<boolean> {
    return this.#support.settled(() => super.getUpdateComplete());
  }

  protected override willUpdate(changed: PropertyValues): void {
    const state = this.#state;
    if (changed.has('fields')) {
      state.set = new FieldSet(this.fields);
      if (state.set.problems.length > 0) {
        this.emit('tk-fields-error', { source: 'fields', dropped: [], problems: [...state.set.problems] });
      }
    }
    state.sync(changed.has('fields') || this.#hostReplaced || changed.has('persistKey'));
    this.#hostReplaced = false;
    this.#list?.update(state.set, this.query, this.#localize.lang());
  }

  /** A change by the user: staged, or applied, stored and reported; then announced. */
  #change(next: string[], announce = true): void {
    const before = this.#state.shown;
    if (!this.#state.change(next)) return;
    if (announce) this.#announceCount(before, next);
    this.requestUpdate();
  }

  #announceCount(before: readonly string[], next: readonly string[]): void {
    const term = this.#term;
    const was = new Set(before);
    const now = new Set(next);
    const added = next.filter((id) => !was.has(id));
    const removed = before.filter((id) => !now.has(id));
    if (added.length + removed.length === 1) {
      const id = added[0] ?? removed[0];
      const label = this.#state.set.get(id)?.label ?? id;
      this.#announcer.announce(
        (added.length ? term('shownAnnouncement') : term('hiddenAnnouncement'))(label, next.length),
      );
    } else if (added.length + removed.length > 1) {
      this.#announcer.announce(term('countAnnouncement')(next.length));
    }
  }

  #toggleField(id: string): void {
    const { set, shown } = this.#state;
    const field = set.get(id);
    if (!field) return;
    const visible = shown.includes(id);
    if (visible && field.required) {
      this.#announcer.announce(this.#term('requiredAnnouncement')(field.label));
      return;
    }
    this.#change(setFieldsVisible(set, shown, [id], !visible));
  }

  #resetField(id: string): void {
    const state = this.#state;
    this.#change(resetField(state.set, state.shown, id, state.defaults));
  }

  /** Shows the default fields again, in the default order. */
  resetToDefault(): void {
    const before = this.#state.shown;
    this.#state.resetToDefault();
    this.#announceCount(before, this.#state.shown);
    this.requestUpdate();
  }

  /** Applies staged changes: one `tk-fields-change`, however many changes they hold. */
  apply(): void {
    if (this.#state.apply()) this.requestUpdate();
  }

  /** Drops staged changes: back to the state before them. */
  cancel(): void {
    if (this.#state.cancel()) this.requestUpdate();
  }

  readonly #onSearchInput = (event: Event): void => {
    this.#setQuery((event.target as HTMLInputElement).value);
  };

  readonly #onSearchKeyDown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.query !== '') {
      event.preventDefault();
      event.stopPropagation();
      this.searchInput.value = '';
      this.#setQuery('');
    } else if (event.key === 'ArrowDown' && this.#list) {
      event.preventDefault();
      this.#list.focusFirstField();
    }
  };

  #setQuery(query: string): void {
    this.#list?.search.input(query);
    this.query = query;
  }

  #renderFooter(): TemplateResult {
    const term = this.#term;
    const pending = this.#state.pendingCount;
    return html`<div class="footer" part="footer">
      <button
        class="button"
        type="button"
        ?disabled=${this.#state.differences.size === 0}
        @click=${() => this.resetToDefault()}
      >
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
    </div>`;
  }

  protected override render(): TemplateResult {
    const term = this.#term;
    const layers = this.#persist.layers;
    const reason = this.persistKey && layers.personalized !== undefined ? (layers.reason ?? term('suggested')) : '';
    const busy = !!this.persistKey && this.#persist.status === 'loading';
    const failed = this.#support.failed;
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
      ${reason ? html`<p class="reason" part="reason">${reason}</p>` : nothing} ${this.#shown.render()}
      ${
        this.#list
          ? this.#list.render(busy)
          : html`<div part="list" class="list" aria-busy=${busy ? 'true' : 'false'}>
              <p class="empty" role=${failed ? 'alert' : nothing}>${failed ? term('unavailable') : term('loading')}</p>
            </div>`
      }
      ${this.#renderFooter()}
    </div>`;
  }
}
