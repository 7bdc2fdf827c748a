// Loads the real theme stylesheets into the test page, the way an app's <link> tags would.
import { parseColor, type Rgba } from '../../src/core/color/index.js';

export interface ThemeSheets {
  light: CSSStyleSheet;
  dark: CSSStyleSheet;
}

let loaded: Promise<ThemeSheets> | undefined;

/**
 * The text of a theme stylesheet as the page gets it. src/themes/*.css are generated from tokens.ts
 * (scripts/build-themes.mjs), which the test runner's config does before any test loads.
 */
export async function themeSheetText(file: 'light.css' | 'dark.css'): Promise<string> {
  const response = await fetch(new URL(`../../src/themes/${file}`, import.meta.url));
  if (!response.ok) throw new Error(`${file}: HTTP ${response.status} (node scripts/build-themes.mjs writes it)`);
  return response.text();
}

async function sheet(file: 'light.css' | 'dark.css'): Promise<CSSStyleSheet> {
  const result = new CSSStyleSheet();
  result.replaceSync(await themeSheetText(file));
  return result;
}

/** Both theme stylesheets, parsed once per page. */
export function themeSheets(): Promise<ThemeSheets> {
  loaded ??= Promise.all([sheet('light.css'), sheet('dark.css')]).then(([light, dark]) => ({ light, dark }));
  return loaded;
}

/** Applies both themes to the document, in the given load order. */
export async function adoptThemes(order: 'light-first' | 'dark-first' = 'light-first'): Promise<void> {
  const { light, dark } = await themeSheets();
  const others = document.adoptedStyleSheets.filter((s) => s !== light && s !== dark);
  document.adoptedStyleSheets = [...others, ...(order === 'light-first' ? [light, dark] : [dark, light])];
}

/** What `token` resolves to as a colour inside `scope`, or null when it is not a valid colour there. */
export function resolvedColor(scope: Element, token: string): string | null {
  const probe = document.createElement('span');
  // A colour no token uses: if the var() is invalid, `color` inherits it and we can tell.
  const sentinel = 'rgb(1, 2, 3)';
  const holder = document.createElement('span');
  holder.style.color = sentinel;
  // Under forced colors the browser replaces author colours; read the author's value anyway.
  holder.style.forcedColorAdjust = probe.style.forcedColorAdjust = 'none';
  holder.append(probe);
  scope.append(holder);
  try {
    probe.style.color = `var(${token})`;
    const computed = getComputedStyle(probe).color;
    return computed === sentinel ? null : computed;
  } finally {
    holder.remove();
  }
}

/** Like resolvedColor, parsed; throws with the token name when it does not resolve or parse. */
export function tokenColor(scope: Element, token: string): Rgba {
  const computed = resolvedColor(scope, token);
  const parsed = computed === null ? null : parseColor(computed);
  if (!parsed) throw new Error(`${token} does not resolve to a colour (${String(computed)})`);
  return parsed;
}
