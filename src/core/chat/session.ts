import { backoffDelay } from './backoff.js';
import { Conversation, type ChatMessageProblem } from './conversation.js';
import { memoryOutboxStorage, type OutboxEntry, type OutboxStorage } from './outbox.js';
import type { ChatConnectionState, ChatMessage, ChatSink, ChatTransport } from './types.js';

/** Timers the session schedules with; injectable so tests run on virtual time. */
export interface ChatTimers {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface ChatSessionOptions {
  transport: ChatTransport;
  /** Where unsent messages survive a reload. In memory by default. */
  outbox?: OutboxStorage;
  /** The conversation to merge into; a new one by default. */
  conversation?: Conversation;
  /** A send not answered within this many milliseconds counts as failed (it may still succeed later). Default 20 000. */
  sendTimeout?: number;
  /** Reconnect delays: the first and the longest, in milliseconds. */
  backoff?: { base?: number; max?: number };
  /**
   * Most history pages a resync walks back through to reach the last known message. Default 10.
   * Messages it could not reach load as older history (`loadOlder`).
   */
  resyncPages?: number;
  now?: () => number;
  random?: () => number;
  timers?: ChatTimers;
  newClientId?: () => string;
  /** The conversation, the connection state or the typing author changed. */
  onChange?: () => void;
  /** A message from someone else arrived (`isNew`) or a later copy of it did (a status, a streamed text). */
  onIncoming?: (message: ChatMessage, isNew: boolean) => void;
  /** Something went wrong that the visitor may need to know about; nothing was lost. */
  onProblem?: (problem: ChatSessionProblem) => void;
}

export interface ChatSessionProblem {
  kind: 'message' | 'send' | 'connect' | 'history' | 'storage';
  message: string;
  id?: string;
}

const defaultTimers: ChatTimers = {
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as number),
};

const describe = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * One visitor's live conversation: a transport, the conversation it feeds and an outbox.
 *
 * - `send` shows the message at once as pending under a new clientId and stores it in the outbox
 *   before anything goes over the network, so a reload never loses it.
 * - Every attempt to send a message reuses its clientId, so a server that treats it as an
 *   idempotency key keeps exactly one copy however often a lost answer makes the client retry.
 * - A failed message keeps its text; `retry` sends it again at once. It is also retried on its own,
 *   with backoff, and every failed or unsent message is sent again when the connection comes back.
 * - When the connection drops it reconnects with exponential backoff and jitter, and on every
 *   reconnect (and on `resync`, e.g. when the page becomes visible) it reloads the latest history
 *   back to the last message it knew, so deliveries lost while away show up.
 */
export class ChatSession {
  readonly conversation: Conversation;
  /** The connection as the transport last reported it. */
  state: ChatConnectionState = 'offline';
  /** Who is typing, or `null`. */
  typing: { name: string } | null = null;
  /** Whether the transport has older messages than those shown; undefined until it said. */
  hasMoreHistory: boolean | undefined;

  readonly #options: ChatSessionOptions;
  readonly #transport: ChatTransport;
  readonly #storage: OutboxStorage;
  readonly #timers: ChatTimers;
  readonly #now: () => number;
  readonly #outbox = new Map<string, OutboxEntry>();
  readonly #inFlight = new Set<string>();
  /** Automatic retries of failed messages: how many so far and the next one's timer. */
  readonly #retries = new Map<string, { attempt: number; timer: unknown }>();
  /** Files of messages sent this page life, for retries; they cannot be stored across a reload. */
  readonly #files = new Map<string, File[]>();
  #attempt = 0;
  #reconnect: unknown;
  #connection = 0;
  #stopped = true;
  #saving: Promise<void> = Promise.resolve();
  #loadingOlder: Promise<boolean> | undefined;
  /** The newest message the last resync saw: the next one walks back to it. */
  #syncedThrough: string | undefined;
  /** The oldest message of the history loaded without a gap up to `#syncedThrough`: older pages come before it. */
  #historyFrom: string | undefined;

  constructor(options: ChatSessionOptions) {
    this.#options = options;
    this.#transport = options.transport;
    this.#storage = options.outbox ?? memoryOutboxStorage();
    this.#timers = options.timers ?? defaultTimers;
    this.#now = options.now ?? Date.now;
    this.conversation = options.conversation ?? new Conversation();
  }

