import type { RecordViewPreferences, SavedView, ViewState } from './view-state.js';

/**
 * Operations on the named views of a record view's preferences document. Each returns the next
 * document value; none changes its input.
 */

const copy = <T>(value: T): T => structuredClone(value);

/** The saved view the working state started from, if it still exists. */
export function activeView(preferences: RecordViewPreferences): SavedView | undefined {
  return preferences.views.find((view) => view.id === preferences.active);
}

/** A new view named `name` holding `state`, made the active one. Blank names are refused (`undefined`). */
export function saveViewAs(
  preferences: RecordViewPreferences,
  name: string,
  state: Partial<ViewState>,
  id: string,
): RecordViewPreferences | undefined {
  const trimmed = name.trim();
  if (!trimmed || preferences.views.some((view) => view.id === id)) return undefined;
  return { ...preferences, views: [...preferences.views, { id, name: trimmed, state: copy(state) }], active: id };
}

/** The active view made to hold `state` (what "Save changes" does). */
export function saveViewChanges(preferences: RecordViewPreferences, state: Partial<ViewState>): RecordViewPreferences {
  const active = activeView(preferences);
  if (!active) return preferences;
  return {
    ...preferences,
    views: preferences.views.map((view) => (view === active ? { ...view, state: copy(state) } : view)),
  };
}

/** Shows a saved view: its state becomes the working state. An unknown id changes nothing. */
export function switchView(preferences: RecordViewPreferences, id: string): RecordViewPreferences {
  const view = preferences.views.find((each) => each.id === id);
  if (!view) return preferences;
  return { ...preferences, state: copy(view.state), active: id };
}

export function renameView(preferences: RecordViewPreferences, id: string, name: string): RecordViewPreferences {
  const trimmed = name.trim();
  if (!trimmed) return preferences;
  return {
    ...preferences,
    views: preferences.views.map((view) => (view.id === id ? { ...view, name: trimmed } : view)),
  };
}

/** A copy of view `id` under `name` and `newId`, made the active one. */
export function duplicateView(
  preferences: RecordViewPreferences,
  id: string,
  newId: string,
  name: string,
): RecordViewPreferences {
  const view = preferences.views.find((each) => each.id === id);
  return (view && saveViewAs(switchView(preferences, id), name, view.state, newId)) ?? preferences;
}

/** Removes view `id`; the working state stays on screen, no longer tied to a saved view. */
export function deleteView(preferences: RecordViewPreferences, id: string): RecordViewPreferences {
  return {
    ...preferences,
    views: preferences.views.filter((view) => view.id !== id),
    active: preferences.active === id ? null : preferences.active,
  };
}
