import { css } from 'lit';

/**
 * Notes on the rules below (kept out of the CSS so they do not ship):
 * - The grid's columns and row height are set on the grid element itself, not as custom properties:
 *   a custom property inherits, so changing it restyles every element of every widget.
 * - What only edit mode needs (the placeholder, the edit toolbar, the catalog, the keyboard hint) is
 *   in `editing.styles.ts` and arrives with the editing code, which renders those parts.
 */
export const dashboardStyles = css`
  :host {
    display: block;
    container-type: inline-size;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    gap: var(--tk-space-3, 0.75rem);
  }
  [part='toolbar'] {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--tk-space-2, 0.5rem);
  }
  [part='toolbar'][hidden] {
    display: none;
  }
  .spacer {
    flex: 1;
  }
  [part='reason'] {
    display: inline-flex;
    align-items: center;
    gap: var(--tk-space-1, 0.25rem);
    color: var(--tk-color-text-muted, CanvasText);
    font-size: var(--tk-font-size-s, 0.875rem);
  }
  .grid {
    position: relative;
    display: grid;
    grid-template-columns: repeat(12, minmax(0, 1fr));
    grid-auto-rows: 80px;
    gap: var(--tk-dashboard-gap, var(--tk-space-4, 1rem));
  }
  [part='empty'] {
    grid-column: 1 / -1;
    margin: 0;
    padding: var(--tk-space-6, 2rem);
    text-align: center;
    color: var(--tk-color-text-muted, CanvasText);
  }
`;
