import { css } from 'lit';

export const menuStyles = css`
  :host {
    display: block;
    min-inline-size: var(--tk-menu-min-width, 10rem);
  }

  .base {
    display: flex;
    flex-direction: column;
    gap: var(--tk-menu-gap, 0);
  }

  ::slotted(hr) {
    align-self: stretch;
    margin-block: var(--tk-space-1, 0.25rem);
    margin-inline: 0;
    border: 0;
    border-block-start: 1px solid var(--tk-color-border, GrayText);
  }
`;
