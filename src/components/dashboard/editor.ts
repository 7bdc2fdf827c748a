import { html, nothing, type TemplateResult } from 'lit';
import { History } from '../../core/history/index.js';
import type { TkEventDetailMap } from '../../base/tk-element.js';
import {
  addItem,
  moveItem,
  removeItem,
  resizeItem,
  sortByPosition,
  type Layout,
  type LayoutItem,
  type LayoutOptions,
  type LayoutRect,
  type MovedItem,
} from '../../core/layout/index.js';
import { snapshotPreferences as snapshot } from '../../core/dashboard/preferences.js';
import type { TkMenuSelectDetail } from '../menu/menu.js';
import type { TkPopover } from '../popover/popover.js';
import type { TkDashboardItem } from './dashboard-item.js';
import type { DashboardStrings } from './dashboard-strings.js';
import type {
  DashboardPreferences,
  DashboardItemRecord,
  LayoutChangeReason,
  TkDashboardItemType,
} from './dashboard-types.js';
import { isTextField, withConstraints } from './constraints.js';
import { DATA_REMOVE } from './parts.js';

/** How long a widget just added from the catalog stays highlighted. */
const ADDED_HIGHLIGHT_MS = 1600;

/** A catalog with more entries than this gets a search field. */
const SEARCH_FROM = 9;

/** What the editing code needs from its dashboard. */
export interface EditorHooks {
  catalog: () => readonly TkDashboardItemType[];
  /** The user's preferences as shown (mutable: a commit appends to its lists). */
  user: () => DashboardPreferences;
  committed: () => { layout: Layout; byId: ReadonlyMap<string, LayoutItem>; options: LayoutOptions };
  items: () => Map<string, TkDashboardItem>;
  itemOf: (node: EventTarget | undefined) => TkDashboardItem | undefined;
  /** Every id in use or reserved (visible, detached catalog widgets, children, removed). */
  takenIds: () => Iterable<string>;
  createItem: (type: TkDashboardItemType, id: string) => TkDashboardItem;
  forgetItem: (id: string) => void;
  hide: (item: TkDashboardItem) => void;
  /** Records `layout` as the user's at the active column count. */
  /** Records the user's layout; `target` is the item the user moved or resized, if any. */
  storeLayout: (layout: Layout, removed?: readonly string[], target?: string) => void;
  applyLayout: (layout: Layout) => void;
  /** Shows other preferences (undo, redo) and keeps focus where it was. */
  show: (preferences: DashboardPreferences) => void;
  /** Drops the user's layer in the document and shows what is below. */
  resetDocument: () => void;
  emitChange: (reason: LayoutChangeReason) => void;
  persist: () => void;
  cancelGestures: () => void;
  announce: (message: string, moved?: readonly MovedItem[]) => void;
  position: (rect: LayoutRect & { id: string }) => string;
  term: <K extends keyof DashboardStrings>(key: K) => DashboardStrings[K];
  /** Loads the catalog's popover and menu; false (and the user told) when they cannot be fetched. */
  loadCatalog: () => Promise<boolean>;
  part: <E extends HTMLElement>(selector: string) => E | null;
  emit: <K extends keyof TkEventDetailMap>(
    name: K,
    detail: TkEventDetailMap[K],
    options?: { cancelable?: boolean },
  ) => CustomEvent<TkEventDetailMap[K]>;
}

interface Host extends HTMLElement {
  readonly editable: boolean;
  readonly updateComplete: Promise<boolean>;
  requestUpdate(): void;
}

function stop(event: Event): void {
  event.stopPropagation();
}

/**
 * What a dashboard does only in edit mode or when told to change: committing a change (one undo
 * step, one event, one write), undo and redo, reset, adding from the catalog, removing, moving and
 * resizing by call, and the edit toolbar. Loaded with the gesture code, so a dashboard that is only
 * viewed does not download it.
 */
export class DashboardEditor {
  readonly #history = new History<DashboardPreferences>();
  readonly #host: Host;
  readonly #hooks: EditorHooks;
  #query = '';

  constructor(host: Host, hooks: EditorHooks) {
    this.#host = host;
    this.#hooks = hooks;
  }

  get canUndo(): boolean {
    return this.#history.canUndo;
  }

  get canRedo(): boolean {
    return this.#history.canRedo;
  }

  /**
   * Makes a change the layout: one undo step, one `tk-layout-change`, one write. An added widget or
   * a removed id is recorded in the same step.
   */
  commit(
    layout: Layout,
    reason: 'move' | 'resize' | 'add' | 'remove',
    label: string,
    { removed, added, target }: { removed?: string; added?: DashboardItemRecord; target?: string } = {},
  ): void {
    const hooks = this.#hooks;
    const user = hooks.user();
    const before = snapshot(user);
    if (removed) user.removed.push(removed);
    if (added) user.widgets.push(added);
    hooks.storeLayout(layout, removed ? [removed] : [], target);
    this.#history.record(before, hooks.term('change')(reason, label));
    hooks.applyLayout(layout);
    hooks.emitChange(reason);
    hooks.persist();
  }

  undo(): void {
    this.#step('undo');
  }

