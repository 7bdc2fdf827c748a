import { html, svg, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TkElement } from '../../base/tk-element.js';
import { baseStyles } from '../../base/styles.js';
import { menuItemStyles } from './menu-item.styles.js';

/** `normal` runs a command; `checkbox` toggles; `radio` picks one among its sibling radio items. */
export type MenuItemType = 'normal' | 'checkbox' | 'radio';

const ROLES: Record<MenuItemType, string> = {
  normal: 'menuitem',
  checkbox: 'menuitemcheckbox',
  radio: 'menuitemradio',
};

const checkIcon = svg`<svg viewBox="0 0 16 16" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"><path d="M3 8.5l3.2 3L13 4.5"/></svg>`;
const dotIcon = svg`<svg viewBox="0 0 16 16" fill="currentColor"><circle cx="8" cy="8" r="3.5"/></svg>`;

/**
 * One entry of a `tk-menu`. The host element is the menu item: it carries the role
 * (`menuitem`, `menuitemcheckbox` or `menuitemradio`), `aria-checked`, `aria-disabled` and the
 * roving `tabindex` the menu manages.
 *
 * @summary A command, checkbox or radio option inside a tk-menu.
 * @tagname tk-menu-item
 *
 * @slot - The item's text, also used for typeahead.
 * @slot prefix - An icon or other content before the text.
 * @slot suffix - Content after the text, e.g. a keyboard shortcut hint.
 *
 * @csspart base - The item's row.
 * @csspart checkmark - The check or dot shown when a checkbox or radio item is checked.
 * @csspart label - The wrapper of the text.
 * @csspart suffix - The wrapper of the suffix slot.
 *
 * @cssprop [--tk-menu-item-height=2rem] - Minimum row height.
 * @cssprop [--tk-menu-item-padding-inline=var(--tk-space-2)] - Space at the row's start and end.
 * @cssprop [--tk-menu-item-radius=var(--tk-radius-s)] - Row corner radius.
 * @cssprop [--tk-menu-item-hover-background=var(--tk-color-surface-hover)] - Row background under the pointer.
 * @cssprop [--tk-menu-item-active-background=var(--tk-color-surface-hover)] - Row background when focused.
 */
export class TkMenuItem extends TkElement {
  static override styles = [baseStyles, menuItemStyles];

  /** Reported in `tk-select`. Rendered nowhere, so any string is safe. */
  @property({ attribute: 'value' }) value = '';

  @property({ attribute: 'type' }) type: MenuItemType = 'normal';

  /** Checked state of a `checkbox` or `radio` item; ignored for `normal` ones. */
  @property({ attribute: 'checked', type: Boolean, reflect: true }) checked = false;

  /** Disabled items are skipped by the keyboard and ignore clicks. */
  @property({ attribute: 'disabled', type: Boolean, reflect: true }) disabled = false;

  /** The item's visible text without prefix and suffix, as typeahead matches it. */
  get textLabel(): string {
    return [...this.childNodes]
      .filter((node) => !(node instanceof Element && node.hasAttribute('slot')))
      .map((node) => node.textContent ?? '')
      .join('')
      .replace(/\s+/g, ' ')
      .trim();
  }

  /** `type` comes from an attribute, so anything unknown behaves as a plain command. */
  get #kind(): MenuItemType {
    return Object.hasOwn(ROLES, this.type) ? this.type : 'normal';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('type')) this.setAttribute('role', ROLES[this.#kind]);
    if (changed.has('type') || changed.has('checked')) {
      if (this.#kind === 'normal') this.removeAttribute('aria-checked');
      else this.setAttribute('aria-checked', String(this.checked));
    }
    if (changed.has('disabled')) {
      if (this.disabled) this.setAttribute('aria-disabled', 'true');
      else this.removeAttribute('aria-disabled');
    }
  }

  override render(): TemplateResult {
    const checkable = this.#kind !== 'normal';
    return html`
      <div part="base" class="base">
        <span part="checkmark" class="checkmark" ?data-show=${checkable} aria-hidden="true">
          ${this.#kind === 'radio' ? dotIcon : checkIcon}
        </span>
        <slot name="prefix"></slot>
        <span part="label" class="label"><slot></slot></span>
        <span part="suffix" class="suffix"><slot name="suffix"></slot></span>
      </div>
    `;
  }
}
