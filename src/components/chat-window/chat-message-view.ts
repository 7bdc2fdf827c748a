import { html, nothing, type TemplateResult } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import type { LocalizeController } from '../../base/localize.js';
import { renderMarkdown } from '../../base/markdown.js';
import { safeUrl } from '../../base/safe-url.js';
import { linkify, type TextSegment } from '../../core/chat/linkify.js';
import type { ChatStrings } from '../../core/chat/strings.js';
import type { ChatMessage } from '../../core/chat/types.js';

/** Consecutive messages of one author closer than this share a group (one name, one avatar). */
const GROUP_GAP = 5 * 60_000;

/** Where an attachment can be opened from: a link address, or a file the page itself holds (`blob:`). */
const attachmentUrl = (url: unknown): string | undefined =>
  typeof url === 'string' && /^blob:https?:\/\//i.test(url) ? url : safeUrl(url, 'link');

export interface MessageViewOptions {
  localize: LocalizeController<ChatStrings>;
  /** Hosts images in messages and authors' pictures may come from. */
  imageHosts: () => readonly string[];
  /** The business's avatar, shown for authors without their own picture. */
  avatar: () => string | undefined;
  /** The visitor asked to send a failed message again. */
  retry: (key: string) => void;
}

/**
 * How one message row looks: author and avatar at the start of a group, the text (Markdown
 * sanitized, or plain text with links found), attachments, time and the visitor's delivery status.
 * Parsing is cached per copy of a message (copies are immutable), so a render does not parse every
 * row again.
 */
export class MessageView {
  readonly #options: MessageViewOptions;
  #rendered = new WeakMap<ChatMessage, string>();
  readonly #linked = new WeakMap<ChatMessage, TextSegment[]>();
  #timeFormat: Intl.DateTimeFormat | undefined;
  #timeFormatLang: string | undefined;

  constructor(options: MessageViewOptions) {
    this.#options = options;
  }

  /** Forgets rendered Markdown (the allowed image hosts changed). */
  resetMarkdown(): void {
    this.#rendered = new WeakMap();
  }

  #term<K extends keyof ChatStrings>(key: K): ChatStrings[K] {
    return this.#options.localize.term(key);
  }

  /** A size in bytes, as a reader says it ("2.5 MB"). */
  bytes(size: number): string {
    const [value, unit] =
      size >= 1_000_000 ? [size / 1_000_000, 'megabyte'] : size >= 1000 ? [size / 1000, 'kilobyte'] : [size, 'byte'];
    return this.#options.localize.number(value, {
      style: 'unit',
      unit,
      unitDisplay: 'short',
      maximumFractionDigits: 1,
    });
  }

  /** Sanitized Markdown of a message, parsed once per copy of the message. */
  #markdown(message: ChatMessage): string {
    let rendered = this.#rendered.get(message);
    if (rendered === undefined) {
      rendered = renderMarkdown(message.text, { imageHosts: this.#options.imageHosts() });
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
    const lang = this.#options.localize.lang();
    if (!this.#timeFormat || this.#timeFormatLang !== lang) {
      this.#timeFormat = new Intl.DateTimeFormat(lang, { hour: 'numeric', minute: '2-digit' });
      this.#timeFormatLang = lang;
    }
    return this.#timeFormat.format(date);
  }

  /** Message text: Markdown sanitized, or plain text with links found without changing the text. */
  #text(message: ChatMessage): TemplateResult {
    if (message.format === 'markdown') return html`<div class="markdown">${unsafeHTML(this.#markdown(message))}</div>`;
    return html`<span class="text"
      >${this.#segments(message).map((segment) =>
        segment.href
          ? html`<a href=${segment.href} rel="noopener noreferrer" target="_blank">${segment.text}</a>`
          : segment.text,
      )}</span
    >`;
  }

  #status(message: ChatMessage): TemplateResult | typeof nothing {
    if (message.from !== 'visitor' || !message.status) return nothing;
    const label = this.#term(message.status);
    if (message.status !== 'failed') return html`<span>${label}</span>`;
    return html`<span>${label}</span
      ><button
        class="link-button"
        type="button"
        part="retry-button"
        @click=${() => this.#options.retry(message.clientId ?? message.id)}
      >
        ${this.#term('retry')}
      </button>`;
  }

  /** One row; `previous` decides whether it starts a group. */
  render(message: ChatMessage, previous: ChatMessage | undefined): TemplateResult {
    const authorName = (m: ChatMessage | undefined): string | undefined =>
      m?.from === 'visitor' ? '' : (m?.author?.name ?? this.#term('agent'));
    const first =
      !previous ||
      previous.from !== message.from ||
      authorName(previous) !== authorName(message) ||
      Date.parse(message.time) - Date.parse(previous.time) > GROUP_GAP;
    const date = new Date(message.time);
    // An author's picture comes from the conversation: like a Markdown image, only from the allowed hosts.
    const avatar =
      safeUrl(message.author?.avatarUrl, 'image', { imageHosts: this.#options.imageHosts() }) ??
      safeUrl(this.#options.avatar(), 'brand-image');
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
      ${first && message.from === 'visitor' ? html`<span class="visually-hidden">${this.#term('you')}:</span>` : nothing}
      <div part="bubble">${this.#text(message)}</div>
      ${
        attachments.length > 0
          ? html`<ul class="attachments">
              ${attachments.map((file) => {
                const label = this.#term('attachment')(String(file.name), this.bytes(Number(file.size) || 0));
                const url = attachmentUrl(file.url);
                return html`<li>
                  ${url ? html`<a href=${url} rel="noopener noreferrer" target="_blank" download=${file.name}>${label}</a>` : label}
                </li>`;
              })}
            </ul>`
          : nothing
      }
      <div class="meta">
        <time datetime=${Number.isFinite(date.getTime()) ? date.toISOString() : nothing}
          >${Number.isFinite(date.getTime()) ? this.#time(date) : ''}</time
        >${this.#status(message)}
      </div>
    </div>`;
  }
}
