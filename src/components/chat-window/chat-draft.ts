import type { PreferencesAdapter } from '../../core/prefs/adapter.js';

/** How long typing must pause before the draft is written. */
const SAVE_DELAY = 300;

/**
 * What the visitor typed but has not sent, kept under `chat-draft:<key>` in the preferences
 * adapter, so it survives a reload. Writes wait for a pause in typing; clearing is immediate.
 * Storage failures are ignored: the draft is a convenience, the message box keeps the text.
 */
export class ChatDraft {
  readonly #adapter: () => PreferencesAdapter;
  #timer: ReturnType<typeof setTimeout> | undefined;

  constructor(adapter: () => PreferencesAdapter) {
    this.#adapter = adapter;
  }

  /** The draft stored under `key`, if there is one. */
  async read(key: string): Promise<string | undefined> {
    try {
      const result = await this.#adapter().read(`chat-draft:${key}`);
      return result.status === 'present' && typeof result.record.user === 'string' ? result.record.user : undefined;
    } catch {
      return undefined;
    }
  }

  save(key: string | undefined, text: string): void {
    clearTimeout(this.#timer);
    if (!key) return;
    const write = (): void => {
      const adapter = this.#adapter();
      const done =
        text === ''
          ? adapter.remove(`chat-draft:${key}`)
          : adapter.write(`chat-draft:${key}`, { version: 1, user: text, updatedAt: Date.now() });
      done.catch(() => undefined);
    };
    if (text === '') write();
    else this.#timer = setTimeout(write, SAVE_DELAY);
  }
}
