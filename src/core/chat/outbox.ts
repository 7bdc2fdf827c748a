import type { PreferencesAdapter } from '../prefs/adapter.js';

/** A visitor's message not yet accepted by the server. */
export interface OutboxEntry {
  /** Idempotency key: every attempt sends the same one, so the server keeps one copy. */
  clientId: string;
  text: string;
  /** ISO 8601, when the visitor sent it. */
  time: string;
  /** Names of attached files: files themselves cannot be stored, so the visitor is asked again. */
  attachmentNames?: string[];
}

/** Where the outbox survives a reload. */
export interface OutboxStorage {
  load(): Promise<OutboxEntry[]>;
  save(entries: readonly OutboxEntry[]): Promise<void>;
}

const isEntry = (value: unknown): value is OutboxEntry =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as OutboxEntry).clientId === 'string' &&
  typeof (value as OutboxEntry).text === 'string' &&
  typeof (value as OutboxEntry).time === 'string';

/**
 * Keeps the outbox in a preferences adapter (localStorage, IndexedDB, memory or the integrator's
 * own) under `key`, so it uses the same storage, quota handling and fallbacks as every other
 * persisted thing. Unreadable data loads as an empty outbox and is left untouched until the next
 * message replaces it; storage that fails to write keeps the outbox in memory.
 */
export function adapterOutboxStorage(adapter: PreferencesAdapter, key: string): OutboxStorage {
  return {
    async load() {
      const result = await adapter.read(key);
      if (result.status !== 'present') return [];
      const user = result.record.user;
      return Array.isArray(user) ? user.filter(isEntry) : [];
    },
    async save(entries) {
      if (entries.length === 0) await adapter.remove(key);
      else
        await adapter.write(key, { version: 1, user: entries.map((entry) => ({ ...entry })), updatedAt: Date.now() });
    },
  };
}

/** An outbox that lives as long as the page (or the test). */
export function memoryOutboxStorage(initial: readonly OutboxEntry[] = []): OutboxStorage & { entries: OutboxEntry[] } {
  const storage = {
    entries: initial.map((entry) => ({ ...entry })),
    load: () => Promise.resolve(storage.entries.map((entry) => ({ ...entry }))),
    save: (entries: readonly OutboxEntry[]) => {
      storage.entries = entries.map((entry) => ({ ...entry }));
      return Promise.resolve();
    },
  };
  return storage;
}
