import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Placement, Strategy } from '@floating-ui/dom';
import { TkElement } from '../../base/tk-element.js';
import { baseStyles } from '../../base/styles.js';
import { composedContains } from '../../base/focus.js';
import { closeChildren, enclosingPopover, openChildren, register, unregister, type OpenPopover } from './open-stack.js';
import { focusContent, returnsFocus } from './popover-focus.js';
import { clearTrigger, compositePopup, decorateTrigger, derivedName, supportsReferenceTarget } from './popover-aria.js';
import { popoverStyles } from './popover.styles.js';
import { followReference, placePanel } from './positioning.js';

/** Every floating-ui placement. `-start`/`-end` follow the writing direction on `top`/`bottom`. */
export type PopoverPlacement = Placement;
export type PopoverStrategy = Strategy;
/** The role of the panel; `none` for plain disclosures that are not dialogs. */
export type PopoverPanelRole = 'dialog' | 'menu' | 'listbox' | 'tree' | 'grid' | 'group' | 'none';
export type PopoverShowReason = 'trigger' | 'api';
/** Why a popover closed: `parent` means an enclosing popover closed and took it along. */
export type PopoverHideReason = 'trigger' | 'escape' | 'outside' | 'focus-out' | 'parent' | 'api';

export interface TkPopoverShowDetail {
  reason: PopoverShowReason;
}
export interface TkPopoverHideDetail {
  reason: PopoverHideReason;
}

declare module '../../base/tk-element.js' {
  interface TkEventDetailMap {
    'tk-before-show': TkPopoverShowDetail;
    'tk-show': TkPopoverShowDetail;
    'tk-after-show': TkPopoverShowDetail;
    'tk-before-hide': TkPopoverHideDetail;
    'tk-hide': TkPopoverHideDetail;
    'tk-after-hide': TkPopoverHideDetail;
  }
}

/**
 * Browsers before 2024 lack the Popover API; there the panel shows in place, stacked by
 * `--tk-z-popover`, and an `overflow: hidden` ancestor can clip it.
 */
const supportsPopover = typeof HTMLElement !== 'undefined' && Object.hasOwn(HTMLElement.prototype, 'popover');

/**
 * A panel anchored to a trigger that flips and shifts to stay in the viewport, closes on Escape and
 * outside clicks, and returns focus to its trigger. It is the base of every floating surface in
 * Tailorkit: menus, pickers, the widget catalog, the chat window.
 *
 * The panel renders in the browser's top layer (the Popover API, `popover="manual"`), so it escapes
 * `overflow: hidden`, `transform` and `z-index` of dashboards and chat windows; floating-ui positions it.
 *
 * Accessibility: the trigger gets `aria-expanded`, `aria-haspopup` and `aria-controls`. When the only
 * content element has a composite role (`menu`, `listbox`, `tree`, `grid`, e.g. a `tk-menu`), that
 * element is the popup (menu-button pattern); otherwise the panel itself has `panel-role` (default
 * `dialog`), named by `label`, else by the first heading in the content, else by the trigger's text.
 *
 * Nested popovers: a popover inside another one's content (or anchored to an element inside it) is
 * its child. Escape closes only the topmost open popover; clicks inside a child do not close the parent;
 * closing a parent closes its children. Events bubble: check `event.target` when popovers nest.
 *
 * @summary Anchored, dismissible floating panel with correct focus and ARIA handling.
 * @tagname tk-popover
 *
 * @slot - The panel content.
 * @slot trigger - The element that toggles the popover when clicked, usually a `<button>`.
 *
 * @csspart base - The positioned top-layer container (holds the panel and the arrow).
 * @csspart panel - The visible surface that holds the content and scrolls when space is short.
 * @csspart arrow - The arrow pointing at the anchor, present when `arrow` is set.
 *
 * @cssprop [--tk-popover-background=var(--tk-color-surface-raised)] - Panel and arrow background.
 * @cssprop [--tk-popover-border=1px solid var(--tk-color-border)] - Panel and arrow border (shorthand).
 * @cssprop [--tk-popover-radius=var(--tk-radius-m)] - Panel corner radius.
 * @cssprop [--tk-popover-shadow=var(--tk-shadow-m)] - Panel shadow.
 * @cssprop [--tk-popover-padding=var(--tk-space-3)] - Space inside the panel.
 * @cssprop [--tk-popover-max-width=24rem] - Widest the panel grows (it also never exceeds the viewport).
 * @cssprop [--tk-popover-arrow-size=0.625rem] - Side of the arrow square.
 * @cssprop [--tk-z-popover=1000] - Stacking order, used only where the Popover API is missing.
 *
 * @event {CustomEvent<TkPopoverShowDetail>} tk-before-show - Cancelable; fired before opening from the trigger or `show()`.
 * @event {CustomEvent<TkPopoverShowDetail>} tk-show - The panel is open, positioned and focused.
 * @event {CustomEvent<TkPopoverShowDetail>} tk-after-show - The opening animation has finished.
 * @event {CustomEvent<TkPopoverHideDetail>} tk-before-hide - Cancelable; fired before closing by Escape, outside click, focus leaving, trigger or `hide()`.
 * @event {CustomEvent<TkPopoverHideDetail>} tk-hide - The panel has closed.
 * @event {CustomEvent<TkPopoverHideDetail>} tk-after-hide - Closing has finished (closing is not animated).
 */
