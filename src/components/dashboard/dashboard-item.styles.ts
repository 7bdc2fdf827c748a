import { css } from 'lit';

/**
 * Notes on the rules below (kept out of the CSS so they do not ship):
 * - The host carries only what placement needs: it is restyled whenever it moves, and every declaration here costs on each move of each widget. The card's looks live on the base part. Off-screen widgets skip their own rendering (content-visibility), which keeps a thousand-widget dashboard fast; the overflow clip margin leaves room for the card's shadow.
 * - Gestures preview positions with transforms. Having one at rest already means a preview never switches an item between "transformed" and "not", which would cost a layout pass each time.
 * - A finger on the handle drags at once; elsewhere a long press is needed so the page can scroll.
 * - Widget content must not swallow the drag in edit mode; controls inside stay usable by keyboard.
 */
export const itemStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
    min-block-size: 0;
    content-visibility: auto;
    overflow-clip-margin: 12px;
    transition: transform var(--tk-duration-normal, 200ms) var(--tk-easing, ease);
  }
  :host([editable]) {
    transform: translate(0, 0);
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }
  :host([editable][locked]),
  :host([editable][no-move]) {
    cursor: default;
  }
  :host(:focus-visible) {
    outline: var(--tk-focus-ring-width, 2px) solid var(--tk-color-focus, Highlight);
    outline-offset: 2px;
    border-radius: var(--tk-dashboard-item-radius, var(--tk-radius-l, 10px));
  }
  :host(:state(drag)),
  :host(:state(resize)),
  :host(:state(grab)) {
    z-index: 3;
  }
  :host(:state(drag)),
  :host(:state(resize)) {
    cursor: grabbing;
    transition: none;
  }
  :host(:state(grab)) {
    outline: var(--tk-focus-ring-width, 2px) dashed var(--tk-color-brand, Highlight);
    outline-offset: 2px;
  }
  :host(:state(settling)) {
    transition: none;
  }
  [part='base'] {
    position: relative;
    display: flex;
    flex-direction: column;
    block-size: 100%;
    overflow: hidden;
    border: 1px solid var(--tk-dashboard-item-border-color, var(--tk-color-border, GrayText));
    border-radius: var(--tk-dashboard-item-radius, var(--tk-radius-l, 10px));
    background: var(--tk-dashboard-item-background, var(--tk-color-surface-raised, Canvas));
    box-shadow: var(--tk-dashboard-item-shadow, var(--tk-shadow-s, 0 1px 2px rgb(0 0 0 / 0.08)));
    transition: box-shadow var(--tk-duration-fast, 120ms) var(--tk-easing, ease);
  }
  :host(:state(drag)) [part='base'],
  :host(:state(resize)) [part='base'],
  :host(:state(grab)) [part='base'] {
    box-shadow: var(--tk-shadow-l, 0 10px 30px rgb(0 0 0 / 0.2));
  }
  [part='header'] {
    display: flex;
    align-items: center;
    gap: var(--tk-space-2, 0.5rem);
    min-block-size: 2.25rem;
    padding-block: var(--tk-space-1, 0.25rem);
    padding-inline: var(--tk-space-3, 0.75rem) var(--tk-space-1, 0.25rem);
    border-block-end: 1px solid var(--tk-color-border, GrayText);
  }
  [part='heading'] {
    flex: 1;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-size: var(--tk-font-size-s, 0.875rem);
    font-weight: 600;
  }
  [part='handle'] {
    display: inline-flex;
    margin-inline-start: calc(-1 * var(--tk-space-2, 0.5rem));
    padding: var(--tk-space-1, 0.25rem);
    color: var(--tk-color-text-muted, CanvasText);
    cursor: grab;
    touch-action: none;
  }
  [part='remove-button'] {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    inline-size: 1.75rem;
    block-size: 1.75rem;
    padding: 0;
    border: 0;
    border-radius: var(--tk-radius-s, 4px);
    background: transparent;
    color: var(--tk-color-text-muted, ButtonText);
    cursor: pointer;
  }
  [part='remove-button']:hover {
    background: var(--tk-color-surface-hover, ButtonFace);
    color: var(--tk-color-danger, ButtonText);
  }
  [part='body'] {
    flex: 1;
    min-block-size: 0;
    overflow: auto;
    padding: var(--tk-dashboard-item-padding, var(--tk-space-3, 0.75rem));
  }
  :host([editable]) [part='body'] {
    pointer-events: none;
  }
  .resize {
    position: absolute;
    z-index: 2;
    touch-action: none;
  }
  .resize[data-resize='e'] {
    inset-block: var(--tk-space-3, 0.75rem);
    inset-inline-end: 0;
    inline-size: 8px;
    cursor: ew-resize;
  }
  .resize[data-resize='s'] {
    inset-inline: var(--tk-space-3, 0.75rem);
    inset-block-end: 0;
    block-size: 8px;
    cursor: ns-resize;
  }
  .resize[data-resize='se'] {
    inset-inline-end: 0;
    inset-block-end: 0;
    inline-size: 16px;
    block-size: 16px;
    cursor: nwse-resize;
    color: var(--tk-color-text-muted, CanvasText);
  }
  :host(:dir(rtl)) .resize[data-resize='se'] {
    cursor: nesw-resize;
  }
  :host(:dir(rtl)) .resize[data-resize='se'] svg {
    transform: scaleX(-1);
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    [part='base'] {
      border-color: CanvasText;
    }
    :host(:state(drag)),
    :host(:state(resize)),
    :host(:state(grab)) {
      outline: 2px solid Highlight;
    }
    .resize[data-resize='se'] {
      color: CanvasText;
    }
  }
`;
