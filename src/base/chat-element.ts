import { property } from 'lit/decorators.js';
import { TkElement } from './tk-element.js';
import { BrandController } from './brand.js';
import type { ChatBrand } from '../core/chat/brand.js';
import type { BusinessHours } from '../core/chat/hours.js';
import type { ChatStrings } from '../core/chat/strings.js';
import type { ChatAttachmentRules, ChatMessage, ChatPrechat, ChatTransport } from '../core/chat/types.js';
import type { Preferences } from '../core/prefs/store.js';

/**
 * What `tk-chat-widget` and `tk-chat-window` both take: the widget passes them on to its window,
 * and a window placed apart takes them itself. Declared once so the two cannot drift apart; the
 * `brand` is applied to the element as CSS custom properties (see `BrandController`).
 */
export class TkChatElement extends TkElement {
  /** Whether the window shows. */
  @property({ type: Boolean, reflect: true }) open = false;
  /** The window's title (its accessible name). */
  @property() heading?: string;
  /** The first message a visitor sees, from the business. Plain text. */
  @property() greeting?: string;
  /** Placeholder of the message box. */
  @property() placeholder?: string;
  /** Picture of the business beside its messages: http(s), a same-site path or a `data:image`. */
  @property() avatar?: string;
  /** Logo in the window's header: http(s), a same-site path or a `data:image`. */
  @property() logo?: string;
  /** Text on how soon someone answers, e.g. "Usually replies within an hour". */
  @property({ attribute: 'reply-time' }) replyTime?: string;
  /** Shows the away message regardless of `hours`. */
  @property({ type: Boolean }) away = false;
  /** Width in pixels below which the window fills the screen. */
  @property({ type: Number, attribute: 'fullscreen-below' }) fullscreenBelow = 480;
  /** Key of the outbox and the draft in storage, so nothing typed is lost across a reload. */
  @property({ attribute: 'persist-key' }) persistKey?: string;
  /** Messages the visitor already has; setting it replaces the conversation shown. */
  @property({ attribute: false }) messages?: ChatMessage[];
  /** Connects the chat to a backend (`createEchoTransport()`, `createSseTransport()` or your own). */
  @property({ attribute: false }) transport?: ChatTransport;
  /** Overrides for the strings a visitor reads; merged over the defaults. */
  @property({ attribute: false }) strings: Partial<ChatStrings> = {};
  /** Colours, corner radius and font. Invalid fields fall back to the theme with a warning. */
  @property({ attribute: false }) brand?: ChatBrand;
  /** When someone answers; outside these hours the away message shows. */
  @property({ attribute: false }) hours?: BusinessHours;
  /** A form to fill before the first message. */
  @property({ attribute: false }) prechat?: ChatPrechat;
  /** Files a visitor may attach; none without it. */
  @property({ attribute: false }) attachments?: ChatAttachmentRules;
  /** Hosts Markdown images and authors' pictures may come from; none by default. */
  @property({ attribute: false }) imageHosts: string[] = [];
  /** The store whose adapter keeps the outbox and the draft; localStorage otherwise. */
  @property({ attribute: false }) preferences?: Preferences;

  constructor() {
    super();
    new BrandController(this);
  }
}
