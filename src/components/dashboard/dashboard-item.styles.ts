import { css } from 'lit';

/**
 * Notes on the rules below (kept out of the CSS so they do not ship):
 * - The host carries only what placement needs: it is restyled whenever it moves, and every declaration here costs on each move of each widget. The card's looks live on the base part. Off-screen widgets skip their own rendering (content-visibility), which keeps a thousand-widget dashboard fast; the overflow clip margin leaves room for the card's shadow at rest, and a lifted card (a larger shadow) is painted in full while a gesture runs.
 * - What only edit mode needs (handles, remove button, gesture states) is in `editing.styles.ts` and
 *   arrives with the editing code, with the controls themselves (edit-controls.ts).
 */
export const itemStyles = css`
  :host {
    display: block;
    min-inline-size: 0;
    min-block-size: 0;
    content-visibility: auto;
    overflow-clip-margin: 12px;
  }
  :host(:focus-visible) {
    outline: var(--tk-focus-ring-width, 2px) solid var(--tk-color-focus, Highlight);
    outline-offset: 2px;
    border-radius: var(--tk-dashboard-item-radius, var(--tk-radius-l, 10px));
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
  [part='body'] {
    flex: 1;
    min-block-size: 0;
    overflow: auto;
    padding: var(--tk-dashboard-item-padding, var(--tk-space-3, 0.75rem));
  }
  @media (forced-colors: active) {
    [part='base'] {
      border-color: CanvasText;
    }
  }
`;