export class TkPopover extends TkElement {
  static override styles = [baseStyles, popoverStyles];

  /**
   * @internal
   * `aria-controls` cannot point into a shadow root by id, and `ariaControlsElements` may only
   * reference elements in the same or an enclosing tree, not in a descendant shadow root. Reference
   * Target solves exactly this: an idref to the host is forwarded to the shadow element `#panel`, so
   * the trigger's `aria-controls="<host id>"` reaches the dialog. Browsers without it ignore the option
   * and the trigger gets no `aria-controls` (see `decorateTrigger` in popover-aria.ts).
   */
  static override shadowRootOptions = {
    ...TkElement.shadowRootOptions,
    referenceTarget: 'panel',
  } as ShadowRootInit;

  @query('.base') private base!: HTMLElement;
  @query('.arrow') private arrowElement!: HTMLElement | null;
  @query('slot[name="trigger"]') private triggerSlot!: HTMLSlotElement | null;
  @query('slot:not([name])') private contentSlot!: HTMLSlotElement | null;

  /** @internal The single content element with a composite role, when there is one. */
  @state() private popup: HTMLElement | undefined;
  /** @internal The panel's name when `label` is empty: a heading in the content, or the trigger. */
  @state() private derivedLabel = '';

  #shown = false;
  /** Set while a Tab keydown is being handled, to tell "tabbed out of the page" from "window lost focus". */
  #tabbing = false;
  #pendingReason: PopoverShowReason | PopoverHideReason = 'api';
  #generation = 0;
  #transition: Promise<void> = Promise.resolve();
  #stopAutoUpdate: (() => void) | undefined;
  /** The trigger whose ARIA attributes this popover wrote, so they can be removed if it changes. */
  #decorated: HTMLElement | undefined;
  /** Made on first connection: a server renders the popover where MutationObserver does not exist. */
  #contentObserver: MutationObserver | undefined;

  /** Whether the panel is open. Setting it directly skips the cancelable `tk-before-*` events. */
  @property({ type: Boolean, reflect: true }) open = false;

  /** Preferred placement; flips to the opposite side and shifts along it when space runs out. */
  @property({ attribute: 'placement' }) placement: PopoverPlacement = 'bottom-start';

  /** Distance in pixels between the anchor and the panel. */
  @property({ attribute: 'offset', type: Number }) offset = 6;

  /** `absolute` suits most pages; `fixed` avoids jitter when the anchor sits in a fixed container. */
  @property({ attribute: 'strategy' }) strategy: PopoverStrategy = 'absolute';

