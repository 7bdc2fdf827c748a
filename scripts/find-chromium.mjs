// Finds a Chromium/Chrome binary for the tests, benchmarks and screenshot scripts.
// Order: CHROME_PATH, common install paths, Playwright's cache. With `--install`, installs
// Debian's chromium when running as root, otherwise prints the one command that fixes it.
import { existsSync, readdirSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

const COMMON_PATHS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
];

function playwrightCached() {
  const root = process.env.PLAYWRIGHT_BROWSERS_PATH ?? join(homedir(), '.cache', 'ms-playwright');
  if (!existsSync(root)) return undefined;
  for (const dir of readdirSync(root)
    .filter((d) => d.startsWith('chromium'))
    .sort()
    .reverse()) {
    for (const rel of [
      'chrome-linux/chrome',
      'chrome-linux64/chrome',
      'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
    ]) {
      const candidate = join(root, dir, rel);
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

export function findChromium() {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROME_PATH is set to ${fromEnv}, but no file is there.`);
  }
  return COMMON_PATHS.find((p) => existsSync(p)) ?? playwrightCached();
}

/** Flags that keep Chromium quiet and offline-friendly on a closed network (no sync, no updates). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Launch options for playwright-core's chromium.launch(). */
export function chromiumLaunchOptions() {
  return { executablePath: ensureChromium(), headless: true, args: CHROMIUM_ARGS };
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    console.log('No Chromium found: installing the Debian package "chromium" (about 30 s)...');
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
    const installed = findChromium();
    if (installed) return installed;
  }
  throw new Error(
    'No Chrome or Chromium found. Install one (Debian/Ubuntu: `sudo apt-get install -y chromium`, ' +
      'elsewhere: `npx playwright install chromium`) or set CHROME_PATH to its binary.',
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  try {
    console.log(process.argv.includes('--install') ? ensureChromium() : (findChromium() ?? 'not found'));
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
