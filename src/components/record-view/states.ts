import { html, nothing, type TemplateResult } from 'lit';
import type { RecordViewLocalize } from './context.js';

export interface StateInputs {
  /** The host's error message (rendered as text). */
  error: string | undefined;
  /** The host is fetching records, or the filter's code has not arrived. */
  loading: boolean;
  /** How many records the host gave, and how many pass the filter and search. */
  total: number;
  shown: number;
  onClearClick: () => void;
}

/** The designed states instead of records: error, loading, no records, nothing matches. `undefined` shows the records. */
export function renderState(localize: RecordViewLocalize, inputs: StateInputs): TemplateResult | undefined {
  const term = localize.term.bind(localize);
  if (inputs.error) {
    return html`<div class="state" part="state" role="alert">
      <strong>${term('error')}</strong>
      <span>${inputs.error}</span>
    </div>`;
  }
  if (inputs.loading) return renderLoading(localize);
  if (inputs.total === 0) return html`<div class="state" part="state" role="status">${term('empty')}</div>`;
  if (inputs.shown === 0) {
    return html`<div class="state" part="state" role="status">
      <span>${term('noMatches')}</span>
      <button type="button" class="button" @click=${inputs.onClearClick}>${term('clearFilters')}</button>
    </div>`;
  }
  return undefined;
}

/** The loading state (records, or the code of a view, are on their way). */
export function renderLoading(localize: RecordViewLocalize): TemplateResult {
  return html`<div class="state" part="state" role="status" aria-busy="true">${localize.term('loading')}</div>`;
}

/** A view's code could not be loaded. */
export function renderUnavailable(localize: RecordViewLocalize): TemplateResult {
  return html`<div class="state" part="state" role="alert">${localize.term('unavailable')}</div>`;
}

/** The notice about fields a saved view named that no longer exist, until dismissed. */
export function renderNotice(
  localize: RecordViewLocalize,
  dropped: readonly string[],
  onDismissClick: () => void,
): TemplateResult | typeof nothing {
  if (dropped.length === 0) return nothing;
  const term = localize.term.bind(localize);
  return html`<div class="notice" part="notice" role="status">
    <span>${term('staleFields')(localize.list([...dropped]), dropped.length)}</span>
    <button type="button" class="button" @click=${onDismissClick}>${term('dismiss')}</button>
  </div>`;
}
