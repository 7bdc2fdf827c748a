import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TkElement } from '../../base/tk-element.js';
import { AnnouncerController } from '../../base/announcer.js';
import { LocalizeController } from '../../base/localize.js';
import { baseStyles, buttonStyles, visuallyHidden } from '../../base/styles.js';
import { PersistController } from '../../base/preferences/persist-controller.js';
import { FieldSet, UNCATEGORIZED } from '../../core/fields/field-set.js';
import { searchFields } from '../../core/fields/search.js';
import type { FieldDefinition } from '../../core/fields/types.js';
import { checkFilter, emptyFilter } from '../../core/filter/check.js';
import { describe, type FilterStrings } from '../../core/filter/describe.js';
import {
  appendChild,
  newCondition,
  newGroup,
  removeNode,
  updateNode,
  type FilterPath,
} from '../../core/filter/edit.js';
import {
  DEFAULT_MAX_DEPTH,
  OPERATORS,
  VALUELESS_OPERATORS,
  type Filter,
  type FilterCondition,
  type FilterDrop,
  type FilterGroup,
  type FilterOperator,
} from '../../core/filter/types.js';
import type { Preferences } from '../../core/prefs/store.js';
import { filterBuilderStyles } from './filter-builder.styles.js';
import { defaultFilterBuilderStrings, type FilterBuilderStrings } from './filter-builder-strings.js';

/** Detail of `tk-filter-change`. */
export interface TkFilterChangeDetail {
  value: Filter;
}

/** Detail of `tk-filter-error`: what `checkFilter` dropped from a filter given or stored. */
export interface TkFilterErrorDetail {
  source: 'value' | 'stored';
  dropped: FilterDrop[];
}

declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-filter-change': TkFilterChangeDetail;
    'tk-filter-error': TkFilterErrorDetail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tk-filter-change': CustomEvent<TkFilterChangeDetail>;
    'tk-filter-error': CustomEvent<TkFilterErrorDetail>;
  }
}

/** Most fields the field chooser lists at once; typing narrows them. */
const CHOOSER_LIMIT = 50;

const pathKey = (path: FilterPath) => path.join('.');

/** The field chooser that is open: which condition, what is typed, which option is active. */
interface Chooser {
  key: string;
  query: string;
  active: number;
}

/**
 * Builds a filter a user can read back: nested groups of conditions combined with "all of" or
 * "any of", each group negatable, with the comparisons each field type offers and a value editor
 * per type (text, number, date, multi-select of options). The sentence it amounts to stays in view
 * ("Stage is Won and (Amount > €10,000 or Owner is any of Ana, Li)").
 *
 * The value is the versioned filter model of `tailorkit`'s `evaluate` and `compile`. A value set by
 * the host, or stored, is read with `checkFilter`: what cannot be used is dropped and reported with
 * `tk-filter-error`; an older model version is migrated. Every control is a labelled native control,
 * so the builder is used with the keyboard alone. A condition whose value is still empty takes no
 * part in filtering.
 *
 * @summary Nested and/or/not filter editor by field type, with a readable summary sentence.
 *
 * @csspart base - The wrapper.
 * @csspart summary - The sentence the filter amounts to.
 * @csspart group - A group of conditions.
 * @csspart condition - One condition's row.
 * @csspart field-chooser - The field search box of a condition.
 *
 * @cssprop [--tk-filter-builder-indent=var(--tk-space-4)] - Indentation of a nested group.
 * @cssprop [--tk-filter-builder-group-border-color=var(--tk-color-border)] - Outline of a group.
 *
 * @event {CustomEvent<TkFilterChangeDetail>} tk-filter-change - The filter changed: a condition or group was added, removed or edited (text and numbers once committed).
 * @event {CustomEvent<TkFilterErrorDetail>} tk-filter-error - A filter set or stored could not be used whole; `dropped` lists what was left out.
 */
export class TkFilterBuilder extends TkElement {
  static override styles = [baseStyles, buttonStyles, visuallyHidden, filterBuilderStyles];

