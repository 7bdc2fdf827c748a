// What only a dashboard in edit mode needs: every gesture (pointer, touch, keyboard grab), the
// session that previews its steps, the settle animation. The dashboard loads this on first use
// (`editable`), so a dashboard that is only viewed does not download it.
export { GestureController, type GestureHooks } from './gestures.js';
