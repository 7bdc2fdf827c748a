/**
 * What the field picker loads when it connects, after its entry: the list of all fields (virtualized,
 * searched, operated by keyboard), the virtualizer the "Shown" section uses above 60 rows, and the
 * reorder controller (drag and keyboard grab). The entry carries the state, the "Shown" section and
 * the styles, so the picker shows the ticked fields at once.
 */
export { ReorderController } from '../../base/reorder.js';
export { revealVirtualItem } from '../../base/virtual.js';
export { FieldList } from './field-list.js';
export { virtualize } from './near-flow.js';
