import { css } from 'lit';

export const menuItemStyles = css`
  :host {
    display: block;
    outline: none;
  }

  .base {
    display: flex;
    align-items: center;
    gap: var(--tk-space-2, 0.5rem);
    min-block-size: var(--tk-menu-item-height, 2rem);
    padding-block: var(--tk-space-1, 0.25rem);
    padding-inline: var(--tk-menu-item-padding-inline, var(--tk-space-2, 0.5rem));
    border-radius: var(--tk-menu-item-radius, var(--tk-radius-s, 4px));
    color: var(--tk-color-text, CanvasText);
    font: inherit;
    line-height: 1.3;
    cursor: pointer;
    user-select: none;
  }

  :host(:hover) .base {
    background: var(--tk-menu-item-hover-background, var(--tk-color-surface-hover, rgb(0 0 0 / 0.06)));
  }
  :host(:focus) .base {
    background: var(--tk-menu-item-active-background, var(--tk-color-surface-hover, rgb(0 0 0 / 0.06)));
  }
  :host(:focus-visible) .base {
    outline: var(--tk-focus-ring-width, 2px) solid var(--tk-color-focus, Highlight);
    outline-offset: calc(-1 * var(--tk-focus-ring-width, 2px));
  }
  :host([disabled]) .base {
    background: none;
    color: var(--tk-color-text-muted, GrayText);
    cursor: not-allowed;
  }

  .checkmark {
    display: none;
    flex: none;
    inline-size: 1em;
    block-size: 1em;
    visibility: hidden;
  }
  .checkmark svg {
    display: block;
    inline-size: 100%;
    block-size: 100%;
  }
  .checkmark[data-show],
  :host([data-indent]) .checkmark {
    display: inline-block;
  }
  :host([checked]) .checkmark[data-show] {
    visibility: visible;
  }

  .label {
    flex: 1 1 auto;
    min-inline-size: 0;
  }
  .suffix {
    color: var(--tk-color-text-muted, GrayText);
    font-size: var(--tk-font-size-xs, 0.75rem);
  }
  ::slotted([slot='prefix']),
  ::slotted([slot='suffix']) {
    flex: none;
  }

  @media (forced-colors: active) {
    :host(:focus) .base,
    :host(:hover) .base {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
    :host([disabled]) .base {
      color: GrayText;
      background: Canvas;
    }
  }
`;
