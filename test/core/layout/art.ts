import type { LayoutItem } from '../../../src/core/layout/index.js';

/**
 * Draws a layout as rows of text, one character per cell: the first character of the item's id, or
 * '.' for an empty cell. Expectations written as pictures read like the dashboard they describe.
 */
export function art(layout: readonly LayoutItem[], columns: number): string {
  const rows = layout.reduce((bottom, item) => Math.max(bottom, item.y + item.h), 0);
  const cells = Array.from({ length: rows }, () => new Array<string>(columns).fill('.'));
  for (const item of layout) {
    for (let y = item.y; y < item.y + item.h; y++) {
      for (let x = item.x; x < item.x + item.w; x++) {
        const row = cells[y];
        row[x] = row[x] === '.' ? item.id[0] : '#';
      }
    }
  }
  return cells.map((row) => row.join('')).join('\n');
}

/** Turns a picture back into items: each letter is one rectangular item with that id. */
export function fromArt(picture: string, extra: Record<string, Partial<LayoutItem>> = {}): LayoutItem[] {
  const lines = picture
    .trim()
    .split('\n')
    .map((line) => line.trim());
  const boxes = new Map<string, { x0: number; y0: number; x1: number; y1: number }>();
  lines.forEach((line, y) => {
    [...line].forEach((char, x) => {
      if (char === '.') return;
      const box = boxes.get(char);
      if (!box) boxes.set(char, { x0: x, y0: y, x1: x, y1: y });
      else {
        box.x0 = Math.min(box.x0, x);
        box.y0 = Math.min(box.y0, y);
        box.x1 = Math.max(box.x1, x);
        box.y1 = Math.max(box.y1, y);
      }
    });
  });
  return [...boxes].map(([id, box]) => ({
    id,
    x: box.x0,
    y: box.y0,
    w: box.x1 - box.x0 + 1,
    h: box.y1 - box.y0 + 1,
    ...extra[id],
  }));
}

/** Deep-freezes a layout so any attempt to change the input throws in strict mode. */
export function frozen<T extends readonly object[]>(layout: T): T {
  for (const item of layout) Object.freeze(item);
  return Object.freeze(layout);
}

/** Trims the common indentation of a picture written inline in a test. */
export function pic(text: string): string {
  return text
    .trim()
    .split('\n')
    .map((line) => line.trim())
    .join('\n');
}
