import { css } from 'lit';

export const filterBuilderStyles = css`
  :host {
    display: block;
    font-size: var(--tk-font-size-s, 0.875rem);
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--tk-space-3, 0.75rem);
  }
  .summary {
    margin: 0;
    padding: var(--tk-space-2, 0.5rem) var(--tk-space-3, 0.75rem);
    border-radius: var(--tk-radius-m, 6px);
    background: var(--tk-color-surface-sunken, Canvas);
    overflow-wrap: anywhere;
  }
  .summary-label {
    font-weight: 600;
  }
  .group {
    display: flex;
    flex-direction: column;
    gap: var(--tk-space-2, 0.5rem);
    margin: 0;
    padding: var(--tk-space-2, 0.5rem) var(--tk-space-3, 0.75rem);
    border: 1px solid var(--tk-filter-builder-group-border-color, var(--tk-color-border, CanvasText));
    border-radius: var(--tk-radius-m, 6px);
  }
  .group[data-not] {
    border-style: dashed;
  }
  .group-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--tk-space-3, 0.75rem);
    padding-inline: var(--tk-space-1, 0.25rem);
  }
  .children {
    display: flex;
    flex-direction: column;
    gap: var(--tk-space-2, 0.5rem);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .nested {
    padding-inline-start: var(--tk-filter-builder-indent, var(--tk-space-4, 1rem));
  }
  .condition {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--tk-space-2, 0.5rem);
  }
  input,
  select {
    min-block-size: var(--tk-control-height, 2.25rem);
    padding-inline: var(--tk-space-2, 0.5rem);
    border: 1px solid var(--tk-color-border, FieldText);
    border-radius: var(--tk-radius-s, 4px);
    background: var(--tk-color-surface, Field);
    color: inherit;
    font: inherit;
  }
  input[type='checkbox'] {
    min-block-size: auto;
  }
  .chooser {
    position: relative;
  }
  .chooser-list {
    position: absolute;
    z-index: 1;
    inset-inline-start: 0;
    inset-block-start: 100%;
    min-inline-size: 100%;
    max-block-size: 16rem;
    overflow: auto;
    margin: 2px 0 0;
    padding: var(--tk-space-1, 0.25rem) 0;
    border: 1px solid var(--tk-color-border, CanvasText);
    border-radius: var(--tk-radius-m, 6px);
    background: var(--tk-color-surface-raised, Canvas);
    box-shadow: var(--tk-shadow-m, none);
    list-style: none;
  }
  .chooser-option,
  .chooser-empty {
    padding: var(--tk-space-1, 0.25rem) var(--tk-space-3, 0.75rem);
    white-space: nowrap;
  }
  .chooser-option {
    cursor: pointer;
  }
  .chooser-option[aria-selected='true'] {
    background: var(--tk-color-brand, Highlight);
    color: var(--tk-color-on-brand, HighlightText);
  }
  .category {
    opacity: 0.8;
    font-size: var(--tk-font-size-xs, 0.75rem);
  }
  .options {
    display: flex;
    flex-wrap: wrap;
    gap: var(--tk-space-2, 0.5rem);
    margin: 0;
    padding: 0;
    border: 0;
  }
  .option,
  .not,
  .combinator {
    display: inline-flex;
    align-items: center;
    gap: var(--tk-space-1, 0.25rem);
  }
  .between,
  .days {
    display: inline-flex;
    align-items: center;
    gap: var(--tk-space-2, 0.5rem);
  }
  .value[type='number'] {
    inline-size: 8rem;
  }
  .icon {
    inline-size: 2rem;
    block-size: 2rem;
    border: 0;
    border-radius: var(--tk-radius-s, 4px);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .icon:hover {
    background: var(--tk-color-surface-hover, ButtonFace);
  }
  .group-actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--tk-space-2, 0.5rem);
  }
  .empty {
    margin: 0;
    color: var(--tk-color-text-muted, CanvasText);
  }
  @media (forced-colors: active) {
    .chooser-option[aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
    }
  }
`;
