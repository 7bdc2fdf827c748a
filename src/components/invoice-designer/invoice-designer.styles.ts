import { css } from 'lit';

export const invoiceDesignerStyles = css`
  :host {
    display: block;
    --_gap: var(--tk-invoice-designer-gap, var(--tk-space-4, 1rem));
  }
  .designer {
    display: grid;
    grid-template-columns: minmax(18rem, 1fr) minmax(0, var(--tk-invoice-designer-preview-width, 36rem));
    gap: var(--_gap);
    align-items: start;
  }
  @media (max-width: 60rem) {
    .designer {
      grid-template-columns: 1fr;
    }
  }
  .form {
    display: flex;
    flex-direction: column;
    gap: var(--_gap);
    min-inline-size: 0;
  }
  fieldset {
    border: 1px solid var(--tk-color-border, ButtonBorder);
    border-radius: var(--tk-radius-m, 6px);
    padding: var(--tk-space-3, 0.75rem);
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: var(--tk-space-2, 0.5rem);
    min-inline-size: 0;
  }
  legend {
    font-weight: 600;
    padding-inline: var(--tk-space-1, 0.25rem);
  }
  .row {
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
    font-size: var(--tk-font-size-s, 0.875rem);
  }
  input[type='text'],
  input[type='url'],
  select,
  textarea {
    font: inherit;
    padding: 0.3rem 0.45rem;
    border: 1px solid var(--tk-color-border-strong, var(--tk-color-border, ButtonBorder));
    border-radius: var(--tk-radius-s, 4px);
    background: var(--tk-color-surface, Field);
    color: var(--tk-color-text, FieldText);
    min-inline-size: 0;
  }
  [aria-invalid='true'] {
    border-color: var(--tk-color-danger, #b91c1c);
    outline: 1px solid var(--tk-color-danger, #b91c1c);
  }
  .note {
    font-size: var(--tk-font-size-xs, 0.75rem);
    color: var(--tk-color-text-muted, #4b5563);
    margin: 0;
  }
  .error-text {
    color: var(--tk-color-danger-text, var(--tk-color-danger, #b91c1c));
    margin: 0;
  }
  .templates {
    flex-direction: row;
    flex-wrap: wrap;
  }
  .template-choice {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.25rem;
    font-size: var(--tk-font-size-s, 0.875rem);
    cursor: pointer;
  }
  .template-choice input {
    position: absolute;
    opacity: 0;
  }
  .thumbnail {
    display: block;
    inline-size: 9rem;
    block-size: 12rem;
    overflow: hidden;
    border: 2px solid var(--tk-color-border, ButtonBorder);
    border-radius: var(--tk-radius-s, 4px);
    background: #fff;
  }
  .thumbnail tk-invoice {
    inline-size: 36rem;
    transform: scale(0.25);
    transform-origin: top left;
    pointer-events: none;
  }
  .template-choice input:checked + .thumbnail {
    border-color: var(--tk-color-brand, Highlight);
    box-shadow: 0 0 0 2px var(--tk-color-brand, Highlight);
  }
  .template-choice input:focus-visible + .thumbnail {
    outline: var(--tk-focus-ring-width, 2px) solid var(--tk-color-focus, Highlight);
    outline-offset: 2px;
  }
  .colours {
    display: flex;
    gap: var(--tk-space-3, 0.75rem);
  }
  .contrast {
    margin: 0;
    padding-inline-start: 1.2rem;
    font-size: var(--tk-font-size-s, 0.875rem);
  }
  .contrast .fail {
    color: var(--tk-color-danger-text, var(--tk-color-danger, #b91c1c));
  }
  .reason {
    margin: 0;
    font-size: var(--tk-font-size-s, 0.875rem);
    color: var(--tk-color-brand-text, LinkText);
  }
  .order-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .order-item {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    padding: 0.3rem 0.5rem;
    border: 1px solid var(--tk-color-border, ButtonBorder);
    border-radius: var(--tk-radius-s, 4px);
    background: var(--tk-color-surface-raised, Canvas);
    cursor: grab;
  }
  .order-item[aria-grabbed='true'],
  .order-item.sortable-chosen {
    border-color: var(--tk-color-brand, Highlight);
  }
  .handle {
    color: var(--tk-color-text-muted, #4b5563);
  }
  .combobox {
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.15rem;
  }
  [role='listbox'] {
    position: absolute;
    inset-block-start: 100%;
    inset-inline: 0;
    z-index: 1;
    list-style: none;
    margin: 0;
    padding: 0.25rem 0;
    background: var(--tk-color-surface-raised, Canvas);
    border: 1px solid var(--tk-color-border, ButtonBorder);
    border-radius: var(--tk-radius-s, 4px);
    box-shadow: var(--tk-shadow-m, 0 2px 8px rgb(0 0 0 / 0.2));
  }
  [role='option'] {
    padding: 0.3rem 0.6rem;
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--tk-color-brand-subtle, color-mix(in srgb, Highlight 18%, Canvas));
  }
  .line-editor {
    border-collapse: collapse;
    inline-size: 100%;
    font-size: var(--tk-font-size-s, 0.875rem);
  }
  .line-editor th {
    text-align: start;
    font-weight: 500;
  }
  .line-editor input {
    inline-size: 100%;
  }
  .live-totals {
    display: flex;
    gap: 1.5rem;
    margin: 0;
  }
  .live-totals dd {
    margin: 0;
    font-weight: 600;
  }
  .preview {
    position: sticky;
    inset-block-start: 0;
    display: flex;
    flex-direction: column;
    gap: var(--tk-space-2, 0.5rem);
    align-items: flex-end;
  }
  .preview tk-invoice {
    align-self: stretch;
  }
  @media (forced-colors: active) {
    .template-choice input:checked + .thumbnail {
      border-color: Highlight;
    }
  }
`;