  /** Messages waiting for the server, oldest first. */
  get outbox(): readonly OutboxEntry[] {
    return [...this.#outbox.values()];
  }

  /** Loads the outbox (its messages show as pending) and connects. */
  async start(): Promise<void> {
    if (!this.#stopped) return;
    this.#stopped = false;
    let stored: OutboxEntry[] = [];
    try {
      stored = await this.#storage.load();
    } catch (error) {
      this.#problem({ kind: 'storage', message: `The outbox could not be read: ${describe(error)}` });
    }
    if (this.#stopped) return;
    for (const entry of stored) {
      if (this.#outbox.has(entry.clientId)) continue;
      this.#outbox.set(entry.clientId, entry);
      this.#showPending(entry);
    }
    this.#changed();
    this.#connect();
  }

  /** Disconnects and stops every timer. Unsent messages stay in the outbox storage. */
  stop(): void {
    this.#stopped = true;
    this.#connection++;
    this.#timers.clearTimeout(this.#reconnect);
    this.#reconnect = undefined;
    this.#inFlight.clear();
    for (const { timer } of this.#retries.values()) this.#timers.clearTimeout(timer);
    this.#retries.clear();
    this.#transport.disconnect();
    this.state = 'offline';
  }

  /**
   * Sends a visitor's message: shown at once as pending, stored in the outbox, then sent (now if
   * online, otherwise as soon as the connection is back). Returns its clientId.
   */
  send(text: string, files: File[] = []): string {
    const clientId = this.#options.newClientId?.() ?? globalThis.crypto.randomUUID();
    const entry: OutboxEntry = { clientId, text, time: new Date(this.#now()).toISOString() };
    if (files.length > 0) {
      entry.attachmentNames = files.map((file) => file.name);
      this.#files.set(clientId, files);
    }
    this.#outbox.set(clientId, entry);
    this.#showPending(entry);
    this.#persist();
    this.#changed();
    this.#flush();
    return clientId;
  }

  /** Sends a failed message again (it waits for the connection when offline). */
  retry(key: string): void {
    const message = this.conversation.get(key);
    const clientId = message?.clientId ?? key;
    if (!this.#outbox.has(clientId)) return;
    this.conversation.setLocalStatus(clientId, 'pending');
    this.#changed();
    this.#flush();
  }

  /**
   * Reloads the latest history back to where the previous resync ended, merging what was missed
   * meanwhile: deliveries lost while offline, or dropped by a flaky network while online.
   */
  async resync(): Promise<void> {
    const history = this.#transport.history?.bind(this.#transport);
    if (!history || this.#stopped || this.state !== 'online') return;
    // Back to where the last resync ended. When the session had the whole conversation and it was
    // empty then, back to its start: a delivery dropped before the first message received live
    // leaves a gap before the oldest message shown, above which no page is known to be missing.
    // Before any resync, back to the oldest message shown.
    const toStart = this.#syncedThrough === undefined && this.hasMoreHistory === false;
    const known = this.#syncedThrough ?? (toStart ? undefined : this.conversation.firstConfirmed()?.id);
    const pages = this.#options.resyncPages ?? 10;
    let before: string | undefined;
    let newest: string | undefined;
    let last: { messages: readonly ChatMessage[]; hasMore: boolean } | undefined;
    let reached = false;
    try {
      for (let page = 0; page < pages; page++) {
        const result = await history(before);
        if (this.#stopped) return;
        this.#mergeIncoming(result.messages, true);
        if (page === 0) {
          newest = result.messages.at(-1)?.id;
          this.hasMoreHistory ??= result.hasMore;
        }
        last = result;
        reached = !toStart && (known === undefined || result.messages.some((message) => message.id === known));
        const oldest = result.messages[0]?.id;
        if (reached || !result.hasMore || oldest === undefined) break;
        before = oldest;
      }
      if (newest !== undefined) this.#syncedThrough = newest;
      if (last) this.#walked(last, reached || !last.hasMore);
    } catch (error) {
      this.#problem({
        kind: 'history',
        message: `The conversation could not be brought up to date: ${describe(error)}`,
      });
    }
    this.#changed();
  }

  /**
   * After a resync walked back from the newest message to page `last`: the pages reach without a
   * gap back to where the previous walk ended (`closed`), or they stopped short and older history
   * starts at `last` (the gap fills as older messages load).
   */
  #walked(last: { messages: readonly ChatMessage[]; hasMore: boolean }, closed: boolean): void {
    if (closed && this.#historyFrom !== undefined && last.hasMore) return;
    this.#historyFrom = last.messages[0]?.id;
    this.hasMoreHistory = last.hasMore;
  }

  /**
   * Loads the page of messages before the oldest one loaded without a gap: not before the oldest
   * one shown, which may have arrived live, late, with a dropped delivery after it. Resolves to
   * `false` when the transport failed (reported as a `history` problem).
   */
  loadOlder(): Promise<boolean> {
    const history = this.#transport.history?.bind(this.#transport);
    if (!history || this.hasMoreHistory === false) return Promise.resolve(true);
    return (this.#loadingOlder ??= (async () => {
      try {
        const from = this.#historyFrom;
        const result = await history(from ?? this.conversation.firstConfirmed()?.id);
        this.#mergeIncoming(result.messages, true);
        // A resync that stopped short moved where older history starts meanwhile.
        if (this.#historyFrom !== from) return true;
        const oldest = result.messages[0]?.id;
        this.#historyFrom = oldest ?? from;
        this.hasMoreHistory = result.hasMore && oldest !== undefined;
        return true;
      } catch (error) {
        this.#problem({ kind: 'history', message: `Older messages could not be loaded: ${describe(error)}` });
        return false;
      } finally {
        this.#loadingOlder = undefined;
        this.#changed();
      }
    })());
  }

  #connect(): void {
    if (this.#stopped) return;
    const connection = ++this.#connection;
    const live = (): boolean => connection === this.#connection && !this.#stopped;
    const sink: ChatSink = {
      receive: (message) => {
        if (!this.#stopped) this.#mergeIncoming([message], false);
      },
      status: (state) => {
        if (live()) this.#setState(state);
      },
      typing: (author) => {
        if (!live()) return;
        this.typing = author && typeof author.name === 'string' ? { name: author.name } : null;
        this.#changed();
      },
    };
    this.#setState('connecting');
    this.#transport.connect(sink).then(
      () => {
        if (live() && this.state === 'connecting') this.#setState('online');
      },
      (error: unknown) => {
        if (!live()) return;
        this.#problem({ kind: 'connect', message: `Could not connect: ${describe(error)}` });
        this.#setState('offline');
      },
    );
  }

  #setState(state: ChatConnectionState): void {
    const previous = this.state;
    this.state = state;
    if (state === 'online') {
      this.#attempt = 0;
      this.#timers.clearTimeout(this.#reconnect);
      this.#reconnect = undefined;
      if (previous !== 'online') {
        this.#flush(true);
        void this.resync();
      }
    } else if (state === 'offline') {
      this.typing = null;
      this.#scheduleReconnect();
    }
    this.#changed();
  }

  #scheduleReconnect(): void {
    if (this.#stopped || this.#reconnect !== undefined) return;
    const delay = backoffDelay(this.#attempt++, { ...this.#options.backoff, random: this.#options.random });
    this.#reconnect = this.#timers.setTimeout(() => {
      this.#reconnect = undefined;
      this.#connection++;
      this.#transport.disconnect();
      this.#connect();
    }, delay);
  }

  /** Sends every outbox message not already on its way; failed ones too when `includeFailed`. */
  #flush(includeFailed = false): void {
    if (this.state !== 'online' || this.#stopped) return;
    for (const entry of this.#outbox.values()) {
      if (this.#inFlight.has(entry.clientId)) continue;
      const status = this.conversation.get(entry.clientId)?.status;
      if (status === 'failed' && !includeFailed) continue;
      this.#sendEntry(entry);
    }
  }

  #sendEntry(entry: OutboxEntry): void {
    const { clientId, text } = entry;
    this.#inFlight.add(clientId);
    this.conversation.setLocalStatus(clientId, 'pending');
    let settled = false;
    const timeout = this.#timers.setTimeout(
      () => fail(new Error('no answer in time')),
      this.#options.sendTimeout ?? 20_000,
    );
    const fail = (error: unknown): void => {
      if (settled) return;
      settled = true;
      this.#timers.clearTimeout(timeout);
      this.#inFlight.delete(clientId);
      if (this.#stopped) return;
      if (!this.#outbox.has(clientId)) return;
      this.conversation.setLocalStatus(clientId, 'failed');
      this.#problem({ kind: 'send', id: clientId, message: `A message could not be sent: ${describe(error)}` });
      this.#scheduleRetry(clientId);
      this.#changed();
    };
    const files = this.#files.get(clientId);
    const message = files ? { clientId, text, attachments: files } : { clientId, text };
    let sending: Promise<{ id: string; time: string }>;
    try {
      sending = this.#transport.send(message);
    } catch (error) {
      sending = Promise.reject(error instanceof Error ? error : new Error(describe(error)));
    }
    sending.then(
      (result) => {
        // A late answer still counts: the server has the message, whatever the timer said.
        this.#timers.clearTimeout(timeout);
        settled = true;
        if (this.#stopped) return;
        this.#inFlight.delete(clientId);
        if (!result || typeof result.id !== 'string' || !Number.isFinite(Date.parse(result.time))) {
          settled = false;
          fail(new Error('the transport answered without an id and time'));
          return;
        }
        this.conversation.confirm(clientId, result.id, result.time);
        this.#accepted(clientId);
      },
      (error: unknown) => fail(error),
    );
  }

  /**
   * Tries a failed message again later, with the same backoff as reconnecting: a lost request or
   * answer on a connection that still looks online would otherwise wait for the next reconnect.
   */
  #scheduleRetry(clientId: string): void {
    const attempt = this.#retries.get(clientId)?.attempt ?? 0;
    this.#timers.clearTimeout(this.#retries.get(clientId)?.timer);
    const timer = this.#timers.setTimeout(
      () => {
        const entry = this.#outbox.get(clientId);
        if (!entry || this.#stopped || this.#inFlight.has(clientId) || this.state !== 'online') return;
        this.#sendEntry(entry);
        this.#changed();
      },
      backoffDelay(attempt, { ...this.#options.backoff, random: this.#options.random }),
    );
    this.#retries.set(clientId, { attempt: attempt + 1, timer });
  }

  /** The server has the message: it leaves the outbox. */
  #accepted(clientId: string): void {
    this.#timers.clearTimeout(this.#retries.get(clientId)?.timer);
    this.#retries.delete(clientId);
    if (this.#outbox.delete(clientId)) {
      this.#files.delete(clientId);
      this.#persist();
    }
    this.#changed();
  }

  #mergeIncoming(messages: readonly unknown[], fromHistory: boolean): void {
    for (const input of messages) {
      const record = (typeof input === 'object' && input !== null ? input : {}) as Partial<ChatMessage>;
      const known =
        (typeof record.id === 'string' && this.conversation.get(record.id) !== undefined) ||
        (typeof record.clientId === 'string' && this.conversation.get(record.clientId) !== undefined);
      const problem: ChatMessageProblem | undefined = this.conversation.merge(input);
      if (problem) {
        this.#problem({ kind: 'message', ...problem });
        continue;
      }
      const clientId = record.clientId;
      if (typeof clientId === 'string' && this.#outbox.has(clientId) && typeof record.id === 'string') {
        const current = this.conversation.get(clientId);
        if (current && (current.status === 'pending' || current.status === 'failed'))
          this.conversation.merge({ clientId, status: 'sent' });
        this.#accepted(clientId);
      }
      const merged = this.conversation.get(typeof record.id === 'string' ? record.id : String(record.clientId));
      if (!fromHistory && merged && merged.from !== 'visitor') this.#options.onIncoming?.(merged, !known);
    }
    this.#changed();
  }

  #showPending(entry: OutboxEntry): void {
    this.conversation.merge({
      id: entry.clientId,
      clientId: entry.clientId,
      from: 'visitor',
      text: entry.text,
      time: entry.time,
      status: 'pending',
    });
  }

  #persist(): void {
    const snapshot = [...this.#outbox.values()];
    this.#saving = this.#saving
      .then(() => this.#storage.save(snapshot))
      .catch((error: unknown) =>
        this.#problem({ kind: 'storage', message: `Unsent messages could not be stored: ${describe(error)}` }),
      );
  }

  /** Resolves when every outbox write so far has finished. */
  get saved(): Promise<void> {
    return this.#saving;
  }

  #problem(problem: ChatSessionProblem): void {
    this.#options.onProblem?.(problem);
  }

  #changed(): void {
    this.#options.onChange?.();
  }
}
