/**
 * Moves `parent`'s children so that `order` (a subset of them) appears in that order, with as few
 * moves as possible: the longest run already in order stays put (a longest increasing subsequence),
 * only the others are moved. Moving a focused element blurs it, and frameworks keep references to
 * the nodes they render, so fewer moves mean fewer surprises.
 *
 * @returns whether anything moved.
 */
export function reorderChildren(parent: Element, order: readonly Element[]): boolean {
  if (order.length < 2) return false;
  const wanted = new Map<Element, number>();
  order.forEach((element, index) => wanted.set(element, index));
  const current: Element[] = [];
  for (const child of parent.children) if (wanted.has(child)) current.push(child);
  if (current.length !== order.length) return false;
  const ranks = current.map((element) => wanted.get(element)!);
  const keep = longestIncreasing(ranks);
  if (keep.size === ranks.length) return false;
  const stays = new Set<Element>();
  for (const index of keep) stays.add(current[index]);
  // Insert from the end, each element before its successor in the wanted order; the last goes
  // after the last element of `order` now in the DOM, so non-item siblings keep their places.
  const tail = current[current.length - 1].nextSibling;
  for (let i = order.length - 1; i >= 0; i--) {
    const element = order[i];
    if (stays.has(element)) continue;
    const successor = i + 1 < order.length ? order[i + 1] : tail;
    if (element.nextSibling !== successor || successor === null) move(parent, element, successor);
  }
  return true;
}

type MovingParent = Element & { moveBefore?(node: Node, child: Node | null): void };

/**
 * `moveBefore` moves an element without taking it out of the document: it keeps focus, and the
 * element and its shadow tree keep their styles, so a thousand-widget reorder stays cheap. Browsers
 * without it fall back to `insertBefore`.
 */
function move(parent: MovingParent, element: Element, successor: Node | null): void {
  if (parent.moveBefore) parent.moveBefore(element, successor);
  else parent.insertBefore(element, successor);
}

/** Indices of one longest strictly increasing subsequence of `values`, in O(n log n). */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous = new Int32Array(values.length).fill(-1);
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (values[tails[mid]] < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1]!;
    tails[lo] = i;
  }
  const keep = new Set<number>();
  for (let i = tails.length ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]!) keep.add(i);
  return keep;
}
