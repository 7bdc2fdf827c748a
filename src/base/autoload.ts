/** Loaders by tag name: each registers its tag when called (the import of a define module). */
export type TagLoaders = Readonly<Record<string, () => Promise<unknown>>>;

export interface Autoloader {
  /** Registers the known tags found under `root` (use it for shadow roots, which are not watched). */
  discover(root: ParentNode): Promise<void>;
  /** Stops watching the document; tags already loading still register. */
  stop(): void;
}

/**
 * Registers each tag the first time it appears in the page, as Shoelace's autoloader does: the tags
 * already in the document, then any added later (a MutationObserver on the whole document). A tag
 * loads once; one that fails to load is reported on the console and tried again the next time one
 * appears. A `tk-` tag with no loader (a typo such as `tk-dashbord`) is reported once, since it would
 * otherwise stay an empty element without a word.
 */
export function startAutoloader(loaders: TagLoaders, prefix = 'tk-'): Autoloader {
  const pending = new Map<string, Promise<void>>();
  const unknown = new Set<string>();

  const load = (tag: string): Promise<void> => {
    let loading = pending.get(tag);
    if (!loading) {
      loading = loaders[tag]().then(
        () => undefined,
        (error: unknown) => {
          pending.delete(tag);
          console.error(`[tailorkit] <${tag}> could not be loaded; it will be tried again when one is added.`, error);
        },
      );
      pending.set(tag, loading);
    }
    return loading;
  };

  const discover = async (root: ParentNode): Promise<void> => {
    const tags = new Set<string>();
    const elements =
      root instanceof Element
        ? [root, ...root.querySelectorAll(':not(:defined)')]
        : root.querySelectorAll(':not(:defined)');
    for (const element of elements) {
      const tag = element.localName;
      if (customElements.get(tag)) continue;
      if (Object.hasOwn(loaders, tag)) tags.add(tag);
      else if (tag.startsWith(prefix) && !unknown.has(tag)) {
        unknown.add(tag);
        console.warn(`[tailorkit] <${tag}> is not a Tailorkit element; check the spelling.`);
      }
    }
    await Promise.all([...tags].map(load));
  };

  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) void discover(node);
    }
  });
  observer.observe(document.documentElement, { subtree: true, childList: true });
  void discover(document);
  return { discover, stop: () => observer.disconnect() };
}
