import { LazyModule } from '../../base/lazy.js';
import type * as EditingModule from './editing.js';

export type Editing = typeof EditingModule;

/** Gestures, undo, the catalog and the edit toolbar: loaded when a dashboard first turns editable. */
export const editing = /* @__PURE__ */ new LazyModule<Editing>(() => import('./editing.js'));

/**
 * The catalog's popover and menu, loaded the first time a catalog shows in edit mode: a dashboard
 * only viewed, or without a catalog, never downloads them.
 */
export const catalogElements = /* @__PURE__ */ new LazyModule(() =>
  Promise.all([import('../popover/define.js'), import('../menu/define.js')]),
);

/** Repairing layouts, and the operations for an integrator who moves an item by its properties. */
export const layoutOnUse = /* @__PURE__ */ new LazyModule(() => import('./layout-on-use.js'));
