import { html, nothing, type TemplateResult } from 'lit';
import type { RecordViewType, ViewState } from '../../core/records/view-state.js';
import type { RecordField } from '../../core/records/values.js';
import { LazyModule } from '../../base/lazy.js';
import type { TkFieldsChangeDetail } from '../field-picker/field-picker.js';
import type { TkFilterChangeDetail } from '../filter-builder/filter-builder.js';
import type { RecordViewContext } from './context.js';
import type { SavedViews } from './saved-views.js';
import { openOnFirstUse } from './first-use.js';

/** The field picker and its popover, loaded the first time the "Fields" button is used. */
const fieldPicker = /* @__PURE__ */ new LazyModule(() =>
  Promise.all([import('../popover/define.js'), import('../field-picker/define.js')]),
);

/** The filter builder and its popover, loaded the first time the "Filter" button is used. */
const filterBuilder = /* @__PURE__ */ new LazyModule(() =>
  Promise.all([import('../popover/define.js'), import('../filter-builder/define.js')]),
);

export interface ToolbarOptions {
  /** The quick search text. */
  query(): string;
  setQuery(query: string): void;
  /** The secondary fields of list and kanban cards. */
  cardFields(state: ViewState): RecordField[];
  views: SavedViews;
}

/** Fields a table groups its rows by: enums, booleans and text. A kanban's columns are options, so not text. */
const groupable = (view: RecordViewType, field: RecordField): boolean =>
  field.type === 'enum' || field.type === 'boolean' || (view === 'table' && field.type === 'text');

/**
 * The toolbar of a record view: the view switch, "Group by" (table and kanban), the quick search,
 * "Fields" and "Filter" (their popover content loads on first use) and the saved views.
 */
export class RecordToolbar {
  readonly #context: RecordViewContext;
  readonly #options: ToolbarOptions;

  constructor(context: RecordViewContext, options: ToolbarOptions) {
    this.#context = context;
    this.#options = options;
  }

  readonly #onViewChange = (event: Event): void => {
    this.#context.change({ view: (event.target as HTMLInputElement).value as RecordViewType });
  };

  readonly #onGroupByChange = (event: Event): void => {
    const groupBy = (event.target as HTMLSelectElement).value || null;
    this.#context.change({ groupBy, columnOrder: [], collapsed: [] });
  };

  readonly #onSearchInput = (event: Event): void => {
    this.#options.setQuery((event.target as HTMLInputElement).value);
  };

  readonly #onFieldsClick = (): Promise<void> => openOnFirstUse(this.#context, 'fields', fieldPicker);

  readonly #onFilterClick = (): Promise<void> => openOnFirstUse(this.#context, 'filter', filterBuilder);

  readonly #onFilterChange = (event: CustomEvent<TkFilterChangeDetail>): void => {
    event.stopPropagation();
    const filter = event.detail.value;
    this.#context.change({ filter: filter.root.children.length > 0 ? filter : null });
  };

  readonly #onFieldsChange = (event: CustomEvent<TkFieldsChangeDetail>): void => {
    event.stopPropagation();
    const table = this.#context.state().view === 'table';
    this.#context.change(table ? { fields: event.detail.value } : { listFields: event.detail.value });
  };

  render(): TemplateResult {
    const { localize } = this.#context;
    const term = localize.term.bind(localize);
    const state = this.#context.state();
    const views = this.#options.views;
    return html`<div class="toolbar" part="toolbar">
        <div class="view-switch" role="radiogroup" aria-label=${term('viewSwitch')} part="view-switch">
          ${(['table', 'list', 'kanban'] as const).map(
            (type) =>
              html`<label class="segment"
                ><input
                  type="radio"
                  name="view"
                  value=${type}
                  .checked=${state.view === type}
                  @change=${this.#onViewChange}
                /><span>${term(type)}</span></label
              >`,
          )}
        </div>
        ${state.view === 'list' ? nothing : this.#renderGroupBy(state)}
        <input
          class="search"
          part="search"
          type="search"
          aria-label=${term('search')}
          placeholder=${term('search')}
          .value=${this.#options.query()}
          @input=${this.#onSearchInput}
        />
        ${this.#renderFields(state)} ${this.#renderFilter(state)} ${views.renderButton()} ${views.renderSuggestion()}
      </div>
      ${views.renderNameForm()}`;
  }

  /** "Group by": None, or a field the view can group by. */
  #renderGroupBy(state: ViewState): TemplateResult {
    const groupBy = state.groupBy;
    return html`<label class="group-by" part="group-by"
      ><span>${this.#context.localize.term('groupBy')}</span>
      <select @change=${this.#onGroupByChange}>
        <option value="" ?selected=${!groupBy}>${this.#context.localize.term('noGrouping')}</option>
        ${this.#context
          .fields()
          .filter((field) => groupable(state.view, field) || field.id === groupBy)
          .map((field) => html`<option value=${field.id} ?selected=${field.id === groupBy}>${field.label}</option>`)}
      </select></label
    >`;
  }

  /** "Fields": the table's columns, or the secondary fields of list and kanban cards. */
  #renderFields(state: ViewState): TemplateResult {
    const term = this.#context.localize.term.bind(this.#context.localize);
    const value = state.view === 'table' ? state.fields : this.#options.cardFields(state).map((field) => field.id);
    return html`<tk-popover class="fields" placement="bottom-start" label=${term('fields')}>
      <button slot="trigger" type="button" class="button" part="fields-button" @click=${this.#onFieldsClick}>
        ${term('fields')}
      </button>
      ${
        fieldPicker.loaded
          ? html`<tk-field-picker
              part="field-picker"
              .fields=${this.#context.fields()}
              .value=${value}
              @tk-fields-change=${this.#onFieldsChange}
            ></tk-field-picker>`
          : nothing
      }
    </tk-popover>`;
  }

  /** "Filter": the filter builder over every field; the button says how many conditions apply. */
  #renderFilter(state: ViewState): TemplateResult {
    const filter = state.filter;
    // Read defensively: until the filter model loads, a stored filter has not been checked yet.
    const children: unknown = (filter as { root?: { children?: unknown } } | null)?.root?.children;
    const count = Array.isArray(children) ? children.length : 0;
    const term = this.#context.localize.term.bind(this.#context.localize);
    return html`<tk-popover class="filter" placement="bottom-start" label=${term('filter')}>
      <button slot="trigger" type="button" class="button" part="filter-button" @click=${this.#onFilterClick}>
        ${term('filter')}${count > 0 ? html` <span class="badge">${count}</span>` : nothing}
      </button>
      ${
        filterBuilder.loaded
          ? html`<tk-filter-builder
              part="filter-builder"
              .fields=${this.#context.fields()}
              .value=${filter ?? undefined}
              currency=${this.#context.format().currency}
              @tk-filter-change=${this.#onFilterChange}
            ></tk-filter-builder>`
          : nothing
      }
    </tk-popover>`;
  }
}
