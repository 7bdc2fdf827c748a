import { html, nothing, render as renderTemplate, type PropertyValues, type TemplateResult } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import {
  addItem,
  breakpointFor,
  layoutForColumns,
  reconcileLayout,
  removeItem,
  moveItem,
  resizeItem,
  sanitizeLayout,
  sortByPosition,
  storedColumns,
  syncLayouts,
  type Breakpoints,
  type Layout,
  type LayoutItem,
  type LayoutOptions,
  type LayoutProblem,
  type LayoutRect,
  type MovedItem,
} from '../../core/layout/index.js';
import { History } from '../../core/history/index.js';
import { TkElement } from '../../base/tk-element.js';
import { AnnouncerController } from '../../base/announcer.js';
import { LocalizeController } from '../../base/localize.js';
import { baseStyles, buttonStyles } from '../../base/styles.js';
import { LazyModule } from '../../base/lazy.js';
import { PersistController } from '../../base/preferences/persist-controller.js';
import {
  emptyPreferences,
  isWholeLayout,
  readPreferences,
  rebasePreferences,
  snapshotPreferences as snapshot,
  toEntry,
  validatePreferences,
} from '../../core/dashboard/index.js';
import type { Preferences } from '../../core/prefs/store.js';
import type { TkPopover } from '../popover/popover.js';
import type { TkMenuSelectDetail } from '../menu/menu.js';
import { TkDashboardItem } from './dashboard-item.js';
import { dashboardStyles } from './dashboard.styles.js';
import { defaultDashboardStrings, type DashboardStrings } from './dashboard-strings.js';
import type * as EditingModule from './editing.js';
import type { GestureController } from './gestures.js';
import { reorderChildren } from './order.js';
import type {
  DashboardLayoutEntry,
  DashboardPreferences,
  DashboardWidgetRecord,
  LayoutChangeReason,
  TkLayoutErrorDetail,
  TkLoadErrorDetail,
  TkWidgetType,
} from './dashboard-types.js';

type Editing = typeof EditingModule;

/** Gestures and previews, loaded when a dashboard first turns editable. */
const editing = /* @__PURE__ */ new LazyModule<Editing>(() => import('./editing.js'));

/** The grid-area that places an item at rest. */
function gridArea(rect: LayoutRect): string {
  return `${rect.y + 1} / ${rect.x + 1} / span ${rect.h} / span ${rect.w}`;
}

/**
 * The catalog's popover and menu, loaded the first time a catalog shows in edit mode: a dashboard
 * only viewed, or without a catalog, never downloads them.
 */
const catalogElements = /* @__PURE__ */ new LazyModule(() =>
  Promise.all([import('../popover/define.js'), import('../menu/define.js')]),
);

function isTextField(node: EventTarget | undefined): boolean {
  return (
    node instanceof HTMLElement &&
    (node.isContentEditable || node.matches('input:not([type=checkbox],[type=radio],[type=button]), textarea, select'))
  );
}

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
 * @csspart undo-button - The undo button.
 * @csspart redo-button - The redo button.
 * @csspart reset-button - The "Reset to suggested layout" button.
 * @csspart grid - The grid the items sit in.
 * @csspart placeholder - Where a dragged or resized widget will land.
 * @csspart empty - The message shown when there are no widgets.
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
 * @event {CustomEvent<TkLoadErrorDetail>} tk-load-error - Code loaded on first use (editing, the catalog) could not be fetched; the dashboard keeps showing the layout and tells the user. Browsers keep a failed import for the life of the page, so a reload is what tries again.
 */
export class TkDashboard extends TkElement {
  static override styles = [baseStyles, buttonStyles, dashboardStyles];

