import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { TkChatElement } from '../../base/chat-element.js';
import { reportConfigError } from '../../base/config-error.js';
import { baseStyles, visuallyHidden } from '../../base/styles.js';
import { LocalizeController } from '../../base/localize.js';
import { renderMarkdown } from '../../base/markdown.js';
import { safeUrl } from '../../base/safe-url.js';
import { Conversation } from '../../core/chat/conversation.js';
import { hoursProblems, isWithinHours } from '../../core/chat/hours.js';
import { linkify, type TextSegment } from '../../core/chat/linkify.js';
import { adapterOutboxStorage } from '../../core/chat/outbox.js';
import { ChatSession, type ChatSessionProblem } from '../../core/chat/session.js';
import { defaultChatStrings } from '../../core/chat/strings.js';
import type { ChatMessage, ChatPrechat, ChatPrechatField } from '../../core/chat/types.js';
import { LocalStorageAdapter } from '../../core/prefs/local-storage-adapter.js';
import type { PreferencesAdapter } from '../../core/prefs/adapter.js';
import type { TkChatOpenChangeDetail } from '../chat-launcher/chat-launcher.js';
import type { TkChatErrorDetail } from '../chat-widget/chat-widget.js';
import type { TkChatIncomingDetail, TkChatPrechatSubmitDetail, TkChatSendDetail } from './chat-window-types.js';
import { windowStyles } from './chat-window.styles.js';

declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-chat-incoming': TkChatIncomingDetail;
    'tk-chat-send': TkChatSendDetail;
    'tk-chat-prechat-submit': TkChatPrechatSubmitDetail;
  }
}

/** The embedded storage of windows without a preferences store, made on first use. */
let localAdapter: LocalStorageAdapter | undefined;

/** Most message rows in the DOM at once, however long the conversation. */
const WINDOW = 120;
/** Rows added at a time when the visitor scrolls to an end of what is rendered. */
const STEP = 40;
/** Distance in pixels from an end of the log that counts as being there. */
const NEAR = 48;
/** Consecutive messages of one author closer than this share a group (one name, one avatar). */
const GROUP_GAP = 5 * 60_000;

/** Where an attachment can be opened from: a link address, or a file the page itself holds (`blob:`). */
const attachmentUrl = (url: unknown): string | undefined =>
  typeof url === 'string' && /^blob:https?:\/\//i.test(url) ? url : safeUrl(url, 'link');

/** Whether `file` is one of `accept`'s MIME types or families (`image/*`). */
function accepts(accept: readonly string[], file: File): boolean {
  const type = file.type.toLowerCase();
  return accept.some((entry) => {
    const wanted = entry.trim().toLowerCase();
    return wanted.endsWith('/*') ? type.startsWith(wanted.slice(0, -1)) : type === wanted;
  });
}

