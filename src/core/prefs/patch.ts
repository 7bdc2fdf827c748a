import { define, deepEqual, definedKeys, isPlainObject, own, type JsonObject } from './json.js';

/**
 * The user's layer is a patch against the layers below it, so a default that changes later still
 * reaches everything the user did not change. A patch is JSON and reads like a partial value:
 *
 * - a plain object merges key by key (`{ theme: 'dark' }` changes only `theme`);
 * - any other value (string, number, null, an array) replaces;
 * - a few marker objects, tagged with the reserved key `$tk`, say what plain JSON cannot:
 *   `{ $tk: 'delete' }` removes a key; `{ $tk: 'items', … }` merges a list of records by `id`
 *   (order, removals, additions and per-item edits, so a new default item still appears and an item
 *   the user removed stays removed); `{ $tk: 'value', value }` and `{ $tk: 'keys', keys }` escape
 *   data that itself has a `$tk` key, so no stored data can be mistaken for a marker.
 */
export type Patch = unknown;

/** A path into a value: object keys and, inside lists of records, item ids. */
export type PathSegment = string | number;
export type Path = string | readonly PathSegment[];

/**
 * Says which paths of a value are one whole (a dashboard's layout at one column count): a change
 * there stores the whole new value, which replaces the one below instead of merging into it.
 */
export type WholeAt = (path: readonly PathSegment[]) => boolean;

const MARK = '$tk';
const DELETE = Object.freeze({ [MARK]: 'delete' });

type Id = string | number;
type Item = JsonObject & { id: Id };

interface ItemsPatch {
  [MARK]: 'items';
  /** The user's order of ids, only when it differs from what the defaults' order implies. */
  order?: Id[];
  /** Ids of default items the user removed. */
  remove?: Id[];
  /** Items the user added, in full and in order. */
  add?: Item[];
  /** Per-item patches of default items, by id. */
  edit?: JsonObject;
}

/** `'a.b'` or `['a', 'b']` to a list of segments; `''` and `[]` are the whole value. */
export function toPath(path: Path): PathSegment[] {
  if (typeof path !== 'string') return [...path];
  return path === '' ? [] : path.split('.');
}

/** The value of `base` with `patch` applied. Shares unchanged subtrees with `base`. */
export function merge(base: unknown, patch: Patch): unknown {
  if (patch === undefined) return base;
  if (!isPlainObject(patch)) return patch;
  switch (own(patch, MARK)) {
    case 'delete':
      return undefined;
    case 'value':
      return own(patch, 'value');
    case 'items':
      return mergeItems(base, patch);
    case 'keys':
      return mergeKeys(base, isPlainObject(patch.keys) ? patch.keys : {});
    default:
      return mergeKeys(base, patch);
  }
}

/**
 * The patch that turns `base` into `next`: `merge(base, diff(base, next)) ≍ next` for any JSON.
 * A field changed to the value `base` has says nothing there, so the patch of a value changed back
 * to the defaults is empty.
 *
 * `prior`, the user's previous patch, keeps what `next` cannot show: an edit of an item that is not in
 * today's defaults, a removal of a key the defaults no longer have. Without it, a change made while
 * personalization is off would silently drop the user's edits of personalized items. `current`, the
 * value `prior` gives, saves recomputing it when the caller has it.
 */
export function diff(
  base: unknown,
  next: unknown,
  prior?: Patch,
  current = merge(base, prior),
  whole?: WholeAt,
  path: readonly PathSegment[] = [],
): Patch {
  if (deepEqual(current, next)) return prior;
  if (next === undefined) return DELETE;
  if (whole?.(path))
    return deepEqual(base, next) ? undefined : isPlainObject(next) ? { [MARK]: 'value', value: next } : next;
  if (isPlainObject(next)) return diffKeys(isPlainObject(base) ? base : undefined, next, prior, current, whole, path);
  if (isItemList(next) && (base === undefined || isItemList(base)))
    return diffItems(base, next, prior, current, whole, path);
  // A value changed back to the default is no customization: the layer says nothing there, and
  // objects and lists left with nothing to say are dropped too (see `diffKeys`, `diffItems`).
  return deepEqual(base, next) ? undefined : next;
}

/**
 * The patch without whatever it says at `path`, so the layer below shows through there. Where the
 * user replaced a whole value that contains `path` (a list without ids, a scalar), that value is reset.
 */
export function removeAt(patch: Patch, path: readonly PathSegment[]): Patch {
  if (path.length === 0 || patch === undefined) return undefined;
  const [head, ...rest] = path;
  const key = String(head);
  if (own(patch, MARK) === 'items') return removeItemAt(patch as ItemsPatch, key, rest);
  const keys = keysOf(patch);
  if (!keys) return undefined;
  if (!Object.hasOwn(keys, key)) return patch;
  const out = { ...keys };
  const child = removeAt(keys[key], rest);
  if (child === undefined) delete out[key];
  else define(out, key, child);
  return Object.keys(out).length === 0 ? undefined : wrapKeys(out);
}