  readonly #localize = new LocalizeController(this, defaultDashboardStrings);
  readonly #announcer = new AnnouncerController(this);
  /** Parts whose code failed to load since the dashboard last turned editable: not retried until then. */
  readonly #failed = new Set<TkLoadErrorDetail['part']>();
  /** Every gesture (pointer, touch, keyboard grab), made once the editing code has loaded. */
  #gestures: GestureController | undefined;
  readonly #persistence = new PersistController<DashboardPreferences>(this, {
    version: 1,
    defaults: emptyPreferences(),
    validate: validatePreferences,
    whole: isWholeLayout,
    // A column count the user had not changed showed the default layout: that is what a gesture
    // made there started from.
    rebase: (ancestor, ours, theirs) =>
      rebasePreferences(ancestor, ours, theirs, this.float, (columns) => this.#defaultLayout(columns, () => {})),
  });

  @query('.grid') private grid!: HTMLElement;
  @query('.placeholder') private placeholder!: HTMLElement;
  @query('tk-popover') private catalogPopover!: TkPopover | null;

  /** @internal Column count in effect (from `breakpoints` and the width, or `columns`). */
  @state() private activeColumns = 0;
  /** @internal Smallest width of the breakpoint in effect. */
  @state() private activeBreakpoint = 0;
  /** @internal Bumped whenever history or membership changes, so the toolbar re-renders. */
  @state() private revision = 0;

  /**
   * The effective preferences (suggested defaults with the user's changes), as a mutable copy of the
   * preferences document's value.
   */
  #user: DashboardPreferences = emptyPreferences();
  /** The document value `user` was last read from or written as. */
  #syncedValue: unknown;
  /** The committed layout at the active column count. */
  #committed: Layout = [];
  #committedById = new Map<string, LayoutItem>();
  /** Visible items by id. */
  readonly #elements = new Map<string, TkDashboardItem>();
  /** Items made from the catalog, kept while detached so undo can put the same element back. */
  readonly #created = new Map<string, TkDashboardItem>();
  /** Items this dashboard hid because the user removed them (the integrator still renders them). */
  readonly #hiddenByUs = new Set<TkDashboardItem>();
  /** Each child's own x, y, w, h when first seen: the library default layout at `baseColumns`. */
  readonly #childRects = new Map<string, Partial<DashboardLayoutEntry>>();
  readonly #appliedAreas = new WeakMap<TkDashboardItem, string>();
  /** Items placed whose attributes and description wait for an idle moment (see `deferReorder`). */
  readonly #unreflected = new Set<TkDashboardItem>();
  /** Preferences before each committed change, with what the change did (for undo's announcement). */
  readonly #history = new History<DashboardPreferences>();
  #resizeObserver: ResizeObserver | undefined;
  #observedWidth = -1;
  #resizeFrame = 0;
  #pendingLayout: unknown;
  #childrenDirty = true;
  #layoutStale = true;
  #reordering = false;
  #reorderDue = false;
  #persistDue = false;
  #idleHandle: number | undefined;
  #idCounter = 0;

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
  @property({ attribute: false }) catalog: TkWidgetType[] = [];

  /** Overrides for the strings a user reads. */
  @property({ attribute: false }) strings: Partial<DashboardStrings> = {};

  /**
   * Key of the preferences document that keeps the user's layouts (one per column count), the
   * widgets they added and the ones they removed. Needs a store: `preferences`, an enclosing
   * `<tk-preferences>`, or else the embedded localStorage store.
   */
  @property({ attribute: 'persist-key' }) persistKey?: string;

  /** A preferences store made with `createPreferences()`; wins over an enclosing `<tk-preferences>`. */
  @property({ attribute: false }) preferences?: Preferences;

  /**
   * The layout at the current column count, in reading order. Setting it places the items as given
   * (invalid entries are fixed and reported with `tk-layout-error`), without an undo step.
   */
  @property({ attribute: false })
  get layout(): DashboardLayoutEntry[] {
    return sortByPosition(this.#committed).map(toEntry);
  }
  set layout(value: DashboardLayoutEntry[]) {
    const old = this.layout;
    this.#pendingLayout = value;
    this.requestUpdate('layout', old);
  }

  /** Whether `undo()` has something to undo. */
  get canUndo(): boolean {
    return this.#history.canUndo;
  }

  /** Whether `redo()` has something to redo. */
  get canRedo(): boolean {
    return this.#history.canRedo;
  }

  /** Column count in effect now. */
  get currentColumns(): number {
    return this.activeColumns || this.columns;
  }

  get #layoutOptions(): LayoutOptions {
    return { columns: this.currentColumns, float: this.float };
  }

  /** Columns the children's own `x`, `y`, `w`, `h` are written for: the widest breakpoint's. */
  get #baseColumns(): number {
    const counts = this.breakpoints ? Object.values(this.breakpoints).filter((n) => Number.isInteger(n) && n > 0) : [];
    return counts.length > 0 ? Math.max(...counts) : this.columns;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const type of ['keydown', 'pointerdown', 'focusin']) this.addEventListener(type, this.#flush, true);
    window.addEventListener('pagehide', this.#flush);
    this.addEventListener('keydown', this.#onKeyDown);
    this.addEventListener('click', this.#onClick);
    this.#resizeObserver = new ResizeObserver((entries) => this.#onResize(entries.at(-1)!.contentRect.width));
    this.#resizeObserver.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#flush();
    for (const type of ['keydown', 'pointerdown', 'focusin']) this.removeEventListener(type, this.#flush, true);
    window.removeEventListener('pagehide', this.#flush);
    this.removeEventListener('keydown', this.#onKeyDown);
    this.removeEventListener('click', this.#onClick);
    this.#resizeObserver?.disconnect();
    this.#resizeObserver = undefined;
    cancelAnimationFrame(this.#resizeFrame);
    this.#gestures?.cancel();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('editable') && !this.editable) this.#cancelGestures();
    if (changed.has('editable') && this.editable) this.#failed.clear();
    if (this.editable && !this.#gestures && !this.#failed.has('editing')) {
      editing.load().then(
        (module) => this.#attachGestures(module),
        (error: unknown) => this.#loadFailed('editing', error),
      );
    }
    if (!this.hasUpdated) {
      this.activeColumns = this.#columnsFor(this.getBoundingClientRect().width);
    } else if (changed.has('columns') || changed.has('breakpoints')) {
      this.#switchColumns(this.#columnsFor(this.getBoundingClientRect().width), this.getBoundingClientRect().width);
    }
    this.#syncFromDocument();
    if (changed.has('catalog')) this.#materializeWidgets();
    if (this.editable && this.catalog.length > 0 && !this.#failed.has('catalog')) {
      catalogElements.load().catch((error: unknown) => this.#loadFailed('catalog', error));
    }
    if (this.#childrenDirty) this.#syncChildren();
    if (this.#pendingLayout !== undefined) this.#assignLayout();
    else if (changed.has('float') || changed.has('columns') || changed.has('breakpoints') || this.#layoutStale)
      this.#recompose();
    if (changed.has('editable')) this.#syncItemState();
    if (changed.has('strings') && this.hasUpdated) this.#applyLayout(this.#committed, true);
  }

  // ---------------------------------------------------------------- items and composition

  /** Called by an item whose position, size, constraints or id changed. @internal */
  itemUpdated(item: TkDashboardItem): void {
    const rect = this.#committedById.get(item.itemId);
    if (
      rect &&
      this.#elements.get(item.itemId) === item &&
      rect.x === item.x &&
      rect.y === item.y &&
      rect.w === item.w &&
      rect.h === item.h &&
      sameConstraints(rect, item)
    ) {
      item.place(rect);
      item.reflectPlacement(this.#describe(rect));
      return;
    }
    this.#childrenDirty = true;
    this.requestUpdate();
  }

  readonly #onSlotChange = (): void => {
    if (this.#reordering) return;
    this.#childrenDirty = true;
    this.requestUpdate();
  };

  /** Reads the children: ids, first-seen positions, who is visible, what the integrator moved. */
  #syncChildren(): void {
    this.#childrenDirty = false;
    const removed = new Set(this.#user.removed);
    const before = new Map(this.#elements);
    this.#elements.clear();
    let membershipChanged = false;
    const moved: TkDashboardItem[] = [];
    for (const child of this.children) {
      if (!(child instanceof TkDashboardItem)) continue;
      if (!child.itemId) {
        child.itemId = `tk-widget-${++this.#idCounter}`;
        console.warn('[tailorkit] <tk-dashboard-item> without item-id: its position cannot be persisted.', child);
      }
      const id = child.itemId;
      if (!this.#childRects.has(id) && !this.#created.has(id)) {
        this.#childRects.set(id, { x: child.x, y: child.y, w: child.w, h: child.h });
      }
      if (removed.has(id)) {
        this.#hide(child);
        continue;
      }
      if (this.#hiddenByUs.has(child)) {
        this.#hiddenByUs.delete(child);
        child.hidden = false;
      }
      if (child.hidden || this.#elements.has(id)) continue;
      this.#elements.set(id, child);
      child.editable = this.editable;
      const rect = this.#committedById.get(id);
      if (before.get(id) !== child || !rect) membershipChanged = true;
      else if (!sameConstraints(rect, child)) membershipChanged = true;
      else if (rect.x !== child.x || rect.y !== child.y || rect.w !== child.w || rect.h !== child.h) moved.push(child);
    }
    if (before.size !== this.#elements.size) membershipChanged = true;
    if (membershipChanged) {
      this.#layoutStale = true;
      return;
    }
    for (const child of moved) this.#applyProgrammatic(child);
  }

  /** The integrator changed an item's x, y, w or h: move it there, pushing others aside. */
  #applyProgrammatic(child: TkDashboardItem): void {
    let layout = this.#committed;
    const rect = this.#committedById.get(child.itemId)!;
    if (child.w !== rect.w || child.h !== rect.h) {
      layout = resizeItem(layout, rect.id, child.w, child.h, this.#layoutOptions).layout;
    }
    if ((child.x !== undefined && child.x !== rect.x) || (child.y !== undefined && child.y !== rect.y)) {
      layout = moveItem(layout, rect.id, child.x ?? rect.x, child.y ?? rect.y, this.#layoutOptions).layout;
    }
    this.#storeLayout(layout);
    this.#applyLayout(layout);
  }

  #hide(child: TkDashboardItem): void {
    if (this.#created.has(child.itemId)) {
      child.remove();
      return;
    }
    if (!child.hidden) {
      child.hidden = true;
      this.#hiddenByUs.add(child);
    }
  }

  /** Creates the elements of catalog widgets recorded in the user's or the suggested preferences. */
  #materializeWidgets(): void {
    const removed = new Set(this.#user.removed);
    const wanted = this.#user.widgets.filter((widget) => !removed.has(widget.id));
    const wantedIds = new Set(wanted.map((widget) => widget.id));
    for (const [id, element] of this.#created) {
      if (!wantedIds.has(id) && element.parentElement === this) element.remove();
    }
    for (const widget of wanted) {
      const existing = this.#created.get(widget.id) ?? this.#findChild(widget.id);
      if (existing) {
        if (existing.parentElement !== this) this.append(existing);
        continue;
      }
      const type = this.catalog.find((candidate) => candidate.type === widget.type);
      if (!type) continue;
      this.append(this.#createWidget(type, widget.id));
    }
    this.#childrenDirty = true;
  }

  #findChild(id: string): TkDashboardItem | undefined {
    for (const child of this.children) if (child instanceof TkDashboardItem && child.itemId === id) return child;
    return undefined;
  }

  #createWidget(type: TkWidgetType, id: string): TkDashboardItem {
    let content: HTMLElement | TemplateResult;
    try {
      content = type.create();
    } catch (error) {
      console.error(`[tailorkit] The "${type.type}" widget factory threw.`, error);
      content = html``;
    }
    let item: TkDashboardItem;
    if (content instanceof TkDashboardItem) {
      item = content;
    } else {
      item = document.createElement('tk-dashboard-item');
      if (content instanceof HTMLElement) item.append(content);
      else renderTemplate(content, item);
    }
    item.itemId = id;
    item.type = type.type;
    if (!item.heading) item.heading = type.title;
    item.w = type.w;
    item.h = type.h;
    if (type.minW !== undefined) item.minW = type.minW;
    if (type.minH !== undefined) item.minH = type.minH;
    if (type.maxW !== undefined) item.maxW = type.maxW;
    if (type.maxH !== undefined) item.maxH = type.maxH;
    this.#created.set(id, item);
    return item;
  }

  /** The visible items as a layout reference: constraints from the elements, in DOM order. */
  #reference(columns: number): Layout {
    let y = 0;
    const reference: Layout = [];
    for (const [id, element] of this.#elements) {
      const w = Math.min(Math.max(1, Math.round(element.w) || 1), columns);
      const h = Math.max(1, Math.round(element.h) || 1);
      reference.push(withConstraints({ id, x: 0, y, w, h }, element));
      y += h;
    }
    return reference;
  }

  /**
   * The layout to show at the active column count: the user's own (stored or derived from another
   * width), with widgets they have not placed yet in free slots; else the suggested one; else the
   * children's own positions. Problems found in stored or suggested data are reported.
   */
  #compose(): { layout: Layout; problems: TkLayoutErrorDetail[] } {
    const columns = this.currentColumns;
    const options = { float: this.float };
    const reports: TkLayoutErrorDetail[] = [];
    const report = (source: TkLayoutErrorDetail['source'], problems: LayoutProblem[]): void => {
      if (problems.length > 0) reports.push({ source, columns, problems });
    };
    let layout = this.#defaultLayout(columns, report);
    if (storedColumns(this.#user.layouts).length > 0) {
      const stored = layoutForColumns(this.#user.layouts, columns, { float: true });
      if (this.#persistence.isCustomized('layouts')) report('stored', stored.problems);
      const seen = this.#user.seen && new Set(this.#user.seen);
      const known = seen ? stored.layout.filter((item) => seen.has(item.id)) : stored.layout;
      layout = reconcileLayout(known, columns, layout, columns, options).layout;
    }
    return { layout, problems: reports };
  }

  /**
   * The layout shown before the user changes anything at `columns`: the suggested one, else the
   * children's own positions, with every visible widget placed.
   */
  #defaultLayout(
    columns: number,
    report: (source: TkLayoutErrorDetail['source'], problems: LayoutProblem[]) => void,
  ): Layout {
    const options = { float: this.float };
    const reference = this.#reference(columns);
    // Stored and suggested layouts hold no flags: read them without compaction, and let
    // `reconcileLayout` settle them with the widgets' own (`locked`, min/max) back on.
    const unsettled = { float: true };
    let defaults: Layout;
    const suggested = this.#persistence.layers.base.layouts;
    if (storedColumns(suggested).length > 0) {
      const result = layoutForColumns(suggested, columns, unsettled);
      report('suggested', result.problems);
      defaults = result.layout;
    } else {
      const base = this.#baseColumns;
      const own = [...this.#elements].map(([id, element]) => {
        const rect = this.#childRects.get(id) ?? { w: element.w, h: element.h };
        const entry = rect.x === undefined || rect.y === undefined ? { id, w: rect.w, h: rect.h } : { id, ...rect };
        return withConstraints(entry, element);
      });
      const children = sanitizeLayout(own, { columns: base, float: this.float });
      report('children', children.problems);
      defaults = layoutForColumns({ [base]: children.layout }, columns, options).layout;
    }
    return reconcileLayout(defaults, columns, reference, columns, options).layout;
  }

  /** Recomputes the layout from preferences and children, and shows it. */
  #recompose(): void {
    this.#layoutStale = false;
    this.#cancelGestures();
    const { layout, problems } = this.#compose();
    this.#applyLayout(layout);
    this.#report(problems);
  }

  /** Tells the host what was wrong with loaded layouts, and that the shown layout differs from them. */
  #report(problems: TkLayoutErrorDetail[]): void {
    for (const detail of problems) this.emit('tk-layout-error', detail);
    if (problems.some((detail) => detail.source === 'stored' || detail.source === 'suggested'))
      this.#emitChange('sanitize');
  }

  #assignLayout(): void {
    const value = this.#pendingLayout;
    this.#pendingLayout = undefined;
    if (this.#layoutStale) this.#recompose();
    const byId = new Map(this.#reference(this.currentColumns).map((item) => [item.id, item]));
    const entries = Array.isArray(value)
      ? value.map((entry: unknown) => {
          const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
          const constraints = typeof id === 'string' ? byId.get(id) : undefined;
          return constraints ? { ...constraints, ...(entry as object), ...pickConstraints(constraints) } : entry;
        })
      : value;
    const { layout, problems } = sanitizeLayout(entries, this.#layoutOptions);
    if (problems.length > 0)
      this.emit('tk-layout-error', { source: 'property', columns: this.currentColumns, problems });
    const known = layout.filter((item) => this.#elements.has(item.id));
    const full = reconcileLayout(
      known,
      this.currentColumns,
      this.#reference(this.currentColumns),
      this.currentColumns,
      {
        float: this.float,
      },
    );
    this.#storeLayout(full.layout);
    this.#applyLayout(full.layout);
    if (problems.length > 0) this.#emitChange('sanitize');
  }

  /** Records `layout` as the user's layout at the active column count and keeps the others consistent. */
  #storeLayout(layout: Layout, removed: readonly string[] = []): void {
    const synced = syncLayouts(this.#user.layouts, this.currentColumns, layout, { float: this.float, removed });
    this.#user.layouts = Object.fromEntries(
      Object.entries(synced.layouts).map(([key, entries]) => [key, entries.map(toEntry)]),
    );
    this.#user.seen = layout.map((item) => item.id);
  }

  /** Shows a committed layout: grid placement, item properties, DOM order. */
  /**
   * Shows a committed layout: grid placement and item attributes of the items that moved, then DOM
   * order (see `deferReorder`). `all` refreshes every item, for new strings or headings.
   */
  #applyLayout(layout: Layout, all = false): void {
    this.#committed = layout;
    this.#committedById = new Map(layout.map((item) => [item.id, item]));
    for (const item of layout) {
      const element = this.#elements.get(item.id);
      if (!element) continue;
      const area = gridArea(item);
      if (!all && this.#appliedAreas.get(element) === area) continue;
      element.style.gridArea = area;
      this.#appliedAreas.set(element, area);
      element.place(item);
      this.#unreflected.add(element);
    }
    this.#deferReorder();
    this.revision++;
  }

  /**
   * Reading order, the items' position attributes and descriptions, and the preferences write follow
   * a committed change in an idle moment rather than in the same frame: none changes what is on
   * screen, and a change that pushes hundreds of widgets shows sooner. Any key press, pointer press or focus change in the dashboard, leaving
   * the page and disconnecting all run them at once, so Tab always follows the new order and
   * nothing is lost.
   */
  #deferReorder(): void {
    this.#reorderDue = true;
    this.#scheduleIdle();
  }

  #scheduleIdle(): void {
    if (this.#idleHandle !== undefined) return;
    this.#idleHandle = requestIdleCallback(() => this.#flush(), { timeout: 100 });
  }

  /** Runs deferred reordering and writing now. */
  readonly #flush = (): void => {
    if (this.#idleHandle !== undefined) cancelIdleCallback(this.#idleHandle);
    this.#idleHandle = undefined;
    this.#reflectPlacements();
    if (this.#reorderDue) {
      this.#reorderDue = false;
      this.#reorder();
    }
    if (this.#persistDue) {
      this.#persistDue = false;
      void this.#persistence.set(snapshot(this.#user));
      if (this.#persistence.status !== 'loading') this.#syncedValue = this.#persistence.value;
    }
  };

  #reflectPlacements(): void {
    for (const element of this.#unreflected) {
      const rect = this.#committedById.get(element.itemId);
      if (rect && this.#elements.get(element.itemId) === element) element.reflectPlacement(this.#describe(rect));
    }
    this.#unreflected.clear();
  }

  /** Puts the items in reading order in the DOM, keeping focus where it was. */
  #reorder(): void {
    const order = sortByPosition(this.#committed)
      .map((item) => this.#elements.get(item.id))
      .filter((element): element is TkDashboardItem => element !== undefined);
    const active = document.activeElement;
    this.#reordering = true;
    try {
      const moved = reorderChildren(this, order);
      if (moved && active instanceof HTMLElement && active !== document.activeElement && active.isConnected) {
        active.focus({ preventScroll: true });
      }
    } finally {
      this.#reordering = false;
    }
  }

  #syncItemState(): void {
    this.#reflectPlacements();
    for (const element of this.#elements.values()) element.editable = this.editable;
  }

  // ---------------------------------------------------------------- breakpoints

  #columnsFor(width: number): number {
    if (!this.breakpoints) return this.columns;
    const breakpoint = breakpointFor(width, this.breakpoints);
    this.activeBreakpoint = breakpoint?.minWidth ?? 0;
    return breakpoint?.columns ?? this.columns;
  }

  #onResize(width: number): void {
    if (!this.hasUpdated || width === this.#observedWidth) return;
    this.#observedWidth = width;
    // A new column count changes the grid's height, which this observer sees: apply it in the next
    // frame rather than inside the observer callback, which would be a resize loop.
    cancelAnimationFrame(this.#resizeFrame);
    this.#resizeFrame = requestAnimationFrame(() => this.#switchColumns(this.#columnsFor(width), width));
  }

  #switchColumns(columns: number, width: number): void {
    const previous = this.activeColumns;
    if (columns === previous) return;
    this.#cancelGestures();
    this.activeColumns = columns;
    this.#recompose();
    this.emit('tk-breakpoint-change', { breakpoint: this.activeBreakpoint, columns, previousColumns: previous, width });
  }

  // ---------------------------------------------------------------- gestures

  /**
   * Resolves after the update, and in edit mode once the editing code has loaded: from then on
   * pointer, touch and keyboard gestures work.
   */
  protected override async getUpdateComplete(): Promise<boolean> {
    const result = await super.getUpdateComplete();
    if (this.editable && !this.#gestures && !this.#failed.has('editing')) {
      try {
        this.#attachGestures(await editing.load());
      } catch (error) {
        this.#loadFailed('editing', error);
      }
    }
    return result;
  }

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

  #attachGestures({ GestureController }: Editing): void {
    this.#gestures ??= new GestureController(this, {
      editable: () => this.editable,
      committed: () => ({ layout: this.#committed, byId: this.#committedById, options: this.#layoutOptions }),
      items: () => this.#elements,
      itemOf: (node) =>
        node instanceof TkDashboardItem && this.#elements.get(node.itemId) === node ? node : undefined,
      grid: () => this.grid,
      placeholder: () => this.placeholder,
      rowHeight: () => this.rowHeight,
      commit: (layout, reason, label) => this.#commit(layout, reason, label),
      announce: (message, moved) => this.#announce(message, moved),
      position: (rect) => this.#position(rect),
      term: (key) => this.#localize.term(key),
    });
  }

  #cancelGestures(): void {
    this.#gestures?.cancel();
  }

  // ---------------------------------------------------------------- commit, history, events

  /**
   * Makes a gesture's result the layout: one undo step, one `tk-layout-change`, one write. An added
   * widget or a removed id is recorded in the same step.
   */
  #commit(
    layout: Layout,
    reason: 'move' | 'resize' | 'add' | 'remove',
    label: string,
    { removed, added }: { removed?: string; added?: DashboardWidgetRecord } = {},
  ): void {
    const before = snapshot(this.#user);
    if (removed) this.#user.removed.push(removed);
    if (added) this.#user.widgets.push(added);
    this.#storeLayout(layout, removed ? [removed] : []);
    this.#history.record(before, this.#localize.term('change')(reason, label));
    this.#applyLayout(layout);
    this.#emitChange(reason);
    this.#persist();
  }

  /** Shows other preferences (undo, redo, reset, another tab) and keeps focus where it was. */
  #show(preferences: DashboardPreferences): void {
    this.#cancelGestures();
    const focused = document.activeElement instanceof TkDashboardItem ? document.activeElement : undefined;
    this.#user = preferences;
    this.#materializeWidgets();
    this.#syncChildren();
    this.#layoutStale = false;
    const { layout, problems } = this.#compose();
    this.#applyLayout(layout);
    this.#report(problems);
    if (focused?.isConnected && !focused.hidden) focused.focus({ preventScroll: true });
  }

  /** Goes back to a saved state of the user's preferences (undo, redo). */
  #restore(preferences: DashboardPreferences, reason: LayoutChangeReason): void {
    this.#show(preferences);
    this.#emitChange(reason);
    this.#persist();
  }

  /** Picks up a document value that changed under us: loaded, another tab, new suggested defaults. */
  #syncFromDocument(): void {
    const persistence = this.#persistence;
    if (persistence.status === 'loading' || persistence.value === this.#syncedValue) return;
    if (this.#persistDue) {
      this.#flush();
      if (persistence.value === this.#syncedValue) return;
    }
    this.#syncedValue = persistence.value;
    const next = readPreferences(persistence.value);
    // Loading a document that holds what is shown already (nothing stored yet) must not interrupt
    // a gesture that started meanwhile.
    if (JSON.stringify(next) === JSON.stringify(this.#user)) return;
    if (this.hasUpdated) this.#show(next);
    else {
      this.#user = next;
      this.#materializeWidgets();
    }
  }

  #emitChange(reason: LayoutChangeReason): void {
    this.emit('tk-layout-change', {
      layout: this.layout,
      breakpoint: this.activeBreakpoint,
      columns: this.currentColumns,
      reason,
    });
  }

  /** Writes the user's preferences (soon, see `deferReorder`): once per committed change, never during a gesture. */
  #persist(): void {
    this.#persistDue = true;
    this.#scheduleIdle();
  }

  // ---------------------------------------------------------------- announcements

  #position(rect: DashboardLayoutEntry): string {
    const element = this.#elements.get(rect.id);
    return this.#localize.term('position')(element?.label ?? rect.id, rect.y + 1, rect.x + 1, rect.w, rect.h);
  }

  #describe(rect: DashboardLayoutEntry): string {
    return `${this.#position(rect)}. ${this.#localize.term('instructions')}`;
  }

  #announce(message: string, moved: readonly MovedItem[] = []): void {
    const names = moved.map((entry) => this.#elements.get(entry.id)?.label ?? entry.id);
    const displaced =
      names.length > 0 ? ` ${this.#localize.term('displaced')(this.#localize.list(names), names.length)}` : '';
    this.#announcer.announce(message + displaced);
  }

  // ---------------------------------------------------------------- keyboard

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (!this.editable || event.defaultPrevented) return;
    const origin = event.composedPath()[0];
    const key = event.key;
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !event.altKey && (key === 'z' || key === 'Z' || key === 'y' || key === 'Y')) {
      if (isTextField(origin)) return;
      event.preventDefault();
      if (key === 'y' || key === 'Y' || event.shiftKey) this.redo();
      else this.undo();
      return;
    }
    if (!(origin instanceof TkDashboardItem) || this.#elements.get(origin.itemId) !== origin) return;
    if (this.#gestures?.busy || mod || event.altKey) return;
    if ((key === 'Enter' || key === ' ') && !this.#gestures) {
      // The keyboard grab loads with the rest of the gesture code: a press before then still grabs.
      event.preventDefault();
      editing.load().then(
        (module) => {
          this.#attachGestures(module);
          this.#gestures!.grab(origin);
        },
        (error: unknown) => this.#loadFailed('editing', error, true),
      );
    } else if (key === 'Delete' || key === 'Backspace') {
      event.preventDefault();
      void this.removeItem(origin.itemId);
    }
  };

  readonly #onClick = (event: MouseEvent): void => {
    if (!this.editable) return;
    const path = event.composedPath();
    const button = path.find((node) => node instanceof Element && node.hasAttribute('data-remove'));
    const item = path.find((node): node is TkDashboardItem => node instanceof TkDashboardItem);
    if (button && item && this.#elements.get(item.itemId) === item) void this.removeItem(item.itemId);
  };

  // ---------------------------------------------------------------- catalog

  /** A click that came before the popover was defined (it handles its trigger itself once it is). */
  readonly #onCatalogClick = async (): Promise<void> => {
    if (customElements.get('tk-popover')) return;
    try {
      await catalogElements.load();
    } catch (error) {
      this.#loadFailed('catalog', error, true);
      return;
    }
    await this.catalogPopover?.updateComplete;
    await this.catalogPopover?.show();
  };

  readonly #onCatalogSelect = async (event: CustomEvent<TkMenuSelectDetail>): Promise<void> => {
    const type = event.detail.value;
    // The menu closes its popover, which puts focus back on the button; the new widget takes it after.
    await this.catalogPopover?.updateComplete;
    await this.addWidget(type);
  };

  #uniqueId(type: string): string {
    const taken = new Set([
      ...this.#elements.keys(),
      ...this.#created.keys(),
      ...this.#childRects.keys(),
      ...this.#user.removed,
    ]);
    let n = 1;
    while (taken.has(`${type}-${n}`)) n++;
    return `${type}-${n}`;
  }

  // ---------------------------------------------------------------- public methods

  /**
   * Adds a widget of a catalog type in the first free slot, announces it and focuses it.
   * @returns the new item, or undefined when the type is unknown, `single` and already there, or
   * nothing fits.
   */
  async addWidget(type: string): Promise<TkDashboardItem | undefined> {
    const widgetType = this.catalog.find((candidate) => candidate.type === type);
    if (!widgetType || this.#alreadyAdded(widgetType)) return undefined;
    this.#cancelGestures();
    const id = this.#uniqueId(type);
    const item = this.#createWidget(widgetType, id);
    const change = addItem(this.#committed, withConstraints({ id, w: item.w, h: item.h }, item), this.#layoutOptions);
    if (!change.changed) {
      this.#created.delete(id);
      return undefined;
    }
    this.append(item);
    this.#elements.set(id, item);
    item.editable = this.editable;
    this.#commit(change.layout, 'add', item.label, { added: { id, type } });
    this.emit('tk-item-add', { id, type, item });
    await item.updateComplete;
    const rect = this.#committedById.get(id)!;
    this.#announce(this.#localize.term('added')(this.#position(rect)));
    item.focus();
    return item;
  }

  /**
   * Removes a widget after a cancelable `tk-before-item-remove`. Widgets the integrator rendered are
   * hidden (their element stays yours), catalog widgets are detached; undo brings either back.
   * @returns whether it was removed.
   */
  async removeItem(id: string): Promise<boolean> {
    const item = this.#elements.get(id);
    if (!item) return false;
    this.#cancelGestures();
    if (this.emit('tk-before-item-remove', { id, item }, { cancelable: true }).defaultPrevented) return false;
    const order = sortByPosition(this.#committed).map((entry) => entry.id);
    const index = order.indexOf(id);
    const next = order[index + 1] ?? order[index - 1];
    const hadFocus = item.matches(':focus-within');
    const change = removeItem(this.#committed, id, this.#layoutOptions);
    this.#elements.delete(id);
    this.#hide(item);
    this.#commit(change.layout, 'remove', item.label, { removed: id });
    this.emit('tk-item-remove', { id, item });
    const mac = /Mac|iPhone|iPad/.test(navigator.platform);
    this.#announce(this.#localize.term('removed')(item.label, this.#localize.term('undoKeys')(mac)));
    if (hadFocus) {
      const target = next ? this.#elements.get(next) : undefined;
      if (target) target.focus();
      else this.shadowRoot?.querySelector<HTMLElement>('[part~="catalog-button"]')?.focus();
    }
    // Resolve once the dashboard shows the new layout.
    await this.updateComplete;
    return true;
  }

  /** Moves a widget to column `x`, row `y` (pushing others aside) as one committed change. */
  moveItem(id: string, x: number, y: number): boolean {
    this.#cancelGestures();
    const change = moveItem(this.#committed, id, x, y, this.#layoutOptions);
    if (!change.changed) return false;
    this.#commit(change.layout, 'move', this.#elements.get(id)?.label ?? id);
    return true;
  }

  /** Resizes a widget to `w` x `h` cells (pushing others aside) as one committed change. */
  resizeItem(id: string, w: number, h: number): boolean {
    this.#cancelGestures();
    const change = resizeItem(this.#committed, id, w, h, this.#layoutOptions);
    if (!change.changed) return false;
    this.#commit(change.layout, 'resize', this.#elements.get(id)?.label ?? id);
    return true;
  }

  /** Undoes the last committed change (Ctrl/Cmd+Z in edit mode). */
  undo(): void {
    const previous = this.#history.undo(snapshot(this.#user));
    if (!previous) {
      this.#announcer.announce(this.#localize.term('nothingToUndo'));
      return;
    }
    this.#restore(previous.state, 'undo');
    this.#announcer.announce(this.#localize.term('undone')(previous.label));
  }

  /** Redoes the last undone change (Ctrl/Cmd+Shift+Z in edit mode). */
  redo(): void {
    const next = this.#history.redo(snapshot(this.#user));
    if (!next) {
      this.#announcer.announce(this.#localize.term('nothingToRedo'));
      return;
    }
    this.#restore(next.state, 'redo');
    this.#announcer.announce(this.#localize.term('redone')(next.label));
  }

  /** Drops the user's changes so the suggested (or the children's own) layout shows again; undoable. */
  resetLayout(): void {
    // The Reset button goes away with the user's layer: focus goes to Undo, which brings it back.
    if (this.shadowRoot?.activeElement?.matches('[part~="reset-button"]')) {
      void this.updateComplete.then(() =>
        this.shadowRoot?.querySelector<HTMLElement>('[part~="undo-button"]')?.focus(),
      );
    }
    this.#persistDue = false;
    this.#history.record(snapshot(this.#user), this.#localize.term('change')('reset', ''));
    void this.#persistence.reset();
    this.#syncedValue = this.#persistence.value;
    this.#show(readPreferences(this.#persistence.value));
    this.#emitChange('reset');
    this.#announcer.announce(this.#localize.term('reset'));
  }

  // ---------------------------------------------------------------- render

  /** Types of the widgets on the dashboard now. */
  #presentTypes(): Set<string> {
    const types = new Set<string>();
    for (const element of this.#elements.values()) if (element.type) types.add(element.type);
    return types;
  }

  /** A `single` type one of whose widgets is on the dashboard: not offered again. */
  #alreadyAdded(type: TkWidgetType, present = this.#presentTypes()): boolean {
    return type.single === true && present.has(type.type);
  }

  #renderCatalog(): TemplateResult | typeof nothing {
    if (this.catalog.length === 0) return nothing;
    const present = this.#presentTypes();
    // The catalog's own events are its business with the dashboard: they stop at the popover.
    return html`<tk-popover
      placement="bottom-start"
      @tk-before-show=${stop}
      @tk-show=${stop}
      @tk-after-show=${stop}
      @tk-before-hide=${stop}
      @tk-hide=${stop}
      @tk-after-hide=${stop}
      @tk-select=${stop}
    >
      <button slot="trigger" type="button" class="button" part="catalog-button" @click=${this.#onCatalogClick}>
        ${this.#localize.term('addWidget')}
      </button>
      <tk-menu part="catalog" @tk-select=${this.#onCatalogSelect}>
        ${this.catalog.map((type) => {
          const added = this.#alreadyAdded(type, present);
          const note = added ? this.#localize.term('alreadyAdded') : type.description;
          return html`<tk-menu-item value=${type.type} ?disabled=${added}>
            <span class="catalog-entry"
              ><span>${type.title}</span> ${note ? html`<small>${note}</small>` : nothing}</span
            >
          </tk-menu-item>`;
        })}
      </tk-menu>
    </tk-popover>`;
  }

  override render(): TemplateResult {
    const term = this.#localize.term.bind(this.#localize);
    const empty = this.#elements.size === 0;
    const layers = this.#persistence.layers;
    const suggestion = layers.personalized !== undefined ? (layers.reason ?? term('suggested')) : '';
    // Reset shows exactly when the user has a layer of their own (or one is about to be written).
    const customized = this.#persistDue || (this.#persistence.status !== 'loading' && layers.user !== undefined);
    // The label says what is shown: the suggestion, or the user's own layout over one.
    const reason = suggestion && customized ? term('yourLayout') : suggestion;
    const loading = this.persistKey !== undefined && this.#persistence.status === 'loading';
    return html`<div part="base">
      <div part="toolbar">
        <slot name="toolbar"></slot>
        ${reason ? html`<span part="reason">${reason}</span>` : nothing}
        <span class="spacer"></span>
        ${
          this.editable
            ? html`${this.#renderCatalog()}
                <button
                  type="button"
                  class="button"
                  part="undo-button"
                  ?disabled=${!this.canUndo}
                  @click=${() => this.undo()}
                >
                  ${term('undo')}
                </button>
                <button
                  type="button"
                  class="button"
                  part="redo-button"
                  ?disabled=${!this.canRedo}
                  @click=${() => this.redo()}
                >
                  ${term('redo')}
                </button>
                ${
                  customized
                    ? html`<button type="button" class="button" part="reset-button" @click=${() => this.resetLayout()}>
                        ${suggestion ? term('resetLayout')(suggestion) : term('resetToDefault')}
                      </button>`
                    : nothing
                }`
            : nothing
        }
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
    </div>`;
  }
}

function stop(event: Event): void {
  event.stopPropagation();
}

function withConstraints<T extends { id: string }>(item: T, element: TkDashboardItem): T & Partial<LayoutItem> {
  return { ...item, ...pickConstraints(element) };
}

function pickConstraints(source: Partial<LayoutItem> | TkDashboardItem): Partial<LayoutItem> {
  const out: Partial<LayoutItem> = {};
  if (source.minW !== undefined) out.minW = source.minW;
  if (source.minH !== undefined) out.minH = source.minH;
  if (source.maxW !== undefined) out.maxW = source.maxW;
  if (source.maxH !== undefined) out.maxH = source.maxH;
  if (source.locked) out.locked = true;
  if (source.noMove) out.noMove = true;
  if (source.noResize) out.noResize = true;
  return out;
}

function sameConstraints(rect: LayoutItem, element: TkDashboardItem): boolean {
  return (
    rect.minW === (element.minW ?? undefined) &&
    rect.minH === (element.minH ?? undefined) &&
    rect.maxW === (element.maxW ?? undefined) &&
    rect.maxH === (element.maxH ?? undefined) &&
    (rect.locked ?? false) === element.locked &&
    (rect.noMove ?? false) === element.noMove &&
    (rect.noResize ?? false) === element.noResize
  );
}
