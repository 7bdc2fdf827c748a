import { css } from 'lit';

export const popoverStyles = css`
  :host {
    /* The host adds no box: the trigger lays out as if it were a child of the host's parent. */
    display: contents;
  }

  .base {
    /* Reset the user-agent [popover] look; floating-ui sets left/top. */
    position: absolute;
    inset: auto;
    inset-block-start: 0;
    inset-inline-start: 0;
    margin: 0;
    padding: 0;
    border: 0;
    background: transparent;
    color: inherit;
    overflow: visible;
    inline-size: max-content;
    block-size: auto;
    z-index: var(--tk-z-popover, 1000);
    /* Hidden until the first position is known, so it never flashes at the page corner. */
    visibility: hidden;
  }
  .base[data-strategy='fixed'] {
    position: fixed;
  }
  .base:not([data-open]) {
    display: none;
  }
  .base[data-positioned] {
    visibility: visible;
    animation: tk-popover-in var(--tk-duration-fast, 120ms) var(--tk-easing, cubic-bezier(0.2, 0, 0, 1));
  }
  .base[data-side='top'] {
    --_origin-y: 100%;
    --_shift-y: 4px;
  }
  .base[data-side='bottom'] {
    --_origin-y: 0%;
    --_shift-y: -4px;
  }
  .base[data-side='left'] {
    --_origin-x: 100%;
    --_shift-x: 4px;
  }
  .base[data-side='right'] {
    --_origin-x: 0%;
    --_shift-x: -4px;
  }

  @keyframes tk-popover-in {
    from {
      opacity: 0;
      transform: translate(var(--_shift-x, 0), var(--_shift-y, 0)) scale(0.97);
      transform-origin: var(--_origin-x, 50%) var(--_origin-y, 50%);
    }
  }

  .panel {
    display: block;
    box-sizing: border-box;
    max-inline-size: min(var(--tk-popover-max-width, 24rem), var(--_available-width, 100vw));
    max-block-size: var(--_available-height, none);
    overflow: auto;
    overscroll-behavior: contain;
    padding: var(--tk-popover-padding, var(--tk-space-3, 0.75rem));
    background: var(--tk-popover-background, var(--tk-color-surface-raised, Canvas));
    color: var(--tk-color-text, CanvasText);
    border: var(--tk-popover-border, 1px solid var(--tk-color-border, GrayText));
    border-radius: var(--tk-popover-radius, var(--tk-radius-m, 6px));
    box-shadow: var(--tk-popover-shadow, var(--tk-shadow-m, 0 4px 16px rgb(0 0 0 / 0.16)));
    font-family: var(--tk-font-body, system-ui, sans-serif);
    font-size: var(--tk-font-size-s, 0.875rem);
  }
  /* A menu or listbox brings its own item padding: keep the frame tight around it. */
  .panel[data-popup] {
    padding: var(--tk-popover-padding, var(--tk-space-1, 0.25rem));
  }
  .panel:focus-visible {
    outline: var(--tk-focus-ring-width, 2px) solid var(--tk-color-focus, Highlight);
    outline-offset: var(--tk-focus-ring-offset, 2px);
  }
  .panel:focus:not(:focus-visible) {
    outline: none;
  }

  /*
   * The arrow is a rotated square behind the panel's edge; floating-ui reports physical
   * coordinates, so its placement uses physical sides on purpose.
   */
  .arrow {
    position: absolute;
    inline-size: var(--tk-popover-arrow-size, 0.625rem);
    block-size: var(--tk-popover-arrow-size, 0.625rem);
    background: var(--tk-popover-background, var(--tk-color-surface-raised, Canvas));
    border: var(--tk-popover-border, 1px solid var(--tk-color-border, GrayText));
    transform: rotate(45deg);
    pointer-events: none;
  }
  .base[data-side='bottom'] .arrow {
    top: calc(var(--tk-popover-arrow-size, 0.625rem) / -2);
    border-right-color: transparent;
    border-bottom-color: transparent;
  }
  .base[data-side='top'] .arrow {
    bottom: calc(var(--tk-popover-arrow-size, 0.625rem) / -2);
    border-left-color: transparent;
    border-top-color: transparent;
  }
  .base[data-side='right'] .arrow {
    left: calc(var(--tk-popover-arrow-size, 0.625rem) / -2);
    border-top-color: transparent;
    border-right-color: transparent;
  }
  .base[data-side='left'] .arrow {
    right: calc(var(--tk-popover-arrow-size, 0.625rem) / -2);
    border-bottom-color: transparent;
    border-left-color: transparent;
  }

  @media (prefers-reduced-motion: reduce) {
    .base[data-positioned] {
      animation: none;
    }
  }

  @media (forced-colors: active) {
    .panel,
    .arrow {
      border: 1px solid CanvasText;
      background: Canvas;
    }
    /* Keep the arrow's transparent sides transparent, or it draws as a full square. */
    .arrow {
      forced-color-adjust: none;
    }
  }
`;
