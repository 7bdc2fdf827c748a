import { html, type TemplateResult } from 'lit';
import type { EditControls } from './dashboard-item.js';

// The edit controls of a dashboard item: the drag handle, the remove button and the resize handles.
// They arrive with the editing code (with their styles), so a dashboard that is only viewed does not
// download them. The `data-*` attributes are the contract with the gesture code (see parts.ts; Lit
// needs them spelled out).

const gripIcon = html`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" fill="currentColor">
  <circle cx="5.5" cy="3.5" r="1.3" />
  <circle cx="10.5" cy="3.5" r="1.3" />
  <circle cx="5.5" cy="8" r="1.3" />
  <circle cx="10.5" cy="8" r="1.3" />
  <circle cx="5.5" cy="12.5" r="1.3" />
  <circle cx="10.5" cy="12.5" r="1.3" />
</svg>`;

/** A 16px line icon drawn with `path`. */
function lineIcon(strokeWidth: number, path: string): TemplateResult {
  return html`<svg
    viewBox="0 0 16 16"
    width="16"
    height="16"
    aria-hidden="true"
    fill="none"
    stroke="currentColor"
    stroke-width=${strokeWidth}
    stroke-linecap="round"
  >
    <path d=${path} />
  </svg>`;
}

const closeIcon = lineIcon(1.6, 'M4 4l8 8M12 4l-8 8');
const cornerIcon = lineIcon(1.4, 'M13 7l-6 6M13 11l-2 2');

export const editControls: EditControls = {
  handle: html`<span part="handle" data-handle aria-hidden="true">${gripIcon}</span>`,
  remove: (label: string): TemplateResult =>
    html`<button part="remove-button" type="button" tabindex="-1" data-remove aria-label=${label}>
      ${closeIcon}
    </button>`,
  resize: html`<span class="resize" part="resize-handle" data-resize="e" aria-hidden="true"></span>
    <span class="resize" part="resize-handle" data-resize="s" aria-hidden="true"></span>
    <span class="resize" part="resize-handle" data-resize="se" aria-hidden="true">${cornerIcon}</span>`,
};
