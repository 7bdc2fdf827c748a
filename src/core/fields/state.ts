import type { FieldSet } from './field-set.js';
import type { DroppedId, FieldPin, SanitizedVisible, VisibleFields } from './types.js';

/**
 * Picker state operations. Each takes the `FieldSet` and a visible-fields state, never changes its
 * input, and returns a new state that holds every invariant:
 * - every id is known and listed once, so visible and hidden together are exactly the known fields;
 * - required fields are visible;
 * - pinned fields are in their zone: `start` ones before every unpinned field, `end` ones after.
 *
 * Any array is accepted as a state (an unknown id in it is ignored); `sanitizeVisible` is the one
 * that reports what it drops.
 */

type Zone = FieldPin | 'middle';

function zoneOf(set: FieldSet, id: string): Zone {
  return set.get(id)?.pinned ?? 'middle';
}

/** Known ids, listed once, required ones added, in zone order (stable within each zone). */
function arrange(set: FieldSet, ids: readonly unknown[], dropped?: DroppedId[]): VisibleFields {
  const seen = new Set<string>();
  const zones: Record<Zone, string[]> = { start: [], middle: [], end: [] };
  const add = (id: string) => {
    seen.add(id);
    zones[zoneOf(set, id)].push(id);
  };
  for (const id of ids) {
    if (typeof id !== 'string') dropped?.push({ id, reason: 'invalid' });
    else if (!set.has(id)) dropped?.push({ id, reason: 'unknown' });
    else if (seen.has(id)) dropped?.push({ id, reason: 'duplicate' });
    else add(id);
  }
  for (const field of set.fields) if (field.required && !seen.has(field.id)) add(field.id);
  return [...zones.start, ...zones.middle, ...zones.end];
}

/** The fields marked `defaultVisible`, plus the required ones, in definition order (pinned ones in their zones). */
export function defaultVisibleFields(set: FieldSet): VisibleFields {
  return arrange(
    set,
    set.fields.filter((field) => field.defaultVisible).map((field) => field.id),
  );
}

/**
 * A state read from anywhere (a stored preference, a host's property) made to hold the invariants.
 * Unknown ids (a field renamed since it was stored), repeats and non-strings are dropped and listed
 * in `dropped`; nothing throws. A value that is not an array gives the default state, reported as
 * one `invalid` entry unless it is `undefined` or `null`.
 */
export function sanitizeVisible(set: FieldSet, value: unknown): SanitizedVisible {
  const dropped: DroppedId[] = [];
  if (!Array.isArray(value)) {
    if (value !== undefined && value !== null) dropped.push({ id: value, reason: 'invalid' });
    return { value: defaultVisibleFields(set), dropped };
  }
  return { value: arrange(set, value as unknown[], dropped), dropped };
}

/** Shows fields: each goes to the end of its zone; visible or unknown ones are left as they are. */
export function showFields(set: FieldSet, visible: readonly string[], ids: Iterable<string>): VisibleFields {
  return arrange(set, [...visible, ...ids]);
}

/** Hides fields, except required ones. */
export function hideFields(set: FieldSet, visible: readonly string[], ids: Iterable<string>): VisibleFields {
  const hide = new Set(ids);
  return arrange(
    set,
    visible.filter((id) => !hide.has(id) || set.get(id)?.required),
  );
}

/** Shows or hides fields: one category's, or those a search matched (a select-all). */
export function setFieldsVisible(
  set: FieldSet,
  visible: readonly string[],
  ids: Iterable<string>,
  shown: boolean,
): VisibleFields {
  return shown ? showFields(set, visible, ids) : hideFields(set, visible, ids);
}

/** Shows or hides every field of a category (required ones stay). */
export function setCategoryVisible(
  set: FieldSet,
  visible: readonly string[],
  category: string,
  shown: boolean,
): VisibleFields {
  return setFieldsVisible(
    set,
    visible,
    set.inCategory(category).map((field) => field.id),
    shown,
  );
}

/** The indexes a visible field may take: its zone, as `[first, last]`, in a state with it. */
export function zoneRange(set: FieldSet, visible: readonly string[], id: string): [number, number] {
  const state = arrange(set, visible);
  let starts = 0;
  let ends = 0;
  for (const other of state) {
    const zone = zoneOf(set, other);
    if (zone === 'start') starts++;
    else if (zone === 'end') ends++;
  }
  const zone = zoneOf(set, id);
  if (zone === 'start') return [0, starts - 1];
  if (zone === 'end') return [state.length - ends, state.length - 1];
  return [starts, state.length - ends - 1];
}

/**
 * Moves a visible field to `index` in the visible list, kept within its zone (an index outside it
 * is clamped to its nearest end). A hidden or unknown field leaves the state as it is.
 */
