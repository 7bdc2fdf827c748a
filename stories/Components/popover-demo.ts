// Shared look of the plain elements inside the popover and menu stories, styled only with tokens.
import { html } from 'lit';

export const demoStyles = html`<style>
  .demo-button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--tk-space-2, 0.5rem);
    min-block-size: var(--tk-control-height, 2.25rem);
    padding-block: 0;
    padding-inline: var(--tk-space-3, 0.75rem);
    border: 1px solid var(--tk-color-border-strong, ButtonBorder);
    border-radius: var(--tk-radius-m, 6px);
    background: var(--tk-color-surface-raised, ButtonFace);
    color: var(--tk-color-text, ButtonText);
    font: inherit;
    font-size: var(--tk-font-size-s, 0.875rem);
    cursor: pointer;
  }
  .demo-button:hover {
    background: var(--tk-color-surface-hover, ButtonFace);
  }
  .demo-button:focus-visible,
  .demo-input:focus-visible {
    outline: var(--tk-focus-ring-width, 2px) solid var(--tk-color-focus, Highlight);
    outline-offset: 2px;
  }
  .demo-button[data-variant='primary'] {
    background: var(--tk-color-brand, Highlight);
    border-color: var(--tk-color-brand, Highlight);
    color: var(--tk-color-on-brand, HighlightText);
  }
  .demo-heading {
    margin: 0 0 var(--tk-space-2, 0.5rem);
    font-size: var(--tk-font-size-m, 1rem);
  }
  .demo-text {
    margin: 0 0 var(--tk-space-3, 0.75rem);
    color: var(--tk-color-text, CanvasText);
  }
  .demo-form {
    display: grid;
    gap: var(--tk-space-3, 0.75rem);
    inline-size: 17rem;
  }
  .demo-field {
    display: grid;
    gap: var(--tk-space-1, 0.25rem);
  }
  .demo-input {
    min-block-size: var(--tk-control-height, 2.25rem);
    padding-inline: var(--tk-space-2, 0.5rem);
    border: 1px solid var(--tk-color-border-strong, FieldText);
    border-radius: var(--tk-radius-s, 4px);
    background: var(--tk-color-surface, Field);
    color: var(--tk-color-text, FieldText);
    font: inherit;
  }
  .demo-check {
    display: flex;
    align-items: center;
    gap: var(--tk-space-2, 0.5rem);
  }
  .demo-actions {
    display: flex;
    justify-content: flex-end;
    gap: var(--tk-space-2, 0.5rem);
  }
  .demo-kbd {
    font-family: var(--tk-font-mono, monospace);
  }
</style>`;
