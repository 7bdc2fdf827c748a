export { createPreferences, PERSONALIZATION_KEY, type Preferences, type PreferencesOptions } from './store.js';
export {
  PreferenceDocument,
  type DocumentOptions,
  type DocumentStatus,
  type DocumentChange,
  type ChangeSource,
  type Layers,
  type SetOptions,
  type SaveResult,
  type Migration,
  type Validator,
  type FieldError,
  type RebaseContext,
} from './document.js';
export { PreferencesError, type PreferencesErrorCode } from './errors.js';
export { merge, diff, type Patch, type Path, type PathSegment } from './patch.js';
export { MemoryAdapter } from './memory-adapter.js';
export { LocalStorageAdapter, type LocalStorageAdapterOptions } from './local-storage-adapter.js';
export { IndexedDbAdapter, type IndexedDbAdapterOptions } from './indexeddb-adapter.js';
export type {
  PreferencesAdapter,
  StoredRecord,
  ReadResult,
  WriteResult,
  WriteOptions,
  ExternalChange,
  AdapterFallback,
} from './adapter.js';
export { HttpAdapter, type HttpAdapterOptions } from './http-adapter.js';
