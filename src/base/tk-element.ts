import { LitElement } from 'lit';
import { defineElement } from './define.js';

/**
 * Events every Tailorkit component may emit, keyed by name, with their detail types. A component
 * declares each of its events here once (declaration merging); `emit` checks the detail, and
 * `GlobalEventHandlersEventMap` (so `addEventListener` types the event) is derived from it.
 */
export interface TkEventDetailMap {
  'tk-load-error': TkLoadErrorDetail;
}

/**
 * Detail of `tk-load-error`: code an element loads on first use (editing controls, a view, a popover's
 * content) could not be fetched. The element keeps what it shows and tells the user; browsers keep a
 * failed `import()` for the life of the page, so a reload is what tries again.
 */
export interface TkLoadErrorDetail {
  /** What could not be loaded, named by the element that sent the event (`editing`, `catalog`, `kanban`, …). */
  part: string;
  /** What the browser reported, usually a TypeError from the failed `import()`. */
  error: unknown;
}

/** Every event of `TkEventDetailMap` as the DOM dispatches it. */
export type TkEventMap = { [K in keyof TkEventDetailMap]: CustomEvent<TkEventDetailMap[K]> };

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends TkEventMap {}
}

export interface EmitOptions {
  cancelable?: boolean;
}

/**
 * Base class of every Tailorkit element: a typed `emit` for bubbling, composed events and a `define`
 * that tolerates a second registration.
 */
export class TkElement extends LitElement {
  /** Registers this class under `tag`, warning instead of throwing when the tag is taken. */
  static define(tag: string): void {
    defineElement(tag, this);
  }

  /**
   * Dispatches a bubbling, composed event with a typed detail.
   * @returns the event, so a caller can check `defaultPrevented` on cancelable ones.
   */
  protected emit<K extends keyof TkEventDetailMap>(
    name: K,
    detail: TkEventDetailMap[K],
    options: EmitOptions = {},
  ): CustomEvent<TkEventDetailMap[K]> {
    const event = new CustomEvent(name, {
      detail,
      bubbles: true,
      composed: true,
      cancelable: options.cancelable ?? false,
    });
    this.dispatchEvent(event);
    return event;
  }
}
