/**
 * Focus helpers that understand shadow DOM. Popovers, menus and dialogs all need to answer
 * "is this node inside me?" and "where would Tab go first?" across shadow roots and slots, where
 * `Node.contains` and `document.activeElement` stop at the first shadow boundary.
 */

/** The parent of `node` in the shadow-including tree: a shadow root's parent is its host. */
export function composedParent(node: Node): Node | null {
  return node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
}

/** Whether `node` is `container` or a shadow-including descendant of it (slotted content counts). */
export function composedContains(container: Node, node: Node | null | undefined): boolean {
  for (let current: Node | null = node ?? null; current; current = composedParent(current)) {
    if (current === container) return true;
  }
  return false;
}

/** The nearest shadow-including ancestor of `node` (itself excluded) that matches `selector`. */
export function composedClosest<E extends Element = Element>(node: Node, selector: string): E | null {
  for (let current = composedParent(node); current; current = composedParent(current)) {
    if (current instanceof Element && current.matches(selector)) return current as E;
  }
  return null;
}

/** The focused element, looking through open shadow roots to the innermost one. */
export function deepActiveElement(root: DocumentOrShadowRoot = document): Element | null {
  let active = root.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

function isTabbable(element: Element): element is HTMLElement | SVGElement {
  if (!(element instanceof HTMLElement || element instanceof SVGElement)) return false;
  if (element.tabIndex < 0) return false;
  if (element.matches(':disabled') || element.closest('[inert]')) return false;
  // A host that delegates focus is reached through its shadow content instead.
  if (element.shadowRoot?.delegatesFocus) return false;
  return element.checkVisibility({ visibilityProperty: true });
}

/** Children in the flat tree: a shadow root replaces light children, a slot shows what it renders. */
function flatChildren(element: Element): Element[] {
  if (element.shadowRoot) return [...element.shadowRoot.children];
  if (element instanceof HTMLSlotElement) return element.assignedElements({ flatten: true });
  return [...element.children];
}

/**
 * The first element a Tab press would reach among `roots` and their flat-tree descendants (open
 * shadow roots entered, slots resolved), or `undefined` when there is none. Positive tabindex
 * values are treated as 0: components must not rely on them.
 */
export function firstTabbable(roots: Iterable<Element>): HTMLElement | SVGElement | undefined {
  for (const root of roots) {
    if (isTabbable(root)) return root;
    const found = firstTabbable(flatChildren(root));
    if (found) return found;
  }
  return undefined;
}
