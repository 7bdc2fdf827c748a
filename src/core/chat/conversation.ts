import type { ChatFrom, ChatMessage, ChatMessageStatus, ChatMessageUpdate } from './types.js';

/** Why a message given to the conversation was not taken. */
export interface ChatMessageProblem {
  /** The message's `id` or `clientId` when it had one. */
  id?: string;
  message: string;
}

const FROM: ReadonlySet<string> = new Set<ChatFrom>(['visitor', 'agent', 'bot', 'system']);
const STATUS_RANK: Readonly<Record<ChatMessageStatus, number>> = {
  failed: 0,
  pending: 0,
  sent: 1,
  delivered: 2,
  read: 3,
};

interface Entry {
  message: ChatMessage;
  /** `time` as milliseconds since the epoch. */
  instant: number;
  /** Order of first arrival: breaks ties between equal instants. */
  arrival: number;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
const nonEmpty = (value: unknown): value is string => typeof value === 'string' && value !== '';

/** The fields of `input` with the right shape; `problem` names the first one that is wrong. */
function readUpdate(input: unknown): { update?: ChatMessageUpdate; problem?: string } {
  if (!isRecord(input)) return { problem: 'a message must be an object' };
  const { id, clientId } = input;
  if (!nonEmpty(id) && !nonEmpty(clientId)) return { problem: 'a message needs an id or a clientId' };
  if (id !== undefined && !nonEmpty(id)) return { problem: 'id must be a non-empty string' };
  if (clientId !== undefined && !nonEmpty(clientId)) return { problem: 'clientId must be a non-empty string' };
  const update: Record<string, unknown> = {};
  if (nonEmpty(id)) update['id'] = id;
  if (nonEmpty(clientId)) update['clientId'] = clientId;
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || key === 'id' || key === 'clientId') continue;
    switch (key) {
      case 'from':
        if (typeof value !== 'string' || !FROM.has(value))
          return { problem: `from must be one of ${[...FROM].join(', ')}` };
        break;
      case 'text':
        if (typeof value !== 'string') return { problem: 'text must be a string' };
        break;
      case 'format':
        if (value !== 'text' && value !== 'markdown') return { problem: 'format must be text or markdown' };
        break;
      case 'time':
        if (typeof value !== 'string' || !Number.isFinite(Date.parse(value)))
          return { problem: 'time must be an ISO 8601 date' };
        break;
      case 'status':
        if (typeof value !== 'string' || !Object.hasOwn(STATUS_RANK, value)) return { problem: 'status is unknown' };
        break;
      case 'author':
        if (!isRecord(value) || typeof value['name'] !== 'string') return { problem: 'author needs a name' };
        if (value['avatarUrl'] !== undefined && typeof value['avatarUrl'] !== 'string')
          return { problem: 'author.avatarUrl must be a string' };
        break;
      case 'attachments':
        if (
          !Array.isArray(value) ||
          !value.every(
            (a) =>
              isRecord(a) &&
              typeof a['name'] === 'string' &&
              typeof a['url'] === 'string' &&
              typeof a['type'] === 'string' &&
              typeof a['size'] === 'number',
          )
        )
          return { problem: 'attachments must be a list of { name, url, type, size }' };
        break;
      default:
        // Fields this version does not know are kept: a newer server may send them.
        break;
    }
    update[key] = value;
  }
  return { update: update as ChatMessageUpdate };
}

/**
 * The messages of one conversation, merged from every source (the host's `messages`, a transport's
 * deliveries, history pages, the visitor's own sends) into one ordered list without duplicates.
 *
 * - A message is one message per `id`. A later copy updates only the fields it carries.
 * - A visitor's message shows at once under its `clientId`; `confirm` re-keys it to the server's id,
 *   and a later copy carrying either the id or the clientId updates that one message.
 * - Order is by `time` as an instant, then by first arrival. A message whose time changes moves.
 * - `status` never goes back (a late `sent` does not undo `read`), except that a failed message can
 *   be pending again when it is retried and a pending one can fail.
 * - Input of the wrong shape is refused with a problem, never thrown and never half applied.
 */
export class Conversation {
  /** In display order. */
  #entries: Entry[] = [];
  #byId = new Map<string, Entry>();
  #byClientId = new Map<string, Entry>();
  #arrivals = 0;
  #version = 0;
  #list: readonly ChatMessage[] | undefined;

  constructor(messages: readonly unknown[] = []) {
    this.replace(messages);
  }

  /** Grows on every change, so a view can tell whether it must render again. */
  get version(): number {
    return this.#version;
  }

  get size(): number {
    return this.#entries.length;
  }

