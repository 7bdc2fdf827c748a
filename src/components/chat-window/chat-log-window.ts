import type { ReactiveControllerHost } from 'lit';
import type { Conversation } from '../../core/chat/conversation.js';

/** Most message rows in the DOM at once, however long the conversation. */
const WINDOW = 120;
/** Rows added at a time when the visitor scrolls to an end of what is rendered. */
const STEP = 40;
/** Distance in pixels from an end of the log that counts as being there. */
const NEAR = 48;

export interface ChatLogWindowOptions {
  host: ReactiveControllerHost;
  conversation: Conversation;
  /** The scrolling log element, once rendered. */
  log: () => HTMLElement | null | undefined;
  /** Where older history comes from (the session), if anywhere. */
  history: () => { readonly hasMoreHistory: boolean | undefined; loadOlder(): Promise<boolean> } | undefined;
}

/**
 * Which rows of the conversation are in the DOM ([start, end), at most 120) and where the log is
 * scrolled: it follows the newest message until the visitor scrolls up, renders earlier rows as
 * they reach the top, then loads older history (also on request: `loadOlder`), without moving what
 * the visitor is reading.
 */
export class ChatLogWindow {
  /** First row rendered. */
  start = 0;
  /** One past the last row rendered. */
  end = 0;
  /** Whether older history is loading. */
  loading = false;
  readonly #options: ChatLogWindowOptions;
  /**
   * The last row rendered, by key, while the visitor reads earlier messages; `undefined` while the
   * log follows the newest one. Rows are anchored by key so older history loading above, or a
   * message moving when the server sets its time, does not shift what is shown.
   */
  #endKey: string | undefined;
  #scrollFrame = 0;
  /** Where the window last scrolled the log itself. */
  #ownScrollTop: number | undefined;

  constructor(options: ChatLogWindowOptions) {
    this.#options = options;
  }

  /** Whether the log follows the newest message. */
  get following(): boolean {
    return this.#endKey === undefined;
  }

  /** Whether newer messages than those rendered are waiting below. */
  get unseen(): boolean {
    return !this.following && this.end < this.#options.conversation.size;
  }

  /** Follows the newest message again (the visitor sent one, or asked to jump there). */
  follow(): void {
    this.#endKey = undefined;
    this.#options.host.requestUpdate();
  }

  /** Works out [start, end) for the coming render. */
  arrange(): void {
    const conversation = this.#options.conversation;
    const anchored = this.#endKey === undefined ? -1 : conversation.indexOf(this.#endKey);
    this.end = anchored < 0 ? conversation.size : anchored + 1;
    this.start = Math.max(0, this.end - WINDOW);
  }

  /** Scrolls the log, remembering the position so the scroll event it causes is not taken for the visitor's. */
  #scrollTo(top: number): void {
    const log = this.#options.log();
    if (!log) return;
    const before = log.scrollTop;
    log.scrollTop = top;
    // Only a position that changed sends a scroll event to recognise.
    this.#ownScrollTop = log.scrollTop === before ? undefined : log.scrollTop;
  }

  /**
   * Scrolls to the newest message on the next frame when the log follows it: once per frame however
   * many messages arrive, and without forcing a layout in the middle of an update.
   */
  stickToBottom(): void {
    if (this.#scrollFrame || !this.following) return;
    this.#scrollFrame = requestAnimationFrame(() => {
      this.#scrollFrame = 0;
      const log = this.#options.log();
      if (this.following && log) this.#scrollTo(log.scrollHeight);
    });
  }

  /** The key a rendered row keeps through re-keying: its clientId, else its id. */
  #keyAt(index: number): string | undefined {
    const message = this.#options.conversation.at(index);
    return message ? (message.clientId ?? message.id) : undefined;
  }

  /** Renders rows up to `end` (exclusive), or follows the newest when that is the end. */
  #showUntil(end: number): void {
    this.#endKey = end >= this.#options.conversation.size ? undefined : this.#keyAt(end - 1);
    this.#options.host.requestUpdate();
  }

  /**
   * Remembers the first row in view and where it is; the returned function scrolls it back there,
   * so rows rendered or loaded above do not move what the visitor is reading.
   */
  #keepInView(log: HTMLElement): () => void {
    const top = log.getBoundingClientRect().top;
    const row = [...log.querySelectorAll<HTMLElement>('.rows .row')].find(
      (each) => each.getBoundingClientRect().bottom > top,
    );
    const key = row?.dataset.key;
    if (!row || key === undefined) return () => undefined;
    const offset = row.getBoundingClientRect().top - top;
    return () => {
      const again = log.querySelector<HTMLElement>(`.row[data-key="${CSS.escape(key)}"]`);
      if (again) this.#scrollTo(log.scrollTop + again.getBoundingClientRect().top - top - offset);
    };
  }

  /** The log's scroll listener. */
  readonly onScroll = (): void => {
    const log = this.#options.log();
    if (!log) return;
    // The window's own scrolling (to the newest message, or keeping a row in view) is not the visitor's.
    if (this.#ownScrollTop !== undefined && Math.abs(log.scrollTop - this.#ownScrollTop) < 1) return;
    this.#ownScrollTop = undefined;
    const size = this.#options.conversation.size;
    if (log.scrollHeight - log.scrollTop - log.clientHeight < NEAR) {
      this.#showUntil(Math.min(size, this.end + STEP));
      return;
    }
    if (this.#endKey === undefined) this.#endKey = this.#keyAt(this.end - 1);
    if (log.scrollTop >= NEAR) return;
    if (this.start > 0) {
      const restore = this.#keepInView(log);
      this.#showUntil(Math.max(Math.min(size, WINDOW), this.end - STEP));
      void this.#options.host.updateComplete.then(restore);
    } else void this.loadOlder();
  };

  /**
   * Loads the page of history before the oldest message, keeping the first row in view where it
   * was. Resolves to how many messages it added, or `undefined` when the transport failed.
   */
  async loadOlder(): Promise<number | undefined> {
    const history = this.#options.history();
    const log = this.#options.log();
    if (this.loading || !history?.hasMoreHistory || !log) return 0;
    const { conversation, host } = this.#options;
    // Reading history from here on: rows loaded above must not pull the log to the newest message.
    this.#endKey ??= this.#keyAt(this.end - 1);
    const restore = this.#keepInView(log);
    const size = conversation.size;
    this.loading = true;
    host.requestUpdate();
    const loaded = await history.loadOlder();
    this.loading = false;
    host.requestUpdate();
    await host.updateComplete;
    restore();
    // A log that still ends in view follows the newest message again, as scrolling there would.
    if (log.scrollHeight - log.scrollTop - log.clientHeight < NEAR) this.follow();
    return loaded ? conversation.size - size : undefined;
  }
}
