// A plain HTML page against the packed package, as a site without a bundler serves it: bare
// specifiers resolved by an import map into node_modules, the package at /pkg/. Used by the CI
// checks that load the package in Chromium (check-package.mjs, check-pages.mjs).
import { execSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';

/** `npm pack`, unpacked into a scratch folder: what an integrator installs. */
export function packPackage() {
  const scratch = mkdtempSync(join(tmpdir(), 'tk-package-'));
  const tarball = execSync(`npm pack --silent --pack-destination ${scratch}`, { encoding: 'utf8' })
    .trim()
    .split('\n')
    .pop();
  execSync(`tar -xzf ${join(scratch, tarball)} -C ${scratch}`);
  return { scratch, tarball, pkg: join(scratch, 'package') };
}

/** The import map of a page that loads the package and its dependencies with no bundler. */
export const importMap = `<script type="importmap">{ "imports": {
    "lit": "/nm/lit/index.js", "lit/": "/nm/lit/",
    "@lit/reactive-element": "/nm/@lit/reactive-element/reactive-element.js", "@lit/reactive-element/": "/nm/@lit/reactive-element/",
    "lit-html": "/nm/lit-html/lit-html.js", "lit-html/": "/nm/lit-html/",
    "lit-element/lit-element.js": "/nm/lit-element/lit-element.js", "lit-element/": "/nm/lit-element/",
    "@lit/context": "/nm/@lit/context/index.js",
    "@lit-labs/ssr-client/": "/nm/@lit-labs/ssr-client/",
    "@floating-ui/dom": "/nm/@floating-ui/dom/dist/floating-ui.dom.mjs",
    "@floating-ui/core": "/nm/@floating-ui/core/dist/floating-ui.core.mjs",
    "@floating-ui/utils": "/nm/@floating-ui/utils/dist/floating-ui.utils.mjs",
    "@floating-ui/utils/dom": "/nm/@floating-ui/utils/dist/floating-ui.utils.dom.mjs",
    "sortablejs": "/nm/sortablejs/modular/sortable.esm.js",
    "dompurify": "/nm/dompurify/dist/purify.es.mjs",
    "marked": "/nm/marked/lib/marked.esm.js",
    "@lit-labs/virtualizer/": "/nm/@lit-labs/virtualizer/",
    "tailorkit": "/pkg/dist/index.js",
    "tailorkit/define": "/pkg/dist/define.js",
    "tailorkit/autoloader": "/pkg/dist/autoloader.js"
  } }</script>`;

const types = { '.js': 'text/javascript', '.mjs': 'text/javascript', '.css': 'text/css', '.json': 'application/json' };

/**
 * Serves `pages` (path -> HTML) at their paths, the package at /pkg/ and node_modules at /nm/, on a
 * free loopback port. Resolves to the server and its origin.
 */
export async function servePages(pkg, pages) {
  const roots = { '/pkg/': pkg, '/nm/': join(process.cwd(), 'node_modules') };
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname));
    if (pages[path] !== undefined) return res.writeHead(200, { 'content-type': 'text/html' }).end(pages[path]);
    const prefix = Object.keys(roots).find((p) => path.startsWith(p));
    const file = prefix && join(roots[prefix], path.slice(prefix.length));
    if (!file || !existsSync(file)) return res.writeHead(404).end();
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, origin: `http://127.0.0.1:${server.address().port}` };
}