  /** The messages in display order. The same array until the next change. */
  get messages(): readonly ChatMessage[] {
    return (this.#list ??= this.#entries.map((entry) => entry.message));
  }

  /** The message at a display position, without building the whole list. */
  at(index: number): ChatMessage | undefined {
    return this.#entries[index]?.message;
  }

  /** A message by its server id or its clientId. */
  get(key: string): ChatMessage | undefined {
    return (this.#byId.get(key) ?? this.#byClientId.get(key))?.message;
  }

  /** Display position of a message by its id or clientId, or -1. */
  indexOf(key: string): number {
    const entry = this.#byId.get(key) ?? this.#byClientId.get(key);
    return entry ? this.#search(entry.instant, entry.arrival) : -1;
  }

  /** The oldest message the server knows: where the next history page starts. */
  firstConfirmed(): ChatMessage | undefined {
    return this.#entries.find((entry) => this.#byId.get(entry.message.id) === entry && !this.#isLocal(entry))?.message;
  }

  /** Replaces everything shown. Returns the problems of messages that were refused. */
  replace(messages: readonly unknown[]): ChatMessageProblem[] {
    this.#entries = [];
    this.#byId.clear();
    this.#byClientId.clear();
    this.#changed();
    return this.mergeAll(Array.isArray(messages) ? messages : []);
  }

  mergeAll(messages: readonly unknown[]): ChatMessageProblem[] {
    const problems: ChatMessageProblem[] = [];
    for (const message of messages) {
      const problem = this.merge(message);
      if (problem) problems.push(problem);
    }
    return problems;
  }

  /**
   * Adds a message or updates the one with its id or clientId. A new message needs `id`, `from`,
   * `text` and `time`. Returns a problem when the input is refused, otherwise `undefined`.
   */
  merge(input: unknown): ChatMessageProblem | undefined {
    const { update, problem } = readUpdate(input);
    if (!update) {
      const record = isRecord(input) ? input : {};
      const id = [record['id'], record['clientId']].find(nonEmpty);
      return id ? { id, message: problem! } : { message: problem! };
    }
    const existing =
      (update.id !== undefined ? this.#byId.get(update.id) : undefined) ??
      (update.clientId !== undefined ? this.#byClientId.get(update.clientId) : undefined);
    if (existing) {
      this.#update(existing, update);
      return undefined;
    }
    const id = update.id ?? update.clientId!;
    if (update.from === undefined || update.text === undefined || update.time === undefined)
      return { id, message: 'a new message needs from, text and time' };
    const message = { ...update, id } as ChatMessage;
    const entry: Entry = { message, instant: Date.parse(message.time), arrival: this.#arrivals++ };
    this.#insert(entry);
    this.#index(entry);
    this.#changed();
    return undefined;
  }

  /**
   * Re-keys a message shown under its clientId to the id the server gave it, at the server's time.
   * A copy of the message may have arrived from the server first; then the two become one.
   */
  confirm(clientId: string, id: string, time: string): void {
    const local = this.#byClientId.get(clientId);
    const server = this.#byId.get(id);
    if (local && server && local !== server) {
      // Keep the copy that came first in arrival order; fold the other's fields in.
      this.#remove(server);
      this.#update(local, { ...server.message, clientId });
      return;
    }
    const status = local?.message.status;
    const next: ChatMessageUpdate = { clientId, id, time };
    if (status === 'pending' || status === 'failed' || status === undefined) next.status = 'sent';
    this.merge(next);
  }

  /** Marks a visitor's message failed (its text stays) or pending again for a retry. */
  setLocalStatus(key: string, status: 'pending' | 'failed'): void {
    const entry = this.#byId.get(key) ?? this.#byClientId.get(key);
    if (!entry || !this.#isLocal(entry)) return;
    entry.message = { ...entry.message, status };
    this.#changed();
  }

  /** Whether a message is still only the client's (pending or failed under its clientId). */
  #isLocal(entry: Entry): boolean {
    return entry.message.status === 'pending' || entry.message.status === 'failed';
  }

  #update(entry: Entry, update: ChatMessageUpdate): void {
    const previous = entry.message;
    const next: Record<string, unknown> = { ...previous };
    for (const [key, value] of Object.entries(update)) if (value !== undefined) next[key] = value;
    if (update.status !== undefined && previous.status !== undefined) {
      const backwards = STATUS_RANK[update.status] < STATUS_RANK[previous.status];
      const reopened = update.status === 'failed' && previous.status !== 'pending';
      if (backwards || reopened) next['status'] = previous.status;
    }
    const message = next as unknown as ChatMessage;
    const instant = Date.parse(message.time);
    if (message.id !== previous.id && this.#byId.get(previous.id) === entry) this.#byId.delete(previous.id);
    if (instant !== entry.instant) {
      this.#remove(entry);
      entry.instant = instant;
      entry.message = message;
      this.#insert(entry);
    } else entry.message = message;
    this.#index(entry);
    this.#changed();
  }

  #index(entry: Entry): void {
    const { id, clientId } = entry.message;
    const other = this.#byId.get(id);
    if (!other || other === entry) this.#byId.set(id, entry);
    if (clientId) this.#byClientId.set(clientId, entry);
  }

  /** First position whose entry sorts at or after (instant, arrival). */
  #search(instant: number, arrival: number): number {
    let low = 0;
    let high = this.#entries.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      const entry = this.#entries[middle];
      if (entry.instant < instant || (entry.instant === instant && entry.arrival < arrival)) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  #insert(entry: Entry): void {
    const at = this.#search(entry.instant, entry.arrival);
    if (at === this.#entries.length) this.#entries.push(entry);
    else this.#entries.splice(at, 0, entry);
  }

  #remove(entry: Entry): void {
    const at = this.#search(entry.instant, entry.arrival);
    if (this.#entries[at] === entry) this.#entries.splice(at, 1);
    if (this.#byId.get(entry.message.id) === entry) this.#byId.delete(entry.message.id);
    const { clientId } = entry.message;
    if (clientId && this.#byClientId.get(clientId) === entry) this.#byClientId.delete(clientId);
  }

  #changed(): void {
    this.#version++;
    this.#list = undefined;
  }
}
