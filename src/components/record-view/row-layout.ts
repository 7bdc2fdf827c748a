import { FlowLayout } from '@lit-labs/virtualizer/layouts/flow.js';

/** Pixels rendered beyond each edge of the view (about one row). The flow layout's default is 1,000: a long jump re-rendered every row of that margin too. */
const OVERHANG = 40;

/** The virtualizer's layout config of a table body whose rows all have one height. */
export interface RowLayoutConfig {
  /** The height of every row (CSS pixels), measured from a rendered row. */
  rowHeight?: number;
}

/** Every row's size and margins, known without measuring: one height, no margins. */
class FixedMetrics {
  size = 40;
  update(): void {}
  get averageChildSize(): number {
    return this.size;
  }
  get totalChildSize(): number {
    return this.size;
  }
  get averageMarginSize(): number {
    return 0;
  }
  get totalMarginSize(): number {
    return 0;
  }
  getLeadingMarginValue(): number {
    return 0;
  }
  getChildSize(): number {
    return this.size;
  }
  getMarginSize(): number {
    return 0;
  }
  clear(): void {}
}

/**
 * The virtualizer's flow layout for rows of one fixed height: row `i` sits at `i × height`, known
 * without measuring rows as they render. A scroll frame then reads no row's size or computed style
 * (each read forced a style and layout pass of the rows just added), a jump anywhere in 100,000 rows
 * lands at once, and fewer rows render beyond the view's edges.
 */
export class RowLayout extends FlowLayout {
  readonly #metrics = new FixedMetrics();

  constructor(...args: ConstructorParameters<typeof FlowLayout>) {
    super(...args);
    this._overhang = OVERHANG;
    this._metricsCache = this.#metrics as unknown as FlowLayout['_metricsCache'];
  }

  override get measureChildren(): boolean {
    return false;
  }

  // eslint-disable-next-line naming/handler-names -- overrides the virtualizer's FlowLayout method of this name
  override _getSize(): number {
    return this.#metrics.size;
  }

  /** The row at the middle of the view, by arithmetic: no earlier range (perhaps of other items) is consulted. */
  // eslint-disable-next-line naming/handler-names -- overrides the virtualizer's FlowLayout method of this name
  override _getAnchor(lower: number, upper: number): number {
    return this._calculateAnchor(lower, upper);
  }

  /** Sizes are exact, so one pass places the rows: no anchor is kept for a second, measuring pass. */
  // eslint-disable-next-line naming/handler-names -- overrides the virtualizer's FlowLayout method of this name
  override _reflow(): void {
    super._reflow();
    this._resetReflowState();
  }

  set rowHeight(height: number | undefined) {
    if (!height || height === this.#metrics.size) return;
    this.#metrics.size = height;
    this._itemSize = { ...this._itemSize, height };
    this._scheduleReflow();
  }
}
