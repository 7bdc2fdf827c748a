import { expect } from '@open-wc/testing';
import * as popoverStories from '../../stories/Components/popover.stories.js';
import * as menuStories from '../../stories/Components/menu.stories.js';
import type { TkPopover } from '../../src/components/popover/popover.js';
import { resolvedColor } from '../themes/theme-sheets.js';
import { isShowing, panelOf } from '../components/popover/helpers.js';
import { THEMES, csf, renderStory as renderCsf, setTheme, storiesOf, storyTitle, useThemes } from './csf.js';

const modules = csf(popoverStories, menuStories);

/** Renders a story on the themed canvas, as .storybook/preview.css paints it. */
async function renderStory(module: object, story: unknown): Promise<HTMLElement> {
  const root = await renderCsf(module, story);
  for (const popover of root.querySelectorAll('tk-popover')) await popover.updateComplete;
  return root;
}

useThemes();

describe('Popover and menu stories', () => {
  for (const module of modules) {
    for (const [exportName, story] of storiesOf(module)) {
      for (const theme of THEMES) {
        it(`${storyTitle(module, exportName, story)} passes axe closed and with each popover open (${theme})`, async () => {
          setTheme(theme);
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
    const root = await renderStory(popoverStories, popoverStories.Basic);
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