/** The value at `path`: object keys, item ids in lists of records, indexes in other lists. */
export function getAt(value: unknown, path: readonly PathSegment[]): unknown {
  let node = value;
  for (const segment of path) {
    if (Array.isArray(node)) {
      node = isItemList(node) ? node.find((item) => idKey(item.id) === String(segment)) : node[Number(segment)];
    } else {
      node = own(node, String(segment));
    }
  }
  return node;
}

/**
 * Replays the changes `ours` made since `ancestor` on top of `theirs` (all three patches over `base`):
 * a concurrent edit elsewhere survives, and where both changed the same thing, ours wins.
 */
export function rebase(base: unknown, ancestor: Patch, ours: Patch, theirs: Patch, whole?: WholeAt): Patch {
  const delta = diff(merge(base, ancestor), merge(base, ours), undefined, undefined, whole);
  if (delta === undefined) return theirs;
  return diff(base, merge(merge(base, theirs), delta), theirs, undefined, whole);
}

function mergeKeys(base: unknown, keys: JsonObject): JsonObject {
  const out: JsonObject = isPlainObject(base) ? { ...base } : {};
  for (const key of Object.keys(keys)) {
    const value = merge(own(base, key), keys[key]);
    if (value === undefined) delete out[key];
    else define(out, key, value);
  }
  return out;
}

function diffKeys(
  base: JsonObject | undefined,
  next: JsonObject,
  prior: Patch,
  current: unknown,
  whole: WholeAt | undefined,
  path: readonly PathSegment[],
): Patch {
  const priorKeys = keysOf(prior);
  // Under an object patch, `current` is `base` merged with it key by key; under any other, no child has a prior.
  const below = priorKeys ? current : base;
  const out: JsonObject = {};
  const keys = new Set([...(base ? definedKeys(base) : []), ...definedKeys(next), ...Object.keys(priorKeys ?? {})]);
  for (const key of keys) {
    const priorChild = own(priorKeys, key);
    const nextChild = own(next, key);
    let child: Patch;
    if (nextChild !== undefined)
      child = diff(own(base, key), nextChild, priorChild, own(below, key), whole, [...path, key]);
    else if (own(base, key) !== undefined) child = DELETE;
    else if (own(priorChild, MARK) === 'delete') child = priorChild;
    if (child !== undefined) define(out, key, child);
  }
  // An empty patch still matters where there is no object below: it makes one.
  return base && Object.keys(out).length === 0 ? undefined : wrapKeys(out);
}

/** The key map of an object patch (plain or escaped), or undefined for any other patch. */
function keysOf(patch: Patch): JsonObject | undefined {
  if (!isPlainObject(patch)) return undefined;
  const mark = own(patch, MARK);
  if (mark === 'keys') return isPlainObject(patch.keys) ? patch.keys : {};
  return mark === 'delete' || mark === 'value' || mark === 'items' ? undefined : patch;
}

function wrapKeys(keys: JsonObject): Patch {
  return Object.hasOwn(keys, MARK) ? { [MARK]: 'keys', keys } : keys;
}

function isId(value: unknown): value is Id {
  return typeof value === 'string' || (typeof value === 'number' && Number.isFinite(value));
}

function idKey(id: Id): string {
  return String(id);
}

function isItem(value: unknown): value is Item {
  return isPlainObject(value) && isId(value.id);
}

/** A list of records with unique ids (an empty list qualifies): merged by id rather than replaced. */
function isItemList(value: unknown): value is Item[] {
  if (!Array.isArray(value)) return false;
  const seen = new Set<string>();
  for (const item of value) {
    if (!isItem(item) || seen.has(idKey(item.id))) return false;
    seen.add(idKey(item.id));
  }
  return true;
}

/** The parts of a stored items patch that are well formed (stored data may be anything). */
function readItems(patch: Patch): Required<Omit<ItemsPatch, typeof MARK | 'order'>> & { order?: Id[] } {
  const parts = own(patch, MARK) === 'items' ? (patch as JsonObject) : {};
  const ids = (list: unknown): Id[] => (Array.isArray(list) ? list.filter(isId) : []);
  return {
    order: Array.isArray(parts.order) ? ids(parts.order) : undefined,
    remove: ids(parts.remove),
    add: Array.isArray(parts.add) ? parts.add.filter(isItem) : [],
    edit: isPlainObject(parts.edit) ? parts.edit : {},
  };
}

