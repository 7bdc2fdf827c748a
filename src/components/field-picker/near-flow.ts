import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize as litVirtualize, type VirtualizeDirectiveConfig } from '@lit-labs/virtualizer/virtualize.js';

/** Pixels rendered beyond each edge of the view: a few rows, so a keystroke re-renders about 30 rows, not 110. */
const OVERHANG = 200;

type HostSink = ConstructorParameters<typeof FlowLayout>[0];
type LayoutMessage = Parameters<HostSink>[0];

/**
 * The virtualizer's flow layout rendering `OVERHANG` pixels beyond the view instead of its default
 * 1,000. Given as the layout, it also spares the virtualizer its own `import()` of the flow layout
 * when a list first renders.
 */
class NearFlowLayout extends FlowLayout {
  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = OVERHANG;
  }
}

/**
 * `NearFlowLayout` that places each row with `top` instead of a `transform`: SortableJS animates rows
 * by setting and then clearing their `transform`, which would stack virtualized rows at the top in
 * the middle of a drag. With `top`, a drag in a virtualized list sees every row where it is drawn.
 */
class TopFlowLayout extends NearFlowLayout {
  constructor(sink: HostSink, ...rest: unknown[]) {
    const placeByTop = (message: LayoutMessage): void => {
      if (message.type === 'stateChanged') {
        for (const position of message.childPositions.values()) {
          position.yOffset = (position.yOffset ?? 0) + position.top;
          position.top = 0;
        }
      }
      sink(message);
    };
    super(placeByTop, ...(rest as []));
  }
}

/** `virtualize` with the near flow layout; `byTop` places rows with `top` (for lists SortableJS drags in). */
export function virtualize<T>(
  config: VirtualizeDirectiveConfig<T>,
  byTop = false,
): ReturnType<typeof litVirtualize<T>> {
  return litVirtualize({ layout: { type: byTop ? TopFlowLayout : NearFlowLayout }, ...config });
}
