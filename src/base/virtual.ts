import type { VirtualizerHostElement } from '@lit-labs/virtualizer/virtualize.js';

/** Frames to wait for a scrolled-to item to render before trying another way. */
const FRAMES = 10;

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

function scrollerOf(element: Element): HTMLElement | undefined {
  for (let node = element.parentElement; node; node = node.parentElement) {
    const { overflowY } = getComputedStyle(node);
    if (overflowY === 'auto' || overflowY === 'scroll') return node;
  }
  return undefined;
}

async function appears<T>(find: () => T | null): Promise<T | null> {
  let element = find();
  for (let frames = 0; !element && frames < FRAMES; frames++) {
    await frame();
    element = find();
  }
  return element;
}

/**
 * Brings item `index` (of `count`) of a list virtualized with `@lit-labs/virtualizer` into view and
 * resolves with its element once rendered (found by `find`), or `null` when it does not appear.
 * Keyboard focus that moves outside the rendered range (End, Ctrl+End, a long grab) goes through
 * here. It scrolls the nearest scrolling ancestor to the item's estimated offset (the virtualizer
 * sizes its host to the estimated total) and again once the estimate is refined; the virtualizer's own
 * `element(index).scrollIntoView()` can leave a far item unrendered (lit/lit#4767).
 */
export async function revealVirtualItem<T extends Element>(
  host: VirtualizerHostElement | null | undefined,
  index: number,
  count: number,
  find: () => T | null,
): Promise<T | null> {
  const found = find();
  if (found || !host || index < 0) return found;
  let element: T | null = null;
  const scroller = scrollerOf(host);
  for (let attempt = 0; !element && scroller && attempt < 3; attempt++) {
    const offset = host.offsetTop + (host.offsetHeight / Math.max(1, count)) * index;
    scroller.scrollTop = Math.max(0, offset - scroller.clientHeight / 2);
    element = await appears(find);
  }
  return element;
}
