import { css, type CSSResult } from 'lit';

/** A list or kanban card: title, then a few secondary fields. */
export const cardStyles = css`
  .card {
    display: flex;
    flex-direction: column;
    gap: var(--tk-space-1, 0.25rem);
    inline-size: 100%;
    padding: var(--tk-space-2, 0.5rem) var(--tk-space-3, 0.75rem);
    border-block-end: 1px solid var(--_border);
    background: var(--tk-record-view-card-background, var(--tk-color-surface, Canvas));
  }
  .card:focus-visible {
    outline-offset: -2px;
  }
`;

/**
 * Adds styles to a shadow root that already has its element's: how a part loaded on first use (the
 * list, the board) brings its CSS without the entry carrying it.
 */
export function adoptMore(root: Node, ...styles: CSSResult[]): void {
  if (!(root instanceof ShadowRoot)) return;
  const sheets = styles.flatMap((style) => (style.styleSheet ? [style.styleSheet] : []));
  root.adoptedStyleSheets = [
    ...root.adoptedStyleSheets,
    ...sheets.filter((sheet) => !root.adoptedStyleSheets.includes(sheet)),
  ];
}
