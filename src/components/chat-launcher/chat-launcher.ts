import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TkElement } from '../../base/tk-element.js';
import { baseStyles } from '../../base/styles.js';
import { LazyModule } from '../../base/lazy.js';
import { BrandController } from '../../base/brand.js';
import type { ChatBrand } from '../../core/chat/brand.js';
import { defaultLauncherStrings, type LauncherStrings } from '../../core/chat/launcher-strings.js';
import { launcherStyles } from './chat-launcher.styles.js';

/** The window's code: fetched on first open, or as a head start when the launcher is hovered or focused. */
export const chatWindowModule = /* @__PURE__ */ new LazyModule(() => import('../chat-window/define.js'));

export interface TkChatOpenChangeDetail {
  open: boolean;
  /** What opened or closed it. */
  reason: 'launcher' | 'close-button' | 'escape' | 'api';
}

declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-chat-open-change': TkChatOpenChangeDetail;
  }
}

/** What the launcher needs of a window it controls through `for`. */
interface Openable extends HTMLElement {
  open: boolean;
  returnFocusTo?: HTMLElement;
}

/**
 * The round button that opens the chat. It is all a page pays for up front: the window, Markdown
 * and the transport load on first open, or as a head start when the launcher is hovered or focused.
 *
 * Inside `tk-chat-widget` it is wired for you. Placed apart, point `for` at a `tk-chat-window`'s id.
 *
 * @summary Chat launcher button with an unread badge.
 *
 * @csspart base - The button.
 * @csspart badge - The unread count.
 * @csspart icon - The icon.
 *
 * @cssprop [--tk-chat-launcher-size=3.5rem] - Width and height of the button.
 * @cssprop [--tk-chat-launcher-radius=50%] - Corner radius of the button.
 * @cssprop [--tk-chat-launcher-shadow=var(--tk-shadow-l)] - Shadow of the button.
 * @cssprop [--tk-chat-brand=var(--tk-color-brand)] - Button colour.
 * @cssprop [--tk-chat-on-brand=var(--tk-color-on-brand)] - Icon colour (derived from the brand to reach 4.5:1).
 * @cssprop [--tk-chat-badge-background=#b91c1c] - Badge colour.
 * @cssprop [--tk-chat-badge-color=#fff] - Badge text colour.
 *
 * @event {CustomEvent<TkChatOpenChangeDetail>} tk-chat-open-change - The visitor pressed the launcher; `open` is the state it asks for.
 * @event {CustomEvent<TkBrandWarningDetail>} tk-brand-warning - A `brand` field was invalid and the theme's value shows instead.
 */
export class TkChatLauncher extends TkElement {
  static override styles = [baseStyles, launcherStyles];
  static override shadowRootOptions: ShadowRootInit = { mode: 'open', delegatesFocus: true };

  constructor() {
    super();
    new BrandController(this);
  }

  /** Whether the chat is open: the button shows a close icon and reports `aria-expanded`. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Messages the visitor has not seen; a badge shows when above 0. */
  @property({ type: Number }) unread = 0;

  /** The id of a `tk-chat-window` (in the same document or shadow root) this launcher opens and closes. */
  @property({ attribute: 'for' }) htmlFor: string | null = null;

  /** Overrides for the strings a visitor reads (`launcherLabel`, `unread`). */
  @property({ attribute: false }) strings: Partial<LauncherStrings> = {};

  /** Colours and font; invalid fields fall back to the theme with a warning. */
  @property({ attribute: false }) brand?: ChatBrand;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('pointerenter', this.#onPointerenter);
    this.addEventListener('focusin', this.#onFocusin);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('pointerenter', this.#onPointerenter);
    this.removeEventListener('focusin', this.#onFocusin);
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('open') && this.open) this.#prefetch();
  }

  /** Starts fetching the window's code (once); a failure is retried on the next hover or open. */
  #prefetch(): void {
    chatWindowModule.load().catch(() => undefined);
  }

  /** A pointer coming near is the head start. */
  readonly #onPointerenter = (): void => this.#prefetch();

  readonly #onFocusin = (): void => this.#prefetch();

  #term<K extends keyof LauncherStrings>(key: K): LauncherStrings[K] {
    return this.strings?.[key] ?? defaultLauncherStrings[key];
  }

  #onButtonClick(): void {
    const open = !this.open;
    const target = this.htmlFor ? (this.getRootNode() as Document | ShadowRoot).getElementById?.(this.htmlFor) : null;
    const event = this.emit('tk-chat-open-change', { open, reason: 'launcher' }, { cancelable: true });
    if (event.defaultPrevented) return;
    this.open = open;
    if (target && 'open' in target) {
      (target as Openable).returnFocusTo = this;
      (target as Openable).open = open;
    }
  }

  override render(): TemplateResult {
    const count = Math.max(0, Math.floor(Number(this.unread) || 0));
    const formatted = new Intl.NumberFormat(this.closest('[lang]')?.getAttribute('lang') || undefined).format(count);
    return html`<button
        part="base"
        type="button"
        aria-label=${this.#term('launcherLabel')}
        aria-expanded=${this.open ? 'true' : 'false'}
        aria-describedby=${count > 0 ? 'unread' : nothing}
        @click=${this.#onButtonClick}
      >
        <svg part="icon" viewBox="0 0 24 24" aria-hidden="true">
          <path
            d=${
              this.open
                ? 'M6.4 5 5 6.4 10.6 12 5 17.6 6.4 19l5.6-5.6 5.6 5.6 1.4-1.4-5.6-5.6L19 6.4 17.6 5 12 10.6z'
                : 'M4 3h16a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H8l-5 4V5a2 2 0 0 1 1-2zm3 6v2h10V9zm0 4v2h7v-2z'
            }
          />
        </svg>
      </button>
      ${
        count > 0
          ? html`<span part="badge" aria-hidden="true">${formatted}</span
              ><span class="hidden" id="unread">${this.#term('unread')(count, formatted)}</span>`
          : nothing
      }`;
  }
}
