// The part of the preferences engine a component needs when nothing provides a store: loaded by
// PersistController on first use, so a component given a store (or never persisting) does not pay
// for it up front.
export { createPreferences } from '../../core/prefs/store.js';
export { MemoryAdapter } from '../../core/prefs/memory-adapter.js';
