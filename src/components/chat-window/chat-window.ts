import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { TkChatElement } from '../../base/chat-element.js';
import { reportConfigError } from '../../base/config-error.js';
import { baseStyles } from '../../base/styles.js';
import { visuallyHidden } from '../../base/visually-hidden.js';
import { LocalizeController } from '../../base/localize.js';
import { safeUrl } from '../../base/safe-url.js';
import { Conversation } from '../../core/chat/conversation.js';
import { hoursProblems, isWithinHours } from '../../core/chat/hours.js';
import { adapterOutboxStorage } from '../../core/chat/outbox.js';
import { ChatSession, type ChatSessionProblem } from '../../core/chat/session.js';
import { defaultChatStrings } from '../../core/chat/strings.js';
import type { ChatMessage } from '../../core/chat/types.js';
import { LocalStorageAdapter } from '../../core/prefs/local-storage-adapter.js';
import type { PreferencesAdapter } from '../../core/prefs/adapter.js';
import type { TkChatOpenChangeDetail } from '../chat-launcher/chat-launcher.js';
import type { TkChatErrorDetail } from '../chat-widget/chat-widget.js';
import { closeIcon, pickFiles, renderComposer } from './chat-composer.js';
import { ChatDraft } from './chat-draft.js';
import { MessageView } from './chat-message-view.js';
import { readPrechat, renderPrechat } from './chat-prechat.js';
import { ChatLogWindow } from './chat-log-window.js';
import { FullscreenController } from './fullscreen-controller.js';
import { windowStyles } from './chat-window.styles.js';

/** The embedded storage of windows without a preferences store, made on first use. */
let localAdapter: LocalStorageAdapter | undefined;

/**
 * The chat window: the conversation, a message box and everything around them (greeting, away
 * message, pre-chat form, typing indicator, attachments, retry). Inside `tk-chat-widget` it loads
 * on first open; placed apart, import `tailorkit/components/chat-window/define` and point a
 * `tk-chat-launcher`'s `for` at its id.
 *
 * The message list is a `role="log"` that announces each finished incoming message once (a
 * message streamed in copies with `status: 'pending'` is announced when a copy arrives without).
 * However long the conversation, at most 120 message rows are in the DOM: scrolling up renders
 * earlier ones, then loads older history from the transport. While the transport has older
 * history, a "Show earlier messages" button above the log loads one page at a time (for keyboard
 * and screen-reader users, and for a conversation too short to scroll); how many messages it
 * loaded is announced, and focus moves to the log once the whole conversation is there.
 *
 * @summary Chat window: conversation, composer, pre-chat form, away mode and attachments.
 *
 * @csspart base - Everything inside the window.
 * @csspart header - The brand-coloured title bar.
 * @csspart logo - The logo in the header.
 * @csspart heading - The title.
 * @csspart subtitle - Reply time or away message.
 * @csspart close-button - The close button.
 * @csspart status - Connection problems, and older history that could not be loaded.
 * @csspart log - The scrolling message list.
 * @csspart load-older - "Show earlier messages", above the log while older history remains.
 * @csspart message - One message row; also `message-visitor`, `message-agent`, `message-bot`, `message-system`.
 * @csspart bubble - A message's text.
 * @csspart greeting - The greeting bubble.
 * @csspart typing - The typing indicator.
 * @csspart jump - "Jump to the latest message".
 * @csspart composer - The form with the message box.
 * @csspart textarea - The message box.
 * @csspart send-button - The send button.
 * @csspart attach-button - The attach button.
 * @csspart prechat - The pre-chat form.
 *
 * @cssprop [--tk-chat-brand=var(--tk-color-brand)] - Header, visitor bubbles and buttons.
 * @cssprop [--tk-chat-on-brand=var(--tk-color-on-brand)] - Text on the brand colour (derived to reach 4.5:1 by `brand`).
 * @cssprop [--tk-chat-background=var(--tk-color-surface)] - Window background.
 * @cssprop [--tk-chat-text=var(--tk-color-text)] - Window text.
 * @cssprop [--tk-chat-muted=var(--tk-color-text-muted)] - Times, names and statuses.
 * @cssprop [--tk-chat-radius=var(--tk-radius-l)] - Window and bubble corners.
 * @cssprop [--tk-chat-font=var(--tk-font-body)] - Font family.
 * @cssprop [--tk-chat-bubble-background=var(--tk-color-surface-sunken)] - Bubbles of the business.
 * @cssprop [--tk-chat-border-color=var(--tk-color-border)] - Borders.
 * @cssprop [--tk-chat-error-color=var(--tk-color-danger)] - Failed messages and form errors.
 * @cssprop [--tk-chat-status-background=#fef3c7] - Connection notice background.
 * @cssprop [--tk-chat-status-color=#78350f] - Connection notice text.
 * @cssprop [--tk-chat-window-width=23rem] - Width of the window.
 * @cssprop [--tk-chat-window-height=min(36rem, 100dvh - 7rem)] - Height of the window.
 * @cssprop [--tk-chat-window-shadow=var(--tk-shadow-l)] - Shadow of the window.
 *
 * @event {CustomEvent<TkChatOpenChangeDetail>} tk-chat-open-change - The visitor closed the window (close button or Escape). Cancelable.
 * @event {CustomEvent<TkChatIncomingDetail>} tk-chat-incoming - A finished message from the business arrived.
 * @event {CustomEvent<TkChatSendDetail>} tk-chat-send - The visitor sent a message (it is on its way through the transport, if there is one).
 * @event {CustomEvent<TkChatPrechatSubmitDetail>} tk-chat-prechat-submit - The pre-chat form was filled in.
 * @event {CustomEvent<TkChatErrorDetail>} tk-chat-error - A message could not be sent, a transport sent a malformed message, storage failed. Nothing typed is lost.
 * @event {CustomEvent<TkBrandWarningDetail>} tk-brand-warning - A `brand` field was invalid and the theme's value shows instead.
 * @event {CustomEvent<TkConfigErrorDetail>} tk-config-error - `hours` is not valid business hours; the chat counts as always answered.
 */
