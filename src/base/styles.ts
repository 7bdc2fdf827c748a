import { css } from 'lit';

/**
 * Styles every component starts from: box sizing, the focus ring, reduced motion and forced colors.
 * Component styles come after these, so they can override them.
 */
export const baseStyles = css`
  :host {
    box-sizing: border-box;
    font-family: var(--tk-font-body, system-ui, sans-serif);
    color: var(--tk-color-text, CanvasText);
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  :focus-visible {
    outline: var(--tk-focus-ring-width, 2px) solid var(--tk-color-focus, Highlight);
    outline-offset: var(--tk-focus-ring-offset, 2px);
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      animation-iteration-count: 1 !important;
      transition-duration: 0.01ms !important;
      scroll-behavior: auto !important;
    }
  }
  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;

/** Visually hidden but read by screen readers. */
export const visuallyHidden = css`
  .visually-hidden {
    position: absolute !important;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }
`;

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
