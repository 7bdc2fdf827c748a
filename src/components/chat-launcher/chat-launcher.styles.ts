import { css } from 'lit';

export const launcherStyles = css`
  :host {
    position: relative;
    display: inline-block;
  }
  button {
    position: relative;
    display: grid;
    place-items: center;
    inline-size: var(--tk-chat-launcher-size, 3.5rem);
    block-size: var(--tk-chat-launcher-size, 3.5rem);
    padding: 0;
    border: 0;
    border-radius: var(--tk-chat-launcher-radius, 50%);
    --_brand: var(--tk-chat-brand, var(--tk-color-brand, #2563eb));
    background: var(--_brand);
    /* Until the exact on-brand colour is derived, black or white by the brand's lightness: enough for an icon. */
    color: var(--tk-chat-on-brand, oklch(from var(--_brand) clamp(0, (0.62 - l) * 1000, 1) 0 0));
    box-shadow: var(--tk-chat-launcher-shadow, var(--tk-shadow-l, 0 6px 20px rgb(0 0 0 / 0.25)));
    cursor: pointer;
    transition: transform var(--tk-duration-fast, 120ms) ease;
  }
  button:hover {
    transform: scale(1.05);
  }
  svg {
    inline-size: 45%;
    block-size: 45%;
    fill: currentColor;
  }
  [part='badge'] {
    position: absolute;
    inset-block-start: -0.25rem;
    inset-inline-end: -0.25rem;
    min-inline-size: 1.25rem;
    padding-inline: 0.3rem;
    border-radius: 999px;
    pointer-events: none;
    text-align: center;
    background: var(--tk-chat-badge-background, #b91c1c);
    color: var(--tk-chat-badge-color, #fff);
    font: 600 0.75rem/1.25rem var(--tk-chat-font, var(--tk-font-body, system-ui, sans-serif));
  }
  .hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    button {
      border: 2px solid ButtonText;
    }
    [part='badge'] {
      border: 1px solid CanvasText;
    }
  }
`;
