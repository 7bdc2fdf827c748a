import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { LayoutRect } from '../../core/layout/types.js';
import { property } from 'lit/decorators.js';
import { TkElement } from '../../base/tk-element.js';
import { LocalizeController } from '../../base/localize.js';
import { baseStyles } from '../../base/styles.js';
import { itemStyles } from './dashboard-item.styles.js';

/** Strings a user reads on an item; override any of them through the `strings` property. */
export const defaultDashboardItemStrings = {
  /** Accessible name of the remove button. */
  remove: (heading: string): string => (heading ? `Remove ${heading}` : 'Remove widget'),
  /** Name of a widget without a heading, in announcements and on the item. */
  untitled: 'Untitled widget',
};
export type DashboardItemStrings = typeof defaultDashboardItemStrings;

/**
 * Internal event an item dispatches (bubbling, not composed) when its position, size, constraints or
 * id changed, so the dashboard it sits in folds the change into its layout.
 */
export const ITEM_CHANGE = 'tk-dashboard-item-change';

/**
 * The edit controls' templates: the drag handle, the remove button (named `label`) and the resize
 * handles. The dashboard's editing code provides them (`TkDashboardItem.editControls`) when it
 * loads; until then an item in edit mode shows none. @internal
 */
export interface EditControls {
  handle: TemplateResult;
  remove: (label: string) => TemplateResult;
  resize: TemplateResult;
}

/** Properties whose change the parent dashboard must fold into its layout. */
const LAYOUT_PROPERTIES = [
  'itemId',
  'x',
  'y',
  'w',
  'h',
  'minW',
  'minH',
  'maxW',
  'maxH',
  'locked',
  'noMove',
  'noResize',
  'heading',
];

/**
 * @summary One widget on a `tk-dashboard`: a card at a grid position, with a header that carries the
 * drag handle and remove button in edit mode, and resize handles on its end edges.
 *
 * The content is light DOM, so any framework renders it. Place items as direct children of a
 * `tk-dashboard`; the dashboard positions them from `x`, `y`, `w`, `h` and writes those back after
 * every committed change: the properties at once, the attributes in the next idle moment (or before
 * the next key press, pointer press or focus change in the dashboard).
 *
 * @slot - The widget's content.
 * @slot actions - Extra controls in the header, before the remove button.
 * @csspart base - The card.
 * @csspart header - The header row (heading, handle, actions, remove button).
 * @csspart handle - The drag handle, shown in edit mode.
 * @csspart heading - The widget's heading.
 * @csspart remove-button - The remove button, shown in edit mode unless the item is locked.
 * @csspart body - The wrapper around the content.
 * @csspart resize-handle - Each resize handle (east, south, south-east; mirrored in RTL).
 * @cssprop [--tk-dashboard-item-background=var(--tk-color-surface-raised)] - Card background.
 * @cssprop [--tk-dashboard-item-border-color=var(--tk-color-border)] - Card border colour.
 * @cssprop [--tk-dashboard-item-radius=var(--tk-radius-l)] - Card corner radius.
 * @cssprop [--tk-dashboard-item-shadow=var(--tk-shadow-s)] - Card shadow at rest.
 * @cssprop [--tk-dashboard-item-padding=var(--tk-space-3)] - Padding around the content.
 * @cssstate drag - The user drags this widget with a pointer.
 * @cssstate resize - The user resizes this widget with a pointer.
 * @cssstate grab - The user holds this widget with the keyboard.
 * @cssstate settling - The widget takes its cell after a drop, without a transition.
 * @cssstate added - The widget was just added from the catalog (for a moment).
 */
export class TkDashboardItem extends TkElement {
  static override styles = [baseStyles, itemStyles];

  /** @internal Set by the dashboard's editing code as it loads (see `EditControls`). */
  static editControls: EditControls | undefined;

  readonly #localize = new LocalizeController(this, defaultDashboardItemStrings);

  /** Stable id of the widget: the key of its position in layouts and stored preferences. */
  @property({ attribute: 'item-id', reflect: true }) itemId = '';

  /** Column of the widget's inline-start edge (0-based); without it the dashboard finds a free slot. */
  @property({ type: Number, reflect: true }) x?: number;

  /** Row of the widget's top edge (0-based); without it the dashboard finds a free slot. */
  @property({ type: Number, reflect: true }) y?: number;

  /** Width in columns. */
  @property({ type: Number, reflect: true }) w = 1;

  /** Height in rows. */
  @property({ type: Number, reflect: true }) h = 1;

  /** Smallest width in columns a resize may reach. */
  @property({ type: Number, attribute: 'min-w' }) minW?: number;

  /** Smallest height in rows a resize may reach. */
  @property({ type: Number, attribute: 'min-h' }) minH?: number;

  /** Largest width in columns a resize may reach. */
  @property({ type: Number, attribute: 'max-w' }) maxW?: number;

  /** Largest height in rows a resize may reach. */
  @property({ type: Number, attribute: 'max-h' }) maxH?: number;

  /** A locked widget never moves, is never pushed aside, and cannot be resized or removed. */
  @property({ type: Boolean, reflect: true }) locked = false;

