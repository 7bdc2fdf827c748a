import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as popoverStories from '../../stories/Components/popover.stories.js';
import * as menuStories from '../../stories/Components/menu.stories.js';
import type { TkPopover } from '../../src/components/popover/popover.js';
import { adoptThemes, resolvedColor } from '../themes/theme-sheets.js';
import { isShowing, panelOf } from '../components/popover/helpers.js';

type Args = Record<string, unknown>;
interface CsfStory {
  name?: string;
  args?: Args;
  render?: (args: Args, context: unknown) => TemplateResult;
}
interface CsfModule {
  default: { title: string; args?: Args; render?: CsfStory['render'] };
  [story: string]: unknown;
}

const modules = [popoverStories, menuStories] as unknown as CsfModule[];

function storiesOf(module: CsfModule): [string, CsfStory][] {
  return Object.entries(module).filter(([key, value]) => key !== 'default' && typeof value === 'object') as [
    string,
    CsfStory,
  ][];
}

/** Renders a story on the themed canvas, as .storybook/preview.css paints it. */
async function renderStory(module: CsfModule, story: CsfStory): Promise<HTMLElement> {
  const render = story.render ?? module.default.render!;
  const root = await fixture<HTMLElement>(
    html`<div style="background: var(--tk-color-surface, Canvas); color: var(--tk-color-text, CanvasText)">
      ${render({ ...module.default.args, ...story.args }, {})}
    </div>`,
  );
  for (const popover of root.querySelectorAll('tk-popover')) await popover.updateComplete;
  return root;
}

before(async () => {
  await adoptThemes();
});

afterEach(() => {
  document.documentElement.className = '';
});

describe('Popover and menu stories', () => {
  for (const module of modules) {
    for (const [exportName, story] of storiesOf(module)) {
      for (const theme of ['light', 'dark'] as const) {
        it(`${module.default.title} / ${story.name ?? exportName} passes axe closed and with each popover open (${theme})`, async () => {
          document.documentElement.className = `tk-theme-${theme}`;
          const root = await renderStory(module, story);
          await expect(root).to.be.accessible();
          for (const popover of root.querySelectorAll<TkPopover>('tk-popover')) {
            await popover.show();
            expect(isShowing(popover), `a popover in ${exportName} did not open`).to.equal(true);
            // The panel takes the theme's raised surface (or the story's override).
            const background = getComputedStyle(panelOf(popover)).backgroundColor;
            expect(background).not.to.equal('rgba(0, 0, 0, 0)');
            await expect(root).to.be.accessible();
          }
        });
      }
    }
  }

  it('the panel follows the dark theme', async () => {
    document.documentElement.className = 'tk-theme-dark';
    const root = await renderStory(popoverStories as unknown as CsfModule, popoverStories.Basic as CsfStory);
    const popover = root.querySelector('tk-popover')!;
    await popover.show();
    const raised = resolvedColor(document.documentElement, '--tk-color-surface-raised');
    expect(raised).not.to.equal(null);
    expect(getComputedStyle(panelOf(popover)).backgroundColor).to.equal(raised);
    document.documentElement.className = 'tk-theme-light';
    expect(getComputedStyle(panelOf(popover)).backgroundColor).to.equal(
      resolvedColor(document.documentElement, '--tk-color-surface-raised'),
    );
    expect(getComputedStyle(panelOf(popover)).backgroundColor).not.to.equal(raised);
  });
});
