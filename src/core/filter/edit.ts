import type { FieldDefinition } from '../fields/types.js';
import { OPERATORS, type Filter, type FilterCondition, type FilterGroup } from './types.js';

/**
 * Edits of a filter by the path of child indexes from the root (`[]` is the root group). Each
 * returns a new filter and never changes its input; a path that leads nowhere changes nothing.
 */
export type FilterPath = readonly number[];

type Node = FilterGroup | FilterCondition;

function replaceAt(group: FilterGroup, path: FilterPath, change: (node: Node) => Node | undefined): FilterGroup {
  if (path.length === 0) return (change(group) as FilterGroup | undefined) ?? group;
  const [index, ...rest] = path as [number, ...number[]];
  const child = group.children[index];
  if (!child) return group;
  let next: Node | undefined;
  if (rest.length === 0) next = change(child);
  else if (child.type === 'group') next = replaceAt(child, rest, change);
  else return group;
  const children = [...group.children];
  if (next) children[index] = next;
  else children.splice(index, 1);
  return { ...group, children };
}

/** The node at a path, if any. */
export function nodeAt(filter: Filter, path: FilterPath): Node | undefined {
  let node: Node | undefined = filter.root;
  for (const index of path) node = node?.type === 'group' ? node.children[index] : undefined;
  return node;
}

/** Replaces the node at `path` with what `change` returns (nothing removes it; the root stays). */
export function updateNode(filter: Filter, path: FilterPath, change: (node: Node) => Node | undefined): Filter {
  return { ...filter, root: replaceAt(filter.root, path, change) };
}

/** Removes the node at `path` (the root cannot be removed: it is emptied instead). */
export function removeNode(filter: Filter, path: FilterPath): Filter {
  if (path.length === 0) return { ...filter, root: { ...filter.root, children: [] } };
  return updateNode(filter, path, () => undefined);
}

/** Appends a child to the group at `path`. */
export function appendChild(filter: Filter, path: FilterPath, child: Node): Filter {
  return updateNode(filter, path, (node) =>
    node.type === 'group' ? { ...node, children: [...node.children, child] } : node,
  );
}

/** A new condition on a field: its type's first operator and no value yet (inactive until one is typed). */
export function newCondition(field: FieldDefinition): FilterCondition {
  return { type: 'condition', field: field.id, operator: OPERATORS[field.type][0] };
}

/** A new empty group. */
export function newGroup(combinator: 'and' | 'or' = 'and'): FilterGroup {
  return { type: 'group', combinator, children: [] };
}
