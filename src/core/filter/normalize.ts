import { isActiveCondition } from './conditions.js';
import { FILTER_VERSION, type Filter, type FilterCondition, type FilterGroup } from './types.js';

type Node = FilterGroup | FilterCondition;

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function normalizeNode(node: unknown): Node | undefined {
  if (!isRecord(node)) return undefined;
  if (node.type === 'condition') {
    const condition = node as FilterCondition;
    return isActiveCondition(condition) ? structuredClone(condition) : undefined;
  }
  if (node.type !== 'group' || !Array.isArray(node.children)) return undefined;
  const group = node as FilterGroup;
  const children = group.children.map(normalizeNode).filter((child): child is Node => child !== undefined);
  const not = group.not === true;
  if (children.length === 0) return undefined;
  if (children.length === 1) {
    const [only] = children as [Node];
    if (only.type === 'group') {
      const negated = not !== (only.not === true);
      // A negated group of one condition whose negation cancels out is that condition.
      if (!negated && only.children.length === 1) return only.children[0];
      const merged: FilterGroup = { type: 'group', combinator: only.combinator, children: only.children };
      if (negated) merged.not = true;
      return merged;
    }
    if (!not) return only;
  }
  const result: FilterGroup = { type: 'group', combinator: group.combinator === 'or' ? 'or' : 'and', children };
  if (not) result.not = true;
  return result;
}

/**
 * The same filter in its simplest shape: conditions without a value (inactive) and groups left
 * empty are dropped, and a group of one child is replaced by that child (a negated group of one
 * group passes its negation on). Matches the same records as the filter it came from, for any
 * filter `checkFilter` returns. Returns a new filter; the input is not changed.
 */
export function normalize(filter: Filter): Filter {
  const root = isRecord(filter) ? normalizeNode(filter.root) : undefined;
  if (!root) return { version: FILTER_VERSION, root: { type: 'group', combinator: 'and', children: [] } };
  if (root.type === 'condition')
    return { version: FILTER_VERSION, root: { type: 'group', combinator: 'and', children: [root] } };
  return { version: FILTER_VERSION, root };
}
