import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { composedParent } from './focus.js';

/**
 * Per-instance strings with defaults, plus `Intl` formatting that follows the element's language.
 *
 * A component declares its default strings once and exposes a `strings` property; the controller
 * merges the overrides in. Messages with placeholders are functions so translators control word order.
 */
export type Strings = Record<string, string | ((...args: never[]) => string)>;

type Host = ReactiveControllerHost & HTMLElement & { strings?: Partial<Strings> };

const directionObserverHosts = new Set<Host>();
let documentObserver: MutationObserver | undefined;

function observeDocumentLanguage(host: Host): void {
  directionObserverHosts.add(host);
  if (documentObserver || typeof MutationObserver === 'undefined') return;
  documentObserver = new MutationObserver(() => {
    for (const each of directionObserverHosts) each.requestUpdate();
  });
  documentObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['lang', 'dir'] });
}

export class LocalizeController<S extends Strings> implements ReactiveController {
  readonly #host: Host;
  readonly #defaults: S;

  constructor(host: Host, defaults: S) {
    this.#host = host;
    this.#defaults = defaults;
    host.addController(this);
  }

  hostConnected(): void {
    observeDocumentLanguage(this.#host);
  }

  hostDisconnected(): void {
    directionObserverHosts.delete(this.#host);
  }

  /** The message `key`, from the host's `strings` override when it has one. */
  term<K extends keyof S>(key: K): S[K] {
    const override = this.#host.strings?.[key as string];
    return (override ?? this.#defaults[key]) as S[K];
  }

  /** The language of the nearest ancestor with `lang` (crossing shadow roots), else the document's. */
  lang(): string {
    const closest = this.#closestAttribute('lang');
    return closest || navigator.language || 'en';
  }

  /** `rtl` or `ltr`, from the nearest `dir` attribute (crossing shadow roots). */
  dir(): 'ltr' | 'rtl' {
    return this.#closestAttribute('dir')?.toLowerCase() === 'rtl' ? 'rtl' : 'ltr';
  }

  isRtl(): boolean {
    return this.dir() === 'rtl';
  }

  number(value: number, options?: Intl.NumberFormatOptions): string {
    return new Intl.NumberFormat(this.lang(), options).format(value);
  }

  date(value: Date | number, options?: Intl.DateTimeFormatOptions): string {
    return new Intl.DateTimeFormat(this.lang(), options).format(value);
  }

  list(items: string[], options?: Intl.ListFormatOptions): string {
    return new Intl.ListFormat(this.lang(), options).format(items);
  }

  #closestAttribute(name: 'lang' | 'dir'): string | undefined {
    let node: Node | null = this.#host;
    while (node) {
      if (node instanceof Element && node.hasAttribute(name)) {
        const value = node.getAttribute(name);
        if (value && value !== 'auto') return value;
      }
      node = composedParent(node);
    }
    return undefined;
  }
}
