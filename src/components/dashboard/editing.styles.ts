import { css } from 'lit';

/**
 * Styles only edit mode needs, loaded with the editing code and added to the dashboard's and its
 * items' shadow roots after their own (so these win where both say something).
 *
 * Notes on the rules below (kept out of the CSS so they do not ship):
 * - Long press lifts a widget: the platform callout would cover it.
 * - The catalog's popover and menu load on first use: until then only its button shows.
 * - Touch targets (handle, remove button, resize handles) are at least 24px (WCAG 2.5.8), 44px on coarse pointers.
 * - Gestures preview positions with transforms. Having one at rest already means a preview never switches an item between "transformed" and "not", which would cost a layout pass each time.
 * - A finger on the handle drags at once; elsewhere a long press is needed so the page can scroll.
 * - Widget content must not swallow the drag in edit mode; controls inside stay usable by keyboard.
 */
export const dashboardEditingStyles = css`
  :host([editable]) .grid {
    background-color: var(--tk-dashboard-edit-background, transparent);
    outline: 1px dashed var(--tk-color-border, GrayText);
    outline-offset: calc(var(--tk-space-2, 0.5rem) / 2);
    border-radius: var(--tk-radius-m, 6px);
  }
  :host([editable]) {
    -webkit-touch-callout: none;
  }
  .placeholder {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    z-index: 0;
    border: 2px dashed var(--tk-dashboard-placeholder-border-color, var(--tk-color-brand, Highlight));
    border-radius: var(--tk-dashboard-item-radius, var(--tk-radius-l, 10px));
    background: var(
      --tk-dashboard-placeholder-background,
      color-mix(in srgb, var(--tk-color-brand, Highlight) 10%, transparent)
    );
    pointer-events: none;
    transition: transform var(--tk-duration-fast, 120ms) var(--tk-easing, ease);
  }
  tk-popover:not(:defined) > :not([slot]) {
    display: none;
  }
  .placeholder[hidden] {
    display: none;
  }
  .catalog-entry {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    padding-block: var(--tk-space-1, 0.25rem);
  }
  .catalog-entry small {
    color: var(--tk-color-text-muted, CanvasText);
    font-size: var(--tk-font-size-xs, 0.75rem);
    white-space: normal;
  }
  .reserve {
    visibility: hidden;
  }
  .hint {
    margin: 0;
    color: var(--tk-color-text-muted, CanvasText);
    font-size: var(--tk-font-size-s, 0.875rem);
    visibility: hidden;
  }
  .hint[data-shown] {
    visibility: visible;
  }
  .catalog-icon {
    float: inline-start;
    margin-inline-end: var(--tk-space-2, 0.5rem);
  }
  .catalog-search {
    box-sizing: border-box;
    inline-size: 100%;
    min-block-size: 2rem;
    margin-block-end: var(--tk-space-2, 0.5rem);
    padding-inline: var(--tk-space-2, 0.5rem);
    border: 1px solid var(--tk-color-border, GrayText);
    border-radius: var(--tk-radius-s, 4px);
    font: inherit;
  }
  .catalog-search:focus-visible {
    outline: var(--tk-focus-ring-width, 2px) solid var(--tk-color-focus, Highlight);
    outline-offset: 1px;
  }
  .catalog-none {
    margin: 0;
    padding: var(--tk-space-2, 0.5rem);
    color: var(--tk-color-text-muted, CanvasText);
  }
  @media (prefers-reduced-motion: reduce) {
    .placeholder {
      transition: none;
    }
  }
  @media (forced-colors: active) {
    .placeholder {
      border-color: Highlight;
      background: transparent;
    }
  }
`;

export const itemEditingStyles = css`
  :host {
    --_target: 24px;
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
  :host(:state(drag)),
  :host(:state(resize)),
  :host(:state(grab)) {
    z-index: 3;
    content-visibility: visible;
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
  :host(:state(drag)) [part='base'],
  :host(:state(resize)) [part='base'],
  :host(:state(grab)) [part='base'] {
    box-shadow: var(--tk-shadow-l, 0 10px 30px rgb(0 0 0 / 0.2));
  }
  [part='handle'] {
    display: inline-flex;
    justify-content: center;
    align-items: center;
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
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
    inline-size: max(1.75rem, var(--_target));
    block-size: max(1.75rem, var(--_target));
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
    inline-size: var(--_target);
    cursor: ew-resize;
  }
  .resize[data-resize='s'] {
    inset-inline: var(--tk-space-3, 0.75rem);
    inset-block-end: 0;
    block-size: var(--_target);
    cursor: ns-resize;
  }
  .resize[data-resize='se'] {
    display: flex;
    align-items: end;
    justify-content: end;
    inset-inline-end: 0;
    inset-block-end: 0;
    inline-size: var(--_target);
    block-size: var(--_target);
    cursor: nwse-resize;
    color: var(--tk-color-text-muted, CanvasText);
  }
  :host(:dir(rtl)) .resize[data-resize='se'] {
    cursor: nesw-resize;
  }
  :host(:dir(rtl)) .resize[data-resize='se'] svg {
    transform: scaleX(-1);
  }
  :host(:state(added)) [part='base'] {
    box-shadow:
      0 0 0 3px color-mix(in srgb, var(--tk-color-brand, Highlight) 45%, transparent),
      var(--tk-dashboard-item-shadow, var(--tk-shadow-s, 0 1px 2px rgb(0 0 0 / 0.08)));
  }
  @media (pointer: coarse) {
    :host {
      --_target: 44px;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      transition: none;
    }
  }
  @media (forced-colors: active) {
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
