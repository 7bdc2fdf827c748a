// Where a popover's panel goes: next to its reference, flipped and shifted to stay in the viewport,
// sized to the space left, with the arrow pointing at the reference (floating-ui).
import {
  arrow as arrowMiddleware,
  autoUpdate,
  computePosition,
  flip,
  offset as offsetMiddleware,
  shift,
  size,
  type Middleware,
  type Placement,
  type Strategy,
} from '@floating-ui/dom';

/** Distance kept from the viewport edges when flipping, shifting and sizing. */
const VIEWPORT_PADDING = 8;

export interface PanelPlacement {
  placement: Placement;
  strategy: Strategy;
  /** Distance in pixels between the reference and the panel. */
  offset: number;
  /** The arrow element, when the panel shows one. */
  arrow: HTMLElement | null;
}

/**
 * Positions `floating` against `reference`. The position is applied only if `stillShown()` holds once
 * it is computed (the panel may have closed meanwhile).
 */
export async function placePanel(
  reference: Element,
  floating: HTMLElement,
  { placement, strategy, offset, arrow }: PanelPlacement,
  stillShown: () => boolean,
): Promise<void> {
  const middleware: Middleware[] = [
    offsetMiddleware(offset),
    flip({ padding: VIEWPORT_PADDING }),
    shift({ padding: VIEWPORT_PADDING }),
    size({
      padding: VIEWPORT_PADDING,
      apply({ availableWidth, availableHeight, elements }) {
        elements.floating.style.setProperty('--_available-width', `${Math.max(0, availableWidth)}px`);
        elements.floating.style.setProperty('--_available-height', `${Math.max(0, availableHeight)}px`);
      },
    }),
  ];
  if (arrow) middleware.push(arrowMiddleware({ element: arrow, padding: 6 }));

  const position = await computePosition(reference, floating, { placement, strategy, middleware });
  if (!stillShown()) return;
  floating.style.left = `${position.x}px`;
  floating.style.top = `${position.y}px`;
  floating.dataset.side = position.placement.split('-')[0];
  if (arrow) {
    const { x: arrowX, y: arrowY } = position.middlewareData.arrow ?? {};
    arrow.style.left = arrowX === undefined ? '' : `${arrowX}px`;
    arrow.style.top = arrowY === undefined ? '' : `${arrowY}px`;
  }
}

/** Re-runs `update` whenever the reference or the panel moves or resizes; returns the stop function. */
export function followReference(reference: Element, floating: HTMLElement, update: () => void): () => void {
  return autoUpdate(reference, floating, update);
}
