import { UNCATEGORIZED, type FieldSet } from '../../core/fields/field-set.js';
import type { FieldMatch } from '../../core/fields/search.js';
import type { FieldDefinition } from '../../core/fields/types.js';

/** Options rendered together in one group element: virtualization works in these blocks. */
export const CHUNK_SIZE = 25;

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

/** The list as rendered: blocks, and the rows keyboard navigation visits, in order. */
export interface Listing {
  chunks: Chunk[];
  /** Row keys: `h:<category>` (header), `a:<category>` (select all), `f:<field id>`. */
  rows: string[];
  /** Block index of every row key. */
  chunkOf: Map<string, number>;
  /** Listed fields by category (all of them, collapsed or not), in listing order. */
  byCategory: Map<string, FieldDefinition[]>;
  /** Number of fields listed across all categories (`aria-setsize`). */
  size: number;
}

export const headerKey = (category: string) => `h:${category}`;
export const selectAllKey = (category: string) => `a:${category}`;
export const fieldKey = (id: string) => `f:${id}`;

/**
 * Groups the listed fields (all of them, or a search's matches in rank order) by category, in the
 * order categories first appear, and cuts them into blocks.
 */
export function buildListing(
  set: FieldSet,
  matches: readonly FieldMatch[] | undefined,
  collapsed: ReadonlySet<string>,
): Listing {
  const byCategory = new Map<string, FieldDefinition[]>();
  for (const category of set.categories) byCategory.set(category, []);
  const listed = matches ? matches.map((match) => match.field) : set.fields;
  for (const field of listed) byCategory.get(field.category ?? UNCATEGORIZED)!.push(field);
  const chunks: Chunk[] = [];
  const rows: string[] = [];
  const chunkOf = new Map<string, number>();
  let position = 1;
  for (const [category, fields] of byCategory) {
    if (fields.length === 0) continue;
    const isCollapsed = collapsed.has(category);
    const add = (chunk: Chunk) => {
      chunks.push(chunk);
      return chunks.length - 1;
    };
    let index = add({
      key: `${category}\u0000${0}`,
      category,
      header: true,
      collapsed: isCollapsed,
      fields: [],
      position,
    });
    rows.push(headerKey(category), selectAllKey(category));
    chunkOf.set(headerKey(category), index).set(selectAllKey(category), index);
    if (!isCollapsed) {
      for (let start = 0; start < fields.length; start += CHUNK_SIZE) {
        const slice = fields.slice(start, start + CHUNK_SIZE);
        if (start === 0) chunks[index].fields = slice;
        else
          index = add({
            key: `${category}\u0000${start}`,
            category,
            header: false,
            collapsed: false,
            fields: slice,
            position: position + start,
          });
        for (const field of slice) {
          rows.push(fieldKey(field.id));
          chunkOf.set(fieldKey(field.id), index);
        }
      }
    }
    position += fields.length;
  }
  return { chunks, rows, chunkOf, byCategory, size: position - 1 };
}