export class TkChatWindow extends TkChatElement {
  static override styles = [baseStyles, visuallyHidden, windowStyles];

  readonly #localize = new LocalizeController(this, defaultChatStrings);

  @query('textarea#composer') private composer?: HTMLTextAreaElement;
  @query('[part="log"]') private log?: HTMLElement;

  /** Grows whenever the conversation or the connection changes, to render again. */
  @state() private revision = 0;
  /** The last finished incoming message, in words, for the log's announcement. */
  @state() private announcement = '';
  @state() private selectedFiles: File[] = [];
  @state() private fileProblem = '';
  @state() private prechatErrors: Record<string, string> = {};
  @state() private prechatDone = false;
  /** Why the last request for older history failed, shown in the status notice. */
  @state() private olderProblem = '';

  readonly #conversation = new Conversation();
  #session: ChatSession | undefined;
  readonly #log = new ChatLogWindow({
    host: this,
    conversation: this.#conversation,
    log: () => this.log,
    history: () => this.#session,
  });
  readonly #fullscreen = new FullscreenController(this, () => this.#log.stickToBottom());
  /** Ids of incoming messages already announced or counted, so updates are not announced again. */
  readonly #announced = new Set<string>();
  readonly #messageView = new MessageView({
    localize: this.#localize,
    imageHosts: () => this.imageHosts,
    avatar: () => this.avatar,
    retry: (key) => this.#session?.retry(key),
  });
  readonly #drafts = new ChatDraft(() => this.#adapter());
  /** A draft read back from storage, put into the message box once it renders. */
  #draft: string | undefined;

  /** Set when the window fills the screen (below `fullscreen-below`). */
  @property({ type: Boolean, reflect: true }) fullscreen = false;
  /** Where focus goes when the visitor closes the window; a `tk-chat-launcher` with `for` sets it. */
  @property({ attribute: false }) returnFocusTo?: HTMLElement;

  /** The conversation shown, in order. */
  get conversation(): readonly ChatMessage[] {
    return this.#conversation.messages;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('keydown', this.#onKeydown);
    document.addEventListener('visibilitychange', this.#onVisibility);
    if (this.#session) void this.#session.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKeydown);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    this.#session?.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('messages') && this.messages !== undefined) {
      const problems = this.#conversation.replace(Array.isArray(this.messages) ? this.messages : []);
      for (const problem of problems) this.#report({ kind: 'message', ...problem });
      for (const message of this.#conversation.messages) this.#announced.add(message.id);
      this.#log.follow();
    }
    if (changed.has('transport') || changed.has('persistKey') || changed.has('preferences')) this.#connect();
    if (changed.has('persistKey')) this.#restoreDraft();
    if (changed.has('imageHosts')) this.#messageView.resetMarkdown();
    if (changed.has('hours') && this.hours) {
      for (const problem of hoursProblems(this.hours))
        reportConfigError(this, {
          attribute: 'hours',
          value: JSON.stringify(this.hours),
          message: `${problem}; the chat counts as always answered.`,
        });
    }
    if (changed.has('prechat') && (!this.prechat || !Array.isArray(this.prechat.fields))) this.prechatDone = false;
    this.#log.arrange();
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.#draft !== undefined && this.composer) {
      if (this.composer.value === '') this.composer.value = this.#draft;
      this.#draft = undefined;
    }
    this.#log.stickToBottom();
    if (changed.has('open') && this.open && this.fullscreen) this.#fullscreen.fit();
  }

  /** Moves focus into the message box (or the pre-chat form's first field). */
  focusComposer(): void {
    const target = this.renderRoot.querySelector<HTMLElement>(
      'textarea#composer, [part="prechat"] :is(input, select, textarea)',
    );
    target?.focus();
  }

  /** Closes the window as the visitor would, returning focus where it came from. */
  close(reason: TkChatOpenChangeDetail['reason'] = 'api'): void {
    if (!this.open) return;
    const event = this.emit('tk-chat-open-change', { open: false, reason }, { cancelable: true });
    if (event.defaultPrevented) return;
    this.open = false;
    this.returnFocusTo?.focus();
  }

  /** Sends a message as if the visitor typed it. Returns its clientId. */
  send(text: string, files: File[] = []): string | undefined {
    const value = text.trim();
    if (value === '' && files.length === 0) return undefined;
    let clientId: string;
    if (this.#session) clientId = this.#session.send(value, files);
    else {
      clientId = globalThis.crypto.randomUUID();
      this.#conversation.merge({
        id: clientId,
        clientId,
        from: 'visitor',
        text: value,
        time: new Date().toISOString(),
        status: 'sent',
      });
    }
    this.#log.follow();
    this.emit('tk-chat-send', { clientId, text: value, files });
    this.revision++;
    return clientId;
  }

  /** Where the outbox and the draft are kept: the preferences store's adapter, else localStorage. */
  #adapter(): PreferencesAdapter {
    return this.preferences?.adapter ?? (localAdapter ??= new LocalStorageAdapter());
  }

  /** Brings back what the visitor had typed but not sent before a reload. */
  #restoreDraft(): void {
    const key = this.persistKey;
    if (!key) return;
    void this.#drafts.read(key).then((draft) => {
      if (key !== this.persistKey || draft === undefined) return;
      this.#draft = draft;
      this.requestUpdate();
    });
  }

  #connect(): void {
    this.#session?.stop();
    this.#session = undefined;
    if (!this.transport) return;
    const adapter = this.#adapter();
    this.#session = new ChatSession({
      transport: this.transport,
      conversation: this.#conversation,
      outbox: this.persistKey ? adapterOutboxStorage(adapter, `chat-outbox:${this.persistKey}`) : undefined,
      onChange: () => this.revision++,
      onIncoming: (message) => this.#incoming(message),
      onProblem: (problem) => this.#report(problem),
    });
    if (this.isConnected) void this.#session.start();
  }

  #incoming(message: ChatMessage): void {
    if (message.status === 'pending' || this.#announced.has(message.id)) return;
    this.#announced.add(message.id);
    const author = message.author?.name ?? this.#localize.term('agent');
    this.announcement = this.#localize.term('incoming')(author, message.text);
    this.emit('tk-chat-incoming', { message });
  }

  #report(problem: ChatSessionProblem | TkChatErrorDetail): void {
    this.emit('tk-chat-error', problem);
  }

  readonly #onVisibility = (): void => {
    if (document.visibilityState === 'visible') void this.#session?.resync();
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.open && !event.defaultPrevented) {
      event.preventDefault();
      event.stopPropagation();
      this.close('escape');
    }
  };

  #onComposerKeydown(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      this.#onComposerSubmit();
    }
  }

  #onComposerSubmit(event?: Event): void {
    event?.preventDefault();
    const composer = this.composer;
    if (!composer) return;
    if (this.send(composer.value, this.selectedFiles) === undefined) return;
    composer.value = '';
    this.#drafts.save(this.persistKey, '');
    this.selectedFiles = [];
    this.fileProblem = '';
  }

  #onFilesChange(event: Event): void {
    const input = event.target as HTMLInputElement;
    const picked = [...(input.files ?? [])];
    input.value = '';
    if (!this.attachments) return;
    const bytes = (size: number) => this.#messageView.bytes(size);
    const { files, problems } = pickFiles(this.attachments, picked, this.selectedFiles, this.#localize, bytes);
    this.selectedFiles = files;
    this.fileProblem = problems.join(' ');
    if (problems.length > 0) this.#report({ kind: 'attachment', message: this.fileProblem });
  }

  #onRemoveFile(file: File): void {
    this.selectedFiles = this.selectedFiles.filter((each) => each !== file);
    this.composer?.focus();
  }

  #onJumpClick(): void {
    this.#log.follow();
    this.composer?.focus();
  }

  async #onLoadOlderClick(): Promise<void> {
    if (this.#log.loading) return;
    this.olderProblem = '';
    const count = await this.#log.loadOlder();
    if (count === undefined) {
      this.olderProblem = this.#localize.term('loadOlderFailed');
      return;
    }
    this.announcement = this.#localize.term('loadedOlder')(count);
    await this.updateComplete;
    // The button is gone once the whole conversation is there: focus goes to the log, not the page.
    if (document.activeElement === document.body) this.log?.focus();
  }

  #onPrechatSubmit(form: HTMLFormElement): void {
    const { values, errors, firstError } = readPrechat(form, this.prechat?.fields ?? [], this.#localize);
    this.prechatErrors = errors;
    if (firstError) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#prechat-${CSS.escape(firstError.name)}`)?.focus(),
      );
      return;
    }
    this.prechatDone = true;
    this.emit('tk-chat-prechat-submit', { values });
    void this.updateComplete.then(() => this.focusComposer());
  }

  #renderLog(): TemplateResult {
    const session = this.#session;
    const rows: { message: ChatMessage; previous: ChatMessage | undefined }[] = [];
    for (let i = this.#log.start; i < this.#log.end; i++) {
      rows.push({ message: this.#conversation.at(i)!, previous: this.#conversation.at(i - 1) });
    }
    const atStart = this.#log.start === 0 && !session?.hasMoreHistory;
    const avatar = safeUrl(this.avatar, 'brand-image');
    return html`<div
      part="log"
      role="log"
      aria-labelledby="log-label"
      aria-relevant="additions"
      tabindex="0"
      @scroll=${this.#log.onScroll}
    >
      <span id="log-label" class="visually-hidden">${this.#localize.term('logLabel')}</span>
      ${
        atStart && this.greeting
          ? html`<div class="row" part="message message-agent greeting" data-from="agent" data-first>
              <div class="author">
                ${avatar ? html`<img src=${avatar} alt="" />` : nothing}<span
                  >${this.heading ?? this.#localize.term('agent')}</span
                >
              </div>
              <div part="bubble"><span class="text">${this.greeting}</span></div>
            </div>`
          : nothing
      }
      ${this.#log.loading && this.#log.start === 0 ? html`<p class="history">${this.#localize.term('loadingOlder')}</p>` : nothing}
      <div class="rows" aria-live="off">
        ${repeat(
          rows,
          ({ message }) => message.clientId ?? message.id,
          ({ message, previous }) => this.#messageView.render(message, previous),
        )}
      </div>
      <div class="visually-hidden">${this.announcement}</div>
    </div>`;
  }

  #renderComposer(): TemplateResult {
    return renderComposer({
      rules: this.attachments,
      files: this.selectedFiles,
      problem: this.fileProblem,
      placeholder: this.placeholder ?? this.#localize.term('placeholder'),
      localize: this.#localize,
      bytes: (size) => this.#messageView.bytes(size),
      onSubmit: (event) => this.#onComposerSubmit(event),
      onFilesChange: (event) => this.#onFilesChange(event),
      onKeydown: (event) => this.#onComposerKeydown(event),
      onInput: (text) => this.#drafts.save(this.persistKey, text),
      onRemoveFile: (file) => this.#onRemoveFile(file),
    });
  }

  override render(): TemplateResult {
    const session = this.#session;
    const away = this.away || (!!this.hours && !isWithinHours(this.hours, new Date()));
    const logo = safeUrl(this.logo, 'brand-image');
    const prechat = this.prechat && Array.isArray(this.prechat.fields) && !this.prechatDone ? this.prechat : undefined;
    const connection = session?.state;
    const notice =
      connection === 'offline'
        ? this.#localize.term('offline')
        : connection === 'connecting'
          ? this.#localize.term('connecting')
          : this.olderProblem;
    const unseen = this.#log.unseen;
    return html`<div part="base" role="dialog" aria-labelledby="heading" dir=${this.#localize.dir()}>
      <div part="header">
        ${logo ? html`<img part="logo" src=${logo} alt="" />` : nothing}
        <div class="titles">
          <h2 id="heading" part="heading">${this.heading ?? this.#localize.term('heading')}</h2>
          <p part="subtitle">
            ${away ? this.#localize.term('away') : (this.replyTime ?? this.#localize.term('online'))}
          </p>
        </div>
        <button
          class="icon-button"
          part="close-button"
          type="button"
          aria-label=${this.#localize.term('closeLabel')}
          @click=${() => this.close('close-button')}
        >
          ${closeIcon}
        </button>
      </div>
      <p part="status" role="status" ?hidden=${notice === ''}>${notice}</p>
      ${
        prechat
          ? renderPrechat(prechat, this.prechatErrors, this.#localize, (form) => this.#onPrechatSubmit(form))
          : html`${
                session?.hasMoreHistory
                  ? html`<button
                      class="link-button"
                      part="load-older"
                      type="button"
                      aria-disabled=${`${this.#log.loading}`}
                      @click=${this.#onLoadOlderClick}
                    >
                      ${this.#localize.term(this.#log.loading ? 'loadingOlder' : 'loadOlder')}
                    </button>`
                  : nothing
              }
              ${this.#renderLog()}
              ${
                unseen
                  ? html`<button class="link-button" part="jump" type="button" @click=${this.#onJumpClick}>
                      ${this.#localize.term('jumpToLatest')}
                    </button>`
                  : nothing
              }
              <div part="typing">
                ${session?.typing ? html`${this.#localize.term('typing')(session.typing.name)}<span class="dots" aria-hidden="true"></span>` : nothing}
              </div>
              ${this.#renderComposer()}`
      }
    </div>`;
  }
}
