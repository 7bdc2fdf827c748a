import { css } from 'lit';

export const designerStyles = css`
  :host {
    display: block;
  }
  [part='base'] {
    display: grid;
    grid-template-columns: minmax(16rem, 24rem) 1fr;
    gap: var(--tk-chat-designer-gap, var(--tk-space-4, 1rem));
    align-items: start;
  }
  @container (max-width: 40rem) {
    [part='base'] {
      grid-template-columns: 1fr;
    }
  }
  form {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  fieldset {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    margin: 0;
    padding: 0.75rem;
    border: 1px solid var(--tk-color-border, #cbd5e1);
    border-radius: var(--tk-radius-m, 6px);
  }
  legend {
    font-weight: 600;
  }
  label {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    font-size: var(--tk-font-size-s, 0.875rem);
  }
  label.inline {
    flex-direction: row;
    align-items: center;
    gap: 0.5rem;
  }
  input:not([type='checkbox'], [type='radio'], [type='color']),
  textarea,
  select {
    padding: 0.4rem 0.5rem;
    border: 1px solid var(--tk-color-border, #94a3b8);
    border-radius: var(--tk-radius-m, 6px);
    background: var(--tk-color-surface, Canvas);
    color: inherit;
    font: inherit;
  }
  .row {
    display: flex;
    gap: 0.5rem;
    align-items: end;
    flex-wrap: wrap;
  }
  [part='warning'] {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-radius: var(--tk-radius-m, 6px);
    background: var(--tk-color-warning-subtle, #fef3c7);
    color: var(--tk-color-text, #1f2937);
  }
  [part='reason'] {
    margin: 0;
    color: var(--tk-color-text-muted, #4b5563);
    font-size: var(--tk-font-size-s, 0.875rem);
  }
  [part='preview'] {
    position: relative;
    min-block-size: var(--tk-chat-designer-preview-height, 40rem);
    overflow: hidden;
    border: 1px solid var(--tk-color-border, #cbd5e1);
    border-radius: var(--tk-radius-l, 12px);
    background: var(--tk-chat-designer-page, var(--tk-color-surface-sunken, #f1f5f9));
    /* The widget is fixed to the viewport on a real page; here the preview box is its viewport. */
    contain: layout paint;
  }
  pre {
    margin: 0;
    max-block-size: 14rem;
    overflow: auto;
    padding: 0.5rem;
    border-radius: var(--tk-radius-m, 6px);
    background: var(--tk-color-surface-sunken, #f1f5f9);
    font-size: 0.75rem;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
