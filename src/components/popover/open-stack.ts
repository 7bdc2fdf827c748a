// The open popovers of the page, oldest first: Escape closes the innermost one it was pressed in (or
// the topmost), a pointerdown outside closes each it is outside of, and nesting is known here.
import { composedParent } from '../../base/focus.js';

/** What an open popover tells the stack. */
export interface OpenPopover {
  /** The `<tk-popover>` element. */
  readonly element: Element;
  /** The popover this one is nested in (found when it opened), open or not. */
  readonly parent: Element | undefined;
  /** Whether this popover's panel is up (false from the moment it starts closing). */
  isShown(): boolean;
  /** Whether an event path goes through the popover itself or its anchor (open children are added here). */
  pathHits(path: readonly EventTarget[]): boolean;
  /** Asks to close; the popover's cancelable `tk-before-hide` may refuse. */
  requestClose(reason: 'escape' | 'outside'): void;
  /** Closes at once, without the cancelable event and without moving focus: its parent is closing. */
  forceClose(): void;
}

const stack: OpenPopover[] = [];

/**
 * The popover `element` is nested in: the nearest one around it in the composed tree, else around its
 * anchor (a popover anchored to an element inside another one's content is its child).
 */
export function enclosingPopover(
  element: Element,
  anchor: Element | undefined,
  isPopover: (node: Node) => boolean,
): Element | undefined {
  for (const start of [composedParent(element), anchor]) {
    for (let node: Node | null | undefined = start; node; node = composedParent(node)) {
      if (isPopover(node)) return node as Element;
    }
  }
  return undefined;
}

function entryOf(element: Element): OpenPopover | undefined {
  return stack.find((entry) => entry.element === element);
}

/** Whether `entry` is nested, directly or through open popovers, in `ancestor`. */
function descendsFrom(entry: OpenPopover, ancestor: Element): boolean {
  for (let parent = entry.parent; parent; parent = entryOf(parent)?.parent) {
    if (parent === ancestor) return true;
  }
  return false;
}

/** The open popovers nested in `element`, oldest first. */
export function openChildren(element: Element): OpenPopover[] {
  return stack.filter((entry) => entry.element !== element && descendsFrom(entry, element));
}

/** Whether an event path is inside an open popover: itself, its anchor, or an open child. */
function pathIsInside(entry: OpenPopover, path: readonly EventTarget[]): boolean {
  if (entry.pathHits(path)) return true;
  const children = openChildren(entry.element);
  return path.some((target) => children.some((child) => child.element === target));
}

/** Closes the open popovers nested in `element`, innermost first. */
export function closeChildren(element: Element): void {
  for (const entry of [...stack].reverse()) {
    if (entry.element !== element && descendsFrom(entry, element)) entry.forceClose();
  }
}

function onDocumentKeydown(event: KeyboardEvent): void {
  if (event.key !== 'Escape' || event.defaultPrevented || event.isComposing) return;
  // The innermost open popover the key was pressed in; from elsewhere on the page, the topmost.
  const path = event.composedPath();
  const open = [...stack].reverse();
  const target = open.find((entry) => pathIsInside(entry, path)) ?? open[0];
  if (!target) return;
  // Consumed even when a listener vetoes the close, so an enclosing <dialog> does not close instead.
  event.preventDefault();
  target.requestClose('escape');
}

function onDocumentPointerdown(event: PointerEvent): void {
  const path = event.composedPath();
  for (const entry of [...stack].reverse()) {
    if (entry.isShown() && !pathIsInside(entry, path)) entry.requestClose('outside');
  }
}

/** A popover opened: it joins the top of the stack. */
export function register(entry: OpenPopover): void {
  if (entryOf(entry.element)) return;
  stack.push(entry);
  if (stack.length === 1) {
    document.addEventListener('keydown', onDocumentKeydown);
    // Capture, so a content handler that stops propagation cannot keep a popover open by accident.
    document.addEventListener('pointerdown', onDocumentPointerdown, true);
  }
}

/** A popover closed: it leaves the stack. */
export function unregister(element: Element): void {
  const index = stack.findIndex((entry) => entry.element === element);
  if (index === -1) return;
  stack.splice(index, 1);
  if (stack.length === 0) {
    document.removeEventListener('keydown', onDocumentKeydown);
    document.removeEventListener('pointerdown', onDocumentPointerdown, true);
  }
}
