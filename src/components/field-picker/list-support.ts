/**
 * What the field picker's list and "Shown" section need to be operated: the virtualizer and the
 * reorder controller (drag and keyboard grab). Loaded when a picker first connects, so the entry
 * carries the model, the template and the styles.
 */
export { virtualize, virtualizerRef } from '@lit-labs/virtualizer/virtualize.js';
export { ReorderController } from '../../base/reorder.js';
