/**
 * Registers a custom element once. A second registration of the same tag (two bundles of Tailorkit
 * on one page, a chat widget embedded by a third party) warns instead of throwing, so the page keeps
 * working with whichever definition came first.
 */
export function defineElement(tag: string, ctor: CustomElementConstructor): void {
  const registry = globalThis.customElements;
  if (!registry) return;
  const existing = registry.get(tag);
  if (existing) {
    if (existing !== ctor) {
      console.warn(`[tailorkit] <${tag}> is already defined by another script; keeping the first definition.`);
    }
    return;
  }
  registry.define(tag, ctor);
}
