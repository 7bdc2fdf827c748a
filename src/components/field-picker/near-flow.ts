import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';
import { virtualize as litVirtualize, type VirtualizeDirectiveConfig } from '@lit-labs/virtualizer/virtualize.js';

/** Pixels rendered beyond each edge of the view: a few rows, so a keystroke re-renders about 30 rows, not 110. */
const OVERHANG = 200;

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

/** `virtualize` with the near flow layout. */
export function virtualize<T>(config: VirtualizeDirectiveConfig<T>): ReturnType<typeof litVirtualize<T>> {
  return litVirtualize({ layout: { type: NearFlowLayout }, ...config });
}
