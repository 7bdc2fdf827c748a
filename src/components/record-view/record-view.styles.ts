import { css } from 'lit';

export const recordViewStyles = css`
  :host {
    display: block;
    --_border: var(--tk-record-view-border-color, var(--tk-color-border, GrayText));
    --_row-height: var(--tk-record-view-row-height, 2.5rem);
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--tk-space-2, 0.5rem);
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--tk-space-2, 0.5rem);
  }
  .view-switch {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: var(--tk-radius-m, 6px);
    overflow: hidden;
  }
  .segment {
    position: relative;
    display: inline-flex;
    align-items: center;
    min-block-size: var(--tk-control-height, 2.25rem);
    padding-inline: var(--tk-space-3, 0.75rem);
    font-size: var(--tk-font-size-s, 0.875rem);
    cursor: pointer;
  }
  .segment + .segment {
    border-inline-start: 1px solid var(--_border);
  }
  .segment input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .segment:has(input:checked) {
    background: var(--tk-color-brand, Highlight);
    color: var(--tk-color-on-brand, HighlightText);
  }
  .segment:has(input:focus-visible) {
    outline: var(--tk-focus-ring-width, 2px) solid var(--tk-color-focus, Highlight);
    outline-offset: -4px;
  }
  .search {
    flex: 1 1 12rem;
    min-block-size: var(--tk-control-height, 2.25rem);
    padding-inline: var(--tk-space-2, 0.5rem);
    border: 1px solid var(--_border);
    border-radius: var(--tk-radius-m, 6px);
    background: var(--tk-color-surface, Field);
    color: inherit;
    font: inherit;
  }
  tk-popover:not(:defined) > :not([slot]) {
    display: none;
  }
  .badge {
    min-inline-size: 1.25rem;
    padding-inline: 0.3rem;
    border-radius: 999px;
    background: var(--tk-color-brand, Highlight);
    color: var(--tk-color-on-brand, HighlightText);
    font-size: var(--tk-font-size-xs, 0.75rem);
  }
  .modified {
    font-style: normal;
    color: var(--tk-color-text-muted, CanvasText);
  }
  .name-form {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--tk-space-2, 0.5rem);
  }
  .name-form input {
    min-block-size: var(--tk-control-height, 2.25rem);
    padding-inline: var(--tk-space-2, 0.5rem);
    border: 1px solid var(--_border);
    border-radius: var(--tk-radius-m, 6px);
    font: inherit;
  }
  .reason {
    color: var(--tk-color-text-muted, CanvasText);
    font-size: var(--tk-font-size-s, 0.875rem);
  }
  .notice,
  .state {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--tk-space-2, 0.5rem);
    padding: var(--tk-space-3, 0.75rem);
    border: 1px dashed var(--_border);
    border-radius: var(--tk-radius-m, 6px);
  }
  .state {
    flex-direction: column;
    justify-content: center;
    min-block-size: 8rem;
    text-align: center;
  }
  /*
   * The table's scrolling area has the size it is given: what scrolls inside never makes the page
   * lay out or paint again, nor widens a shrink-to-fit or flex host.
   */
  .scroller {
    contain: strict;
    position: relative;
    block-size: var(--tk-record-view-height, 32rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--tk-radius-m, 6px);
    scroll-padding-block-start: var(--_row-height);
  }
  .grid {
    display: block;
    inline-size: max-content;
    min-inline-size: 100%;
  }
  .row {
    display: grid;
    grid-template-columns: var(--_columns);
    inline-size: 100%;
    min-block-size: var(--_row-height);
    border-block-end: 1px solid var(--_border);
  }
  /* Rows of one height whose insides never affect the page: scrolling lays out only the rows it adds. */
  .body .row {
    block-size: var(--_row-height);
    contain: layout style paint;
  }
  /*
   * The virtualizer moves each body row by its inline style every scroll frame. The base styles' box-sizing:
   * inherit made every cell inside restyle with its row (a third of a 4,000 px jump's frame); the same
   * value, set outright, leaves the cells alone.
   */
  .body .row *,
  .body .row *::before,
  .body .row *::after {
    box-sizing: border-box;
  }
  .head {
    position: sticky;
    inset-block-start: 0;
    z-index: 1;
    background: var(--tk-record-view-header-background, var(--tk-color-surface-raised, Canvas));
  }
  .header-cell,
  .cell {
    min-inline-size: 0;
    padding-inline: var(--tk-space-2, 0.5rem);
    overflow: hidden;
    white-space: nowrap;
    text-overflow: ellipsis;
  }
  .header-cell {
    display: flex;
    align-items: center;
    gap: var(--tk-space-1, 0.25rem);
  }
  /* A cell is one line of text: a block centred by its line height lays out faster than a flex box. */
  .cell {
    display: block;
    line-height: calc(var(--_row-height) - 1px);
  }
  .header-cell {
    position: relative;
    font-weight: 600;
    cursor: pointer;
    user-select: none;
  }
  .header-cell .label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .cell[data-type='number'],
  .cell[data-type='currency'] {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .cell:focus-visible,
  .header-cell:focus-visible {
    outline-offset: -2px;
  }
  .resize-handle {
    position: absolute;
    inset-block: 0;
    inset-inline-end: 0;
    inline-size: 8px;
    cursor: col-resize;
    touch-action: none;
  }
  .resize-handle:hover {
    background: var(--tk-color-brand, Highlight);
  }
  .group-row {
    background: var(--tk-record-view-group-background, var(--tk-color-surface-sunken, Canvas));
    font-weight: 600;
  }
  .group-cell {
    grid-column: 1 / -1;
    display: flex;
    align-items: center;
    gap: var(--tk-space-2, 0.5rem);
    padding-inline: var(--tk-space-2, 0.5rem);
    overflow: hidden;
    white-space: nowrap;
    cursor: pointer;
  }
  .group-cell:focus-visible {
    outline-offset: -2px;
  }
  .chevron::before {
    content: '▾';
    display: inline-block;
  }
  .group-cell[aria-expanded='false'] .chevron::before {
    content: '▸';
  }
  :host(:dir(rtl)) .group-cell[aria-expanded='false'] .chevron::before {
    content: '◂';
  }
  .group-label {
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .group-summary {
    color: var(--tk-color-text-muted, CanvasText);
    font-weight: 400;
    font-size: var(--tk-font-size-s, 0.875rem);
  }
  .row[aria-selected='true'] {
    background: var(
      --tk-record-view-selected-background,
      var(--tk-color-brand-subtle, color-mix(in srgb, SelectedItem 18%, Canvas))
    );
  }
  .group-by {
    display: inline-flex;
    align-items: center;
    gap: var(--tk-space-1, 0.25rem);
    font-size: var(--tk-font-size-s, 0.875rem);
  }
  .group-by select {
    min-block-size: var(--tk-control-height, 2.25rem);
    font: inherit;
  }
  .message {
    margin: 0;
    padding: var(--tk-space-2, 0.5rem) var(--tk-space-3, 0.75rem);
    border-inline-start: 4px solid var(--tk-color-danger, #b3261e);
    background: var(--tk-color-danger-subtle, Canvas);
  }
  .card-line {
    color: var(--tk-color-text-muted, CanvasText);
    font-size: var(--tk-font-size-s, 0.875rem);
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    .row[aria-selected='true'] {
      background: SelectedItem;
      color: SelectedItemText;
    }
    .segment:has(input:checked) {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