/**
 * The chat window: the conversation, a message box and everything around them (greeting, away
 * message, pre-chat form, typing indicator, attachments, retry). Inside `tk-chat-widget` it loads
 * on first open; placed apart, import `tailorkit/components/chat-window/define` and point a
 * `tk-chat-launcher`'s `for` at its id.
 *
 * The message list is a `role="log"` that announces each finished incoming message once (a
 * message streamed in copies with `status: 'pending'` is announced when a copy arrives without).
 * However long the conversation, at most 120 message rows are in the DOM: scrolling up renders
 * earlier ones, then loads older history from the transport.
 *
 * @summary Chat window: conversation, composer, pre-chat form, away mode and attachments.
 *
 * @csspart base - Everything inside the window.
 * @csspart header - The brand-coloured title bar.
 * @csspart logo - The logo in the header.
 * @csspart heading - The title.
 * @csspart subtitle - Reply time or away message.
 * @csspart close-button - The close button.
 * @csspart status - Connection problems.
 * @csspart log - The scrolling message list.
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
 * @event {CustomEvent<BrandWarningDetail>} tk-brand-warning - A `brand` field was invalid and the theme's value shows instead.
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
  /** Rows rendered: [start, end) of the conversation. */
  @state() private start = 0;
  @state() private end = 0;

  #conversation = new Conversation();
  #session: ChatSession | undefined;
  /**
   * The last row rendered, by key, while the visitor reads earlier messages; `undefined` while the
   * log follows the newest one. Rows are anchored by key so older history loading above, or a
   * message moving when the server sets its time, does not shift what is shown.
   */
  #endKey: string | undefined;
  /** Ids of incoming messages already announced or counted, so updates are not announced again. */
  readonly #announced = new Set<string>();
  #media: MediaQueryList | undefined;
  /** Rendered Markdown and found links per message copy, so a render does not parse every row again. */
  #rendered = new WeakMap<ChatMessage, string>();
  #linked = new WeakMap<ChatMessage, TextSegment[]>();
  #timeFormat: Intl.DateTimeFormat | undefined;
  #timeFormatLang: string | undefined;
  #scrollFrame = 0;
  /** Where the window last scrolled the log itself. */
  #ownScrollTop: number | undefined;
  /** A draft read back from storage, put into the message box once it renders. */
  #draft: string | undefined;
  #draftTimer: ReturnType<typeof setTimeout> | undefined;

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
    window.visualViewport?.addEventListener('resize', this.#onViewport);
    window.visualViewport?.addEventListener('scroll', this.#onViewport);
    if (this.#session) void this.#session.start();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('keydown', this.#onKeydown);
    document.removeEventListener('visibilitychange', this.#onVisibility);
    window.visualViewport?.removeEventListener('resize', this.#onViewport);
    window.visualViewport?.removeEventListener('scroll', this.#onViewport);
    this.#media?.removeEventListener('change', this.#onMedia);
    this.#media = undefined;
    this.#session?.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('messages') && this.messages !== undefined) {
      const problems = this.#conversation.replace(Array.isArray(this.messages) ? this.messages : []);
      for (const problem of problems) this.#report({ kind: 'message', ...problem });
      for (const message of this.#conversation.messages) this.#announced.add(message.id);
      this.#endKey = undefined;
    }
    if (changed.has('transport') || changed.has('persistKey') || changed.has('preferences')) this.#connect();
    if (changed.has('persistKey')) this.#restoreDraft();
    if (changed.has('fullscreenBelow') || !this.#media) this.#watchSize();
    if (changed.has('imageHosts')) this.#rendered = new WeakMap();
    if (changed.has('hours') && this.hours) {
      for (const problem of hoursProblems(this.hours))
        reportConfigError(this, {
          attribute: 'hours',
          value: JSON.stringify(this.hours),
          message: `${problem}; the chat counts as always answered.`,
        });
    }
    if (changed.has('prechat') && (!this.prechat || !Array.isArray(this.prechat.fields))) this.prechatDone = false;
    const size = this.#conversation.size;
    const anchored = this.#endKey === undefined ? -1 : this.#conversation.indexOf(this.#endKey);
    this.end = anchored < 0 ? size : anchored + 1;
    this.start = Math.max(0, this.end - WINDOW);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.#draft !== undefined && this.composer) {
      if (this.composer.value === '') this.composer.value = this.#draft;
      this.#draft = undefined;
    }
    if (this.#endKey === undefined) this.#stickToBottom();
    if (changed.has('open') && this.open && this.fullscreen) this.#onViewport();
  }

  /** Scrolls the log, remembering the position so the scroll event it causes is not taken for the visitor's. */
  #scrollLogTo(top: number): void {
    const log = this.log;
    if (!log) return;
    const before = log.scrollTop;
    log.scrollTop = top;
    // Only a position that changed sends a scroll event to recognise.
    this.#ownScrollTop = log.scrollTop === before ? undefined : log.scrollTop;
  }

  /**
   * Scrolls to the newest message on the next frame: once per frame however many messages arrive,
   * and without forcing a layout in the middle of an update.
   */
  #stickToBottom(): void {
    if (this.#scrollFrame) return;
    this.#scrollFrame = requestAnimationFrame(() => {
      this.#scrollFrame = 0;
      if (this.#endKey === undefined && this.log) this.#scrollLogTo(this.log.scrollHeight);
    });
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
    this.#endKey = undefined;
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
    this.#adapter()
      .read(`chat-draft:${key}`)
      .then((result) => {
        if (key !== this.persistKey || result.status !== 'present' || typeof result.record.user !== 'string') return;
        this.#draft = result.record.user;
        this.requestUpdate();
      })
      .catch(() => undefined);
  }

  #saveDraft(text: string): void {
    clearTimeout(this.#draftTimer);
    const key = this.persistKey;
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
    else this.#draftTimer = setTimeout(write, 300);
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

  #watchSize(): void {
    this.#media?.removeEventListener('change', this.#onMedia);
    const below = Number(this.fullscreenBelow);
    this.#media = window.matchMedia(`(max-width: ${Number.isFinite(below) ? below - 0.02 : 479.98}px)`);
    this.#media.addEventListener('change', this.#onMedia);
    this.fullscreen = this.#media.matches;
  }

  readonly #onMedia = (): void => {
    this.fullscreen = this.#media?.matches ?? false;
    this.#onViewport();
  };

  /** Keeps a full-screen window above the on-screen keyboard: the visual viewport is what shows. */
  readonly #onViewport = (): void => {
    const viewport = window.visualViewport;
    if (!this.fullscreen || !viewport) {
      this.style.removeProperty('--_viewport-height');
      this.style.removeProperty('--_viewport-top');
      return;
    }
    this.style.setProperty('--_viewport-height', `${viewport.height}px`);
    this.style.setProperty('--_viewport-top', `${viewport.offsetTop}px`);
    if (this.#endKey === undefined) this.#stickToBottom();
  };

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
      this.#submit();
    }
  }

  #submit(event?: Event): void {
    event?.preventDefault();
    const composer = this.composer;
    if (!composer) return;
    if (this.send(composer.value, this.selectedFiles) === undefined) return;
    composer.value = '';
    this.#saveDraft('');
    this.selectedFiles = [];
    this.fileProblem = '';
  }

  #onFiles(event: Event): void {
    const input = event.target as HTMLInputElement;
    const rules = this.attachments;
    const picked = [...(input.files ?? [])];
    input.value = '';
    if (!rules) return;
    const limit = rules.maxFiles ?? 5;
    const problems: string[] = [];
    const kept = [...this.selectedFiles];
    for (const file of picked) {
      if (!accepts(rules.accept, file)) problems.push(this.#localize.term('fileType')(file.name));
      else if (file.size > rules.maxSize)
        problems.push(this.#localize.term('fileSize')(file.name, this.#bytes(rules.maxSize)));
      else if (kept.length >= limit) problems.push(this.#localize.term('fileCount')(limit));
      else kept.push(file);
    }
    this.selectedFiles = kept;
    this.fileProblem = [...new Set(problems)].join(' ');
    if (problems.length > 0) this.#report({ kind: 'attachment', message: this.fileProblem });
  }

  #removeFile(file: File): void {
    this.selectedFiles = this.selectedFiles.filter((each) => each !== file);
    this.composer?.focus();
  }

  /** The key a rendered row keeps through re-keying: its clientId, else its id. */
  #keyAt(index: number): string | undefined {
    const message = this.#conversation.at(index);
    return message ? (message.clientId ?? message.id) : undefined;
  }

  /** Renders rows up to `end` (exclusive), or follows the newest when that is the end. */
  #showUntil(end: number): void {
    this.#endKey = end >= this.#conversation.size ? undefined : this.#keyAt(end - 1);
    this.requestUpdate();
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
      if (again) this.#scrollLogTo(log.scrollTop + again.getBoundingClientRect().top - top - offset);
    };
  }

  readonly #onScroll = (): void => {
    const log = this.log;
    if (!log) return;
    // The window's own scrolling (to the newest message, or keeping a row in view) is not the visitor's.
    if (this.#ownScrollTop !== undefined && Math.abs(log.scrollTop - this.#ownScrollTop) < 1) return;
    this.#ownScrollTop = undefined;
    const size = this.#conversation.size;
    if (log.scrollHeight - log.scrollTop - log.clientHeight < NEAR) {
      this.#showUntil(Math.min(size, this.end + STEP));
      return;
    }
    if (this.#endKey === undefined) this.#endKey = this.#keyAt(this.end - 1);
    if (log.scrollTop >= NEAR) return;
    const restore = this.#keepInView(log);
    if (this.start > 0) {
      this.#showUntil(Math.max(Math.min(size, WINDOW), this.end - STEP));
      void this.updateComplete.then(restore);
    } else if (this.#session?.hasMoreHistory) {
      void this.#session.loadOlder().then(() => this.updateComplete.then(restore));
    }
  };

  #jumpToLatest(): void {
    this.#endKey = undefined;
    this.requestUpdate();
    this.composer?.focus();
  }

  #bytes(size: number): string {
    const [value, unit] =
      size >= 1_000_000 ? [size / 1_000_000, 'megabyte'] : size >= 1000 ? [size / 1000, 'kilobyte'] : [size, 'byte'];
    return this.#localize.number(value, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 });
  }

  #validatePrechat(form: HTMLFormElement): void {
    const fields = this.prechat?.fields ?? [];
    const errors: Record<string, string> = {};
    const values: Record<string, string | boolean> = {};
    for (const field of fields) {
      const control = form.elements.namedItem(field.name) as
        HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement | null;
      if (!control) continue;
      const checked = control instanceof HTMLInputElement && control.type === 'checkbox';
      values[field.name] = checked ? control.checked : control.value.trim();
      const validity = control.validity;
      if (validity.valueMissing || (field.required && !checked && control.value.trim() === ''))
        errors[field.name] = this.#localize.term('required')(field.label);
      else if (validity.typeMismatch && field.type === 'email')
        errors[field.name] = this.#localize.term('invalidEmail')(field.label);
      else if (!validity.valid)
        errors[field.name] = field.patternMessage ?? this.#localize.term('invalid')(field.label);
    }
    this.prechatErrors = errors;
    const first = fields.find((field) => errors[field.name]);
    if (first) {
      void this.updateComplete.then(() =>
        this.renderRoot.querySelector<HTMLElement>(`#prechat-${CSS.escape(first.name)}`)?.focus(),
      );
      return;
    }
    this.prechatDone = true;
    this.emit('tk-chat-prechat-submit', { values });
    void this.updateComplete.then(() => this.focusComposer());
  }

  #renderField(field: ChatPrechatField): TemplateResult {
    const id = `prechat-${field.name}`;
    const error = this.prechatErrors[field.name];
    const common = {
      id,
      invalid: error ? 'true' : 'false',
      describedby: error ? `${id}-error` : undefined,
    };
    let control: TemplateResult;
    switch (field.type) {
      case 'textarea':
        control = html`<textarea
          id=${common.id}
          name=${field.name}
          rows="3"
          ?required=${field.required}
          maxlength=${field.maxLength ?? nothing}
          aria-invalid=${common.invalid}
          aria-describedby=${common.describedby ?? nothing}
        ></textarea>`;
        break;
      case 'select':
        control = html`<select
          id=${common.id}
          name=${field.name}
          ?required=${field.required}
          aria-invalid=${common.invalid}
          aria-describedby=${common.describedby ?? nothing}
        >
          <option value=""></option>
          ${(field.options ?? []).map((option) => html`<option value=${option.value}>${option.label}</option>`)}
        </select>`;
        break;
      default:
        control = html`<input
          id=${common.id}
          name=${field.name}
          type=${field.type === 'email' || field.type === 'tel' || field.type === 'checkbox' ? field.type : 'text'}
          ?required=${field.required}
          pattern=${field.pattern ?? nothing}
          maxlength=${field.maxLength ?? nothing}
          autocomplete=${field.autocomplete ?? nothing}
          aria-invalid=${common.invalid}
          aria-describedby=${common.describedby ?? nothing}
        />`;
    }
    const label = html`<label for=${id}
      >${field.label}${field.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label
    >`;
    return html`<div class="field" data-type=${field.type ?? 'text'}>
      ${field.type === 'checkbox' ? html`${control}${label}` : html`${label}${control}`}
      ${error ? html`<p class="problem" id=${`${id}-error`}>${error}</p>` : nothing}
    </div>`;
  }

  #renderPrechat(prechat: ChatPrechat): TemplateResult {
    return html`<form
      part="prechat"
      novalidate
      aria-labelledby="heading"
      @submit=${(event: SubmitEvent) => {
        event.preventDefault();
        this.#validatePrechat(event.target as HTMLFormElement);
      }}
    >
      <p>${prechat.intro ?? this.#localize.term('prechatIntro')}</p>
      ${prechat.fields.map((field) => this.#renderField(field))}
      <button class="primary" type="submit">${this.#localize.term('prechatSubmit')}</button>
    </form>`;
  }

  /** Sanitized Markdown of a message, parsed once per copy of the message (copies are immutable). */
  #markdown(message: ChatMessage): string {
    let rendered = this.#rendered.get(message);
    if (rendered === undefined) {
      rendered = renderMarkdown(message.text, { imageHosts: this.imageHosts });
      this.#rendered.set(message, rendered);
    }
    return rendered;
  }

  #segments(message: ChatMessage): TextSegment[] {
    let segments = this.#linked.get(message);
    if (!segments) this.#linked.set(message, (segments = linkify(message.text)));
    return segments;
  }

  /** A message's time, with one formatter per language rather than one per row and render. */
  #time(date: Date): string {
    const lang = this.#localize.lang();
    if (!this.#timeFormat || this.#timeFormatLang !== lang) {
      this.#timeFormat = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' });
      this.#timeFormatLang = lang;
    }
    return this.#timeFormat.format(date);
  }

  /** Message text: Markdown sanitized, or plain text with links found without changing the text. */
  #renderText(message: ChatMessage): TemplateResult {
    if (message.format === 'markdown') return html`<div class="markdown">${unsafeHTML(this.#markdown(message))}</div>`;
    return html`<span class="text"
      >${this.#segments(message).map((segment) =>
        segment.href
          ? html`<a href=${segment.href} rel="noopener noreferrer" target="_blank">${segment.text}</a>`
          : segment.text,
      )}</span
    >`;
  }

  #renderStatus(message: ChatMessage): TemplateResult | typeof nothing {
    if (message.from !== 'visitor' || !message.status) return nothing;
    const label = this.#localize.term(message.status);
    if (message.status !== 'failed') return html`<span>${label}</span>`;
    return html`<span>${label}</span
      ><button
        class="link-button"
        type="button"
        part="retry-button"
        @click=${() => this.#session?.retry(message.clientId ?? message.id)}
      >
        ${this.#localize.term('retry')}
      </button>`;
  }

  #renderMessage(message: ChatMessage, previous: ChatMessage | undefined): TemplateResult {
    const authorName = (m: ChatMessage | undefined): string | undefined =>
      m?.from === 'visitor' ? '' : (m?.author?.name ?? this.#localize.term('agent'));
    const first =
      !previous ||
      previous.from !== message.from ||
      authorName(previous) !== authorName(message) ||
      Date.parse(message.time) - Date.parse(previous.time) > GROUP_GAP;
    const date = new Date(message.time);
    // An author's picture comes from the conversation: like a Markdown image, only from the allowed hosts.
    const avatar =
      safeUrl(message.author?.avatarUrl, 'image', { imageHosts: this.imageHosts }) ??
      safeUrl(this.avatar, 'brand-image');
    const attachments = Array.isArray(message.attachments) ? message.attachments : [];
    return html`<div
      class="row"
      part=${`message message-${message.from}`}
      data-from=${message.from}
      data-status=${message.status ?? nothing}
      ?data-first=${first}
      data-id=${message.id}
      data-key=${message.clientId ?? message.id}
    >
      ${
        first && message.from !== 'visitor' && message.from !== 'system'
          ? html`<div class="author">
              ${avatar ? html`<img src=${avatar} alt="" />` : nothing}<span>${authorName(message)}</span>
            </div>`
          : nothing
      }
      ${
        first && message.from === 'visitor'
          ? html`<span class="visually-hidden">${this.#localize.term('you')}:</span>`
          : nothing
      }
      <div part="bubble">${this.#renderText(message)}</div>
      ${
        attachments.length > 0
          ? html`<ul class="attachments">
              ${attachments.map((file) => {
                const label = this.#localize.term('attachment')(String(file.name), this.#bytes(Number(file.size) || 0));
                return html`<li>
                  ${attachmentUrl(file.url) ? html`<a href=${attachmentUrl(file.url)!} rel="noopener noreferrer" target="_blank" download=${file.name}>${label}</a>` : label}
                </li>`;
              })}
            </ul>`
          : nothing
      }
      <div class="meta">
        <time datetime=${Number.isFinite(date.getTime()) ? date.toISOString() : nothing}
          >${Number.isFinite(date.getTime()) ? this.#time(date) : ''}</time
        >${this.#renderStatus(message)}
      </div>
    </div>`;
  }

  #renderLog(): TemplateResult {
    const session = this.#session;
    const rows: { message: ChatMessage; previous: ChatMessage | undefined }[] = [];
    for (let i = this.start; i < this.end; i++) {
      rows.push({ message: this.#conversation.at(i)!, previous: this.#conversation.at(i - 1) });
    }
    const atStart = this.start === 0 && !session?.hasMoreHistory;
    const avatar = safeUrl(this.avatar, 'brand-image');
    return html`<div
      part="log"
      role="log"
      aria-labelledby="log-label"
      aria-relevant="additions"
      tabindex="0"
      @scroll=${this.#onScroll}
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
      ${!atStart && this.start === 0 ? html`<p class="history">${this.#localize.term('loadingOlder')}</p>` : nothing}
      <div class="rows" aria-live="off">
        ${repeat(
          rows,
          ({ message }) => message.clientId ?? message.id,
          ({ message, previous }) => this.#renderMessage(message, previous),
        )}
      </div>
      <div class="visually-hidden">${this.announcement}</div>
    </div>`;
  }

  #renderComposer(): TemplateResult {
    const rules = this.attachments;
    return html`<form part="composer" @submit=${this.#submit}>
      ${
        rules
          ? html`<input
                id="files"
                class="visually-hidden"
                type="file"
                multiple
                accept=${rules.accept.join(',')}
                @change=${this.#onFiles}
              /><label for="files" class="icon-button" part="attach-button"
                ><svg viewBox="0 0 24 24" aria-hidden="true">
                  <path
                    d="M16.5 6v11.5a4 4 0 0 1-8 0V5a2.5 2.5 0 0 1 5 0v10.5a1 1 0 0 1-2 0V6H10v9.5a2.5 2.5 0 0 0 5 0V5a4 4 0 0 0-8 0v12.5a5.5 5.5 0 0 0 11 0V6z"
                  /></svg
                ><span class="visually-hidden">${this.#localize.term('attachLabel')}</span></label
              >`
          : nothing
      }
      <label for="composer" class="visually-hidden">${this.#localize.term('composerLabel')}</label>
      <textarea
        id="composer"
        part="textarea"
        rows="1"
        placeholder=${this.placeholder ?? this.#localize.term('placeholder')}
        @keydown=${this.#onComposerKeydown}
        @input=${(event: InputEvent) => this.#saveDraft((event.target as HTMLTextAreaElement).value)}
      ></textarea>
      <button class="icon-button" part="send-button" type="submit">
        <svg viewBox="0 0 24 24" aria-hidden="true"><path d="M3 20.5 21 12 3 3.5 3 10l12 2-12 2z" /></svg
        ><span class="visually-hidden">${this.#localize.term('sendLabel')}</span>
      </button>
      ${
        this.selectedFiles.length > 0
          ? html`<ul class="selected">
              ${this.selectedFiles.map(
                (file) =>
                  html`<li>
                    ${this.#localize.term('attachment')(file.name, this.#bytes(file.size))}
                    <button
                      class="icon-button"
                      type="button"
                      aria-label=${this.#localize.term('removeAttachment')(file.name)}
                      @click=${() => this.#removeFile(file)}
                    >
                      <svg viewBox="0 0 24 24" aria-hidden="true">
                        <path
                          d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z"
                        />
                      </svg>
                    </button>
                  </li>`,
              )}
            </ul>`
          : nothing
      }
      <p class="problem" role="alert">${this.fileProblem}</p>
    </form>`;
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
          : '';
    const unseen = this.#endKey !== undefined && this.end < this.#conversation.size;
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
          <svg viewBox="0 0 24 24" aria-hidden="true">
            <path d="M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z" />
          </svg>
        </button>
      </div>
      <p part="status" role="status" ?hidden=${notice === ''}>${notice}</p>
      ${
        prechat
          ? this.#renderPrechat(prechat)
          : html`${this.#renderLog()}
              ${
                unseen
                  ? html`<button class="link-button" part="jump" type="button" @click=${this.#jumpToLatest}>
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
