import { waitUntil } from '../../support/wait.js';
import { deepActiveElement } from '../../../src/base/focus.js';
import type { TkPopover } from '../../../src/components/popover/popover.js';

/** The visible surface of a popover, as a person sees it. */
export function panelOf(popover: TkPopover): HTMLElement {
  return popover.shadowRoot!.querySelector<HTMLElement>('[part~="panel"]')!;
}

export function isShowing(popover: TkPopover): boolean {
  const panel = panelOf(popover);
  return panel.checkVisibility({ visibilityProperty: true, opacityProperty: false });
}

export async function untilShown(popover: TkPopover): Promise<void> {
  await waitUntil(() => isShowing(popover), 'popover did not show');
}

export async function untilHidden(popover: TkPopover): Promise<void> {
  await waitUntil(() => !isShowing(popover), 'popover did not hide');
}

export async function untilFocused(element: Element, message = 'element did not get focus'): Promise<void> {
  await waitUntil(() => deepActiveElement() === element, message);
}

export function center(element: Element): [number, number] {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)];
}

/** Waits two frames, long enough for autoUpdate and Lit to settle after a change. */
export async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
}
