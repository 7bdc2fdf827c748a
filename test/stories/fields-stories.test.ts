import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as pickerStories from '../../stories/Components/field-picker.stories.js';
import * as builderStories from '../../stories/Components/filter-builder.stories.js';
import type { TkPopover } from '../../src/components/popover/popover.js';
import { adoptThemes } from '../themes/theme-sheets.js';
import '../components/field-picker/helpers.js';

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

const modules = [pickerStories, builderStories] as unknown as CsfModule[];

const storiesOf = (module: CsfModule) =>
  Object.entries(module).filter(([key, value]) => key !== 'default' && typeof value === 'object') as [
    string,
    CsfStory,
  ][];

before(async () => {
  await adoptThemes();
});

afterEach(() => {
  document.documentElement.className = '';
});

describe('Field picker and filter builder stories', () => {
  for (const module of modules) {
    for (const [name, story] of storiesOf(module)) {
      for (const theme of ['light', 'dark'] as const) {
        it(`${module.default.title} / ${name} renders and passes axe (${theme})`, async () => {
          document.documentElement.className = `tk-theme-${theme}`;
          const render = story.render ?? module.default.render!;
          const root = await fixture<HTMLElement>(
            html`<div style="background: var(--tk-color-surface, Canvas); color: var(--tk-color-text, CanvasText)">
              ${render({ ...module.default.args, ...story.args }, {})}
            </div>`,
          );
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
