import { css } from 'lit';

export const preferencesStyles = css`
  :host {
    /* A provider only: its children lay out as if it were not there. */
    display: contents;
  }
`;
