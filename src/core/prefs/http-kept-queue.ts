import type { HttpAdapterOptions } from './http-types.js';
import { CREATE, type QueuedWrite } from './http-queue.js';

/** What the offline queue is kept in across a reload. */
export interface KeptQueue {
  /** Takes over the queues of pages that are gone (this tab before a reload, a closed tab): removed from storage. */
  adopt(): Promise<QueuedWrite[]>;
  save(queue: readonly QueuedWrite[]): void;
  /** This page stops keeping its queue; what is stored waits for another page to adopt it. */
  release(): void;
}

/**
 * The offline queue in Storage, one entry per page: `tailorkit:http-queue:<name>#<page id>`, with a
 * Web Lock of the same name held while the page lives. A page adopts the entries whose lock nobody
 * holds, so two tabs never overwrite each other's queue and a reloaded or closed tab's queue is
 * replayed by the next page. Without Web Locks there is one shared entry. Never throws.
 */
export function keptQueue(options: HttpAdapterOptions): KeptQueue | undefined {
  let storage: Storage | null | undefined;
  try {
    storage = options.queueStorage === undefined ? globalThis.localStorage : options.queueStorage;
  } catch {
    return undefined; // sandboxed frames throw on reading localStorage
  }
  if (!storage) return undefined;
  const area = storage;
  const name = `tailorkit:http-queue:${options.queueName ?? options.baseUrl}`;
  const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
  const own = locks ? `${name}#${Math.random().toString(36).slice(2)}${Date.now().toString(36)}` : name;
  let release: (() => void) | undefined;
  if (locks) {
    const held = new Promise<void>((resolve) => (release = resolve));
    void locks.request(own, () => held).catch(() => undefined);
  }
  const read = (entry: string): QueuedWrite[] => {
    try {
      const parsed = JSON.parse(area.getItem(entry) ?? '[]') as unknown;
      if (!Array.isArray(parsed)) return [];
      return parsed.flatMap((item: unknown): QueuedWrite[] => {
        const { key, body, precondition } = (item ?? {}) as Record<string, unknown>;
        if (typeof key !== 'string' || (body !== null && typeof body !== 'string')) return [];
        if (precondition !== undefined && typeof precondition !== 'string') return [];
        return [{ key, body, precondition: precondition === '*' ? CREATE : precondition }];
      });
    } catch {
      return [];
    }
  };
  return {
    async adopt() {
      if (!locks) return read(own);
      try {
        return await locks.request(`${name}#adopting`, async () => {
          const { held = [], pending = [] } = await locks.query();
          const alive = new Set([...held, ...pending].map((lock) => lock.name));
          const orphans: string[] = [];
          for (let index = 0; index < area.length; index++) {
            const entry = area.key(index);
            if (
              entry !== null &&
              entry !== own &&
              (entry === name || entry.startsWith(`${name}#`)) &&
              !alive.has(entry)
            ) {
              if (!entry.endsWith('#adopting')) orphans.push(entry);
            }
          }
          const left = orphans.flatMap(read);
          for (const entry of orphans) area.removeItem(entry);
          return left;
        });
      } catch {
        return [];
      }
    },
    save(queue) {
      try {
        if (queue.length === 0) area.removeItem(own);
        else {
          const plain = queue.map(({ key, body, precondition }) => ({
            key,
            body,
            precondition: precondition === CREATE ? '*' : precondition,
          }));
          area.setItem(own, JSON.stringify(plain));
        }
      } catch {
        // A full or blocked storage keeps the queue in memory only; the writes themselves are unaffected.
      }
    },
    release() {
      release?.();
    },
  };
}
