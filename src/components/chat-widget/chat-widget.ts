import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { TkChatElement } from '../../base/chat-element.js';
import { reportConfigError } from '../../base/config-error.js';
import { baseStyles } from '../../base/styles.js';
import { cssLength } from '../../core/chat/length.js';
import { chatWindowModule, type TkChatOpenChangeDetail } from '../chat-launcher/chat-launcher.js';
import type { TkChatLauncher } from '../chat-launcher/chat-launcher.js';
import type { TkChatWindow } from '../chat-window/chat-window.js';
import { widgetStyles } from './chat-widget.styles.js';

export interface TkChatErrorDetail {
  kind: 'load' | 'message' | 'send' | 'connect' | 'history' | 'storage' | 'attachment';
  message: string;
  /** The message concerned, when there is one. */
  id?: string;
}

declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-chat-error': TkChatErrorDetail;
  }
}

/**
 * A chat for a website: a launcher in a corner of the page and, when the visitor opens it, a
 * window with the conversation. The launcher is all a page pays for until then: the window,
 * Markdown and the transport load on first open (or on hover or focus of the launcher).
 *
 * Every text a visitor reads is in `strings`; every visual choice is a `--tk-chat-*` property or a
 * part, and `brand` sets colours, corner radius and font in one object, validated.
 *
 * @summary Brandable chat: a launcher that costs almost nothing and a window that loads on first open.
 *
 * @csspart base - The wrapper of launcher and window.
 * @csspart launcher - The `tk-chat-launcher`.
 * @csspart window - The `tk-chat-window`.
 *
 * @cssprop [--tk-chat-offset-inline=1.25rem] - Distance from the inline edge (end, or start with `position="start"`; mirrored in right-to-left pages).
 * @cssprop [--tk-chat-offset-block=1.25rem] - Distance from the bottom of the viewport.
 * @cssprop [--tk-chat-gap=0.75rem] - Space between launcher and window.
 * @cssprop [--tk-chat-z-index=2147483000] - Stacking order.
 * @cssprop [--tk-chat-font=var(--tk-font-body)] - Font family (set by `brand.font`).
 *
 * @event {CustomEvent<TkChatOpenChangeDetail>} tk-chat-open-change - The chat opened or closed; cancelable when the visitor asked.
 * @event {CustomEvent<TkChatErrorDetail>} tk-chat-error - Something failed (the window's code could not load, a message could not be sent, a transport sent a malformed message). Nothing typed is lost.
 * @event {CustomEvent<TkBrandWarningDetail>} tk-brand-warning - A `brand` field was invalid and the theme's value shows instead.
 * @event {CustomEvent<TkConfigErrorDetail>} tk-config-error - `inline-offset` or `block-offset` is not a length; the default shows.
 */
export class TkChatWidget extends TkChatElement {
  static override styles = [baseStyles, widgetStyles];

  @query('tk-chat-launcher') private launcher?: TkChatLauncher;
  @query('tk-chat-window') private window?: TkChatWindow;

  /** The window's code has loaded, so it renders. */
  @state() private ready = false;
  /** Incoming messages that arrived while the window was closed. */
  @state() private unreadSinceOpen = 0;

  /** Which bottom corner: `end` (right in left-to-right pages) or `start`. */
  @property({ reflect: true }) position: 'end' | 'start' = 'end';
  /** Distance from the inline edge: a number of pixels or a length (`2rem`). */
  @property({ attribute: 'inline-offset' }) inlineOffset?: string | number;
  /** Distance from the bottom edge: a number of pixels or a length. */
  @property({ attribute: 'block-offset' }) blockOffset?: string | number;

  protected override willUpdate(changed: PropertyValues<this>): void {
    for (const [name, key] of [
      ['inlineOffset', '--tk-chat-offset-inline'],
      ['blockOffset', '--tk-chat-offset-block'],
    ] as const) {
      if (!changed.has(name)) continue;
      const value = this[name];
      const length = cssLength(value);
      if (length) this.style.setProperty(key, length);
      else {
        this.style.removeProperty(key);
        if (value !== undefined && value !== null && value !== '')
          reportConfigError(this, {
            attribute: name === 'inlineOffset' ? 'inline-offset' : 'block-offset',
            value: String(value),
            message: `${name} ${JSON.stringify(value)} is not a length such as 24 or "1.5rem"; using the default.`,
          });
      }
    }
    if (changed.has('open') && this.open) {
      this.unreadSinceOpen = 0;
      void this.#load();
    }
  }

  async #load(): Promise<void> {
    if (this.ready) return;
    try {
      await chatWindowModule.load();
      this.ready = true;
    } catch (error) {
      this.open = false;
      this.emit('tk-chat-error', {
        kind: 'load',
        message: `The chat could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  readonly #onLauncher = async (event: CustomEvent<TkChatOpenChangeDetail>): Promise<void> => {
    if (event.target !== this.launcher) return;
    event.stopPropagation();
    const forwarded = this.emit('tk-chat-open-change', event.detail, { cancelable: true });
    if (forwarded.defaultPrevented) {
      event.preventDefault();
      return;
    }
    this.open = event.detail.open;
    if (!this.open) return;
    await this.updateComplete;
    await this.#load();
    await this.updateComplete;
    await this.window?.updateComplete;
    this.window?.focusComposer();
  };

  readonly #onWindow = (event: CustomEvent<TkChatOpenChangeDetail>): void => {
    if (event.target !== this.window) return;
    event.stopPropagation();
    this.open = event.detail.open;
    this.emit('tk-chat-open-change', event.detail);
    if (!this.open) this.launcher?.focus();
  };

  readonly #onIncoming = (): void => {
    if (!this.open) this.unreadSinceOpen++;
  };

  /** Opens the window and moves focus into the message box. */
  async show(): Promise<void> {
    this.open = true;
    await this.#load();
    await this.updateComplete;
    await this.window?.updateComplete;
    this.window?.focusComposer();
  }

  /** Closes the window. */
  hide(): void {
    this.open = false;
  }

  override render(): TemplateResult {
    return html`<div part="base">
      <tk-chat-launcher
        part="launcher"
        .open=${this.open}
        .unread=${this.unreadSinceOpen}
        .strings=${this.strings}
        @tk-chat-open-change=${this.#onLauncher}
      ></tk-chat-launcher>
      ${
        this.ready
          ? html`<tk-chat-window
              part="window"
              .open=${this.open}
              .heading=${this.heading}
              .greeting=${this.greeting}
              .placeholder=${this.placeholder}
              .avatar=${this.avatar}
              .logo=${this.logo}
              .replyTime=${this.replyTime}
              .away=${this.away}
              .fullscreenBelow=${this.fullscreenBelow}
              .persistKey=${this.persistKey}
              .messages=${this.messages}
              .transport=${this.transport}
              .strings=${this.strings}
              .hours=${this.hours}
              .prechat=${this.prechat}
              .attachments=${this.attachments}
              .imageHosts=${this.imageHosts}
              .preferences=${this.preferences}
              @tk-chat-open-change=${this.#onWindow}
              @tk-chat-incoming=${this.#onIncoming}
            ></tk-chat-window>`
          : nothing
      }
    </div>`;
  }
}
