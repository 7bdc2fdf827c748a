import { devWarn } from './dev.js';

/**
 * Registers a custom element once. A second registration of the same tag (two bundles of Tailorkit
 * on one page, a chat widget embedded by a third party) does not throw, so the page keeps working
 * with whichever definition came first; development builds warn about it.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor) {
      devWarn(
        `duplicate:${tag}`,
        `<${tag}> is already defined by another script (two copies of Tailorkit on the page?); the first definition is kept. Load Tailorkit once, or give one copy's tags other names.`,
      );
    }
    return;
  }
  registry.define(tag, ctor);
}
