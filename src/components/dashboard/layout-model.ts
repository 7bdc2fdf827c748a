import {
  sortByPosition,
  type Layout,
  type LayoutItem,
  type LayoutOptions,
  type MovedItem,
} from '../../core/layout/index.js';
import { syncLayoutsWith } from '../../core/layout/breakpoints.js';
import { LayoutNeedsRepair, trustedEntries, type Reader } from '../../core/layout/entries.js';
import type { PersistHost } from '../../base/preferences/persist-controller.js';
import { LazyPersistence } from './persistence.js';
import type { TkEventDetailMap } from '../../base/tk-element.js';
import {
  emptyPreferences,
  isWholeLayout,
  readPreferences,
  snapshotPreferences as snapshot,
  toEntry,
  validatePreferences,
} from '../../core/dashboard/preferences.js';
import { composeLayout, defaultLayout, type ComposeInput, type ComposeProblem } from '../../core/dashboard/compose.js';
import { TkDashboardItem } from './dashboard-item.js';
import { DashboardChildren, type GivenChange } from './children.js';
import type { DashboardStrings } from './dashboard-strings.js';
import { sameConstraints } from './constraints.js';
import type { ColumnsController } from './columns.js';
import { editing, layoutOnUse } from './lazy-parts.js';
import { ItemPlacement } from './placement.js';
import type {
  DashboardLayoutEntry,
  DashboardPreferences,
  LayoutChangeReason,
  TkDashboardItemType,
} from './dashboard-types.js';

/** What the model reads from its dashboard element. */
export interface ModelHost extends PersistHost {
  readonly float: boolean;
  readonly editable: boolean;
  readonly catalog: readonly TkDashboardItemType[];
  readonly hasUpdated: boolean;
}

/** What the model needs from the dashboard beyond its properties. */
export interface ModelHooks {
  term: <K extends keyof DashboardStrings>(key: K) => DashboardStrings[K];
  /** Formats names as a list in the dashboard's language. */
  list: (names: string[]) => string;
  /** Says a message in the dashboard's live region. */
  say: (message: string) => void;
  emit: <K extends keyof TkEventDetailMap>(
    name: K,
    detail: TkEventDetailMap[K],
    options?: { cancelable?: boolean },
  ) => CustomEvent<TkEventDetailMap[K]>;
  cancelGestures: () => void;
  /** Code loaded on first use could not be fetched. */
  loadFailed: (part: string, error: unknown) => void;
}

/**
 * What a dashboard shows, and why: "make this layout current" in one place.
 *
 * It keeps the user's preferences over the suggested ones (bound to the preferences document by
 * `persist-key`), composes the layout at the active column count from them and the widgets the
 * integrator renders, and makes a layout current on each of the paths that change it: the document
 * changed (loaded, another tab, new suggestions), the children changed, the integrator moved a widget
 * by its properties or assigned `layout`, the column count changed, and the editing code committed,
 * undid or reset. Placing the layout on the items is `ItemPlacement`'s job.
 */
export class DashboardLayoutModel {
  readonly children: DashboardChildren;
  readonly placement: ItemPlacement;
  readonly persistence: LazyPersistence<DashboardPreferences>;
  /** The effective preferences (suggested defaults with the user's changes), as a mutable copy. */
  user: DashboardPreferences = emptyPreferences();
  /**
   * Settles once the changes that wait for code loaded on use are made: the persistence binding
   * arriving, a layout that needed repair, an assigned layout, items the integrator moved.
   */
  settled: Promise<void> | undefined;
  /** The dashboard's strings, live region and events, for the editing code too. */
  readonly hooks: ModelHooks;
  readonly #host: ModelHost;
  /**
   * Items the user moved or resized on this page, with when (`Date.now()`) they last did: their
   * gesture wins a merge with another tab's change, unless that change was stored after it.
   */
  readonly #targets = new Map<string, number>();
  readonly #columns: ColumnsController;
  /** The document value `user` was last read from or written as. */
  #syncedValue: unknown;
  #pendingLayout: unknown;
  /**
   * The last layout the integrator assigned before the document loaded: placed again when the
   * document turns out to hold no layout of the user's (a stored one wins, as it does over `x`/`y`).
   */
  #assignedEarly: unknown;
  #childrenDirty = true;
  #layoutStale = true;
  /**
   * Reads layouts that are not well-formed. Until the repair code has loaded, `trustedEntries` reads
   * the well-formed ones (and those of widgets without a position) and refuses the rest, which makes
   * the model load it and try again (see `#orRepair`).
   */
  #read: Reader = trustedEntries;