  /** The user cannot move this widget (other widgets may still push it aside). */
  @property({ type: Boolean, reflect: true, attribute: 'no-move' }) noMove = false;

  /** The user cannot resize this widget. */
  @property({ type: Boolean, reflect: true, attribute: 'no-resize' }) noResize = false;

  /** Heading shown in the header, used in announcements and the catalog. Rendered as text. */
  @property() heading = '';

  /** The catalog widget type this item was created from, if any (recorded so it can be recreated). */
  @property({ reflect: true }) type?: string;

  /** Set by the dashboard: edit mode shows the handle, remove button and resize handles. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /**
   * Set by the dashboard: the item's position and the keyboard instructions, read when the item
   * takes focus in edit mode.
   * @internal
   */
  @property({ attribute: false }) description = '';

  /** Overrides for the strings a user reads. */
  @property({ attribute: false }) strings: Partial<DashboardItemStrings> = {};

  /** The position the dashboard last placed this item at. */
  #placed: LayoutRect | undefined;
  readonly #internals = this.attachInternals();

  /** The heading, or the "untitled" string when there is none: what announcements call this widget. */
  get label(): string {
    return this.heading.trim() || this.#localize.term('untitled');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.hasAttribute('role')) this.setAttribute('role', 'listitem');
  }

  /**
   * The dashboard reorders items with `moveBefore` to follow reading order; a move is not a
   * disconnection, so nothing is torn down and set up again.
   * @internal
   */
  connectedMoveCallback(): void {}

  /**
   * Set by the dashboard's gestures: `drag`, `resize` or `grab` (keyboard) while one runs on this
   * item, `settling` while it takes its cell without a transition, `added` for a moment after the
   * user added it. Styles read them as `:state()`.
   * @internal
   */
  toggleState(state: 'drag' | 'resize' | 'grab' | 'settling' | 'added', on: boolean): void {
    if (on) this.#internals.states.add(state);
    else this.#internals.states.delete(state);
  }

  /**
   * Called by the dashboard with a committed position. The properties follow at once; nothing is
   * rendered, since the position is not rendered inside. The attributes follow with
   * `reflectPlacement`.
   * @internal
   */
  place(rect: LayoutRect): void {
    this.#placed = rect;
    this.x = rect.x;
    this.y = rect.y;
    this.w = rect.w;
    this.h = rect.h;
  }

  /**
   * Writes the placed position to the `x`, `y`, `w`, `h` attributes, and the description screen
   * readers hear. The dashboard calls it in an idle moment after a change, or before any input
   * reaches the dashboard, rather than in the frame that moves a hundred widgets.
   * @internal
   */
  reflectPlacement(description: string): void {
    const placed = this.#placed;
    if (!placed) return;
    for (const key of ['x', 'y', 'w', 'h'] as const) {
      const value = String(placed[key]);
      if (this.getAttribute(key) !== value) this.setAttribute(key, value);
    }
    this.description = description;
    if (this.editable && this.hasUpdated) this.setAttribute('aria-description', description);
  }

  /** A position the dashboard placed needs no render and no report back; anything else does. */
  protected override shouldUpdate(changed: PropertyValues<this>): boolean {
    const placed = this.#placed;
    // An update asked for without a property (new edit controls, the language) renders.
    if (!placed || !this.hasUpdated || changed.size === 0) return true;
    for (const key of changed.keys()) {
      if (key === 'description') continue;
      if ((key !== 'x' && key !== 'y' && key !== 'w' && key !== 'h') || this[key] !== placed[key]) return true;
    }
    return false;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('editable') || changed.has('heading') || changed.has('description') || changed.has('strings')) {
      this.#syncHostAccessibility();
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (LAYOUT_PROPERTIES.some((name) => changed.has(name as keyof TkDashboardItem))) {
      this.dispatchEvent(new Event(ITEM_CHANGE, { bubbles: true }));
    }
  }

  /** In edit mode the item itself is the keyboard target, named by its heading and described by its position. */
  #syncHostAccessibility(): void {
    if (this.editable) {
      this.setAttribute('tabindex', '0');
      this.setAttribute('aria-label', this.label);
      if (this.description) this.setAttribute('aria-description', this.description);
      else this.removeAttribute('aria-description');
    } else {
      this.removeAttribute('tabindex');
      this.removeAttribute('aria-label');
      this.removeAttribute('aria-description');
    }
  }

  override render(): TemplateResult {
    const controls = this.editable ? TkDashboardItem.editControls : undefined;
    const movable = !this.locked && !this.noMove;
    const showHeader = this.editable || this.heading.trim() !== '';
    return html`<div part="base">
      ${
        showHeader
          ? html`<div part="header">
              ${controls && movable ? controls.handle : nothing}
              <span part="heading">${this.heading.trim() || (this.editable ? this.label : '')}</span>
              <slot name="actions"></slot>
              ${controls && !this.locked ? controls.remove(this.#localize.term('remove')(this.label)) : nothing}
            </div>`
          : nothing
      }
      <div part="body"><slot></slot></div>
      ${controls && !this.locked && !this.noResize ? controls.resize : nothing}
    </div>`;
  }
}
