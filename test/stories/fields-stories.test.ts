import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import * as pickerStories from '../../stories/Components/field-picker.stories.js';
import * as builderStories from '../../stories/Components/filter-builder.stories.js';
import type { TkPopover } from '../../src/components/popover/popover.js';
import { THEMES, csf, renderStory, setTheme, storiesOf, storyTitle, useThemes } from './csf.js';
import '../components/field-picker/helpers.js';

const modules = csf(pickerStories, builderStories);

useThemes();

describe('Field picker and filter builder stories', () => {
  for (const module of modules) {
    for (const [name, story] of storiesOf(module)) {
      for (const theme of THEMES) {
        it(`${storyTitle(module, name, story)} renders and passes axe (${theme})`, async () => {
          setTheme(theme);
          const root = await renderStory(module, story);
          for (const popover of root.querySelectorAll<TkPopover>('tk-popover')) await popover.show();
          const picker = root.querySelector('tk-field-picker');
          if (picker) await waitUntil(() => picker.shadowRoot!.querySelector('[role=option]'), 'the list renders');
          const builder = root.querySelector('tk-filter-builder');
          if (builder) await builder.updateComplete;
          await expect(root).to.be.accessible();
        });
      }
    }
  }
});
