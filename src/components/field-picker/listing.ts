import { UNCATEGORIZED, type FieldSet } from '../../core/fields/field-set.js';
import type { FieldHit } from '../../core/fields/search.js';
import type { FieldDefinition } from '../../core/fields/types.js';

/** Options rendered together in one group element: virtualization works in these blocks. */
export const CHUNK_SIZE = 10;

/** A block of the list: one category's header (on its first block) and up to `CHUNK_SIZE` fields. */
export interface Chunk {
  key: string;
  category: string;
  /** The category's header is rendered at the top of this block. */
  header: boolean;
  collapsed: boolean;
  fields: FieldDefinition[];
  /** 1-based position of the block's first field among every listed field (`aria-posinset`). */
  position: number;
}

export const headerKey = (category: string) => `h:${category}`;
export const selectAllKey = (category: string) => `a:${category}`;
export const fieldKey = (id: string) => `f:${id}`;

/**
 * The list as rendered: the listed fields (all of them, or a search's matches in rank order) grouped
 * by category in the order categories first appear, cut into blocks. The rows keyboard navigation
 * visits (`rows`, `chunkOf`) are worked out on first use: typing a search builds a listing per
 * keystroke, and most are never navigated.
 */
export class Listing {
  readonly chunks: Chunk[] = [];
  /** Listed fields by category (all of them, collapsed or not), in listing order. */
  readonly byCategory = new Map<string, FieldDefinition[]>();
  /** Number of fields listed across all categories (`aria-setsize`). */
  readonly size: number;
  readonly #set: FieldSet;
  readonly #matches: ReadonlyMap<string, FieldHit> | undefined;
  readonly #collapsed: ReadonlySet<string>;
  #rows: { rows: string[]; chunkOf: Map<string, number> } | undefined;

  constructor(set: FieldSet, matches: ReadonlyMap<string, FieldHit> | undefined, collapsed: ReadonlySet<string>) {
    this.#set = set;
    this.#matches = matches;
    this.#collapsed = new Set(collapsed);
    for (const category of set.categories) this.byCategory.set(category, []);
    const listed = matches ? [...matches.values()].map((match) => match.field) : set.fields;
    for (const field of listed) this.byCategory.get(field.category ?? UNCATEGORIZED)!.push(field);
    let position = 1;
    let categoryIndex = -1;
    for (const [category, fields] of this.byCategory) {
      categoryIndex++;
      if (fields.length === 0) continue;
      const isCollapsed = this.#collapsed.has(category);
      const chunk = (start: number): Chunk => ({
        key: `${categoryIndex}:${start}`,
        category,
        header: start === 0,
        collapsed: isCollapsed,
        fields: isCollapsed ? [] : fields.slice(start, start + CHUNK_SIZE),
        position: position + start,
      });
      this.chunks.push(chunk(0));
      if (!isCollapsed)
        for (let start = CHUNK_SIZE; start < fields.length; start += CHUNK_SIZE) this.chunks.push(chunk(start));
      position += fields.length;
    }
    this.size = position - 1;
  }

  /** The first row (the first category's header). */
  get first(): string | undefined {
    const chunk = this.chunks[0];
    return chunk && headerKey(chunk.category);
  }

  /** Row keys in order: `h:<category>` (header), `a:<category>` (select all), `f:<field id>`. */
  get rows(): string[] {
    return this.#navigation().rows;
  }

  /** Block index of a row key, `undefined` for a row not listed. */
  chunkOf(key: string): number | undefined {
    return this.#navigation().chunkOf.get(key);
  }

  /** Whether a row is listed (a field of a collapsed category is not), without building the rows. */
  has(key: string): boolean {
    const name = key.slice(2);
    if (key.startsWith('f:')) {
      const field = this.#set.get(name);
      return (
        !!field && (!this.#matches || this.#matches.has(name)) && !this.#collapsed.has(field.category ?? UNCATEGORIZED)
      );
    }
    return (this.byCategory.get(name)?.length ?? 0) > 0;
  }

  #navigation(): { rows: string[]; chunkOf: Map<string, number> } {
    if (this.#rows) return this.#rows;
    const rows: string[] = [];
    const chunkOf = new Map<string, number>();
    this.chunks.forEach((chunk, index) => {
      if (chunk.header) {
        rows.push(headerKey(chunk.category), selectAllKey(chunk.category));
        chunkOf.set(headerKey(chunk.category), index).set(selectAllKey(chunk.category), index);
      }
      for (const field of chunk.fields) {
        rows.push(fieldKey(field.id));
        chunkOf.set(fieldKey(field.id), index);
      }
    });
    return (this.#rows = { rows, chunkOf });
  }
}
