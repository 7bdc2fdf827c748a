import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { Breakpoints } from '../../core/layout/index.js';
import { TkElement } from '../../base/tk-element.js';
import { AnnouncerController } from '../../base/announcer.js';
import { LocalizeController } from '../../base/localize.js';
import { baseStyles } from '../../base/styles.js';
import type { Preferences } from '../../core/prefs/store.js';
import { ITEM_CHANGE, TkDashboardItem } from './dashboard-item.js';
import { dashboardStyles } from './dashboard.styles.js';
import { dashboardStrings, type DashboardStrings } from './dashboard-strings.js';
import type { GestureController } from './gestures.js';
import type { DashboardEditor } from './editor.js';
import { isTextField } from './constraints.js';
import { ColumnsController } from './columns.js';
import { DashboardLayoutModel } from './layout-model.js';
import { catalogElements, editing, type Editing } from './lazy-parts.js';
import type { DashboardLayoutEntry, TkDashboardItemType, TkLoadErrorDetail } from './dashboard-types.js';

/**
 * A grid of widgets people arrange themselves: drag to move, handles to resize, add from a catalog,
 * remove, undo. Works with a mouse, touch (long press lifts a widget in edit mode), the keyboard
 * alone and a screen reader (every step is announced), in both writing directions.
 *
 * Widgets are `tk-dashboard-item` children in the light DOM, so any framework renders their content.
 * Their positions are kept in `layout` and written back to each item's `x`, `y`, `w`, `h`; DOM order
 * follows reading order (row, then column) after every change, so Tab order matches what people see.
 *
 * With `persist-key` and a preferences store (an enclosing `<tk-preferences>` or the `preferences`
 * property), the layout of each column count is a preferences document: suggested layouts from the
 * host's defaults provider show through until the user changes something, and "Reset to suggested
 * layout" brings them back.
 *
 * Editing (gestures, undo, adding and removing) loads on first use: `addItem`, `removeItem`,
 * `moveItem`, `resizeItem`, `undo`, `redo` and `resetLayout` return promises that settle once it
 * has and the change is made.
 *
 * @summary Drag-and-drop dashboard of widgets with keyboard, touch, breakpoints, undo and persistence.
 *
 * @slot - `tk-dashboard-item` elements.
 * @slot toolbar - Extra controls at the start of the toolbar, e.g. an "Edit dashboard" switch.
 *
 * @csspart base - The wrapper of toolbar and grid.
 * @csspart toolbar - The row above the grid: your controls, the suggestion reason and, in edit mode, the catalog, undo, redo and reset.
 * @csspart reason - Why the layout was suggested ("Suggested for the Sales role").
 * @csspart catalog-button - The "Add widget" button.
 * @csspart catalog - The catalog's menu.
 * @csspart catalog-search - The search field of a catalog of more than eight widget types.
 * @csspart undo-button - The undo button.
 * @csspart redo-button - The redo button.
 * @csspart reset-button - The "Reset to suggested layout" button.
 * @csspart grid - The grid the items sit in.
 * @csspart placeholder - Where a dragged or resized widget will land.
 * @csspart empty - The message shown when there are no widgets.
 * @csspart hint - In edit mode, the keys that move and resize a widget, shown while one has keyboard focus.
 *
 * @cssprop [--tk-dashboard-gap=var(--tk-space-4)] - Space between widgets.
 * @cssprop [--tk-dashboard-placeholder-background=color-mix(in srgb, var(--tk-color-brand) 10%, transparent)] - Fill of the drop placeholder.
 * @cssprop [--tk-dashboard-placeholder-border-color=var(--tk-color-brand)] - Outline of the drop placeholder.
 * @cssprop [--tk-dashboard-edit-background=transparent] - Grid background in edit mode.
 *
 * @event {CustomEvent<TkLayoutChangeDetail>} tk-layout-change - Once per committed gesture (never per pointer move), undo, redo, reset, or when a loaded layout had to be fixed.
 * @event {CustomEvent<TkItemAddDetail>} tk-item-add - A widget was added from the catalog.
 * @event {CustomEvent<TkItemRemoveDetail>} tk-before-item-remove - Cancelable: a widget is about to be removed.
 * @event {CustomEvent<TkItemRemoveDetail>} tk-item-remove - A widget was removed.
 * @event {CustomEvent<TkBreakpointChangeDetail>} tk-breakpoint-change - The column count changed with the dashboard's width.
 * @event {CustomEvent<TkLayoutErrorDetail>} tk-layout-error - A loaded or assigned layout was invalid and had to be fixed; `problems` says how.
 * @event {CustomEvent<TkLoadErrorDetail>} tk-load-error - Code loaded on first use (`part`: `editing`, `catalog`, `preferences` for the persistence binding, `layout` for repairing a layout or moving items by their properties) could not be fetched; the dashboard keeps showing the layout and tells the user. Browsers keep a failed import for the life of the page, so a reload is what tries again.
 */
