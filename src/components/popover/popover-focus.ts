// Where focus goes when a popover opens, and whether it goes back to the trigger when it closes.
import { composedContains, deepActiveElement, firstTabbable } from '../../base/focus.js';
import type { PopoverHideReason } from './popover.js';

/**
 * Focuses the first that takes focus of: the popup (a menu focuses its item), an `[autofocus]`
 * element in the content, the first tabbable element, the panel itself.
 */
export function focusContent(
  popup: HTMLElement | undefined,
  content: readonly HTMLElement[],
  panel: HTMLElement | null | undefined,
): void {
  const candidates: (HTMLElement | SVGElement | null | undefined)[] = [
    popup,
    content
      .map((el) => (el.hasAttribute('autofocus') ? el : el.querySelector<HTMLElement>('[autofocus]')))
      .find(Boolean),
    firstTabbable(content),
    panel,
  ];
  for (const candidate of candidates) {
    if (!candidate) continue;
    candidate.focus({ preventScroll: true });
    const active = deepActiveElement();
    if (active && (active === candidate || composedContains(candidate, active))) return;
  }
}

/**
 * Whether closing for `reason` gives focus back to the trigger: when it was inside the popover, unless
 * an outside click or focus leaving already decided where it goes; and after Escape when focus was lost.
 */
export function returnsFocus(reason: PopoverHideReason, isInside: (node: Node) => boolean): boolean {
  const active = deepActiveElement();
  const focusInside = active !== null && isInside(active);
  const focusLost = active === null || active === document.body;
  return (
    (focusInside && reason !== 'outside' && reason !== 'focus-out' && reason !== 'parent') ||
    (reason === 'escape' && focusLost)
  );
}
