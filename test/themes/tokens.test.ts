import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import fc from 'fast-check';
import { contrastRatio, readableTextColor, toHex } from '../../src/core/color/index.js';
import { themeStylesheets, themeSource, type ThemeSource } from '../../src/themes/stylesheets.js';
import { contrastPairs, themeClasses, themeInputs, tokens, type ThemeToken } from '../../src/themes/tokens.js';
import { adoptThemes, resolvedColor, themeSheetText, themeSheets, tokenColor } from './theme-sheets.js';

type Theme = 'light' | 'dark';
const themes: readonly Theme[] = ['light', 'dark'];

/** Prettier may break a long value over lines; the tokens list keeps it on one. */
const normalize = (value: string): string =>
  value.replace(/\s+/g, ' ').replace(/\(\s/g, '(').replace(/\s\)/g, ')').trim();

function isForcedColors(rule: CSSRule): boolean {
  return rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors');
}

/** Style rules of a sheet with the at-rules around them, in source order. */
function styleRules(sheet: CSSStyleSheet): { rule: CSSStyleRule; within: CSSRule[] }[] {
  const out: { rule: CSSStyleRule; within: CSSRule[] }[] = [];
  const walk = (rules: CSSRuleList, within: CSSRule[]): void => {
    for (const rule of Array.from(rules)) {
      if (rule instanceof CSSStyleRule) out.push({ rule, within });
      else if (rule instanceof CSSGroupingRule) walk(rule.cssRules, [...within, rule]);
    }
  };
  walk(sheet.cssRules, []);
  return out;
}

function customProperties(style: CSSStyleDeclaration): Map<string, string> {
  const map = new Map<string, string>();
  for (const name of Array.from(style))
    if (name.startsWith('--')) map.set(name, normalize(style.getPropertyValue(name)));
  return map;
}

/** The value each custom property ends up with in a file, forced colours aside (later rules win). */
function declaredValues(sheet: CSSStyleSheet): Map<string, string> {
  const values = new Map<string, string>();
  for (const { rule, within } of styleRules(sheet)) {
    if (within.some(isForcedColors)) continue;
    for (const [name, value] of customProperties(rule.style)) values.set(name, value);
  }
  return values;
}

const isPublic = (name: string): boolean => name.startsWith('--tk-');

/** The computed value of `keyword` as a colour in `scope`, read past forced colours like resolvedColor. */
function systemColor(scope: Element, keyword: string): string {
  const probe = document.createElement('span');
  probe.style.color = keyword;
  probe.style.forcedColorAdjust = 'none';
  scope.append(probe);
  const value = getComputedStyle(probe).color;
  probe.remove();
  return value;
}