  /** Shows an arrow pointing at the anchor. */
  @property({ attribute: 'arrow', type: Boolean }) arrow = false;

  /**
   * An element, or the id of an element in the same document or shadow root, to position against.
   * Without a slotted trigger, that element is also the trigger (clicking it toggles, it gets the ARIA).
   * With a slotted trigger, it is only the positioning reference.
   */
  @property({ attribute: 'anchor' }) anchor: string | Element | undefined;

  /**
   * Accessible name of the panel, rendered as text. Without it the panel is named by the first heading
   * in the content, else by the trigger. Not used when the content is itself the popup (a `tk-menu`),
   * which is named by the trigger unless it has its own `aria-label`.
   */
  @property({ attribute: 'label' }) label = '';

  /** Role of the panel when the content is not itself a menu, listbox, tree or grid. */
  @property({ attribute: 'panel-role' }) panelRole: PopoverPanelRole = 'dialog';

  /** Keeps focus where it is on open instead of moving it into the panel. */
  @property({ attribute: 'no-auto-focus', type: Boolean }) noAutoFocus = false;

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('focusout', this.#onFocusout);
    this.addEventListener('keydown', this.#onKeydown);
    document.addEventListener('click', this.#onDocumentClick);
    this.#contentObserver ??= new MutationObserver(() => this.#refreshContent());
    this.#contentObserver.observe(this, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['role', 'aria-label'],
    });
    // Moved in the DOM while open: reopen, since removal took the panel out of the top layer.
    if (this.hasUpdated) this.requestUpdate();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('focusout', this.#onFocusout);
    this.removeEventListener('keydown', this.#onKeydown);
    document.removeEventListener('click', this.#onDocumentClick);
    this.#contentObserver?.disconnect();
    if (this.#shown) {
      this.#generation++;
      this.#teardown();
    }
    if (this.#decorated) clearTrigger(this.#decorated);
    this.#decorated = undefined;
  }

  protected override firstUpdated(): void {
    this.#refreshContent();
  }

  protected override updated(changed: PropertyValues<this>): void {
    this.#syncTriggerAria();
    if (this.open && !this.#shown && this.isConnected) {
      void this.#openPanel();
    } else if (!this.open && this.#shown) {
      this.#closePanel();
    } else if (
      this.#shown &&
      (changed.has('anchor') ||
        changed.has('placement') ||
        changed.has('offset') ||
        changed.has('strategy') ||
        changed.has('arrow'))
    ) {
      this.#startPositioning();
    }
  }

  readonly #onTriggerClick = (event: MouseEvent): void => {
    const trigger = this.#slottedTrigger();
    if (!trigger || event.defaultPrevented || !event.composedPath().includes(trigger)) return;
    this.#toggleFrom('trigger');
  };

  /** ArrowDown on a menu button opens the menu, as people expect from native menu buttons. */
  readonly #onTriggerKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'ArrowDown' || this.open || !this.popup || event.defaultPrevented) return;
    event.preventDefault();
    this.#requestOpen('trigger');
  };

  readonly #onDocumentClick = (event: MouseEvent): void => {
    if (!this.anchor || event.defaultPrevented || this.#slottedTrigger()) return;
    const anchor = this.#anchorElement();
    if (anchor && event.composedPath().includes(anchor)) this.#toggleFrom('trigger');
  };

  readonly #onKeydown = (event: KeyboardEvent): void => {
    if (event.key !== 'Tab') return;
    this.#tabbing = true;
    setTimeout(() => (this.#tabbing = false));
  };

  readonly #onFocusout = (event: FocusEvent): void => {
    if (!this.#shown) return;
    const next = event.relatedTarget;
    // No relatedTarget: focus left the page. Tabbing past the last element of the page closes;
    // switching windows, or the focused element being removed, must not. (Clicks inside never get
    // here: the panel is focusable, so a click on its padding focuses it.)
    if (next instanceof Node ? this.#isInside(next) : !this.#tabbing) return;
    this.#requestClose('focus-out');
  };

  readonly #onSlotchange = (): void => {
    this.#refreshContent();
    this.#syncTriggerAria();
  };

  #slottedTrigger(): HTMLElement | undefined {
    return this.triggerSlot
      ?.assignedElements({ flatten: true })
      .find((el): el is HTMLElement => el instanceof HTMLElement);
  }

  #anchorElement(): Element | undefined {
    if (this.anchor instanceof Element) return this.anchor;
    if (!this.anchor) return undefined;
    const root = this.getRootNode() as Document | ShadowRoot;
    return root.getElementById?.(this.anchor) ?? undefined;
  }

  /** The element that toggles the popover, carries its ARIA state and gets focus back. */
  #trigger(): HTMLElement | undefined {
    const anchor = this.#anchorElement();
    return this.#slottedTrigger() ?? (anchor instanceof HTMLElement ? anchor : undefined);
  }

