// What only a dashboard in edit mode needs: pointer and touch gestures, the gesture session shared
// with the keyboard path, and its previews. The dashboard loads this on first use (`editable`), so a
// dashboard that is only viewed does not download it.
export { PointerController } from './pointer.js';
export { GestureSession } from './session.js';
export { measureGrid } from './preview.js';
