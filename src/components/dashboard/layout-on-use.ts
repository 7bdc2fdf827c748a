// The parts of the layout engine a dashboard loads on use: reading a layout that needs repair (a
// stored, suggested or assigned layout that is not well-formed, which is rare), placing a layout the
// integrator assigns, and moving items the integrator gave a new `x`, `y`, `w` or `h`.
import {
  moveItem,
  reconcileLayout,
  resizeItem,
  sanitizeLayout,
  type Layout,
  type LayoutOptions,
  type LayoutProblem,
} from '../../core/layout/index.js';
import type { DashboardLayoutEntry } from '../../core/dashboard/preferences.js';
import { pickConstraints } from './constraints.js';

export { readEntries } from '../../core/layout/sanitize.js';

/**
 * Moves and resizes items as the integrator gave them (`fields` holds only what they changed),
 * pushing others aside, in the order given.
 */
export function moveAsGiven(
  start: Layout,
  changes: readonly { id: string; fields: Partial<DashboardLayoutEntry> }[],
  options: LayoutOptions,
): Layout {
  let layout = start;
  for (const { id, fields } of changes) {
    const rect = layout.find((item) => item.id === id);
    if (!rect) continue;
    if (fields.w !== undefined || fields.h !== undefined)
      layout = resizeItem(layout, id, fields.w ?? rect.w, fields.h ?? rect.h, options).layout;
    if (fields.x !== undefined || fields.y !== undefined)
      layout = moveItem(layout, id, fields.x ?? rect.x, fields.y ?? rect.y, options).layout;
  }
  return layout;
}

/**
 * The layout an integrator assigned, as it can be shown: each entry keeps the limits and flags of
 * its item (`reference`, every visible item stacked), entries of unknown items are left out, and
 * items it does not place take free slots. `problems` says what had to be fixed.
 */
export function placeAssigned(
  value: unknown,
  reference: Layout,
  options: LayoutOptions,
): { layout: Layout; problems: LayoutProblem[] } {
  const byId = new Map(reference.map((item) => [item.id, item]));
  const entries = Array.isArray(value)
    ? value.map((entry: unknown) => {
        const id = typeof entry === 'object' && entry !== null ? (entry as { id?: unknown }).id : undefined;
        const constraints = typeof id === 'string' ? byId.get(id) : undefined;
        return constraints ? { ...constraints, ...(entry as object), ...pickConstraints(constraints) } : entry;
      })
    : value;
  const { layout, problems } = sanitizeLayout(entries, options);
  const known = layout.filter((item) => byId.has(item.id));
  const { columns, float } = options;
  return { layout: reconcileLayout(known, columns, reference, columns, { float }).layout, problems };
}
