import { aTimeout, expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import * as colors from '../../stories/Foundations/colors.stories.js';
import * as typography from '../../stories/Foundations/typography.stories.js';
import * as spacing from '../../stories/Foundations/spacing-radius-shadow.stories.js';
import * as playground from '../../stories/Foundations/theming-playground.stories.js';
import type { FoundationsThemingPlayground } from '../../stories/Foundations/theming-playground.js';
import { contrastRatio, parseColor, toHex } from '../../src/core/color/index.js';
import { tokens } from '../../src/themes/tokens.js';
import { tokenColor } from '../themes/theme-sheets.js';
import { THEMES, csf, renderStory as renderCsf, setTheme, storiesOf, storyTitle, useThemes } from './csf.js';

const modules = csf(colors, typography, spacing, playground);

/** Renders a story the way Storybook does: meta args under story args, the story's render or the meta's. */
async function renderStory(module: object, story: unknown): Promise<HTMLElement> {
  const root = await renderCsf(module, story, { canvas: false });
  await settle(root);
  return root;
}

/** Waits until every Lit element in the tree (shadow roots included) has finished updating. */
async function settle(root: Element): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    const elements: Element[] = [];
    const collect = (node: Element | ShadowRoot): void => {
      for (const child of Array.from(node.querySelectorAll('*'))) {
        elements.push(child);
        if (child.shadowRoot) collect(child.shadowRoot);
      }
    };
    collect(root);
    await Promise.all(
      elements.map((el) => (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete ?? Promise.resolve()),
    );
    await new Promise(requestAnimationFrame);
  }
}

/** The text a reader sees, shadow roots included. */
function deepText(node: Node): string {
  let text = '';
  if (node.nodeType === Node.TEXT_NODE) return node.textContent ?? '';
  if (node instanceof Element && node.shadowRoot) text += deepText(node.shadowRoot);
  for (const child of Array.from(node.childNodes)) text += deepText(child);
  return text;
}

useThemes();
afterEach(() => resetMouse());

describe('Foundations stories pass axe', () => {
  for (const module of modules) {
    for (const [exportName, story] of storiesOf(module)) {
      for (const theme of THEMES) {
        it(`${storyTitle(module, exportName, story)} in the ${theme} theme`, async () => {
          setTheme(theme);
          const root = await renderStory(module, story);
          await expect(root).to.be.accessible();
        });
      }
    }
  }
});

describe('Foundations stories show every token', () => {
  it('name each token of tokens.ts in at least one story', async () => {
    let text = '';
    for (const module of modules.slice(0, 3)) {
      for (const [, story] of storiesOf(module)) text += deepText(await renderStory(module, story));
    }
    const missing = tokens.filter((token) => !text.includes(token.name)).map((token) => token.name);
    expect(missing).to.deep.equal([]);
  });

  it('measure each colour in its panel and report contrast', async () => {
    const root = await renderStory(colors, colors.Semantic);
    const tables = [...root.querySelectorAll('foundations-color-table')];
    const darkMuted = [...tables.filter((t) => t.closest('.tk-theme-dark'))]
      .flatMap((t) => [...t.shadowRoot!.querySelectorAll('tr')])
      .find((row) => row.textContent.includes('--tk-color-text-muted'))!;
    expect(darkMuted.textContent).to.contain('Resolves to #94a3b8');
    expect(darkMuted.textContent).to.match(/Worst: \d\.\d\d:1 AA on surface-hover/);
    const lightOnBrand = [...tables.filter((t) => t.closest('.tk-theme-light'))]
      .flatMap((t) => [...t.shadowRoot!.querySelectorAll('tr')])
      .find((row) => row.textContent.includes('--tk-color-on-brand'))!;
    expect(lightOnBrand.textContent).to.contain('Resolves to #ffffff');
  });
});

