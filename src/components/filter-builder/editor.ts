import { html, nothing, type TemplateResult } from 'lit';
import { OwnChanges } from '../../base/own-changes.js';
import { UNCATEGORIZED, type FieldSet } from '../../core/fields/field-set.js';
import { searchFields } from '../../core/fields/search.js';
import type { FieldDefinition } from '../../core/fields/types.js';
import {
  appendChild,
  newCondition,
  newGroup,
  removeNode,
  updateNode,
  type FilterPath,
} from '../../core/filter/edit.js';
import {
  OPERATORS,
  VALUELESS_OPERATORS,
  type Filter,
  type FilterCondition,
  type FilterGroup,
  type FilterOperator,
} from '../../core/filter/types.js';
import type { FilterBuilderStrings } from './filter-builder-strings.js';

/** What the editor needs from the element it renders into. */
export interface EditorHost {
  readonly fieldSet: FieldSet;
  readonly filter: Filter;
  readonly maxDepth: number;
  readonly renderRoot: HTMLElement | DocumentFragment;
  readonly updateComplete: Promise<boolean>;
  term<K extends keyof FilterBuilderStrings>(key: K): FilterBuilderStrings[K];
  locale(): string;
  /** Shows an edited filter; `commit` stores it and reports it. */
  edit(next: Filter, commit?: boolean): void;
  announce(message: string): void;
  requestUpdate(): void;
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
 * The editing half of `tk-filter-builder`: groups, conditions, the field chooser and the value
 * editors, and what each control does. Loaded on first use, so the element's entry carries only the
 * model, the sentence and persistence.
 */
export class FilterEditor {
  /**
   * The filters this editor committed: one handed back by the host or the store is an echo, and
   * adopting it would lose what the user is typing. Only edits commit, so it lives with the editor.
   */
  readonly own = new OwnChanges();
  readonly #host: EditorHost;
  #chooser: Chooser | undefined;

  constructor(host: EditorHost) {
    this.#host = host;
  }

  #setChooser(chooser: Chooser | undefined): void {
    this.#chooser = chooser;
    this.#host.requestUpdate();
  }

  #update(
    path: FilterPath,
    change: (node: FilterGroup | FilterCondition) => FilterGroup | FilterCondition,
    commit = true,
  ): void {
    this.#host.edit(updateNode(this.#host.filter, path, change), commit);
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
    const field = this.#host.fieldSet.fields[0];
    if (!field) return;
    const group = this.#groupAt(path);
    this.#host.edit(appendChild(this.#host.filter, path, newCondition(field)));
    this.#host.announce(this.#host.term('added'));
    void this.#focusAfterUpdate(`[data-path="${pathKey([...path, group?.children.length ?? 0])}"] .chooser-input`);
  }

  #addGroup(path: FilterPath): void {
    const field = this.#host.fieldSet.fields[0];
    const group = newGroup();
    if (field) group.children.push(newCondition(field));
    const parent = this.#groupAt(path);
    this.#host.edit(appendChild(this.#host.filter, path, group));
    this.#host.announce(this.#host.term('groupAdded'));
    void this.#focusAfterUpdate(`[data-path="${pathKey([...path, parent?.children.length ?? 0, 0])}"] .chooser-input`);
  }

  #remove(path: FilterPath): void {
    this.#host.edit(removeNode(this.#host.filter, path));
    this.#host.announce(this.#host.term('removed'));
    const parent = path.slice(0, -1);
    void this.#focusAfterUpdate(`[data-group="${pathKey(parent)}"] > .group-actions button`);
  }

  #groupAt(path: FilterPath): FilterGroup | undefined {
    let node: FilterGroup | FilterCondition | undefined = this.#host.filter.root;
    for (const index of path) node = node?.type === 'group' ? node.children[index] : undefined;
    return node?.type === 'group' ? node : undefined;
  }

  async #focusAfterUpdate(selector: string): Promise<void> {
    await this.#host.updateComplete;
    this.#host.renderRoot.querySelector<HTMLElement>(selector)?.focus();
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
    const query = this.#chooser?.query ?? '';
    return searchFields(this.#host.fieldSet, query, { locale: this.#host.locale() })
      .slice(0, CHOOSER_LIMIT)
      .map((match) => match.field);
  }

  #openChooser(key: string, query = ''): void {
    this.#setChooser({ key, query, active: 0 });
  }

  #chooseField(path: FilterPath, field: FieldDefinition | undefined): void {
    this.#setChooser(undefined);
    if (!field) return;
    this.#update(path, (node) => (node.type === 'condition' && node.field === field.id ? node : newCondition(field)));
    void this.#focusAfterUpdate(`[data-path="${pathKey(path)}"] .operator`);
  }

  #onChooserKeyDown(event: KeyboardEvent, path: FilterPath): void {
    const key = pathKey(path);
    const chooser = this.#chooser?.key === key ? this.#chooser : undefined;
    const matches = chooser ? this.#chooserMatches() : [];
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (!chooser) return this.#openChooser(key, (event.target as HTMLInputElement).value);
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.#setChooser({ ...chooser, active: (chooser.active + step + matches.length) % Math.max(1, matches.length) });
    } else if (event.key === 'Enter' && chooser) {
      event.preventDefault();
      this.#chooseField(path, matches[chooser.active]);
    } else if (event.key === 'Escape' && chooser) {
      event.preventDefault();
      event.stopPropagation();
      this.#setChooser(undefined);
    }
  }

  #renderChooser(condition: FilterCondition, path: FilterPath, position: number): TemplateResult {
    const term = this.#host.term.bind(this.#host);
    const key = pathKey(path);
    const open = this.#chooser?.key === key;
    const field = this.#host.fieldSet.get(condition.field);
    const listId = `chooser-${key || 'root'}`;
    const matches = open ? this.#chooserMatches() : [];
    const active = open ? this.#chooser!.active : -1;
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
        .value=${open ? this.#chooser!.query : (field?.label ?? '')}
        @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()}
        @input=${(event: InputEvent) => this.#openChooser(key, (event.target as HTMLInputElement).value)}
        @keydown=${(event: KeyboardEvent) => this.#onChooserKeyDown(event, path)}
        @blur=${() => {
          if (this.#chooser?.key === key) this.#setChooser(undefined);
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
    const term = this.#host.term.bind(this.#host);
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

  #renderCondition(condition: FilterCondition, path: FilterPath, position: number): TemplateResult {
    const term = this.#host.term.bind(this.#host);
    const field = this.#host.fieldSet.get(condition.field);
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

  /** The editor of a group and everything in it (the root: `[]`). */
  renderGroup(group: FilterGroup, path: FilterPath, position: number): TemplateResult {
    const term = this.#host.term.bind(this.#host);
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
            ? html`<li class="nested">${this.renderGroup(child, [...path, index], index + 1)}</li>`
            : this.#renderCondition(child, [...path, index], index + 1),
        )}
      </ul>
      <div class="group-actions">
        <button
          class="button"
          type="button"
          ?disabled=${this.#host.fieldSet.size === 0}
          @click=${() => this.#addCondition(path)}
        >
          ${term('addCondition')}
        </button>
        ${
          depth < this.#host.maxDepth
            ? html`<button
                class="button"
                type="button"
                ?disabled=${this.#host.fieldSet.size === 0}
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
}
