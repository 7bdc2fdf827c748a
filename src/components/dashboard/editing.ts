// What only a dashboard in edit mode needs: every gesture (pointer, touch, keyboard grab), the
// session that previews its steps, the settle animation, committing, undo and the edit toolbar. The
// dashboard loads this on first use (`editable`), so a dashboard that is only viewed does not
// download it.
import type { CSSResult, ReactiveControllerHost } from 'lit';
import { GestureController } from './gestures.js';
import { DashboardEditor } from './editor.js';
import type { DashboardLayoutModel } from './layout-model.js';
import type { TkDashboardItemType } from './dashboard-types.js';
import { buttonStyles } from '../../base/button-styles.js';
import { readEntries } from '../../core/layout/sanitize.js';
import { completeStrings } from './dashboard-strings.js';
import { editingStrings } from './editing-strings.js';
import { dashboardEditingStyles, itemEditingStyles } from './editing.styles.js';
import { TkDashboardItem } from './dashboard-item.js';
import { editControls } from './edit-controls.js';

export { GestureController, type GestureHooks } from './gestures.js';
export { DashboardEditor, type EditorHooks } from './editor.js';
export { rebasePreferences } from '../../core/dashboard/rebase.js';

/** The dashboard element, as the editing code sees it. */
export interface EditingHost extends ReactiveControllerHost, HTMLElement {
  readonly editable: boolean;
  readonly rowHeight: number;
  readonly catalog: readonly TkDashboardItemType[];
}

/**
 * Makes a dashboard editable: its gestures and its editor, wired to its layout model.
 * @param loadCatalog loads the catalog's popover and menu; false (and the user told) when they
 *   cannot be fetched.
 */
export function attachEditing(
  host: EditingHost,
  model: DashboardLayoutModel,
  loadCatalog: () => Promise<boolean>,
): { editor: DashboardEditor; gestures: GestureController } {
  completeStrings(editingStrings);
  // Commits write every column count's layout: stored ones that need repair are repaired then.
  model.repairWith(readEntries);
  adoptEditingStyles(host);
  const { term, emit } = model.hooks;
  const shadow = (selector: string) => host.shadowRoot!.querySelector<HTMLElement>(selector);
  const announce = model.announce.bind(model);
  const position = model.position.bind(model);
  const itemOf = model.itemOf.bind(model);
  const committed = model.committed.bind(model);
  const gestures: GestureController = new GestureController(host, {
    editable: () => host.editable,
    committed,
    items: () => model.items,
    itemOf,
    grid: () => shadow('.grid')!,
    placeholder: () => shadow('.placeholder')!,
    rowHeight: () => host.rowHeight,
    commit: (layout, reason, label, target) => editor.commit(layout, reason, label, { target }),
    announce,
    position,
    term,
  });
  const editor = new DashboardEditor(host, {
    catalog: () => host.catalog,
    user: () => model.user,
    committed,
    items: () => model.items,
    itemOf,
    takenIds: () => [...model.children.ids(), ...model.user.removed],
    createItem: (type, id) => model.children.create(type, id),
    forgetItem: (id) => model.children.forget(id),
    hide: (item) => model.children.hide(item),
    storeLayout: (layout, removed, target) => model.store(layout, removed, target),
    applyLayout: (layout) => model.apply(layout),
    show: (preferences) => model.show(preferences),
    resetDocument: () => model.resetDocument(),
    emitChange: (reason) => model.emitChange(reason),
    persist: () => model.persist(),
    cancelGestures: () => gestures.cancel(),
    announce,
    position,
    term,
    loadCatalog,
    part: (selector) => host.shadowRoot!.querySelector(selector),
    emit,
  });
  return { editor, gestures };
}

/** Adds `styles` after the ones a shadow root has, once. */
function adopt(root: ShadowRoot | null, styles: readonly CSSResult[]): void {
  if (!root) return;
  const sheets = styles.map((style) => style.styleSheet!);
  if (!sheets.every((sheet) => root.adoptedStyleSheets.includes(sheet)))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...sheets];
}

/**
 * The edit-mode styles join the dashboard's shadow root and its items': those there now, and (by
 * the item class's styles) every item made from now on. Items get their edit controls with them.
 */
function adoptEditingStyles(host: HTMLElement): void {
  adopt(host.shadowRoot, [buttonStyles, dashboardEditingStyles]);
  const itemStyles = TkDashboardItem.elementStyles;
  if (!itemStyles.includes(itemEditingStyles)) itemStyles.push(itemEditingStyles);
  TkDashboardItem.editControls = editControls;
  for (const child of host.children) {
    if (!(child instanceof TkDashboardItem)) continue;
    adopt(child.shadowRoot, [itemEditingStyles]);
    child.requestUpdate();
  }
}