  redo(): void {
    this.#step('redo');
  }

  #step(direction: 'undo' | 'redo'): void {
    const hooks = this.#hooks;
    const step = this.#history[direction](snapshot(hooks.user()));
    if (!step) {
      hooks.announce(hooks.term(direction === 'undo' ? 'nothingToUndo' : 'nothingToRedo'));
      return;
    }
    hooks.show(step.state);
    hooks.emitChange(direction);
    hooks.persist();
    hooks.announce(hooks.term(direction === 'undo' ? 'undone' : 'redone')(step.label));
  }

  reset(): void {
    const hooks = this.#hooks;
    // The Reset button goes away with the user's layer: focus goes to Undo, which brings it back.
    if (hooks.part('[part~="reset-button"]')?.matches(':focus')) {
      void this.#host.updateComplete.then(() => hooks.part('[part~="undo-button"]')?.focus());
    }
    this.#history.record(snapshot(hooks.user()), hooks.term('change')('reset', ''));
    hooks.resetDocument();
    hooks.emitChange('reset');
    hooks.announce(hooks.term('reset'));
  }

  moveItem(id: string, x: number, y: number): boolean {
    return this.#change(id, 'move', (layout, options) => moveItem(layout, id, x, y, options));
  }

  resizeItem(id: string, w: number, h: number): boolean {
    return this.#change(id, 'resize', (layout, options) => resizeItem(layout, id, w, h, options));
  }

  #change(
    id: string,
    reason: 'move' | 'resize',
    operation: (layout: Layout, options: LayoutOptions) => { layout: Layout; changed: boolean },
  ): boolean {
    const hooks = this.#hooks;
    hooks.cancelGestures();
    const { layout, options } = hooks.committed();
    const change = operation(layout, options);
    if (!change.changed) return false;
    this.commit(change.layout, reason, hooks.items().get(id)?.label ?? id, { target: id });
    return true;
  }

  async add(type: string): Promise<TkDashboardItem | undefined> {
    const hooks = this.#hooks;
    const itemType = hooks.catalog().find((candidate) => candidate.type === type);
    if (!itemType || this.#alreadyAdded(itemType)) return undefined;
    hooks.cancelGestures();
    const id = this.#uniqueId(type);
    const item = hooks.createItem(itemType, id);
    const { layout, options } = hooks.committed();
    const change = addItem(layout, withConstraints({ id, w: item.w, h: item.h }, item), options);
    if (!change.changed) {
      hooks.forgetItem(id);
      return undefined;
    }
    this.#host.append(item);
    hooks.items().set(id, item);
    item.editable = this.#host.editable;
    this.commit(change.layout, 'add', item.label, { added: { id, type } });
    this.#hooks.emit('tk-item-add', { id, type, item });
    await item.updateComplete;
    hooks.announce(hooks.term('added')(hooks.position(hooks.committed().byId.get(id)!)));
    // Bring the new widget into view and mark it for a moment, so the eye finds it too.
    item.focus({ preventScroll: true });
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    item.scrollIntoView({ block: 'nearest', behavior: still ? 'auto' : 'smooth' });
    item.toggleState('added', true);
    setTimeout(() => item.toggleState('added', false), ADDED_HIGHLIGHT_MS);
    return item;
  }

  async removeItem(id: string): Promise<boolean> {
    const hooks = this.#hooks;
    const item = hooks.items().get(id);
    if (!item) return false;
    hooks.cancelGestures();
    if (this.#hooks.emit('tk-before-item-remove', { id, item }, { cancelable: true }).defaultPrevented) return false;
    const { layout, options } = hooks.committed();
    const order = sortByPosition(layout).map((entry) => entry.id);
    const index = order.indexOf(id);
    const next = order[index + 1] ?? order[index - 1];
    const hadFocus = item.matches(':focus-within');
    const change = removeItem(layout, id, options);
    hooks.items().delete(id);
    hooks.hide(item);
    this.commit(change.layout, 'remove', item.label, { removed: id });
    this.#hooks.emit('tk-item-remove', { id, item });
    const mac = /Mac|iPhone|iPad/.test(navigator.platform);
    hooks.announce(hooks.term('removed')(item.label, hooks.term('undoKeys')(mac)));
    if (hadFocus) {
      const target = next ? hooks.items().get(next) : undefined;
      if (target) target.focus();
      else hooks.part('[part~="catalog-button"]')?.focus();
    }
    // Resolve once the dashboard shows the new layout.
    await this.#host.updateComplete;
    return true;
  }

  /** Ctrl/Cmd+Z and +Y (or +Shift+Z) undo and redo; Delete and Backspace remove the focused widget. */
  onKeyDown(event: KeyboardEvent): void {
    const origin = event.composedPath()[0];
    const key = event.key.toLowerCase();
    const mod = event.ctrlKey || event.metaKey;
    if (mod && !event.altKey && (key === 'z' || key === 'y')) {
      if (isTextField(origin)) return;
      event.preventDefault();
      if (key === 'y' || event.shiftKey) this.redo();
      else this.undo();
      return;
    }
    const item = this.#hooks.itemOf(origin);
    if (item && !mod && !event.altKey && (key === 'delete' || key === 'backspace')) {
      event.preventDefault();
      void this.removeItem(item.itemId);
    }
  }

  /** The remove button in an item's header. */
  onClick(event: MouseEvent): void {
    const path = event.composedPath();
    const button = path.find((node) => node instanceof Element && node.hasAttribute(DATA_REMOVE));
    const item = button && path.map((node) => this.#hooks.itemOf(node)).find((found) => found !== undefined);
    if (item) void this.removeItem(item.itemId);
  }

  #uniqueId(type: string): string {
    const taken = new Set(this.#hooks.takenIds());
    let n = 1;
    while (taken.has(`${type}-${n}`)) n++;
    return `${type}-${n}`;
  }

  /** Types of the widgets on the dashboard now. */
  #presentTypes(): Set<string> {
    const types = new Set<string>();
    for (const element of this.#hooks.items().values()) if (element.type) types.add(element.type);
    return types;
  }

  /** A `single` type one of whose widgets is on the dashboard: not offered again. */
  #alreadyAdded(type: TkDashboardItemType, present = this.#presentTypes()): boolean {
    return type.single === true && present.has(type.type);
  }

  /** The edit toolbar: catalog, undo, redo, and Reset when the user has a layer of their own. */
  renderToolbar(customized: boolean, suggestion: string): TemplateResult {
    const term = this.#hooks.term;
    const reset = suggestion ? term('resetLayout')(suggestion) : term('resetToDefault');
    return html`${this.#renderCatalog()}
      <button type="button" class="button" part="undo-button" ?disabled=${!this.canUndo} @click=${() => this.undo()}>
        ${term('undo')}
      </button>
      <button type="button" class="button" part="redo-button" ?disabled=${!this.canRedo} @click=${() => this.redo()}>
        ${term('redo')}
      </button>
      ${
        customized
          ? html`<button type="button" class="button" part="reset-button" @click=${() => this.reset()}>
              ${reset}
            </button>`
          : // Its place is kept, so the toolbar does not jump when it appears.
            html`<span class="button reserve" aria-hidden="true">${reset}</span>`
      }`;
  }

  /** The keys that move and resize a widget, shown while one has keyboard focus (`shown`). */
  renderHint(shown: boolean): TemplateResult {
    return html`<p part="hint" class="hint" aria-hidden="true" ?data-shown=${shown}>${this.#hooks.term('hint')}</p>`;
  }

  /** A click that came before the popover was defined (it handles its trigger itself once it is). */
  readonly #onCatalogClick = async (): Promise<void> => {
    if (customElements.get('tk-popover')) return;
    if (!(await this.#hooks.loadCatalog())) return;
    const popover = this.#hooks.part<TkPopover>('tk-popover');
    await popover?.updateComplete;
    await popover?.show();
  };

  readonly #onCatalogSelect = async (event: CustomEvent<TkMenuSelectDetail>): Promise<void> => {
    // The menu closes its popover, which puts focus back on the button; the new widget takes it after.
    await this.#hooks.part<TkPopover>('tk-popover')?.updateComplete;
    this.#query = '';
    await this.add(event.detail.value);
  };

  readonly #onCatalogInput = (event: Event): void => {
    this.#query = (event.target as HTMLInputElement).value;
    this.#host.requestUpdate();
  };

  #renderCatalog(): TemplateResult | typeof nothing {
    const catalog = this.#hooks.catalog();
    if (catalog.length === 0) return nothing;
    const term = this.#hooks.term;
    const present = this.#presentTypes();
    const query = this.#query.trim().toLocaleLowerCase();
    const matches = (type: TkDashboardItemType): boolean =>
      !query || `${type.title} ${type.description ?? ''}`.toLocaleLowerCase().includes(query);
    // What can be added first; a type that is already there (single) after, saying so.
    const entries = catalog
      .map((type) => ({ type, added: this.#alreadyAdded(type, present) }))
      .filter(({ type }) => matches(type))
      .sort((a, b) => Number(a.added) - Number(b.added));
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
        ${term('addWidget')}
      </button>
      ${
        catalog.length >= SEARCH_FROM
          ? html`<input
              type="search"
              part="catalog-search"
              class="catalog-search"
              aria-label=${term('searchCatalog')}
              placeholder=${term('searchCatalog')}
              .value=${this.#query}
              @input=${this.#onCatalogInput}
            />`
          : nothing
      }
      <tk-menu part="catalog" @tk-select=${this.#onCatalogSelect}>
        ${entries.map(({ type, added }) => {
          const note = added ? term('alreadyAdded') : type.description;
          return html`<tk-menu-item value=${type.type} ?disabled=${added}>
            <span class="catalog-entry"
              >${type.icon ? html`<span class="catalog-icon" aria-hidden="true">${type.icon}</span>` : nothing}<span
                >${type.title}</span
              >
              ${note ? html`<small>${note}</small>` : nothing}</span
            >
          </tk-menu-item>`;
        })}
      </tk-menu>
      ${entries.length === 0 ? html`<p class="catalog-none" role="status">${term('noMatch')}</p>` : nothing}
    </tk-popover>`;
  }
}
