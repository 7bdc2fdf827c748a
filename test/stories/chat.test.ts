import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import * as widgetStories from '../../stories/Components/chat-widget.stories.js';
import * as designerStories from '../../stories/Components/chat-designer.stories.js';
import * as demoStories from '../../stories/Demo/textmagic-style/textmagic-style.stories.js';
import type { TkChatWidget } from '../../src/components/chat-widget/index.js';
import { adoptThemes } from '../themes/theme-sheets.js';

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

const modules = [widgetStories, designerStories, demoStories] as unknown as CsfModule[];

const storiesOf = (module: CsfModule): [string, CsfStory][] =>
  Object.entries(module).filter(([key, value]) => key !== 'default' && typeof value === 'object') as [
    string,
    CsfStory,
  ][];

/** Every chat widget in `root`, including the designer's preview, and its window once it has rendered. */
function widgets(root: ParentNode): TkChatWidget[] {
  const found = [...root.querySelectorAll<TkChatWidget>('tk-chat-widget')];
  for (const designer of root.querySelectorAll('tk-chat-designer'))
    found.push(...designer.shadowRoot!.querySelectorAll<TkChatWidget>('tk-chat-widget'));
  return found;
}

/** Waits for every widget to render, and the window of each open one. */
async function rendered(root: ParentNode): Promise<void> {
  for (const widget of widgets(root)) {
    await widget.updateComplete;
    if (widget.open)
      await waitUntil(() =>
        widget.shadowRoot!.querySelector('tk-chat-window')?.shadowRoot?.querySelector('[role="dialog"]'),
      );
  }
}

before(async () => {
  localStorage.clear();
  await adoptThemes();
});

afterEach(() => {
  document.documentElement.className = '';
});

describe('Chat stories', () => {
  for (const module of modules) {
    for (const [exportName, story] of storiesOf(module)) {
      for (const theme of ['light', 'dark'] as const) {
        it(`${module.default.title} / ${story.name ?? exportName} passes axe open and closed (${theme})`, async function (this: Mocha.Context) {
          this.timeout(60_000);
          document.documentElement.className = `tk-theme-${theme}`;
          const render = story.render ?? module.default.render!;
          const root = await fixture<HTMLElement>(
            html`<div style="background: var(--tk-color-surface, Canvas); color: var(--tk-color-text, CanvasText)">
              ${render({ ...module.default.args, ...story.args }, {})}
            </div>`,
          );
          await waitUntil(() => widgets(root).length > 0, 'a widget renders');
          await rendered(root);
          await expect(root).to.be.accessible();
          for (const widget of widgets(root)) widget.open = !widget.open;
          await rendered(root);
          await expect(root).to.be.accessible();
        });
      }
    }
  }
});