describe('theme stylesheets and tokens.ts', () => {
  it('are exactly what the generator writes from tokens.ts, so nobody edits them by hand', async () => {
    const written = themeStylesheets();
    for (const theme of themes) {
      const served = (await themeSheetText(`${theme}.css`)).split('\n');
      const expected = written[theme].split('\n');
      const differing = expected
        .map((line, i) => (served[i] === line ? '' : `line ${i + 1}: ${served[i]} (generator: ${line})`))
        .filter(Boolean)
        .slice(0, 5);
      expect(differing, `${theme}.css is stale or edited; node scripts/build-themes.mjs rewrites it`).to.deep.equal([]);
      expect(served.length).to.equal(expected.length);
      expect(served[0]).to.equal('/*');
    }
  });

  it('refuse a source that would break the cascade or the forced palette, naming the token', () => {
    const probe: ThemeToken = {
      name: '--tk-color-probe',
      tier: 'semantic',
      category: 'color',
      scope: 'theme',
      light: '#010203',
      dark: '#040506',
      forced: 'Mark',
      description: 'A token that exists only in this test.',
    };
    const withToken = (token: ThemeToken): ThemeSource => ({ ...themeSource, tokens: [...tokens, token] });
    const cases: [ThemeSource, RegExp][] = [
      [withToken({ ...probe, forced: undefined }), /--tk-color-probe has no forced-colors value/],
      [withToken({ ...probe, scope: 'root' }), /--tk-color-probe .*differs per theme/],
      [withToken({ ...probe, scope: 'brand' }), /derivation does not declare: --tk-color-probe/],
      [withToken(tokens[0]), /listed twice: --tk-color-blue-50/],
    ];
    for (const [source, message] of cases) expect(() => themeStylesheets(source)).to.throw(message);
    expect(() => themeStylesheets(withToken(probe))).not.to.throw();
  });

  it('declare every listed token with its listed value, in both files', async () => {
    const sheets = await themeSheets();
    for (const theme of themes) {
      const declared = declaredValues(sheets[theme]);
      const wrong = tokens
        .filter((token) => declared.get(token.name) !== normalize(token[theme]))
        .map((token) => `${token.name}: css ${String(declared.get(token.name))} / tokens.ts ${token[theme]}`);
      expect(wrong, `${theme}.css`).to.deep.equal([]);
    }
  });

  it('declare no public token that tokens.ts does not list, and never declare the knobs', async () => {
    const sheets = await themeSheets();
    const listed = new Set<string>(tokens.map((token) => token.name));
    for (const theme of themes) {
      const unlisted = [...declaredValues(sheets[theme]).keys()].filter((name) => isPublic(name) && !listed.has(name));
      expect(unlisted, `${theme}.css`).to.deep.equal([]);
      for (const input of themeInputs) expect(declaredValues(sheets[theme]).has(input.name)).to.equal(false);
    }
    expect(listed.size, 'token names are unique').to.equal(tokens.length);
  });

  it('include every semantic token other engineers code against', () => {
    const required = [
      '--tk-color-brand',
      '--tk-color-brand-hover',
      '--tk-color-on-brand',
      '--tk-color-surface',
      '--tk-color-surface-raised',
      '--tk-color-surface-sunken',
      '--tk-color-surface-hover',
      '--tk-color-text',
      '--tk-color-text-muted',
      '--tk-color-border',
      '--tk-color-border-strong',
      '--tk-color-focus',
      '--tk-color-danger',
      '--tk-color-success',
      '--tk-color-warning',
      '--tk-radius-s',
      '--tk-radius-m',
      '--tk-radius-l',
      '--tk-space-1',
      '--tk-space-2',
      '--tk-space-3',
      '--tk-space-4',
      '--tk-space-5',
      '--tk-space-6',
      '--tk-font-body',
      '--tk-font-mono',
      '--tk-font-size-xs',
      '--tk-font-size-s',
      '--tk-font-size-m',
      '--tk-font-size-l',
      '--tk-font-size-xl',
      '--tk-shadow-s',
      '--tk-shadow-m',
      '--tk-shadow-l',
      '--tk-control-height',
      '--tk-focus-ring-width',
      '--tk-z-popover',
      '--tk-duration-fast',
      '--tk-duration-normal',
      '--tk-easing',
    ];
    const semantic = new Set<string>(tokens.filter((t) => t.tier === 'semantic').map((t) => t.name));
    expect(required.filter((name) => !semantic.has(name))).to.deep.equal([]);
    const spaces = tokens.filter((t) => /^--tk-space-[1-6]$/.test(t.name)).map((t) => t.light);
    expect(spaces).to.deep.equal(['0.25rem', '0.5rem', '0.75rem', '1rem', '1.5rem', '2rem']);
  });

  it('give the dark class and the dark media query identical declarations', async () => {
    const { dark } = await themeSheets();
    const rules = styleRules(dark);
    const byClass = rules.find(({ rule, within }) => within.length === 0 && rule.selectorText === '.tk-theme-dark');
    const byMedia = rules.find(({ within }) =>
      within.some((r) => r instanceof CSSMediaRule && r.conditionText.includes('prefers-color-scheme: dark')),
    );
    expect(byMedia?.rule.selectorText).to.equal(':where(:root):not(.tk-theme-light)');
    expect([...customProperties(byMedia!.rule.style)]).to.deep.equal([...customProperties(byClass!.rule.style)]);
    expect(byMedia!.rule.style.getPropertyValue('color-scheme')).to.equal('dark');
    expect(byClass!.rule.style.getPropertyValue('color-scheme')).to.equal('dark');
  });

  it('share the primitives, the brand derivation and the forced-colours mapping word for word', async () => {
    const { light, dark } = await themeSheets();
    const themeSpecific = (selector: string, within: CSSRule[]): boolean =>
      /tk-theme-light$|^\.tk-theme-dark$|^:where\(:root\):not/.test(selector) && !within.some(isForcedColors);
    const shared = (sheet: CSSStyleSheet): string[] =>
      styleRules(sheet)
        .filter(({ rule, within }) => !themeSpecific(rule.selectorText, within))
        .map(({ rule, within }) =>
          [...within.map((r) => (r as CSSConditionRule).conditionText), rule.cssText].join(' '),
        );
    const fromLight = shared(light);
    expect(fromLight.length).to.be.greaterThan(3);
    expect(shared(dark)).to.deep.equal(fromLight);
  });

  it('map every semantic colour and shadow to the forced palette', async () => {
    const { light } = await themeSheets();
    const forced = styleRules(light).find(({ within }) => within.some(isForcedColors))!.rule.style;
    const system =
      /^(Canvas|CanvasText|Highlight|HighlightText|LinkText|GrayText|ButtonFace|ButtonText|ButtonBorder|Mark|MarkText|none)$/;
    const missing = tokens
      .filter((t) => t.tier === 'semantic' && (t.category === 'color' || t.category === 'shadow'))
      .filter(
        (t) =>
          !system.test(forced.getPropertyValue(t.name).trim()) || forced.getPropertyPriority(t.name) !== 'important',
      )
      .map((t) => t.name);
    expect(missing).to.deep.equal([]);
  });
});