describe('Theming playground', () => {
  async function mount(): Promise<FoundationsThemingPlayground> {
    const root = await renderStory(playground, playground.Playground);
    return root.querySelector('foundations-theming-playground')!;
  }

  const preview = (el: Element, theme: 'light' | 'dark'): HTMLElement =>
    el.querySelector<HTMLElement>(`[data-preview='${theme}']`)!;

  async function click(element: Element): Promise<void> {
    element.scrollIntoView({ block: 'center' });
    const box = element.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
  }

  it('restyles both panels from a brand colour typed as CSS, with readable text on it', async () => {
    const el = await mount();
    const field = el.querySelector<HTMLInputElement>('input[type="text"].fdp-input')!;
    await click(field);
    field.select();
    await sendKeys({ type: 'oklch(0.85 0.17 90)' });
    await settle(el);
    for (const theme of ['light', 'dark'] as const) {
      const brand = tokenColor(preview(el, theme), '--tk-color-brand');
      expect(contrastRatio(brand, parseColor('oklch(0.85 0.17 90)')!), theme).to.be.below(1.02);
      const primary = preview(el, theme).querySelector('.fdp-primary')!;
      expect(toHex(parseColor(getComputedStyle(primary).color)!), theme).to.equal('#000000');
    }
    const readout = el.querySelector('.fdp-readout')!.textContent;
    expect(readout).to.match(/Text on brand\s+#000000 · \d+\.\d\d:1 AA/);
    expect(el.textContent).to.contain("readableTextColor('#");
    expect(el.querySelector<HTMLInputElement>('input[type="color"]')!.value).to.match(/^#[0-9a-f]{6}$/);
    await expect(el).to.be.accessible();
  });

  it('keeps the last valid brand and says so when the typed text is not a colour', async () => {
    const el = await mount();
    const field = el.querySelector<HTMLInputElement>('input[type="text"].fdp-input')!;
    await click(field);
    field.select();
    await sendKeys({ type: 'not-a-colour' });
    await settle(el);
    expect(field.getAttribute('aria-invalid')).to.equal('true');
    const error = el.querySelector(`#${field.getAttribute('aria-describedby')!.split(' ')[1]}`)!;
    expect(error.textContent).to.contain('Not a colour');
    expect(toHex(tokenColor(preview(el, 'light'), '--tk-color-brand'))).to.equal('#2563eb');
  });

  it('follows the colour picker', async () => {
    const el = await mount();
    const picker = el.querySelector<HTMLInputElement>('input[type="color"]')!;
    // The native picker is a browser dialog; a person's choice reaches the page as an input event.
    picker.value = '#7c3aed';
    picker.dispatchEvent(new Event('input', { bubbles: true }));
    await settle(el);
    expect(el.querySelector<HTMLInputElement>('input[type="text"].fdp-input')!.value).to.equal('#7c3aed');
    const primary = preview(el, 'light').querySelector('.fdp-primary')!;
    await Promise.all(primary.getAnimations().map((animation) => animation.finished));
    expect(toHex(parseColor(getComputedStyle(primary).backgroundColor)!)).to.equal('#7c3aed');
  });

  it('rounds the samples, the tk-popover panel included, from the radius slider', async () => {
    const el = await mount();
    const slider = el.querySelector<HTMLInputElement>('input[type="range"]')!;
    slider.focus();
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await settle(el);
    expect(el.querySelector('output')!.textContent).to.equal('8px');
    const button = preview(el, 'dark').querySelector('.fdp-primary')!;
    expect(getComputedStyle(button).borderRadius).to.equal('8px');
    expect(getComputedStyle(preview(el, 'dark').querySelector('.fdp-card')!).borderRadius).to.equal('16px');

    const popover = preview(el, 'light').querySelector('tk-popover')!;
    await click(popover.querySelector('[slot="trigger"]')!);
    await waitUntil(() => popover.open, 'the popover opens from its trigger');
    await aTimeout(0);
    const panel = popover.shadowRoot!.querySelector('[part~="panel"]')!;
    expect(getComputedStyle(panel).borderRadius).to.equal('8px');
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popover.open);
  });

  it('switches the font from the select and resets every knob', async () => {
    const el = await mount();
    const select = el.querySelector('select')!;
    select.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(el);
    expect(select.value).to.equal('serif');
    expect(getComputedStyle(preview(el, 'light').querySelector('h3')!).fontFamily).to.match(/^ui-serif, Georgia/);
    const reset = [...el.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Reset')!;
    await click(reset);
    await settle(el);
    expect(select.value).to.equal('sans');
    expect(el.querySelector('output')!.textContent).to.equal('6px');
    expect(getComputedStyle(preview(el, 'light').querySelector('h3')!).fontFamily).to.match(/^system-ui/);
  });
});
