import { css } from 'lit';

/** The kanban board's styles, adopted by the record view when the board first shows. */
export const kanbanStyles = css`
  .column:focus-visible {
    outline-offset: -2px;
  }
  /*
   * The board takes the width it is given and scrolls sideways; its columns never widen the page
   * (without inline-size containment, a host in a flex row or a shrink-to-fit box grew to hold every
   * column and the last ones were cut off).
   */
  .board {
    contain: inline-size;
    display: flex;
    gap: var(--tk-space-3, 0.75rem);
    align-items: flex-start;
    overflow-x: auto;
    padding-block-end: var(--tk-space-2, 0.5rem);
  }
  .column {
    display: flex;
    flex-direction: column;
    flex: 0 0 var(--tk-record-view-column-width, 16rem);
    max-block-size: var(--tk-record-view-height, 32rem);
    border: 1px solid var(--_border);
    border-radius: var(--tk-radius-m, 6px);
    background: var(--tk-record-view-column-background, var(--tk-color-surface-sunken, Canvas));
  }
  .column[data-collapsed] {
    flex-basis: auto;
  }
  .column[data-over] {
    border-color: var(--tk-color-danger, #b3261e);
  }
  .column-header {
    display: flex;
    align-items: center;
    gap: var(--tk-space-1, 0.25rem);
    padding: var(--tk-space-2, 0.5rem);
    border-block-end: 1px solid var(--_border);
  }
  .column-handle {
    display: flex;
    flex: 1;
    flex-wrap: wrap;
    gap: var(--tk-space-1, 0.25rem) var(--tk-space-2, 0.5rem);
    cursor: grab;
    user-select: none;
  }
  .column-label {
    font-weight: 600;
  }
  .column-summary {
    color: var(--tk-color-text-muted, CanvasText);
    font-size: var(--tk-font-size-s, 0.875rem);
  }
  .over-limit {
    color: var(--tk-color-danger, #b3261e);
    font-size: var(--tk-font-size-s, 0.875rem);
    font-weight: 600;
  }
  .collapse {
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    cursor: pointer;
    min-inline-size: 1.75rem;
    min-block-size: 1.75rem;
  }
  .column-body {
    flex: 1;
    min-block-size: 3rem;
    overflow-y: auto;
  }
  .cards {
    display: block;
    min-block-size: 3rem;
  }
  .card {
    cursor: grab;
  }
  .tk-reorder-ghost {
    opacity: 0.4;
  }
  .tk-reorder-chosen {
    box-shadow: var(--tk-shadow-m, 0 2px 6px rgb(0 0 0 / 20%));
  }
`;