describe('themes in the browser', () => {
  before(async () => {
    await adoptThemes();
  });

  afterEach(async () => {
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
    document.documentElement.className = '';
    document.documentElement.removeAttribute('style');
    await adoptThemes();
  });

  async function themed(theme: Theme, brand?: string): Promise<HTMLElement> {
    return fixture<HTMLElement>(
      html`<div class="tk-theme-${theme}" style=${brand ? `--tk-brand: ${brand}` : ''}></div>`,
    );
  }

  it('carries a token added to tokens.ts into both themes, the dark media query and forced colors', async () => {
    const probe: ThemeToken = {
      name: '--tk-color-probe',
      tier: 'semantic',
      category: 'color',
      scope: 'theme',
      light: 'var(--tk-color-teal-200)',
      dark: '#040506',
      forced: 'Mark',
      description: 'A token that exists only in this test.',
    };
    const written = themeStylesheets({ ...themeSource, tokens: [...tokens, probe] });
    document.adoptedStyleSheets = themes.map((theme) => {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(written[theme]);
      return sheet;
    });
    const light = await themed('light');
    const dark = await themed('dark');
    expect(toHex(tokenColor(light, probe.name))).to.equal('#99f6e4');
    expect(toHex(tokenColor(dark, probe.name))).to.equal('#040506');
    expect(toHex(tokenColor(document.body, probe.name))).to.equal('#99f6e4');
    await emulateMedia({ colorScheme: 'dark' });
    expect(toHex(tokenColor(document.body, probe.name))).to.equal('#040506');
    await emulateMedia({ forcedColors: 'active' });
    expect(resolvedColor(light, probe.name)).to.equal(systemColor(light, 'Mark'));
    expect(resolvedColor(light, probe.name)).not.to.equal(resolvedColor(light, '--tk-color-surface'));
  });

  it('resolves every colour token to a colour in both themes', async () => {
    for (const theme of themes) {
      const scope = await themed(theme);
      const unresolved = tokens.filter((t) => t.category === 'color' && resolvedColor(scope, t.name) === null);
      expect(
        unresolved.map((t) => t.name),
        theme,
      ).to.deep.equal([]);
    }
  });

  it('keeps every promised pair at its contrast ratio in both themes', async () => {
    for (const theme of themes) {
      const scope = await themed(theme);
      const failures = contrastPairs
        .map((pair) => ({
          ...pair,
          ratio: contrastRatio(tokenColor(scope, pair.foreground), tokenColor(scope, pair.background)),
        }))
        .filter((pair) => pair.ratio < pair.minimum)
        .map((pair) => `${pair.foreground} on ${pair.background}: ${pair.ratio.toFixed(2)} < ${pair.minimum}`);
      expect(failures, theme).to.deep.equal([]);
    }
  });

  it('uses the listed light and dark surfaces and the default brand with readable text', async () => {
    const light = await themed('light');
    const dark = await themed('dark');
    expect(toHex(tokenColor(light, '--tk-color-surface'))).to.equal('#ffffff');
    expect(toHex(tokenColor(dark, '--tk-color-surface'))).to.equal('#0f172a');
    expect(toHex(tokenColor(light, '--tk-color-brand'))).to.equal('#2563eb');
    expect(toHex(tokenColor(light, '--tk-color-on-brand'))).to.equal('#ffffff');
    expect(toHex(tokenColor(dark, '--tk-color-brand'))).to.equal('#60a5fa');
    expect(toHex(tokenColor(dark, '--tk-color-on-brand'))).to.equal('#000000');
  });

  it('follows prefers-color-scheme on the root, unless the root carries tk-theme-light', async () => {
    const root = document.documentElement;
    const surface = (): string => toHex(tokenColor(document.body, '--tk-color-surface'));
    expect(surface()).to.equal('#ffffff');
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface()).to.equal('#0f172a');
    expect(getComputedStyle(root).colorScheme).to.equal('dark');
    root.classList.add(themeClasses.light);
    expect(surface()).to.equal('#ffffff');
    expect(getComputedStyle(root).colorScheme).to.equal('light');
    root.classList.remove(themeClasses.light);
    await emulateMedia({ colorScheme: 'light' });
    root.classList.add(themeClasses.dark);
    expect(surface()).to.equal('#0f172a');
  });

  it('gives the same theme whichever stylesheet loads first', async () => {
    const root = document.documentElement;
    for (const order of ['light-first', 'dark-first'] as const) {
      await adoptThemes(order);
      root.className = themeClasses.dark;
      expect(toHex(tokenColor(document.body, '--tk-color-surface')), order).to.equal('#0f172a');
      root.className = themeClasses.light;
      await emulateMedia({ colorScheme: 'dark' });
      expect(toHex(tokenColor(document.body, '--tk-color-surface')), order).to.equal('#ffffff');
      root.className = '';
      expect(toHex(tokenColor(document.body, '--tk-color-surface')), order).to.equal('#0f172a');
      await emulateMedia({ colorScheme: 'light' });
    }
  });

  it("lets an app's own :root rule, loaded after the themes, override a token in every theme", async () => {
    const app = new CSSStyleSheet();
    app.replaceSync(':root { --tk-color-surface: #fafaf9; }');
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, app];
    const surface = (): string => toHex(tokenColor(document.body, '--tk-color-surface'));
    expect(surface(), 'light').to.equal('#fafaf9');
    await emulateMedia({ colorScheme: 'dark' });
    expect(surface(), 'dark by media query').to.equal('#fafaf9');
    await emulateMedia({ colorScheme: 'light' });
    document.documentElement.className = themeClasses.dark;
    expect(surface(), 'dark by class').to.equal('#fafaf9');
  });

  it('nests themes: a dark panel inside a light page and a light one inside it', async () => {
    const outer = await fixture<HTMLElement>(
      html`<div class="tk-theme-dark">
        <div class="tk-theme-light"><span></span></div>
      </div>`,
    );
    expect(toHex(tokenColor(outer, '--tk-color-text'))).to.equal('#f8fafc');
    expect(toHex(tokenColor(outer.querySelector('span')!, '--tk-color-text'))).to.equal('#0f172a');
  });

  it('keeps every brand pair readable for any brand colour, in both themes', async () => {
    const brandPairs = contrastPairs.filter((p) => /brand|focus/.test(p.foreground + p.background));
    for (const theme of themes) {
      const scope = await themed(theme);
      const failures: string[] = [];
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
          const brand = `#${n.toString(16).padStart(6, '0')}`;
          scope.style.setProperty('--tk-brand', brand);
          for (const pair of brandPairs) {
            const ratio = contrastRatio(tokenColor(scope, pair.foreground), tokenColor(scope, pair.background));
            if (ratio < pair.minimum)
              failures.push(`${brand}: ${pair.foreground} on ${pair.background} = ${ratio.toFixed(2)}`);
          }
        }),
        { numRuns: 150 },
      );
      expect(failures, theme).to.deep.equal([]);
    }
  });

  it('keeps brand pairs readable at the hardest brands: the black/white tie, pure hues, extremes', async () => {
    const hard = [
      '#000000',
      '#ffffff',
      '#ff0000',
      '#00ff00',
      '#0000ff',
      '#ffff00',
      '#00ffff',
      '#ff00ff',
      '#767676',
      '#777777',
      '#757575',
      '#008000',
      '#6b6b6b',
      '#7a7a7a',
      'color(srgb-linear 0.1791 0.1791 0.1791)',
      'rgb(37 99 235 / 0.3)',
    ];
    const brandPairs = contrastPairs.filter((p) => /brand|focus/.test(p.foreground + p.background));
    for (const theme of themes) {
      const scope = await themed(theme);
      const failures: string[] = [];
      for (const brand of hard) {
        scope.style.setProperty('--tk-brand', brand);
        for (const pair of brandPairs) {
          const ratio = contrastRatio(tokenColor(scope, pair.foreground), tokenColor(scope, pair.background));
          if (ratio < pair.minimum)
            failures.push(`${brand}: ${pair.foreground} on ${pair.background} = ${ratio.toFixed(2)}`);
        }
      }
      expect(failures, theme).to.deep.equal([]);
    }
  });

  it('chooses the same text on brand as readableTextColor()', async () => {
    const scope = await themed('light');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffff }), (n) => {
        const brand = `#${n.toString(16).padStart(6, '0')}`;
        // At the tie both answers pass by the same margin; the two may round differently there.
        if (Math.abs(contrastRatio('#000', brand) - contrastRatio('#fff', brand)) < 0.01) return;
        scope.style.setProperty('--tk-brand', brand);
        expect(toHex(tokenColor(scope, '--tk-color-on-brand')), brand).to.equal(readableTextColor(brand));
      }),
      { numRuns: 300 },
    );
  });

  it('brands a subtree marked tk-brand and leaves the rest of the page alone', async () => {
    const page = await fixture<HTMLElement>(html`
      <div class="tk-theme-light">
        <section class="tk-brand" style="--tk-brand: #fbbf24"><span></span></section>
        <section id="other"></section>
      </div>
    `);
    const branded = page.querySelector('span')!;
    expect(toHex(tokenColor(branded, '--tk-color-brand'))).to.equal('#fbbf24');
    expect(toHex(tokenColor(branded, '--tk-color-on-brand'))).to.equal('#000000');
    expect(contrastRatio(tokenColor(branded, '--tk-color-brand-text'), '#ffffff')).to.be.at.least(4.5);
    expect(toHex(tokenColor(page.querySelector('#other')!, '--tk-color-brand'))).to.equal('#2563eb');
  });

  it('brands the whole page from --tk-brand on the root', () => {
    document.documentElement.style.setProperty('--tk-brand', '#7c3aed');
    expect(toHex(tokenColor(document.body, '--tk-color-brand'))).to.equal('#7c3aed');
    expect(toHex(tokenColor(document.body, '--tk-color-on-brand'))).to.equal('#ffffff');
  });

  it('lets --tk-brand-contrast override the automatic text on brand', async () => {
    const scope = await themed('light', '#7c3aed');
    scope.style.setProperty('--tk-brand-contrast', '#fef08a');
    expect(toHex(tokenColor(scope, '--tk-color-on-brand'))).to.equal('#fef08a');
  });

  it('hovers away from the text colour: darker under white text, lighter under black', async () => {
    const scope = await themed('light', '#2563eb');
    const luminanceOrder = (): number =>
      contrastRatio(tokenColor(scope, '--tk-color-on-brand'), tokenColor(scope, '--tk-color-brand-hover')) -
      contrastRatio(tokenColor(scope, '--tk-color-on-brand'), tokenColor(scope, '--tk-color-brand'));
    expect(luminanceOrder()).to.be.greaterThan(0.3);
    scope.style.setProperty('--tk-brand', '#fbbf24');
    expect(luminanceOrder()).to.be.greaterThan(0.3);
  });

  it('maps the semantic colours to system colours under forced colors, in either theme', async () => {
    await emulateMedia({ forcedColors: 'active' });
    for (const theme of themes) {
      const scope = await themed(theme, '#ff00ff');
      const system = (keyword: string): string => systemColor(scope, keyword);
      expect(resolvedColor(scope, '--tk-color-surface'), theme).to.equal(system('Canvas'));
      expect(resolvedColor(scope, '--tk-color-text'), theme).to.equal(system('CanvasText'));
      expect(resolvedColor(scope, '--tk-color-brand'), theme).to.equal(system('Highlight'));
      expect(resolvedColor(scope, '--tk-color-on-brand'), theme).to.equal(system('HighlightText'));
      expect(getComputedStyle(scope).getPropertyValue('--tk-shadow-m').trim(), theme).to.equal('none');
    }
  });
});
