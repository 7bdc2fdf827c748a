import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../../base/localize.js';
import type { ChatStrings } from '../../core/chat/strings.js';
import type { ChatAttachmentRules } from '../../core/chat/types.js';

/** Whether `file` is one of `accept`'s MIME types or families (`image/*`). */
function accepts(accept: readonly string[], file: File): boolean {
  const type = file.type.toLowerCase();
  return accept.some((entry) => {
    const wanted = entry.trim().toLowerCase();
    return wanted.endsWith('/*') ? type.startsWith(wanted.slice(0, -1)) : type === wanted;
  });
}

/**
 * Adds the files a visitor picked to those already chosen, keeping only what the rules allow; each
 * file left out gets a reason in the visitor's words.
 */
export function pickFiles(
  rules: ChatAttachmentRules,
  picked: readonly File[],
  chosen: readonly File[],
  localize: LocalizeController<ChatStrings>,
  bytes: (size: number) => string,
): { files: File[]; problems: string[] } {
  const limit = rules.maxFiles ?? 5;
  const problems: string[] = [];
  const files = [...chosen];
  for (const file of picked) {
    if (!accepts(rules.accept, file)) problems.push(localize.term('fileType')(file.name));
    else if (file.size > rules.maxSize) problems.push(localize.term('fileSize')(file.name, bytes(rules.maxSize)));
    else if (files.length >= limit) problems.push(localize.term('fileCount')(limit));
    else files.push(file);
  }
  return { files, problems: [...new Set(problems)] };
}

/** What the composer shows and where its input goes. */
export interface ComposerView {
  rules: ChatAttachmentRules | undefined;
  files: readonly File[];
  problem: string;
  placeholder: string;
  localize: LocalizeController<ChatStrings>;
  bytes: (size: number) => string;
  onSubmit: (event: Event) => void;
  onFilesChange: (event: Event) => void;
  onKeydown: (event: KeyboardEvent) => void;
  onInput: (text: string) => void;
  onRemoveFile: (file: File) => void;
}

/** The close icon, shared with the window's header. */
export const closeIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true">
  <path d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z" />
</svg>`;

/** The message box with its send button, and the attach button and chosen files when attachments are on. */
export function renderComposer(view: ComposerView): TemplateResult {
  const { rules, localize } = view;
  return html`<form part="composer" @submit=${view.onSubmit}>
    ${
      rules
        ? html`<input
              id="files"
              class="visually-hidden"
              type="file"
              multiple
              accept=${rules.accept.join(',')}
              @change=${view.onFilesChange}
            /><label for="files" class="icon-button" part="attach-button"
              ><svg viewBox="0 0 24 24" aria-hidden="true">
                <path
                  d="M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5 5.5 0 0 0 11 0V6z"
                /></svg
              ><span class="visually-hidden">${localize.term('attachLabel')}</span></label
            >`
        : nothing
    }
    <label for="composer" class="visually-hidden">${localize.term('composerLabel')}</label>
    <textarea
      id="composer"
      part="textarea"
      rows="1"
      placeholder=${view.placeholder}
      @keydown=${view.onKeydown}
      @input=${(event: InputEvent) => view.onInput((event.target as HTMLTextAreaElement).value)}
    ></textarea>
    <button class="icon-button" part="send-button" type="submit">
      <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 20.5 21 12 3 3.5 3 10l12 2-12 2z" /></svg
      ><span class="visually-hidden">${localize.term('sendLabel')}</span>
    </button>
    ${
      view.files.length > 0
        ? html`<ul class="selected">
            ${view.files.map(
              (file) =>
                html`<li>
                  ${localize.term('attachment')(file.name, view.bytes(file.size))}
                  <button
                    class="icon-button"
                    type="button"
                    aria-label=${localize.term('removeAttachment')(file.name)}
                    @click=${() => view.onRemoveFile(file)}
                  >
                    ${closeIcon}
                  </button>
                </li>`,
            )}
          </ul>`
        : nothing
    }
    <p class="problem" role="alert">${view.problem}</p>
  </form>`;
}
