import { css } from 'lit';

export const fieldPickerStyles = css`
  :host {
    display: block;
    --_row: var(--tk-field-picker-row-height, 2.25rem);
    --_changed: var(--tk-field-picker-changed-color, var(--tk-color-brand, Highlight));
    font-size: var(--tk-font-size-s, 0.875rem);
  }
  .base {
    display: flex;
    flex-direction: column;
    gap: var(--tk-space-2, 0.5rem);
  }
  .search {
    inline-size: 100%;
    min-block-size: var(--tk-control-height, 2.25rem);
    padding-inline: var(--tk-space-3, 0.75rem);
    border: 1px solid var(--tk-color-border, FieldText);
    border-radius: var(--tk-radius-m, 6px);
    background: var(--tk-color-surface, Field);
    color: inherit;
    font: inherit;
  }
  .reason {
    margin: 0;
    color: var(--tk-color-text-muted, CanvasText);
  }
  .heading {
    display: flex;
    align-items: center;
    gap: var(--tk-space-2, 0.5rem);
    margin: 0;
    font-size: inherit;
    font-weight: 600;
  }
  .badge {
    color: var(--tk-color-text-muted, CanvasText);
    font-weight: 400;
  }
  .shown-scroll {
    position: relative;
    max-block-size: var(--tk-field-picker-shown-height, 12rem);
    overflow: auto;
  }
  .shown-list {
    display: flex;
    flex-direction: column;
    gap: 2px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  [data-virtual] > .shown-list {
    display: block;
    position: relative;
  }
  [data-virtual] .shown-item {
    inline-size: 100%;
    box-sizing: border-box;
  }
  .shown-item {
    display: flex;
    align-items: center;
    gap: var(--tk-space-2, 0.5rem);
    min-block-size: var(--_row);
    padding-inline: var(--tk-space-2, 0.5rem);
    border: 1px solid var(--tk-color-border, CanvasText);
    border-radius: var(--tk-radius-s, 4px);
    background: var(--tk-color-surface-raised, Canvas);
    cursor: grab;
    user-select: none;
  }
  .shown-item[data-held] {
    border-color: var(--tk-color-brand, Highlight);
    box-shadow: 0 0 0 2px var(--tk-color-brand, Highlight);
  }
  .grip {
    inline-size: 0.5rem;
    block-size: 1rem;
    background: radial-gradient(circle, currentColor 1px, transparent 1.5px) 0 0 / 4px 4px;
    opacity: 0.6;
  }
  .label {
    flex: 1;
    overflow-wrap: anywhere;
  }
  .notes {
    color: var(--tk-color-text-muted, CanvasText);
    font-size: var(--tk-font-size-xs, 0.75rem);
  }
  .hide,
  .reset {
    inline-size: 1.75rem;
    block-size: 1.75rem;
    border: 0;
    border-radius: var(--tk-radius-s, 4px);
    background: transparent;
    color: inherit;
    font: inherit;
    cursor: pointer;
  }
  .hide:hover,
  .reset:hover {
    background: var(--tk-color-surface-hover, ButtonFace);
  }
  .list {
    display: block;
    position: relative;
    block-size: var(--tk-field-picker-list-height, 20rem);
    overflow: auto;
    /* A scrollbar appearing would narrow every row while the virtualizer measures them. */
    scrollbar-gutter: stable;
    border: 1px solid var(--tk-color-border, CanvasText);
    border-radius: var(--tk-radius-m, 6px);
    contain: strict;
  }
  .chunk {
    inline-size: 100%;
  }
  .header {
    display: flex;
    align-items: center;
    gap: var(--tk-space-2, 0.5rem);
    min-block-size: var(--_row);
    padding-inline: var(--tk-space-2, 0.5rem);
    background: var(--tk-color-surface-sunken, Canvas);
    font-weight: 600;
  }
  .collapse {
    display: inline-flex;
    flex: 1;
    align-items: center;
    gap: var(--tk-space-1, 0.25rem);
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: start;
    cursor: pointer;
  }
  .chevron::before {
    content: '▾';
    display: inline-block;
  }
  .collapse[aria-expanded='false'] .chevron::before {
    transform: rotate(-90deg);
  }
  :host(:dir(rtl)) .collapse[aria-expanded='false'] .chevron::before {
    transform: rotate(90deg);
  }
  .count {
    color: var(--tk-color-text-muted, CanvasText);
    font-weight: 400;
  }
  .row {
    display: flex;
    align-items: center;
    inline-size: 100%;
  }
  .option {
    display: flex;
    flex: 1;
    align-items: center;
    gap: var(--tk-space-2, 0.5rem);
    min-block-size: var(--_row);
    padding-inline: var(--tk-space-3, 0.75rem) var(--tk-space-2, 0.5rem);
    cursor: pointer;
  }
  .option:hover {
    background: var(--tk-color-surface-hover, Canvas);
  }
  .option[aria-disabled='true'] {
    cursor: default;
  }
  .row > .notes {
    padding-inline-end: var(--tk-space-2, 0.5rem);
  }
  .row[data-changed] .option {
    box-shadow: inset 3px 0 0 var(--_changed);
  }
  :host(:dir(rtl)) .row[data-changed] .option {
    box-shadow: inset -3px 0 0 var(--_changed);
  }
  .box {
    display: inline-grid;
    flex: none;
    place-items: center;
    inline-size: 1rem;
    block-size: 1rem;
    border: 1.5px solid currentColor;
    border-radius: 3px;
  }
  [aria-checked='true'] > .box {
    background: var(--tk-color-brand, Highlight);
    border-color: var(--tk-color-brand, Highlight);
  }
  [aria-checked='true'] > .box::after {
    content: '';
    inline-size: 0.3rem;
    block-size: 0.55rem;
    border: solid var(--tk-color-on-brand, HighlightText);
    border-width: 0 2px 2px 0;
    transform: translateY(-1px) rotate(45deg);
  }
  [aria-checked='mixed'] > .box::after {
    content: '';
    inline-size: 0.5rem;
    border-block-start: 2px solid currentColor;
  }
  [aria-disabled='true'] > .box {
    opacity: 0.6;
  }
  .select-all {
    display: inline-flex;
    padding: 0.25rem;
    cursor: pointer;
  }
  mark {
    background: var(
      --tk-field-picker-match-background,
      color-mix(in srgb, var(--tk-color-brand, Highlight) 20%, transparent)
    );
    color: inherit;
    font-weight: 600;
  }
  .empty {
    margin: 0;
    color: var(--tk-color-text-muted, CanvasText);
  }
  .footer {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--tk-space-2, 0.5rem);
  }
  .pending {
    flex: 1;
    color: var(--tk-color-text-muted, CanvasText);
  }
  @media (forced-colors: active) {
    .row[data-changed] .option {
      border-inline-start: 3px solid Highlight;
    }
    mark {
      background: Mark;
      color: MarkText;
    }
    [aria-checked='true'] > .box {
      background: Highlight;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .list,
    .shown-scroll {
      scroll-behavior: auto;
    }
  }
`;
