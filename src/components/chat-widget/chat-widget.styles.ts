import { css } from 'lit';

export const widgetStyles = css`
  :host {
    position: fixed;
    z-index: var(--tk-chat-z-index, 2147483000);
    inset-block-end: var(--tk-chat-offset-block, 1.25rem);
    inset-inline-end: var(--tk-chat-offset-inline, 1.25rem);
    font-family: var(--tk-chat-font, var(--tk-font-body, system-ui, sans-serif));
  }
  :host([position='start']) {
    inset-inline-end: auto;
    inset-inline-start: var(--tk-chat-offset-inline, 1.25rem);
  }
  [part='base'] {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: flex-end;
  }
  :host([position='start']) [part='base'] {
    align-items: flex-start;
  }
  [part='window']:not([fullscreen]) {
    position: absolute;
    inset-block-end: calc(100% + var(--tk-chat-gap, 0.75rem));
    inset-inline-end: 0;
  }
  :host([position='start']) [part='window']:not([fullscreen]) {
    inset-inline-end: auto;
    inset-inline-start: 0;
  }
`;
