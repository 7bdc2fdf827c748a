/** What `tk-config-error` reports: an attribute or property value a component cannot use. */
export interface TkConfigErrorDetail {
  /** The attribute (or property) at fault, e.g. `adapter`. */
  attribute: string;
  /** The value as given, for the message and logs. Never rendered as HTML. */
  value: string;
  /** What is wrong and what the component does instead, in one sentence. */
  message: string;
}

declare module './tk-element.js' {
  interface TkEventDetailMap {
    'tk-config-error': TkConfigErrorDetail;
  }
}

/**
 * Reports a value a component cannot use, where both an integrator's code and a page author see it:
 * a bubbling, composed `tk-config-error` event and the console. A page written in plain HTML has no
 * listener, so the console is where its author learns that `adapter="locl"` saves nothing.
 */
export function reportConfigError(host: HTMLElement, detail: TkConfigErrorDetail): void {
  console.error(`[tailorkit] <${host.localName}> ${detail.message}`);
  host.dispatchEvent(new CustomEvent('tk-config-error', { detail, bubbles: true, composed: true }));
}
