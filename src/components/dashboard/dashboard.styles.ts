import { css } from 'lit';

/**
 * Notes on the rules below (kept out of the CSS so they do not ship):
 * - Long press lifts a widget: the platform callout would cover it.
 * - The catalog's popover and menu load on first use: until then only its button shows.
 * - The grid's columns and row height are set on the grid element itself, not as custom properties:
 *   a custom property inherits, so changing it restyles every element of every widget.
 */
export const dashboardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--tk-space-3, 0.75rem);
  }
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--tk-space-2, 0.5rem);
  }
  [part='toolbar'][hidden] {
    display: none;
  }
  .spacer {
    flex: 1;
  }
  [part='reason'] {
    display: inline-flex;
    align-items: center;
    gap: var(--tk-space-1, 0.25rem);
    color: var(--tk-color-text-muted, CanvasText);
    font-size: var(--tk-font-size-s, 0.875rem);
  }
  .grid {
    position: relative;
    display: grid;
    grid-template-columns: repeat(12, minmax(0, 1fr));
    grid-auto-rows: 80px;
    gap: var(--tk-dashboard-gap, var(--tk-space-4, 1rem));
  }
  :host([editable]) .grid {
    background-color: var(--tk-dashboard-edit-background, transparent);
    outline: 1px dashed var(--tk-color-border, GrayText);
    outline-offset: calc(var(--tk-space-2, 0.5rem) / 2);
    border-radius: var(--tk-radius-m, 6px);
  }
  :host([editable]) {
    -webkit-touch-callout: none;
  }
  .placeholder {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 0;
    border: 2px dashed var(--tk-dashboard-placeholder-border-color, var(--tk-color-brand, Highlight));
    border-radius: var(--tk-dashboard-item-radius, var(--tk-radius-l, 10px));
    background: var(
      --tk-dashboard-placeholder-background,
      color-mix(in srgb, var(--tk-color-brand, Highlight) 10%, transparent)
    );
    pointer-events: none;
    transition: transform var(--tk-duration-fast, 120ms) var(--tk-easing, ease);
  }
  tk-popover:not(:defined) > :not([slot]) {
    display: none;
  }
  .placeholder[hidden] {
    display: none;
  }
  [part='empty'] {
    grid-column: 1 / -1;
    margin: 0;
    padding: var(--tk-space-6, 2rem);
    text-align: center;
    color: var(--tk-color-text-muted, CanvasText);
  }
  .catalog-entry {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    padding-block: var(--tk-space-1, 0.25rem);
  }
  .catalog-entry small {
    color: var(--tk-color-text-muted, CanvasText);
    font-size: var(--tk-font-size-xs, 0.75rem);
    white-space: normal;
  }
  .reserve {
    visibility: hidden;
  }
  .hint {
    margin: 0;
    color: var(--tk-color-text-muted, CanvasText);
    font-size: var(--tk-font-size-s, 0.875rem);
    visibility: hidden;
  }
  .hint[data-shown] {
    visibility: visible;
  }
  .catalog-icon {
    float: inline-start;
    margin-inline-end: var(--tk-space-2, 0.5rem);
  }
  .catalog-search {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2rem;
    margin-block-end: var(--tk-space-2, 0.5rem);
    padding-inline: var(--tk-space-2, 0.5rem);
    border: 1px solid var(--tk-color-border, GrayText);
    border-radius: var(--tk-radius-s, 4px);
    font: inherit;
  }
  .catalog-search:focus-visible {
    outline: var(--tk-focus-ring-width, 2px) solid var(--tk-color-focus, Highlight);
    outline-offset: 1px;
  }
  .catalog-none {
    margin: 0;
    padding: var(--tk-space-2, 0.5rem);
    color: var(--tk-color-text-muted, CanvasText);
  }
  @media (prefers-reduced-motion: reduce) {
    .placeholder {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .placeholder {
      border-color: Highlight;
      background: transparent;
    }
  }
`;
