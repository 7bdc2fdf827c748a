import { html, nothing, type TemplateResult } from 'lit';
import { UNCATEGORIZED } from '../../core/fields/field-set.js';
import type { FieldMatch, TextRange } from '../../core/fields/search.js';
import { selectionState, type FieldDifference } from '../../core/fields/state.js';
import type { FieldDefinition } from '../../core/fields/types.js';
import { fieldKey, headerKey, selectAllKey, type Chunk, type Listing } from './listing.js';
import type { PickerState } from './picker-state.js';
import { fieldNotes, type Term } from './shown-section.js';

/** What rendering a block of the list reads. */
export interface RowsView {
  state: PickerState;
  term: Term;
  listing: Listing;
  /** The shown fields, as a set. */
  shown: ReadonlySet<string>;
  differences: Map<string, FieldDifference>;
  /** The row that holds the tab stop. */
  active: string | undefined;
  /** Whether a search is under way (select-all then applies to the matches). */
  searching: boolean;
  /** The highlight ranges of a listed field, while searching. */
  match: (field: FieldDefinition) => FieldMatch | undefined;
}

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

export const categoryLabel = (term: Term, category: string): string =>
  category === UNCATEGORIZED ? term('uncategorized') : category;

// ARIA 1.2 makes aria-selected optional: these options are checkable, so they carry aria-checked.
/* eslint-disable lit-a11y/role-has-required-aria-attrs */
function renderOption(view: RowsView, field: FieldDefinition, position: number): TemplateResult {
  const { term } = view;
  const key = fieldKey(field.id);
  const difference = view.differences.get(field.id);
  const match = view.searching ? view.match(field) : undefined;
  const id = `o${view.state.set.indexOf(field.id)}`;
  // Outside the option, whose name is its label alone: the option is found by that name.
  const described = [
    ...fieldNotes(term, field, difference),
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
      tabindex=${view.active === key ? 0 : -1}
      aria-checked=${view.shown.has(field.id) ? 'true' : 'false'}
      aria-disabled=${field.required ? 'true' : nothing}
      aria-setsize=${view.listing.size}
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

function renderHeader(view: RowsView, chunk: Chunk): TemplateResult {
  const { term, state } = view;
  const label = categoryLabel(term, chunk.category);
  const all = state.set.inCategory(chunk.category);
  const listed = view.listing.byCategory.get(chunk.category) ?? [];
  const checked = selectionState(
    view.shown,
    listed.map((field) => field.id),
  );
  const shownCount = all.filter((field) => view.shown.has(field.id)).length;
  const selectLabel = view.searching ? term('selectMatches')(label, listed.length) : term('selectAll')(label);
  const h = headerKey(chunk.category);
  const a = selectAllKey(chunk.category);
  return html`<div class="header" part="category">
    <button
      class="collapse"
      type="button"
      data-key=${h}
      data-action="collapse"
      data-id=${chunk.category}
      tabindex=${view.active === h ? 0 : -1}
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
      tabindex=${view.active === a ? 0 : -1}
      aria-checked=${checked === 'checked' ? 'true' : checked === 'mixed' ? 'mixed' : 'false'}
      aria-label=${selectLabel}
      title=${selectLabel}
    >
      <span class="box" aria-hidden="true"></span>
    </span>
  </div>`;
}

/** One block of the list: its category's header if it starts the category, and its options. */
export function renderChunk(view: RowsView, chunk: Chunk): TemplateResult {
  // The header's controls stay outside the listbox, which may hold only options and groups.
  return html`<div class="chunk" data-chunk=${chunk.key}>
    ${chunk.header ? renderHeader(view, chunk) : nothing}
    ${
      chunk.fields.length
        ? html`<div class="options" role="listbox" aria-multiselectable="true" aria-label=${view.term('fields')}>
            <div role="group" aria-label=${categoryLabel(view.term, chunk.category)}>
              ${chunk.fields.map((field, i) => renderOption(view, field, chunk.position + i))}
            </div>
          </div>`
        : nothing
    }
  </div>`;
}
