/**
 * Which rows of each column are taken, as sorted, merged runs of rows.
 *
 * A dense cells array (columns x rows) would be simpler, but its size follows the coordinates, and
 * a stored layout may say `y: 999999` or `h: 500000`: runs cost memory per item, not per row, so a
 * hostile layout is as cheap as a sane one. Adjacent and overlapping runs are merged, so a column
 * that is full from the top (the usual compacted dashboard) is a single run and every query on it is
 * one binary search.
 *
 * @internal Not part of the public API.
 */
export class ColumnRuns {
  readonly #starts: number[][] = [];
  readonly #ends: number[][] = [];

  constructor(columns: number) {
    for (let c = 0; c < columns; c++) {
      this.#starts.push([]);
      this.#ends.push([]);
    }
  }

  /** Marks rows `y .. y + h - 1` of columns `x .. x + w - 1` as taken. */
  add(x: number, y: number, w: number, h: number): void {
    const bottom = y + h;
    for (let c = x; c < x + w; c++) {
      const starts = this.#starts[c];
      const ends = this.#ends[c];
      const next = upperBound(starts, y);
      let from = next;
      let start = y;
      let end = bottom;
      if (next > 0 && ends[next - 1] >= y) {
        from = next - 1;
        start = starts[from]!;
        end = Math.max(end, ends[from]);
      }
      let to = next;
      while (to < starts.length && starts[to] <= end) {
        end = Math.max(end, ends[to]);
        to++;
      }
      if (from === starts.length) {
        starts.push(start);
        ends.push(end);
      } else if (to - from === 1) {
        starts[from] = start;
        ends[from] = end;
      } else {
        starts.splice(from, to - from, start);
        ends.splice(from, to - from, end);
      }
    }
  }

  /** Whether any cell of the rectangle is taken. */
  collides(x: number, y: number, w: number, h: number): boolean {
    return this.ceiling(x, y, w, h) < 0;
  }

  /**
   * -1 when the rectangle collides; otherwise the lowest bottom edge of the runs above it in its
   * columns (0 when none), which is how far up the rectangle could rise.
   */
  ceiling(x: number, y: number, w: number, h: number): number {
    const bottom = y + h;
    let ceiling = 0;
    for (let c = x; c < x + w; c++) {
      const starts = this.#starts[c];
      const last = lowerBound(starts, bottom) - 1;
      if (last < 0) continue;
      const end = this.#ends[c][last];
      if (end > y) return -1;
      if (end > ceiling) ceiling = end;
    }
    return ceiling;
  }

  /**
   * The first row at or below `y` where the rectangle fits without covering a taken cell. The search
   * gives up once past `limit`, returning some row above `limit` (for callers that only want a
   * better fit than one they already have).
   */
  firstFit(x: number, y: number, w: number, h: number, limit = Infinity): number {
    let row = y;
    for (;;) {
      let moved = false;
      for (let c = x; c < x + w; c++) {
        const fit = this.#firstFitInColumn(c, row, h, limit);
        if (fit !== row) {
          row = fit;
          moved = true;
          if (row > limit) return row;
        }
      }
      if (!moved) return row;
    }
  }

  #firstFitInColumn(c: number, y: number, h: number, limit: number): number {
    const starts = this.#starts[c];
    const ends = this.#ends[c];
    let row = y;
    let i = upperBound(starts, row) - 1;
    if (i >= 0 && ends[i] > row) row = ends[i]!;
    i++;
    while (i < starts.length && starts[i] < row + h && row <= limit) {
      row = ends[i]!;
      i++;
    }
    return row;
  }
}

/** First index whose value is >= `value`. */
function lowerBound(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** First index whose value is > `value`. */
function upperBound(values: readonly number[], value: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid] <= value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
