// Runs every test under test/ in real headless Chromium (Debian's, or whatever find-chromium finds).
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { defaultReporter, summaryReporter } from '@web/test-runner';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, ensureChromium } from './scripts/find-chromium.mjs';
import { countingReporter } from './scripts/counting-reporter.mjs';
import { startReferenceServer } from './scripts/test-services.mjs';
import { writeThemes } from './scripts/build-themes.mjs';
import { invoicePdfPlugin } from './scripts/invoice-pdf-plugin.mjs';

// The tests load src/themes/*.css, which are generated from src/themes/tokens.ts.
await writeThemes();
const services = await startReferenceServer();

/**
 * For tests of code loaded on first use that cannot be fetched: a page sets the cookie
 * `tk-test-fail` to a path prefix, and its requests for matching paths get a 503. Each test file
 * runs in its own browser context, so the cookie affects no other file.
 */
async function failRequestsForTest(ctx, next) {
  const prefix = ctx.cookies.get('tk-test-fail');
  if (prefix && ctx.path.startsWith(decodeURIComponent(prefix))) {
    ctx.status = 503;
    ctx.body = 'Unavailable (test)';
    return;
  }
  await next();
}

/** The chat widget's page under a strict Content Security Policy: no inline script, no eval, no inline styles. */
async function strictCspForChatPage(ctx, next) {
  await next();
  if (ctx.path === '/test/components/chat-widget/csp-page.html') {
    ctx.set(
      'Content-Security-Policy',
      "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
  }
}

export default {
  files: ['test/**/*.test.ts'],
  nodeResolve: { exportConditions: ['browser'] },
  middleware: [failRequestsForTest, strictCspForChatPage],
  plugins: [
    secondTabs(),
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)),
    }),
    invoicePdfPlugin(),
  ],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: {
        executablePath: ensureChromium(),
        // The launcher adds --no-sandbox itself.
        args: CHROMIUM_ARGS.filter((arg) => arg !== '--no-sandbox'),
      },
    }),
  ],
  concurrency: 2,
  concurrentBrowsers: 1,
  testsFinishTimeout: 300_000,
  testFramework: { config: { timeout: 20_000 } },
  testRunnerHtml: (testFramework) => `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Tailorkit tests</title></head>
  <body>
    <script>window.__TK_TEST__ = ${JSON.stringify(services.globals)};</script>
    <script type="module" src="${testFramework}"></script>
  </body>
</html>`,
  reporters: [defaultReporter(), summaryReporter({ flatten: false }), countingReporter()],
  async onStop() {
    await services.stop();
  },
};

/**
 * Test commands for tests that need a second real tab (a page of the same browser context, so it
 * shares storage, locks and BroadcastChannel with the test page): `tk-open-tab` { path } opens one,
 * `tk-close-tabs` closes the ones a test file opened.
 */
function secondTabs() {
  const opened = new Map();
  return {
    name: 'tk-second-tabs',
    async executeCommand({ command, payload, session }) {
      if (command === 'tk-open-tab') {
        const page = session.browser.getPage(session.id);
        const tab = await page.context().newPage();
        await tab.goto(new URL(payload.path, page.url()).href);
        opened.set(session.id, [...(opened.get(session.id) ?? []), tab]);
        return true;
      }
      if (command === 'tk-close-tabs') {
        await Promise.all((opened.get(session.id) ?? []).map((tab) => tab.close()));
        opened.delete(session.id);
        return true;
      }
      return undefined;
    },
  };
}
