import type { LayoutItem } from '../../core/layout/index.js';
import type { TkDashboardItem } from './dashboard-item.js';

/** An item's size limits and flags, as the layout engine takes them. */
export function pickConstraints(source: Partial<LayoutItem> | TkDashboardItem): Partial<LayoutItem> {
  const out: Partial<LayoutItem> = {};
  if (source.minW !== undefined) out.minW = source.minW;
  if (source.minH !== undefined) out.minH = source.minH;
  if (source.maxW !== undefined) out.maxW = source.maxW;
  if (source.maxH !== undefined) out.maxH = source.maxH;
  if (source.locked) out.locked = true;
  if (source.noMove) out.noMove = true;
  if (source.noResize) out.noResize = true;
  return out;
}

export function withConstraints<T extends { id: string }>(item: T, element: TkDashboardItem): T & Partial<LayoutItem> {
  return { ...item, ...pickConstraints(element) };
}

/** Whether a layout rect carries the element's current limits and flags. */
export function sameConstraints(rect: LayoutItem, element: TkDashboardItem): boolean {
  return (
    rect.minW === (element.minW ?? undefined) &&
    rect.minH === (element.minH ?? undefined) &&
    rect.maxW === (element.maxW ?? undefined) &&
    rect.maxH === (element.maxH ?? undefined) &&
    (rect.locked ?? false) === element.locked &&
    (rect.noMove ?? false) === element.noMove &&
    (rect.noResize ?? false) === element.noResize
  );
}

/** A field where Ctrl/Cmd+Z belongs to the text, not to the dashboard's undo. */
export function isTextField(node: EventTarget | undefined): boolean {
  return (
    node instanceof HTMLElement &&
    (node.isContentEditable || node.matches('input:not([type=checkbox],[type=radio],[type=button]), textarea, select'))
  );
}
