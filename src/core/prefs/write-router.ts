import type { WriteOptions, WriteResult } from './adapter.js';

/** A write or delete (`raw: null`) sent to the tab that does every write of a namespace. */
interface Request {
  type: 'write';
  id: string;
  key: string;
  raw: string | null;
  options?: WriteOptions;
}

type Message = Request | { type: 'result'; id: string; result: WriteResult } | { type: 'leader' };

/** How long a tab waits for the writing tab before it writes itself (none answers, e.g. it is closing). */
const ANSWER_TIMEOUT = 2000;

/**
 * Routes every conditional write of one localStorage namespace through one tab, chosen with
 * `navigator.locks` (the tab holding the lock; the next one takes over when it closes) and reached
 * over a BroadcastChannel.
 *
 * Why: each tab sees localStorage through its own copy, which hears of another tab's write late. A
 * check-and-write in one tab can therefore pass against bytes another tab has already replaced, and
 * an edit is lost (measured in Chromium: a lock around the read-check-write alone still lost about
 * a quarter of simultaneous edits). In the one writing tab every check sees every earlier write.
 * A conflict answer carries the writing tab's view of the document, so the asking tab merges onto
 * what is really stored, however stale its own copy is.
 */
export class WriteRouter {
  readonly #channel: BroadcastChannel;
  readonly #waiting = new Map<string, { request: Request; resolve: (result: WriteResult) => void }>();
  #leading = false;
  #release?: () => void;
  #users = 0;
  #counter = 0;
  readonly #prefix = Math.random().toString(36).slice(2);

  readonly #name: string;
  /** Does a write on this tab's localStorage, synchronously. */
  readonly #apply: (key: string, raw: string | null, options?: WriteOptions) => WriteResult;

  private constructor(name: string, apply: (key: string, raw: string | null, options?: WriteOptions) => WriteResult) {
    this.#name = name;
    this.#apply = apply;
    this.#channel = new BroadcastChannel(`tailorkit:writes:${name}`);
    this.#channel.onmessage = (event: MessageEvent<Message>) => this.#receive(event.data);
    const abandoned = new Promise<void>((resolve) => (this.#release = resolve));
    void navigator.locks
      .request(`tailorkit:writer:${name}`, () => {
        this.#leading = true;
        this.#channel.postMessage({ type: 'leader' } satisfies Message);
        for (const { request } of [...this.#waiting.values()]) this.#answer(request, false);
        return abandoned;
      })
      .catch(() => undefined);
  }

  /** The router of `name` in this page, or none where tabs cannot coordinate (no locks or channels). */
  static for(
    name: string,
    apply: (key: string, raw: string | null, options?: WriteOptions) => WriteResult,
  ): WriteRouter | undefined {
    if (typeof BroadcastChannel !== 'function' || typeof navigator === 'undefined' || !navigator.locks) return;
    let router = routers.get(name);
    if (!router) {
      router = new WriteRouter(name, apply);
      routers.set(name, router);
    }
    router.#users++;
    return router;
  }

  write(key: string, raw: string | null, options?: WriteOptions): Promise<WriteResult> {
    if (this.#leading) return Promise.resolve(this.#apply(key, raw, options));
    const request: Request = { type: 'write', id: `${this.#prefix}-${++this.#counter}`, key, raw, options };
    return new Promise<WriteResult>((resolve) => {
      const timer = setTimeout(() => this.#answer(request, false), ANSWER_TIMEOUT);
      this.#waiting.set(request.id, {
        request,
        resolve: (result) => {
          clearTimeout(timer);
          resolve(result);
        },
      });
      this.#channel.postMessage(request);
    });
  }

  /** One adapter stopped using the router; the last one closes it and gives up the writer role. */
  close(): void {
    if (--this.#users > 0) return;
    routers.delete(this.#name);
    this.#channel.close();
    this.#release?.();
    for (const { request } of [...this.#waiting.values()]) this.#answer(request, false);
  }

  #receive(message: Message): void {
    if (message.type === 'write') {
      if (this.#leading) this.#answer(message, true);
    } else if (message.type === 'result') {
      const waiting = this.#waiting.get(message.id);
      this.#waiting.delete(message.id);
      waiting?.resolve(message.result);
    } else {
      // A new writing tab: requests the previous one may never have seen go to it.
      for (const { request } of this.#waiting.values()) this.#channel.postMessage(request);
    }
  }

  /** Does a request here: another tab's (answered over the channel) or this tab's own. */
  #answer(request: Request, remote: boolean): void {
    const result = this.#apply(request.key, request.raw, request.options);
    if (remote) {
      this.#channel.postMessage({ type: 'result', id: request.id, result } satisfies Message);
      return;
    }
    const waiting = this.#waiting.get(request.id);
    this.#waiting.delete(request.id);
    waiting?.resolve(result);
  }
}

const routers = new Map<string, WriteRouter>();
