/** Paths the page has fetched (modules, styles, images) that contain `part`: what a page paid for. */
export const fetched = (part: string | RegExp): string[] =>
  performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name).pathname)
    .filter((path) => (typeof part === 'string' ? path.includes(part) : part.test(path)));