export function moveField(set: FieldSet, visible: readonly string[], id: string, index: number): VisibleFields {
  const state = arrange(set, visible);
  const from = state.indexOf(id);
  if (from === -1 || !Number.isFinite(index)) return state;
  const [first, last] = zoneRange(set, state, id);
  const to = Math.min(last, Math.max(first, Math.trunc(index)));
  state.splice(from, 1);
  state.splice(to, 0, id);
  return state;
}

/** Moves a visible field by `delta` places (the keyboard's one step), kept within its zone. */
export function moveFieldBy(set: FieldSet, visible: readonly string[], id: string, delta: number): VisibleFields {
  const from = arrange(set, visible).indexOf(id);
  return from === -1 ? arrange(set, visible) : moveField(set, visible, id, from + delta);
}

/**
 * How a field differs from the default state: `shown` or `hidden` by the user, or `moved`: shown in
 * both, but out of the default's order.
 */
export type FieldDifference = 'shown' | 'hidden' | 'moved';

/**
 * The ids of `state` shown in the default too that keep the default's relative order: a longest
 * subsequence in default order. The others shown in both are the moved ones, so one drag marks one
 * field, not every field it passed.
 */
function inDefaultOrder(state: readonly string[], rank: ReadonlyMap<string, number>): Set<string> {
  const ids = state.filter((id) => rank.has(id));
  const ranks = ids.map((id) => rank.get(id)!);
  const tails: number[] = [];
  const previous: number[] = [];
  for (let i = 0; i < ids.length; i++) {
    let low = 0;
    let high = tails.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (ranks[tails[middle]] < ranks[i]) low = middle + 1;
      else high = middle;
    }
    previous[i] = low > 0 ? tails[low - 1] : -1;
    tails[low] = i;
  }
  const kept = new Set<string>();
  for (let i = tails.length > 0 ? tails[tails.length - 1] : -1; i >= 0; i = previous[i]) kept.add(ids[i]);
  return kept;
}

const ranks = (ids: readonly string[]) => new Map(ids.map((id, index) => [id, index]));

/** The fields whose visibility or place differs from `defaults`. */
export function fieldDifferences(
  set: FieldSet,
  visible: readonly string[],
  defaults: readonly string[],
): Map<string, FieldDifference> {
  const state = arrange(set, visible);
  const now = new Set(state);
  const rank = ranks(arrange(set, defaults));
  const kept = inDefaultOrder(state, rank);
  const differences = new Map<string, FieldDifference>();
  for (const field of set.fields) {
    const shown = now.has(field.id);
    if (shown !== rank.has(field.id)) differences.set(field.id, shown ? 'shown' : 'hidden');
    else if (shown && !kept.has(field.id)) differences.set(field.id, 'moved');
  }
  return differences;
}

/** Whether two states show the same fields in the same order. */
export function sameOrder(set: FieldSet, a: readonly string[], b: readonly string[]): boolean {
  const left = arrange(set, a);
  const right = arrange(set, b);
  return left.length === right.length && left.every((id, i) => id === right[i]);
}

/**
 * Resets one field to the default: hidden there, it is hidden (unless required); shown there, it is
 * shown (if it was not) and put back in the default's order, right after the nearest field before
 * it in the default that has not moved (within its zone). Other fields keep their place.
 */
export function resetField(
  set: FieldSet,
  visible: readonly string[],
  id: string,
  defaults: readonly string[],
): VisibleFields {
  const rank = ranks(arrange(set, defaults));
  const at = rank.get(id);
  if (at === undefined) return hideFields(set, visible, [id]);
  const state = arrange(set, visible);
  if (state.includes(id) && inDefaultOrder(state, rank).has(id)) return state;
  const others = state.filter((other) => other !== id);
  const kept = inDefaultOrder(others, rank);
  let index = 0;
  others.forEach((other, i) => {
    if (kept.has(other) && rank.get(other)! < at) index = i + 1;
  });
  return moveField(set, [...others.slice(0, index), id, ...others.slice(index)], id, index);
}

/** Resets every field: the default state, sanitized. */
export function resetAll(set: FieldSet, defaults: readonly string[]): VisibleFields {
  return arrange(set, defaults);
}

/** How many of `ids` are visible: all (`checked`), some (`mixed`) or none (`unchecked`, also for no ids). */
export function selectionState(
  visible: readonly string[] | ReadonlySet<string>,
  ids: Iterable<string>,
): 'checked' | 'mixed' | 'unchecked' {
  const shown = visible instanceof Set ? visible : new Set(visible as readonly string[]);
  let on = 0;
  let total = 0;
  for (const id of ids) {
    total++;
    if (shown.has(id)) on++;
  }
  if (on === 0) return 'unchecked';
  return on === total ? 'checked' : 'mixed';
}