  /** The element the panel is positioned against. */
  #reference(): Element | undefined {
    return this.#anchorElement() ?? this.#slottedTrigger();
  }

  #contentElements(): HTMLElement[] {
    return (this.contentSlot?.assignedElements({ flatten: true }) ?? []).filter(
      (el): el is HTMLElement => el instanceof HTMLElement,
    );
  }

  #refreshContent(): void {
    const content = this.#contentElements();
    this.popup = compositePopup(content);
    this.derivedLabel = derivedName(content, this.#trigger());
  }

  #syncTriggerAria(): void {
    const trigger = this.isConnected ? this.#trigger() : undefined;
    if (this.#decorated && this.#decorated !== trigger) clearTrigger(this.#decorated);
    this.#decorated = trigger;
    if (!trigger) return;
    decorateTrigger(trigger, {
      open: this.open,
      popup: this.popup,
      panelRole: this.panelRole,
      controlled: this.popup ?? (supportsReferenceTarget ? this : undefined),
    });
  }

  #consumeReason<R extends PopoverShowReason | PopoverHideReason>(): R {
    const reason = this.#pendingReason as R;
    this.#pendingReason = 'api';
    return reason;
  }

  async #openPanel(): Promise<void> {
    const generation = ++this.#generation;
    const reason = this.#consumeReason<PopoverShowReason>();
    let settle!: () => void;
    this.#transition = new Promise((resolve) => (settle = resolve));
    this.#shown = true;
    this.#refreshContent();

    const base = this.base;
    base.toggleAttribute('data-open', true);
    if (supportsPopover && !base.matches(':popover-open')) base.showPopover();
    register(this.#asOpen(enclosingPopover(this, this.#anchorElement(), (node) => node instanceof TkPopover)));
    this.#syncTriggerAria();
    this.#startPositioning();

    await this.#reposition();
    if (generation !== this.#generation) return settle();
    base.toggleAttribute('data-positioned', true);
    if (!this.noAutoFocus) {
      focusContent(this.popup, this.#contentElements(), this.shadowRoot?.querySelector<HTMLElement>('.panel'));
    }
    this.emit('tk-show', { reason });

    await Promise.all(
      base.getAnimations({ subtree: true }).map((animation) => animation.finished.catch(() => undefined)),
    );
    if (generation === this.#generation) this.emit('tk-after-show', { reason });
    settle();
  }

  #closePanel(): void {
    const reason = this.#consumeReason<PopoverHideReason>();
    // Measured before children close and the panel goes: outside clicks and focus leaving have
    // already decided where focus goes.
    const returnFocus = returnsFocus(reason, (node) => this.#isInside(node));
    this.#generation++;

    closeChildren(this);
    this.#teardown();

    if (returnFocus) this.#trigger()?.focus();

    this.emit('tk-hide', { reason });
    this.emit('tk-after-hide', { reason });
  }

  /** Closes without the cancelable event and without moving focus: its parent is closing. */
  #forceClose(): void {
    this.#pendingReason = 'parent';
    this.open = false;
    this.#closePanel();
  }

  #teardown(): void {
    this.#shown = false;
    this.#stopAutoUpdate?.();
    this.#stopAutoUpdate = undefined;
    const base = this.base;
    if (supportsPopover && base.matches(':popover-open')) base.hidePopover();
    base.removeAttribute('data-open');
    base.removeAttribute('data-positioned');
    unregister(this);
    this.#syncTriggerAria();
  }

  #startPositioning(): void {
    this.#stopAutoUpdate?.();
    this.#stopAutoUpdate = undefined;
    const reference = this.#reference();
    if (!reference) {
      console.warn('[tailorkit] <tk-popover> has neither a slotted trigger nor an anchor to position against.');
      return;
    }
    this.#stopAutoUpdate = followReference(reference, this.base, () => void this.#reposition());
  }

  async #reposition(): Promise<void> {
    const reference = this.#reference();
    if (!reference || !this.#shown) return;
    const { placement, strategy, offset } = this;
    const arrow = this.arrow ? this.arrowElement : null;
    await placePanel(reference, this.base, { placement, strategy, offset, arrow }, () => this.#shown);
  }

  /** How this popover takes part in the page's open popovers (Escape, outside clicks, nesting). */
  #asOpen(parent: Element | undefined): OpenPopover {
    return {
      element: this,
      parent,
      isShown: () => this.#shown,
      pathHits: (path) => {
        const anchor = this.#anchorElement();
        return path.some((target) => target === this || target === anchor);
      },
      requestClose: (reason) => void this.#requestClose(reason),
      forceClose: () => this.#forceClose(),
    };
  }

  /** Inside means: in this popover (trigger, panel, content), its anchor, or an open child popover. */
  #isInside(node: Node): boolean {
    const anchor = this.#anchorElement();
    return (
      composedContains(this, node) ||
      (anchor !== undefined && composedContains(anchor, node)) ||
      openChildren(this).some((child) => composedContains(child.element, node))
    );
  }

  #toggleFrom(reason: 'trigger'): void {
    if (this.open) this.#requestClose(reason);
    else this.#requestOpen(reason);
  }

  #requestOpen(reason: PopoverShowReason): boolean {
    if (this.open) return true;
    if (this.emit('tk-before-show', { reason }, { cancelable: true }).defaultPrevented) return false;
    this.#pendingReason = reason;
    this.open = true;
    return true;
  }

  #requestClose(reason: PopoverHideReason): boolean {
    if (!this.open) return true;
    if (this.emit('tk-before-hide', { reason }, { cancelable: true }).defaultPrevented) return false;
    this.#pendingReason = reason;
    this.open = false;
    return true;
  }

  /**
   * Opens the popover, unless a `tk-before-show` listener cancels.
   * @returns after the panel is positioned, focused and its opening animation has finished.
   */
  async show(): Promise<void> {
    if (!this.#requestOpen('api')) return;
    await this.updateComplete;
    await this.#transition;
  }

  /** Closes the popover, unless a `tk-before-hide` listener cancels. */
  async hide(): Promise<void> {
    this.#requestClose('api');
    await this.updateComplete;
  }

  async toggle(): Promise<void> {
    return this.open ? this.hide() : this.show();
  }

  override render(): TemplateResult {
    const role = this.popup || this.panelRole === 'none' ? undefined : this.panelRole;
    const name = this.label || this.derivedLabel;
    return html`
      <slot
        name="trigger"
        @click=${this.#onTriggerClick}
        @keydown=${this.#onTriggerKeydown}
        @slotchange=${this.#onSlotchange}
      ></slot>
      <div part="base" class="base" popover="manual" data-strategy=${this.strategy}>
        <div
          part="panel"
          class="panel"
          id="panel"
          role=${ifDefined(role)}
          aria-label=${ifDefined(role && name ? name : undefined)}
          tabindex="-1"
          ?data-popup=${this.popup !== undefined}
        >
          <slot @slotchange=${this.#onSlotchange}></slot>
        </div>
        ${this.arrow ? html`<div part="arrow" class="arrow"></div>` : nothing}
      </div>
    `;
  }
}
