import { css } from 'lit';

/** A neutral button look shared by components that render their own buttons. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: var(--tk-space-2, 0.5rem);
    min-block-size: var(--tk-control-height, 2.25rem);
    padding-block: 0;
    padding-inline: var(--tk-space-3, 0.75rem);
    border: 1px solid var(--tk-color-border, ButtonBorder);
    border-radius: var(--tk-radius-m, 6px);
    background: var(--tk-color-surface-raised, ButtonFace);
    color: var(--tk-color-text, ButtonText);
    font: inherit;
    font-size: var(--tk-font-size-s, 0.875rem);
    cursor: pointer;
  }
  .button:hover {
    background: var(--tk-color-surface-hover, ButtonFace);
  }
  .button[data-variant='primary'] {
    background: var(--tk-color-brand, Highlight);
    border-color: var(--tk-color-brand, Highlight);
    color: var(--tk-color-on-brand, HighlightText);
  }
  .button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
`;
