import { waitUntil } from './wait.js';
import { sendMouse } from '@web/test-runner-commands';

/** Whether SortableJS manages `list`: it marks each list it manages with an expando property. */
export const sortableAttached = (list: Element): boolean => Object.keys(list).some((key) => key.startsWith('Sortable'));

/**
 * Brings the pointer onto `item` at `point`, as a person does before pressing, and waits until
 * SortableJS (which the library fetches on that first hover, if the page's first idle moment has not
 * already) manages the list holding `item`. A whole drag made by a test in the few milliseconds
 * before it arrives would otherwise be lost.
 */
export async function hoverUntilSortable(item: Element, point: [number, number]): Promise<void> {
  await sendMouse({ type: 'move', position: point });
  const managed = (): boolean => {
    for (let node = item.parentElement; node; node = node.parentElement) if (sortableAttached(node)) return true;
    return false;
  };
  await waitUntil(managed, 'SortableJS manages the list under the pointer', { timeout: 5000 });
}

/**
 * Keeps idle callbacks asked for from now on from ever running, as on a page busy from the start, so
 * only what a user does (a hover, a press) fetches SortableJS. Returns what gives the page its idle
 * moments back.
 */
export function withoutIdleMoments(): () => void {
  const request = window.requestIdleCallback.bind(window);
  window.requestIdleCallback = () => 0;
  return () => {
    window.requestIdleCallback = request;
  };
}