  readonly #localize = new LocalizeController(this, defaultFilterBuilderStrings);
  readonly #announcer = new AnnouncerController(this);
  readonly #persist = new PersistController<{ filter: Filter | null }>(this, {
    version: 1,
    defaults: { filter: null },
  });

  /** @internal The open field chooser. */
  @state() private chooser: Chooser | undefined;

  #set = new FieldSet([]);
  #filter: Filter = emptyFilter();
  #hostValue: unknown;
  #syncedValue: unknown;
  #reported: unknown;

  /** The fields conditions can compare. */
  @property({ attribute: false }) fields: FieldDefinition[] = [];

  /**
   * The filter (default: an empty `and` group, which matches everything). With `persist-key`, a
   * value set by the host is the default and the user's stored filter wins over it.
   */
  @property({ attribute: false })
  get value(): Filter {
    return structuredClone(this.#filter);
  }
  set value(value: Filter) {
    const old = this.#filter;
    this.#hostValue = value;
    this.requestUpdate('value', old);
  }

  /** Deepest nesting of groups, the outermost being level 1. */
  @property({ type: Number, attribute: 'max-depth' }) maxDepth = DEFAULT_MAX_DEPTH;

  /** ISO 4217 code in which `currency` fields' amounts are shown in the sentence (`EUR`). */
  @property() currency?: string;

  /** Time zone whose calendar days dates are shown in (default: the runtime's). */
  @property({ attribute: 'time-zone' }) timeZone?: string;

  /** Key of the preferences document that keeps the user's filter. */
  @property({ attribute: 'persist-key' }) persistKey?: string;

  /** A preferences store made with `createPreferences()`; wins over an enclosing `<tk-preferences>`. */
  @property({ attribute: false }) preferences?: Preferences;

  /** Overrides for the strings a user reads. */
  @property({ attribute: false }) strings: Partial<FilterBuilderStrings> = {};

  /** Overrides for the words of the summary sentence (see `describe`). */
  @property({ attribute: false }) sentenceStrings: Partial<FilterStrings> = {};

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('fields')) this.#set = new FieldSet(this.fields);
    const force = changed.has('fields') || changed.has('value') || changed.has('persistKey');
    const document = this.#persist;
    if (this.persistKey && document.status !== 'loading') {
      if (force || document.value !== this.#syncedValue) {
        this.#syncedValue = document.value;
        const stored = document.isCustomized('filter') ? document.value.filter : null;
        if (stored) this.#adopt(stored, 'stored');
        else this.#adopt(this.#hostValue, 'value');
      }
    } else if (force) {
      this.#adopt(this.#hostValue, 'value');
    }
  }

  #adopt(source: unknown, origin: 'value' | 'stored'): void {
    if (source === undefined || source === null) {
      this.#filter = emptyFilter();
      return;
    }
    const { filter, dropped } = checkFilter(source, this.#set, { maxDepth: this.maxDepth });
    this.#filter = filter;
    if (dropped.length > 0 && source !== this.#reported) {
      this.#reported = source;
      this.emit('tk-filter-error', { source: origin, dropped });
    }
  }

  /** An edit by the user: shown at once; `commit` stores it and emits `tk-filter-change`. */
  #edit(next: Filter, commit = true): void {
    this.#filter = next;
    this.requestUpdate();
    if (!commit) return;
    if (this.persistKey) {
      void this.#persist.set({ filter: next });
      this.#syncedValue = this.#persist.value;
    }
    this.emit('tk-filter-change', { value: structuredClone(next) });
  }

  #update(
    path: FilterPath,
    change: (node: FilterGroup | FilterCondition) => FilterGroup | FilterCondition,
    commit = true,
  ): void {
    this.#edit(updateNode(this.#filter, path, change), commit);
  }

  #updateCondition(path: FilterPath, change: Partial<FilterCondition>, commit = true): void {
    this.#update(
      path,
      (node) => {
        if (node.type !== 'condition') return node;
        const next: FilterCondition = { ...node, ...change };
        if ('value' in change && change.value === undefined) delete next.value;
        return next;
      },
      commit,
    );
  }

  #addCondition(path: FilterPath): void {
    const field = this.#set.fields[0];
    if (!field) return;
    const group = this.#groupAt(path);
    this.#edit(appendChild(this.#filter, path, newCondition(field)));
    this.#announcer.announce(this.#localize.term('added'));
    void this.#focusAfterUpdate(`[data-path="${pathKey([...path, group?.children.length ?? 0])}"] .chooser-input`);
  }

  #addGroup(path: FilterPath): void {
    const field = this.#set.fields[0];
    const group = newGroup();
    if (field) group.children.push(newCondition(field));
    const parent = this.#groupAt(path);
    this.#edit(appendChild(this.#filter, path, group));
    this.#announcer.announce(this.#localize.term('groupAdded'));
    void this.#focusAfterUpdate(`[data-path="${pathKey([...path, parent?.children.length ?? 0, 0])}"] .chooser-input`);
  }

  #remove(path: FilterPath): void {
    this.#edit(removeNode(this.#filter, path));
    this.#announcer.announce(this.#localize.term('removed'));
    const parent = path.slice(0, -1);
    void this.#focusAfterUpdate(`[data-group="${pathKey(parent)}"] > .group-actions button`);
  }

  #groupAt(path: FilterPath): FilterGroup | undefined {
    let node: FilterGroup | FilterCondition | undefined = this.#filter.root;
    for (const index of path) node = node?.type === 'group' ? node.children[index] : undefined;
    return node?.type === 'group' ? node : undefined;
  }

  async #focusAfterUpdate(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  /** The value a condition keeps when its operator changes: what still fits, else nothing. */
  #valueFor(field: FieldDefinition, operator: FilterOperator, previous: unknown): unknown {
    if (VALUELESS_OPERATORS.has(operator)) return undefined;
    if (operator === 'between') return Array.isArray(previous) && previous.length === 2 ? previous : [null, null];
    if (operator === 'anyOf' || operator === 'noneOf') return Array.isArray(previous) ? previous : [];
    if (operator === 'inLast' || operator === 'inNext') return typeof previous === 'number' ? previous : undefined;
    if (Array.isArray(previous)) return undefined;
    return field.type === 'date' && typeof previous === 'number' ? undefined : previous;
  }

  // ---------------------------------------------------------------- the field chooser

  #chooserMatches(): FieldDefinition[] {
    const query = this.chooser?.query ?? '';
    return searchFields(this.#set, query, { locale: this.#localize.lang() })
      .slice(0, CHOOSER_LIMIT)
      .map((match) => match.field);
  }

  #openChooser(key: string, query = ''): void {
    this.chooser = { key, query, active: 0 };
  }

  #chooseField(path: FilterPath, field: FieldDefinition | undefined): void {
    this.chooser = undefined;
    if (!field) return;
    this.#update(path, (node) => (node.type === 'condition' && node.field === field.id ? node : newCondition(field)));
    void this.#focusAfterUpdate(`[data-path="${pathKey(path)}"] .operator`);
  }

  #onChooserKeyDown(event: KeyboardEvent, path: FilterPath): void {
    const key = pathKey(path);
    const chooser = this.chooser?.key === key ? this.chooser : undefined;
    const matches = chooser ? this.#chooserMatches() : [];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!chooser) return this.#openChooser(key, (event.target as HTMLInputElement).value);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.chooser = { ...chooser, active: (chooser.active + step + matches.length) % Math.max(1, matches.length) };
    } else if (event.key === 'Enter' && chooser) {
      event.preventDefault();
      this.#chooseField(path, matches[chooser.active]);
    } else if (event.key === 'Escape' && chooser) {
      event.preventDefault();
      event.stopPropagation();
      this.chooser = undefined;
    }
  }

  #renderChooser(condition: FilterCondition, path: FilterPath, position: number): TemplateResult {
    const term = this.#localize.term.bind(this.#localize);
    const key = pathKey(path);
    const open = this.chooser?.key === key;
    const field = this.#set.get(condition.field);
    const listId = `chooser-${key || 'root'}`;
    const matches = open ? this.#chooserMatches() : [];
    const active = open ? this.chooser!.active : -1;
    return html`<div class="chooser">
      <input
        class="chooser-input"
        part="field-chooser"
        role="combobox"
        aria-label=${term('field')(position)}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${listId}
        aria-autocomplete="list"
        aria-activedescendant=${open && matches[active] ? `${listId}-${active}` : nothing}
        autocomplete="off"
        placeholder=${term('chooseField')}
        .value=${open ? this.chooser!.query : (field?.label ?? '')}
        @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()}
        @input=${(event: InputEvent) => this.#openChooser(key, (event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => this.#onChooserKeyDown(event, path)}
        @blur=${() => {
          if (this.chooser?.key === key) this.chooser = undefined;
        }}
      />
      <ul id=${listId} class="chooser-list" role="listbox" aria-label=${term('field')(position)} ?hidden=${!open}>
        ${open && matches.length === 0 ? html`<li class="chooser-empty" role="presentation">${term('noFields')}</li>` : nothing}
        ${matches.map(
          (match, index) =>
            html`<li
              id=${`${listId}-${index}`}
              role="option"
              aria-selected=${index === active ? 'true' : 'false'}
              class="chooser-option"
              @pointerdown=${(event: PointerEvent) => {
                event.preventDefault();
                this.#chooseField(path, match);
              }}
            >
              ${match.label}${
                match.category && match.category !== UNCATEGORIZED
                  ? html` <span class="category">${match.category}</span>`
                  : nothing
              }
            </li>`,
        )}
      </ul>
    </div>`;
  }

  // ---------------------------------------------------------------- value editors

  #renderValue(
    condition: FilterCondition,
    field: FieldDefinition,
    path: FilterPath,
    position: number,
  ): TemplateResult | typeof nothing {
    const term = this.#localize.term.bind(this.#localize);
    const { operator, value } = condition;
    if (VALUELESS_OPERATORS.has(operator)) return nothing;
    if (operator === 'anyOf' || operator === 'noneOf') {
      const chosen = new Set(Array.isArray(value) ? value : []);
      return html`<fieldset class="options">
        <legend class="visually-hidden">${term('value')(position)}</legend>
        ${(field.options ?? []).map(
          (option) =>
            html`<label class="option"
              ><input
                type="checkbox"
                .checked=${chosen.has(option.value)}
                @change=${(event: Event) => {
                  const on = (event.target as HTMLInputElement).checked;
                  const next = (field.options ?? [])
                    .map((o) => o.value)
                    .filter((v) => (v === option.value ? on : chosen.has(v)));
                  this.#updateCondition(path, { value: next });
                }}
              />${option.label}</label
            >`,
        )}
      </fieldset>`;
    }
    if (operator === 'inLast' || operator === 'inNext') {
      return html`<span class="days"
        >${this.#input(
          'number',
          value,
          term('value')(position),
          path,
          (raw) => {
            const n = Number(raw);
            return raw.trim() === '' ? undefined : Number.isInteger(n) && n >= 1 ? n : raw;
          },
          { min: '1', step: '1' },
        )} <span>${term('days')}</span></span
      >`;
    }
    const kind =
      field.type === 'date' ? 'date' : field.type === 'number' || field.type === 'currency' ? 'number' : 'text';
    const read = (raw: string): unknown => {
      if (kind === 'number') return raw.trim() === '' ? null : Number(raw);
      return raw;
    };
    if (operator === 'between') {
      const [min, max] = Array.isArray(value) ? (value as unknown[]) : [null, null];
      const set = (at: 0 | 1) => (raw: string) => {
        const bounds: unknown[] = [min ?? null, max ?? null];
        const next = read(raw);
        bounds[at] = next === '' ? null : next;
        return bounds;
      };
      return html`<span class="between"
        >${this.#input(kind, min, term('min')(position), path, set(0))}
        ${this.#input(kind, max, term('max')(position), path, set(1))}</span
      >`;
    }
    return this.#input(kind, value, term('value')(position), path, (raw) => {
      const next = read(raw);
      return next === null ? undefined : next;
    });
  }

  /** A native input bound to a condition's value: live while typing, committed on change. */
  #input(
    type: 'text' | 'number' | 'date',
    value: unknown,
    label: string,
    path: FilterPath,
    read: (raw: string) => unknown,
    attributes: { min?: string; step?: string } = {},
  ): TemplateResult {
    const shown =
      typeof value === 'number'
        ? String(value)
        : typeof value === 'string'
          ? type === 'date'
            ? value.slice(0, 10)
            : value
          : '';
    return html`<input
      class="value"
      type=${type}
      aria-label=${label}
      min=${attributes.min ?? nothing}
      step=${attributes.step ?? (type === 'number' ? 'any' : nothing)}
      .value=${shown}
      @input=${(event: Event) => this.#updateCondition(path, { value: read((event.target as HTMLInputElement).value) }, false)}
      @change=${(event: Event) => this.#updateCondition(path, { value: read((event.target as HTMLInputElement).value) })}
    />`;
  }

  // ---------------------------------------------------------------- rendering

  #renderCondition(condition: FilterCondition, path: FilterPath, position: number): TemplateResult {
    const term = this.#localize.term.bind(this.#localize);
    const field = this.#set.get(condition.field);
    const operators = field ? OPERATORS[field.type] : [];
    return html`<li class="condition" part="condition" data-path=${pathKey(path)}>
      ${this.#renderChooser(condition, path, position)}
      <select
        class="operator"
        aria-label=${term('operator')(position)}
        @change=${(event: Event) => {
          const operator = (event.target as HTMLSelectElement).value as FilterOperator;
          this.#updateCondition(path, {
            operator,
            value: field ? this.#valueFor(field, operator, condition.value) : undefined,
          });
        }}
      >
        ${operators.map(
          (operator) =>
            html`<option value=${operator} ?selected=${operator === condition.operator}>
              ${term('operatorName')(operator)}
            </option>`,
        )}
      </select>
      ${field ? this.#renderValue(condition, field, path, position) : nothing}
      <button
        class="icon"
        type="button"
        aria-label=${`${term('removeCondition')} ${position}`}
        title=${term('removeCondition')}
        @click=${() => this.#remove(path)}
      >
        ×
      </button>
    </li>`;
  }

  #renderGroup(group: FilterGroup, path: FilterPath, position: number): TemplateResult {
    const term = this.#localize.term.bind(this.#localize);
    const depth = path.length + 1;
    const name = term('group')(depth, position);
    const key = pathKey(path);
    return html`<fieldset class="group" part="group" data-group=${key} ?data-not=${group.not}>
      <legend class="group-head">
        <span class="visually-hidden">${name}</span>
        <label class="not"
          ><input
            type="checkbox"
            .checked=${group.not === true}
            @change=${(event: Event) =>
              this.#update(path, (node) => {
                if (node.type !== 'group') return node;
                const next = { ...node };
                if ((event.target as HTMLInputElement).checked) next.not = true;
                else delete next.not;
                return next;
              })}
          />${term('not')}</label
        >
        <label class="combinator"
          >${term('combinator')}
          <select
            @change=${(event: Event) =>
              this.#update(path, (node) =>
                node.type === 'group'
                  ? { ...node, combinator: (event.target as HTMLSelectElement).value as 'and' | 'or' }
                  : node,
              )}
          >
            <option value="and" ?selected=${group.combinator === 'and'}>${term('and')}</option>
            <option value="or" ?selected=${group.combinator === 'or'}>${term('or')}</option>
          </select></label
        >
      </legend>
      ${group.children.length === 0 && depth === 1 ? html`<p class="empty">${term('empty')}</p>` : nothing}
      <ul class="children">
        ${group.children.map((child, index) =>
          child.type === 'group'
            ? html`<li class="nested">${this.#renderGroup(child, [...path, index], index + 1)}</li>`
            : this.#renderCondition(child, [...path, index], index + 1),
        )}
      </ul>
      <div class="group-actions">
        <button class="button" type="button" ?disabled=${this.#set.size === 0} @click=${() => this.#addCondition(path)}>
          ${term('addCondition')}
        </button>
        ${
          depth < this.maxDepth
            ? html`<button
                class="button"
                type="button"
                ?disabled=${this.#set.size === 0}
                @click=${() => this.#addGroup(path)}
              >
                ${term('addGroup')}
              </button>`
            : nothing
        }
        ${
          depth > 1
            ? html`<button
                class="button"
                type="button"
                aria-label=${`${term('removeGroup')} ${position}`}
                @click=${() => this.#remove(path)}
              >
                ${term('removeGroup')}
              </button>`
            : nothing
        }
      </div>
    </fieldset>`;
  }

  protected override render(): TemplateResult {
    const term = this.#localize.term.bind(this.#localize);
    const sentence = describe(this.#filter, this.#set, this.#localize.lang(), {
      currency: this.currency,
      timeZone: this.timeZone,
      strings: this.sentenceStrings,
    });
    return html`<div class="base" part="base" role="group" aria-label=${term('label')}>
      <p class="summary" part="summary" id="summary">
        <span class="summary-label">${term('summary')}:</span> <output aria-live="polite">${sentence}</output>
      </p>
      ${this.#renderGroup(this.#filter.root, [], 1)}
    </div>`;
  }
}