export class TkDashboard extends TkElement {
  static override styles = [baseStyles, dashboardStyles];

  readonly #localize = new LocalizeController(this, dashboardStrings);
  readonly #announcer = new AnnouncerController(this);
  /** Parts whose code failed to load since the dashboard last turned editable: not retried until then. */
  readonly #failed = new Set<TkLoadErrorDetail['part']>();
  /** Every gesture (pointer, touch, keyboard grab), made once the editing code has loaded. */
  #gestures: GestureController | undefined;
  /** Committing, undo, adding and removing, and the edit toolbar: made with the gestures. */
  #editor: DashboardEditor | undefined;
  readonly #columns = new ColumnsController(this, {
    columns: () => this.columns,
    breakpoints: () => this.breakpoints,
    leaving: () => this.#gestures?.cancel(),
    switched: (columns, previousColumns, width) => {
      this.#model.recompose();
      this.emit('tk-breakpoint-change', { breakpoint: this.#columns.breakpoint, columns, previousColumns, width });
    },
  });
  /** What is shown and why: preferences, children, the committed layout. */
  readonly #model: DashboardLayoutModel = new DashboardLayoutModel(this, this.#columns, {
    term: (key) => this.#localize.term(key),
    list: (names) => this.#localize.list(names),
    say: (message) => this.#announcer.announce(message),
    emit: (name, detail, options) => this.emit(name, detail, options),
    cancelGestures: () => this.#gestures?.cancel(),
    loadFailed: (part, error) => this.#loadFailed(part, error),
  });

  /** @internal A widget has keyboard focus in edit mode: the visible keyboard hint shows. */
  @state() private hinting = false;

  /** Column count when `breakpoints` is not set. */
  @property({ type: Number }) columns = 12;

  /**
   * Column counts by the dashboard's own width (not the window's): `{ 0: 1, 600: 6, 1024: 12 }`.
   * Each column count keeps its own layout. Accepts JSON in the attribute.
   */
  @property({ type: Object }) breakpoints: Breakpoints | undefined;

  /** Height of one row in CSS pixels. */
  @property({ type: Number, attribute: 'row-height' }) rowHeight = 80;

  /** Edit mode: widgets can be moved, resized, added and removed. In view mode they stay put. */
  @property({ type: Boolean, reflect: true }) editable = false;

  /** Free placement: widgets stay where they are put instead of rising to fill gaps. */
  @property({ type: Boolean, reflect: true }) float = false;

  /** Widget types the catalog offers. */
  @property({ attribute: false }) catalog: TkDashboardItemType[] = [];

  /** Overrides for the strings a user reads. */
  @property({ attribute: false }) strings: Partial<DashboardStrings> = {};

  /**
   * Key of the preferences document that keeps the user's layouts (one per column count), the
   * widgets they added and the ones they removed. Needs a store: `preferences`, an enclosing
   * `<tk-preferences>`, or else the embedded localStorage store.
   */
  @property({ attribute: 'persist-key' }) persistKey?: string;

  /** A store made with `createPreferences()`; wins over an enclosing `<tk-preferences>`. */
  @property({ attribute: false }) preferences?: Preferences;

  /**
   * The layout at the current column count, in reading order. Setting it places the items as given
   * (invalid entries are fixed and reported with `tk-layout-error`), without an undo step.
   */
  @property({ attribute: false })
  get layout(): DashboardLayoutEntry[] {
    return this.#model.entries;
  }
  set layout(value: DashboardLayoutEntry[]) {
    const old = this.layout;
    this.#model.assign(value);
    this.requestUpdate('layout', old);
  }

  /** Whether `undo()` has something to undo. */
  get canUndo(): boolean {
    return this.#editor?.canUndo ?? false;
  }

  /** Whether `redo()` has something to redo. */
  get canRedo(): boolean {
    return this.#editor?.canRedo ?? false;
  }

  /** Column count in effect now. */
  get currentColumns(): number {
    return this.#columns.active || this.columns;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.#model.placement.connect();
    this.addEventListener('keydown', this.#onKeyDown);
    this.addEventListener('click', this.#onClick);
    this.addEventListener('focusin', this.#onFocusChange);
    this.addEventListener('focusout', this.#onFocusChange);
    this.addEventListener(ITEM_CHANGE, this.#onItemChange);
    this.#columns.connect();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#model.placement.disconnect();
    this.removeEventListener('keydown', this.#onKeyDown);
    this.removeEventListener('click', this.#onClick);
    this.removeEventListener('focusin', this.#onFocusChange);
    this.removeEventListener('focusout', this.#onFocusChange);
    this.removeEventListener(ITEM_CHANGE, this.#onItemChange);
    this.#columns.disconnect();
    this.#gestures?.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('editable') && !this.editable) this.#gestures?.cancel();
    if (changed.has('editable') && this.editable) this.#failed.clear();
    if (this.editable && !this.#gestures && !this.#failed.has('editing')) {
      editing.load().then(
        (module) => this.#attachEditing(module),
        (error: unknown) => this.#loadFailed('editing', error),
      );
    }
    const relayout = changed.has('columns') || changed.has('breakpoints');
    if (!this.hasUpdated || relayout) this.#columns.measure();
    if (this.editable && this.catalog.length > 0 && !this.#failed.has('catalog')) {
      catalogElements.load().catch((error: unknown) => this.#loadFailed('catalog', error));
    }
    this.#model.update(changed.has('catalog'), relayout || changed.has('float'));
    if (changed.has('editable')) this.#model.syncEditable();
    if (changed.has('strings') && this.hasUpdated) this.#model.apply(this.#model.placement.layout, true);
  }

  /**
   * Resolves after the update, once the integrator's property changes are placed, and in edit mode
   * once the editing code has loaded: from then on pointer, touch and keyboard gestures work.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    let result = await super.getUpdateComplete();
    while (this.#model.settled) {
      const settled = this.#model.settled;
      await settled;
      if (this.#model.settled === settled) this.#model.settled = undefined;
      result = await super.getUpdateComplete();
    }
    if (this.editable && !this.#gestures && !this.#failed.has('editing')) {
      try {
        this.#attachEditing(await editing.load());
        // The edit toolbar renders with the editing code.
        return await super.getUpdateComplete();
      } catch (error) {
        this.#loadFailed('editing', error);
      }
    }
    return result;
  }

  // ---------------------------------------------------------------- loading on first use

  /**
   * Code loaded on first use could not be fetched: the layout stays as it is, the integrator gets a
   * `tk-load-error`, and the user hears why nothing happens when they asked for it (`told`) or once.
   */
  #loadFailed(part: TkLoadErrorDetail['part'], error: unknown, told = false): void {
    const first = !this.#failed.has(part);
    this.#failed.add(part);
    if (!first && !told) return;
    if (first) {
      console.error(`[tailorkit] tk-dashboard: the ${part} code could not be loaded.`, error);
      this.emit('tk-load-error', { part, error });
    }
    this.#announcer.announce(this.#localize.term('unavailable'));
  }

  #attachEditing({ attachEditing }: Editing): void {
    if (this.#editor) return;
    ({ editor: this.#editor, gestures: this.#gestures } = attachEditing(this, this.#model, () =>
      catalogElements.load().then(
        () => true,
        (error: unknown) => {
          this.#loadFailed('catalog', error, true);
          return false;
        },
      ),
    ));
    this.requestUpdate();
  }

  /** The editing code, loaded (and attached) if it is not yet. */
  async #editing(): Promise<DashboardEditor> {
    if (!this.#editor) this.#attachEditing(await editing.load());
    return this.#editor!;
  }

  // ---------------------------------------------------------------- input

  /** An item's position, size, constraints or id changed (`ITEM_CHANGE` from a child item). */
  readonly #onItemChange = (event: Event): void => {
    const item = event.target;
    if (!(item instanceof TkDashboardItem) || item.parentElement !== this) return;
    event.stopPropagation();
    if (this.#model.placedAsCommitted(item)) return;
    this.#model.childrenChanged();
    this.requestUpdate();
  };

  readonly #onSlotChange = (): void => {
    if (this.#model.placement.reordering) return;
    this.#model.childrenChanged();
    this.requestUpdate();
  };

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (!this.editable || event.defaultPrevented) return;
    if (this.#editor) {
      this.#editor.onKeyDown(event);
      return;
    }
    // Keys pressed before the editing code has loaded still do what they say once it has.
    const key = event.key;
    if ((event.ctrlKey || event.metaKey) && /^[zy]$/i.test(key) && !isTextField(event.composedPath()[0])) {
      event.preventDefault();
      void (key.toLowerCase() === 'y' || event.shiftKey ? this.redo() : this.undo());
      return;
    }
    const item = this.#model.itemOf(event.composedPath()[0]);
    if (!item || event.ctrlKey || event.metaKey || event.altKey) return;
    if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault();
      void this.removeItem(item.itemId);
    } else if (key === 'Enter' || key === ' ') {
      // The keyboard grab loads with the rest of the gesture code: a press before then still grabs.
      event.preventDefault();
      editing.load().then(
        (module) => {
          this.#attachEditing(module);
          this.#gestures!.grab(item);
        },
        (error: unknown) => this.#loadFailed('editing', error, true),
      );
    }
  };

  /** Sighted keyboard users see the keys too, not only screen reader users. */
  readonly #onFocusChange = (event: FocusEvent): void => {
    const item = this.#model.itemOf(event.type === 'focusin' ? event.target : event.relatedTarget);
    this.hinting = item !== undefined && item.matches(':focus-visible');
  };

  readonly #onClick = (event: MouseEvent): void => {
    if (this.editable) this.#editor?.onClick(event);
  };

  // ---------------------------------------------------------------- public methods

  /**
   * Adds an item of a catalog type in the first free slot, announces it and focuses it.
   * @returns the new item, or undefined when the type is unknown, `single` and already there, or
   * nothing fits.
   */
  async addItem(type: string): Promise<TkDashboardItem | undefined> {
    return (await this.#editing()).add(type);
  }

  /**
   * @deprecated Renamed `addItem`.
   */
  // eslint-disable-next-line no-restricted-syntax -- the old name, kept for integrators
  addWidget(type: string): Promise<TkDashboardItem | undefined> {
    return this.addItem(type);
  }

  /**
   * Removes an item after a cancelable `tk-before-item-remove`. Items the integrator rendered are
   * hidden (their element stays yours), catalog items are detached; undo brings either back.
   * @returns whether it was removed.
   */
  async removeItem(id: string): Promise<boolean> {
    return (await this.#editing()).removeItem(id);
  }

  /**
   * Moves an item to column `x`, row `y` (pushing others aside) as one committed change.
   * @returns whether anything changed.
   */
  async moveItem(id: string, x: number, y: number): Promise<boolean> {
    return (await this.#editing()).moveItem(id, x, y);
  }

  /**
   * Resizes an item to `w` x `h` cells (pushing others aside) as one committed change.
   * @returns whether anything changed.
   */
  async resizeItem(id: string, w: number, h: number): Promise<boolean> {
    return (await this.#editing()).resizeItem(id, w, h);
  }

  /** Undoes the last committed change (Ctrl/Cmd+Z in edit mode). */
  async undo(): Promise<void> {
    (await this.#editing()).undo();
  }

  /** Redoes the last undone change (Ctrl/Cmd+Shift+Z in edit mode). */
  async redo(): Promise<void> {
    (await this.#editing()).redo();
  }

  /** Drops the user's changes so the suggested (or the children's own) layout shows again; undoable. */
  async resetLayout(): Promise<void> {
    (await this.#editing()).reset();
  }

  // ---------------------------------------------------------------- render

  override render(): TemplateResult {
    const term = this.#localize.term.bind(this.#localize);
    const empty = this.#model.items.size === 0;
    const { suggestion, customized, reason, loading } = this.#model.labels();
    return html`<div part="base">
      <div part="toolbar">
        <slot name="toolbar"></slot>
        ${reason ? html`<span part="reason">${reason}</span>` : nothing}
        <span class="spacer"></span>
        ${this.editable ? this.#editor?.renderToolbar(customized, suggestion) : nothing}
      </div>
      <div
        part="grid"
        class="grid"
        role="list"
        aria-label=${term('label')}
        aria-busy=${loading ? 'true' : 'false'}
        style="grid-template-columns:repeat(${this.currentColumns},minmax(0,1fr));grid-auto-rows:${this.rowHeight}px;${loading ? 'visibility:hidden' : ''}"
      >
        <div part="placeholder" class="placeholder" aria-hidden="true" hidden></div>
        <slot @slotchange=${this.#onSlotChange}></slot>
      </div>
      ${empty ? html`<p part="empty">${this.editable ? term('emptyEditable') : term('empty')}</p>` : nothing}
      ${this.editable && !empty ? this.#editor?.renderHint(this.hinting) : nothing}
    </div>`;
  }
}
