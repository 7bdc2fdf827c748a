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
