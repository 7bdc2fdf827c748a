import { css } from 'lit';

export const windowStyles = css`
  :host {
    --_brand: var(--tk-chat-brand, var(--tk-color-brand, #2563eb));
    --_on-brand: var(--tk-chat-on-brand, var(--tk-color-on-brand, #fff));
    --_surface: var(--tk-chat-background, var(--tk-color-surface, Canvas));
    --_text: var(--tk-chat-text, var(--tk-color-text, CanvasText));
    --_muted: var(--tk-chat-muted, var(--tk-color-text-muted, #4b5563));
    --_radius: var(--tk-chat-radius, var(--tk-radius-l, 12px));
    --_bubble: var(--tk-chat-bubble-background, var(--tk-color-surface-sunken, #f1f5f9));
    --_border: var(--tk-chat-border-color, var(--tk-color-border, #cbd5e1));
    display: flex;
    flex-direction: column;
    inline-size: var(--tk-chat-window-width, 23rem);
    block-size: var(--tk-chat-window-height, min(36rem, calc(100dvh - 7rem)));
    max-inline-size: calc(100vw - 2rem);
    overflow: hidden;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    box-shadow: var(--tk-chat-window-shadow, var(--tk-shadow-l, 0 12px 40px rgb(0 0 0 / 0.25)));
    font-family: var(--tk-chat-font, var(--tk-font-body, system-ui, sans-serif));
    font-size: var(--tk-font-size-m, 0.9375rem);
  }
  :host(:not([open])) {
    display: none;
  }
  :host([fullscreen]) {
    position: fixed;
    inset-inline: 0;
    inset-block-start: var(--_viewport-top, 0);
    inline-size: 100%;
    max-inline-size: none;
    block-size: var(--_viewport-height, 100dvh);
    border: 0;
    border-radius: 0;
  }
  [part='base'] {
    display: flex;
    flex-direction: column;
    flex: 1;
    min-block-size: 0;
  }
  [part='header'] {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    padding: 0.75rem 1rem;
    background: var(--_brand);
    color: var(--_on-brand);
  }
  [part='logo'] {
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: 50%;
    object-fit: cover;
  }
  .titles {
    flex: 1;
    min-inline-size: 0;
  }
  h2 {
    margin: 0;
    font-size: 1rem;
    overflow-wrap: anywhere;
  }
  [part='subtitle'] {
    margin: 0;
    font-size: 0.8125rem;
  }
  .icon-button {
    display: grid;
    place-items: center;
    inline-size: 2.25rem;
    block-size: 2.25rem;
    padding: 0;
    border: 0;
    border-radius: var(--tk-radius-m, 6px);
    background: transparent;
    color: inherit;
    cursor: pointer;
  }
  .icon-button:hover {
    background: color-mix(in srgb, currentColor 15%, transparent);
  }
  svg {
    inline-size: 1.25rem;
    block-size: 1.25rem;
    fill: currentColor;
  }
  [part='status'] {
    margin: 0;
    padding: 0.375rem 1rem;
    background: var(--tk-chat-status-background, #fef3c7);
    color: var(--tk-chat-status-color, #78350f);
    font-size: 0.8125rem;
  }
  [part='log'] {
    flex: 1;
    min-block-size: 0;
    overflow-y: auto;
    overscroll-behavior: contain;
    /* The window keeps the row in view itself when it renders or loads rows above. */
    overflow-anchor: none;
    padding: 0.75rem 1rem;
  }
  .rows {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .row {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    max-inline-size: 85%;
  }
  .row[data-first] {
    margin-block-start: 0.5rem;
  }
  .row[data-from='visitor'] {
    align-self: flex-end;
    align-items: flex-end;
  }
  .row[data-from='system'] {
    align-self: center;
    align-items: center;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .author {
    display: flex;
    align-items: center;
    gap: 0.375rem;
    margin-block-end: 0.125rem;
    color: var(--_muted);
    font-size: 0.75rem;
  }
  .author img {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    border-radius: 50%;
    object-fit: cover;
  }
  [part~='bubble'] {
    padding: 0.5rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_bubble);
    overflow-wrap: anywhere;
  }
  [part~='bubble'] .text {
    white-space: pre-wrap;
  }
  .row[data-from='visitor'] [part~='bubble'] {
    background: var(--_brand);
    color: var(--_on-brand);
  }
  .row[data-from='system'] [part~='bubble'] {
    background: transparent;
  }
  [part~='bubble'] a {
    color: inherit;
    text-decoration: underline;
  }
  [part~='bubble'] :is(p, ul, ol, pre, blockquote) {
    margin: 0 0 0.5em;
    white-space: normal;
  }
  [part~='bubble'] :is(p, ul, ol, pre, blockquote):last-child {
    margin-block-end: 0;
  }
  [part~='bubble'] pre {
    white-space: pre-wrap;
  }
  [part~='bubble'] img {
    max-inline-size: 100%;
  }
  .meta {
    display: flex;
    gap: 0.5rem;
    align-items: center;
    color: var(--_muted);
    font-size: 0.75rem;
  }
  .row[data-status='failed'] .meta {
    color: var(--tk-chat-error-color, var(--tk-color-danger, #b91c1c));
  }
  .link-button {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-decoration: underline;
    cursor: pointer;
  }
  .attachments {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0.25rem 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.8125rem;
  }
  [part='typing'] {
    min-block-size: 1.25rem;
    padding: 0 1rem;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  .dots::after {
    content: '';
    display: inline-block;
    animation: tk-chat-dots 1.2s steps(4, end) infinite;
  }
  @keyframes tk-chat-dots {
    0% {
      content: '';
    }
    25% {
      content: '.';
    }
    50% {
      content: '..';
    }
    75% {
      content: '...';
    }
  }
  .history {
    display: flex;
    justify-content: center;
    padding-block-end: 0.5rem;
    font-size: 0.8125rem;
  }
  [part='jump'],
  [part='load-older'] {
    align-self: center;
    margin-block: 0.25rem;
  }
  [part='composer'] {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: end;
    gap: 0.5rem;
    padding: 0.5rem 0.75rem;
    border-block-start: 1px solid var(--_border);
  }
  textarea,
  input,
  select {
    font: inherit;
    color: inherit;
    background: var(--_surface);
    border: 1px solid var(--_border);
    border-radius: var(--tk-radius-m, 6px);
  }
  textarea {
    grid-column: 2;
    resize: none;
    field-sizing: content;
    min-block-size: 2.25rem;
    max-block-size: 8rem;
    padding: 0.45rem 0.6rem;
  }
  [part='send-button'] {
    grid-column: 3;
    background: var(--_brand);
    color: var(--_on-brand);
  }
  [part='attach-button'] {
    grid-column: 1;
    color: var(--_muted);
  }
  .selected,
  .problem {
    grid-column: 1 / -1;
    margin: 0;
    font-size: 0.8125rem;
  }
  .problem {
    color: var(--tk-chat-error-color, var(--tk-color-danger, #b91c1c));
  }
  .selected {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    padding: 0;
    list-style: none;
  }
  .selected li {
    display: flex;
    align-items: center;
    gap: 0.25rem;
    padding-inline-start: 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }
  .selected .icon-button {
    inline-size: 1.75rem;
    block-size: 1.75rem;
  }
  [part='prechat'] {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    padding: 1rem;
    overflow-y: auto;
  }
  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .field[data-type='checkbox'] {
    flex-direction: row;
    flex-wrap: wrap;
    align-items: center;
  }
  .field input:not([type='checkbox']),
  .field select,
  .field textarea {
    padding: 0.45rem 0.6rem;
  }
  [aria-invalid='true'] {
    border-color: var(--tk-chat-error-color, var(--tk-color-danger, #b91c1c));
  }
  .field .problem {
    flex-basis: 100%;
  }
  .primary {
    padding: 0.5rem 1rem;
    border: 0;
    border-radius: var(--tk-radius-m, 6px);
    background: var(--_brand);
    color: var(--_on-brand);
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  @media (prefers-reduced-motion: reduce) {
    .dots::after {
      animation: none;
      content: '…';
    }
  }
  @media (forced-colors: active) {
    :host {
      border: 1px solid CanvasText;
    }
    [part~='bubble'] {
      border: 1px solid CanvasText;
    }
    .row[data-from='visitor'] [part~='bubble'],
    [part='send-button'],
    .primary {
      background: ButtonFace;
      color: ButtonText;
      border: 1px solid ButtonText;
    }
  }
`;
