// The parts of the layout engine a dashboard loads on use: reading a layout that needs repair (a
// stored, suggested or assigned layout that is not well-formed, which is rare), and the operations
// that move an item the integrator gave a new `x`, `y`, `w` or `h`.
export { readEntries } from '../../core/layout/sanitize.js';
export { moveItem, resizeItem } from '../../core/layout/operations.js';