  constructor(host: ModelHost, columns: ColumnsController, hooks: ModelHooks) {
    this.#host = host;
    this.#columns = columns;
    this.hooks = hooks;
    this.children = new DashboardChildren(host);
    this.placement = new ItemPlacement(host, {
      items: this.children.visible,
      describe: (rect) => `${this.position(rect)}. ${hooks.term('instructions')}`,
      flushed: () => {
        if (!this.persistence.pending) return;
        this.persistence.flush();
        if (this.persistence.status !== 'loading') this.#syncedValue = this.persistence.value;
      },
    });
    this.persistence = new LazyPersistence<DashboardPreferences>(
      host,
      {
        version: 1,
        defaults: emptyPreferences(),
        validate: validatePreferences,
        whole: isWholeLayout,
        // A column count the user had not changed showed the default layout: that is what a gesture
        // made there started from. Changes are made in edit mode, so the merge loads with the editing
        // code; before it has, this page changed nothing and what the other tab stored stands.
        rebase: (ancestor, ours, theirs, stored) =>
          editing.loaded
            ? editing.loaded.rebasePreferences(
                ancestor,
                ours,
                theirs,
                host.float,
                (count) => defaultLayout(this.#composeInput(count)),
                new Set(this.#targets.keys()),
                this.#supersededBy(stored.at),
              )
            : theirs,
      },
      (error) => hooks.loadFailed('preferences', error),
    );
    this.#after(this.persistence.ready);
  }

  /** Visible items by id. */
  get items(): Map<string, TkDashboardItem> {
    return this.children.visible;
  }

  /** The visible item `node` is, if it is one of this dashboard's. */
  itemOf(node: EventTarget | null | undefined): TkDashboardItem | undefined {
    return node instanceof TkDashboardItem && this.items.get(node.itemId) === node ? node : undefined;
  }

  get options(): LayoutOptions {
    return { columns: this.#columns.active, float: this.#host.float };
  }

  /** The committed layout with its grid options, as the editing code starts from it. */
  committed(): { layout: Layout; byId: ReadonlyMap<string, LayoutItem>; options: LayoutOptions } {
    return { layout: this.placement.layout, byId: this.placement.byId, options: this.options };
  }

  /** The layout in reading order, as integrators read it. */
  get entries(): DashboardLayoutEntry[] {
    return sortByPosition(this.placement.layout).map(toEntry);
  }

  /**
   * What the toolbar says: the suggestion's reason (empty when nothing is suggested), and whether the
   * user has a layer of their own, so Reset shows and the label says the layout is theirs.
   */
  labels(): { suggestion: string; customized: boolean; reason: string; loading: boolean } {
    const persistence = this.persistence;
    const layers = persistence.layers;
    const suggestion = layers.personalized !== undefined ? (layers.reason ?? this.hooks.term('suggested')) : '';
    // Reset shows exactly when the user has a layer of their own (or one is about to be written).
    const customized = persistence.pending || (persistence.status !== 'loading' && layers.user !== undefined);
    // The label says what is shown: the suggestion, or the user's own layout over one.
    const reason = suggestion && customized ? this.hooks.term('yourLayout') : suggestion;
    const loading = this.#host.persistKey !== undefined && persistence.status === 'loading';
    return { suggestion, customized, reason, loading };
  }

  /** The children changed (slot change, or an item's properties): read them at the next update. */
  childrenChanged(): void {
    this.#childrenDirty = true;
  }

  /** `layout` was assigned: placed at the next update. */
  assign(value: unknown): void {
    this.#pendingLayout = value;
    if (this.persistence.status === 'loading') this.#assignedEarly = value;
  }

  /**
   * Brings the shown layout up to date before the dashboard renders: the document, the catalog's
   * widgets, the children, an assigned layout, or a change of `float` or the column count (`relayout`).
   */
  update(catalogChanged: boolean, relayout: boolean): void {
    this.#syncFromDocument();
    if (catalogChanged) this.#materialize();
    if (this.#childrenDirty) this.#syncChildren();
    if (this.#pendingLayout !== undefined) this.#assignLayout();
    else if (relayout || this.#layoutStale) this.recompose();
  }

  /** Items take the edit mode, and their position attributes are brought up to date. */
  syncEditable(): void {
    this.placement.reflect();
    for (const element of this.items.values()) element.editable = this.#host.editable;
  }

  /** An item's properties changed to what the layout already has: place it again, nothing else. */
  placedAsCommitted(item: TkDashboardItem): boolean {
    const rect = this.placement.byId.get(item.itemId);
    const same =
      rect !== undefined &&
      this.items.get(item.itemId) === item &&
      rect.x === item.x &&
      rect.y === item.y &&
      rect.w === item.w &&
      rect.h === item.h &&
      sameConstraints(rect, item);
    if (same) this.placement.restore(item, rect);
    return same;
  }

  // ---------------------------------------------------------------- making a layout current

  /** From now on layouts that are not well-formed are read (and repaired) by `read`. */
  repairWith(read: Reader): void {
    this.#read = read;
  }

  /** Recomputes the layout from preferences and children, and shows it. */
  recompose(): void {
    this.#layoutStale = false;
    this.hooks.cancelGestures();
    const composed = this.#orRepair(
      () => composeLayout(this.#composeInput(this.#columns.active)),
      () => this.recompose(),
    );
    if (!composed) return;
    this.apply(composed.layout);
    this.#report(composed.problems);
  }

  /**
   * Runs `run`; when it meets a layout that needs repair before the repair code has loaded, loads
   * it and runs `again` (the layout shown meanwhile stays; `settled` waits for it).
   */
  #orRepair<T>(run: () => T, again: () => void): T | undefined {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof LayoutNeedsRepair)) throw error;
      this.#after(
        layoutOnUse.load().then(({ readEntries }) => {
          this.#read = readEntries;
          again();
        }),
      );
      return undefined;
    }
  }

  /** `settled` waits for `work` too; a failure to load code is reported, never thrown. */
  #after(work: Promise<void>): void {
    const previous = this.settled;
    this.settled = Promise.all([previous, work]).then(
      () => {},
      (error: unknown) => this.hooks.loadFailed('layout', error),
    );
  }

  /** Shows other preferences (undo, redo, reset, another tab) and keeps focus where it was. */
  show(preferences: DashboardPreferences): void {
    this.hooks.cancelGestures();
    const focused = document.activeElement instanceof TkDashboardItem ? document.activeElement : undefined;
    this.user = preferences;
    this.#materialize();
    this.#syncChildren();
    this.recompose();
    if (focused?.isConnected && !focused.hidden) focused.focus({ preventScroll: true });
  }

  /** Drops the user's layer in the document and shows what is below. */
  resetDocument(): void {
    this.persistence.reset();
    this.#syncedValue = this.persistence.value;
    this.show(readPreferences(this.persistence.value));
  }

  /** Shows a committed layout (see `ItemPlacement.apply`) and re-renders the toolbar. */
  apply(layout: Layout, all = false): void {
    this.placement.apply(layout, all);
    this.#host.requestUpdate();
  }

  /**
   * Records `layout` as the user's layout at the active column count and keeps the others consistent.
   * `target` is the item the user moved or resized: in a merge with another tab's change, the user's
   * own gesture on it wins, unless the other tab's change was stored after it (see `rebaseLayout`).
   */
  store(layout: Layout, removed: readonly string[] = [], target?: string): void {
    if (target !== undefined) this.#targets.set(target, Date.now());
    const options = { float: this.#host.float, removed };
    const synced = syncLayoutsWith(this.#read, this.user.layouts, this.#columns.active, layout, options);
    this.user.layouts = Object.fromEntries(
      Object.entries(synced.layouts).map(([key, entries]) => [key, entries.map(toEntry)]),
    );
    this.user.seen = layout.map((item) => item.id);
  }

  /** The items whose last gesture here was made before another tab's change stored `at`. */
  #supersededBy(at: number | undefined): Set<string> {
    const superseded = new Set<string>();
    if (at === undefined) return superseded;
    for (const [id, when] of this.#targets) if (when < at) superseded.add(id);
    return superseded;
  }

  /** Writes the user's preferences in an idle moment: once per committed change, never during a gesture. */
  persist(): void {
    this.persistence.set(snapshot(this.user), { when: 'idle' });
  }

  emitChange(reason: LayoutChangeReason): void {
    this.hooks.emit('tk-layout-change', {
      layout: this.entries,
      breakpoint: this.#columns.breakpoint,
      columns: this.#columns.active,
      reason,
    });
  }

  /** Creates the elements of catalog widgets recorded in the user's or the suggested preferences. */
  #materialize(): void {
    this.children.materialize(this.user.widgets, this.user.removed, this.#host.catalog);
    this.#childrenDirty = true;
  }

  #composeInput(columns: number): ComposeInput {
    return {
      columns,
      float: this.#host.float,
      preferences: this.user,
      customized: this.persistence.isCustomized('layouts'),
      suggested: this.persistence.layers.base.layouts,
      reference: this.children.reference(columns),
      own: this.children.ownLayout(),
      ownColumns: this.#columns.base,
      read: this.#read,
    };
  }

  /** Tells the host what was wrong with loaded layouts, and that the shown layout differs from them. */
  #report(problems: ComposeProblem[]): void {
    const columns = this.#columns.active;
    for (const { source, problems: found } of problems)
      this.hooks.emit('tk-layout-error', { source, columns, problems: found });
    if (problems.some(({ source }) => source === 'stored' || source === 'suggested')) this.emitChange('sanitize');
  }

  /** Picks up a document value that changed under us: loaded, another tab, new suggested defaults. */
  #syncFromDocument(): void {
    const persistence = this.persistence;
    if (persistence.status === 'loading' || persistence.value === this.#syncedValue) return;
    if (persistence.pending) {
      this.placement.flush();
      if (persistence.value === this.#syncedValue) return;
    }
    this.#syncedValue = persistence.value;
    const assigned = this.#assignedEarly;
    this.#assignedEarly = undefined;
    if (assigned !== undefined && !persistence.isCustomized('layouts')) this.#pendingLayout ??= assigned;
    const next = readPreferences(persistence.value);
    // Loading a document that holds what is shown already (nothing stored yet) must not interrupt
    // a gesture that started meanwhile.
    if (JSON.stringify(next) === JSON.stringify(this.user)) return;
    if (this.#host.hasUpdated) this.show(next);
    else {
      this.user = next;
      this.#materialize();
    }
  }

  /** Reads the children: ids, first-seen positions, who is visible, what the integrator moved. */
  #syncChildren(): void {
    this.#childrenDirty = false;
    const { changed, moved, restored } = this.children.sync(
      this.user.removed,
      this.placement.byId,
      this.#host.editable,
    );
    if (changed) {
      this.#layoutStale = true;
      return;
    }
    for (const element of restored) {
      const rect = this.placement.byId.get(element.itemId);
      if (rect) this.placement.restore(element, rect);
    }
    if (moved.length > 0) this.#moveAsGiven(moved);
  }

  /**
   * The integrator changed items' `x`, `y`, `w` or `h`: move them there, pushing others aside. The
   * layout operations load on first use (a dashboard nobody moves does not download them).
   */
  #moveAsGiven(changes: GivenChange[]): void {
    this.#after(
      layoutOnUse.load().then(({ moveAsGiven, readEntries }) => {
        this.#read = readEntries;
        const visible = changes.filter(({ element }) => this.items.get(element.itemId) === element);
        const moves = visible.map(({ element, fields }) => ({ id: element.itemId, fields }));
        const layout = moveAsGiven(this.placement.layout, moves, this.options);
        this.store(layout);
        this.apply(layout);
      }),
    );
  }

  /**
   * Places an assigned `layout` as given (fixed and reported when invalid), without an undo step,
   * with the code that loads on use.
   */
  #assignLayout(): void {
    const value = this.#pendingLayout;
    this.#pendingLayout = undefined;
    if (this.#layoutStale) this.recompose();
    this.#after(
      layoutOnUse.load().then(({ placeAssigned, readEntries }) => {
        this.#read = readEntries;
        const columns = this.#columns.active;
        const { layout, problems } = placeAssigned(value, this.children.reference(columns), this.options);
        if (problems.length > 0) this.hooks.emit('tk-layout-error', { source: 'property', columns, problems });
        this.store(layout);
        this.apply(layout);
        if (problems.length > 0) this.emitChange('sanitize');
      }),
    );
  }

  // ---------------------------------------------------------------- announcements

  /** Where a widget is, in words. */
  position(rect: DashboardLayoutEntry): string {
    const element = this.items.get(rect.id);
    return this.hooks.term('position')(element?.label ?? rect.id, rect.y + 1, rect.x + 1, rect.w, rect.h);
  }

  /** Says `message`, naming the widgets that moved out of the way. */
  announce(message: string, moved: readonly MovedItem[] = []): void {
    const names = moved.map((entry) => this.items.get(entry.id)?.label ?? entry.id);
    const displaced = names.length > 0 ? ` ${this.hooks.term('displaced')(this.hooks.list(names), names.length)}` : '';
    this.hooks.say(message + displaced);
  }
}