function mergeItems(base: unknown, patch: Patch): Item[] {
  const { order, remove, add, edit } = readItems(patch);
  const defaults = isItemList(base) ? base : [];
  const removed = new Set(remove.map(idKey));
  const added = new Map(add.map((item) => [idKey(item.id), item]));
  const byId = new Map<string, Item>();
  for (const item of defaults) {
    const key = idKey(item.id);
    const merged = added.get(key) ?? (removed.has(key) ? undefined : merge(item, own(edit, key)));
    if (isItem(merged)) byId.set(key, merged);
  }
  for (const [key, item] of added) if (!byId.has(key)) byId.set(key, item);
  return arrange(
    defaults.map((item) => idKey(item.id)),
    byId,
    order?.map(idKey),
    [...added.keys()],
  );
}

/**
 * Orders merged items. With the user's `order`, items it does not mention (new defaults) go right
 * after their predecessor in the defaults; without one, the defaults' order holds. Additions the
 * order does not place come last.
 */
function arrange(
  defaultOrder: string[],
  byId: Map<string, Item>,
  order: string[] | undefined,
  added: string[],
): Item[] {
  const placed: string[] = [];
  const seen = new Set<string>();
  const place = (key: string, at = placed.length): void => {
    if (!byId.has(key) || seen.has(key)) return;
    seen.add(key);
    if (at === placed.length) placed.push(key);
    else placed.splice(at, 0, key);
  };
  if (order) {
    for (const key of order) place(key);
    defaultOrder.forEach((key, index) => {
      if (seen.has(key)) return;
      const before = defaultOrder.slice(0, index).findLast((each) => seen.has(each));
      place(key, before === undefined ? 0 : placed.indexOf(before) + 1);
    });
  } else {
    for (const key of defaultOrder) place(key);
  }
  for (const key of added) place(key);
  return placed.map((key) => byId.get(key)!);
}

function diffItems(
  below: Item[] | undefined,
  next: Item[],
  prior: Patch,
  current: unknown,
  whole: WholeAt | undefined,
  path: readonly PathSegment[],
): Patch {
  const base = below ?? [];
  const before = readItems(prior);
  const defaults = new Map(base.map((item) => [idKey(item.id), item]));
  const shown = new Map(isItemList(current) ? current.map((item) => [idKey(item.id), item]) : []);
  const nextKeys = new Set(next.map((item) => idKey(item.id)));
  const addedBefore = new Set(before.add.map((item) => idKey(item.id)));
  const unseen = (key: string): boolean => !defaults.has(key) && !nextKeys.has(key);

  const remove = [
    ...base.filter((item) => !nextKeys.has(idKey(item.id))).map((item) => item.id),
    ...before.remove.filter((id) => unseen(idKey(id))),
  ];
  const add: Item[] = [];
  const edit: JsonObject = {};
  for (const item of next) {
    const key = idKey(item.id);
    if (!defaults.has(key) || addedBefore.has(key)) {
      add.push(item);
    } else {
      const edited = own(before.edit, key);
      const shownItem = shown.get(key) ?? merge(defaults.get(key), edited);
      const change = diff(defaults.get(key), item, edited, shownItem, whole, [...path, key]);
      if (change !== undefined) define(edit, key, change);
    }
  }
  for (const key of Object.keys(before.edit)) if (unseen(key)) define(edit, key, before.edit[key]);

  const patch: ItemsPatch = { [MARK]: 'items' };
  if (remove.length) patch.remove = remove;
  if (add.length) patch.add = add;
  if (Object.keys(edit).length) patch.edit = edit;
  // Keep the earlier order if it still yields the wanted one (it also places items not shown now),
  // else no order if the defaults' order does, else the full order.
  const wanted = next.map((item) => idKey(item.id));
  const yields = (candidate: ItemsPatch): boolean =>
    mergeItems(base, candidate).every((item, index) => idKey(item.id) === wanted[index]);
  if (before.order && yields({ ...patch, order: before.order })) patch.order = before.order;
  else if (!yields(patch)) patch.order = next.map((item) => item.id);
  // An empty patch still matters where there is no list below: it makes one.
  return below && Object.keys(patch).length === 1 ? undefined : patch;
}

/** An added or removed item is one whole value: resetting anything in it undoes the addition or removal. */
function removeItemAt(patch: ItemsPatch, key: string, rest: readonly PathSegment[]): Patch {
  const { order, remove, add, edit } = readItems(patch);
  const out: ItemsPatch = { [MARK]: 'items' };
  if (order) out.order = order;
  const keptRemove = remove.filter((id) => idKey(id) !== key);
  if (keptRemove.length) out.remove = keptRemove;
  const keptAdd = add.filter((item) => idKey(item.id) !== key);
  if (keptAdd.length) out.add = keptAdd;
  const keptEdit = { ...edit };
  const child = removeAt(own(edit, key), rest);
  if (child === undefined) delete keptEdit[key];
  else define(keptEdit, key, child);
  if (Object.keys(keptEdit).length) out.edit = keptEdit;
  return Object.keys(out).length === 1 ? undefined : out;
}
