import { expect } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import * as widgetStories from '../../stories/Components/chat-widget.stories.js';
import * as launcherStories from '../../stories/Components/chat-launcher.stories.js';
import * as windowStories from '../../stories/Components/chat-window.stories.js';
import * as designerStories from '../../stories/Components/chat-designer.stories.js';
import * as demoStories from '../../stories/Demo/textmagic-style/textmagic-style.stories.js';
import type { TkChatWidget } from '../../src/components/chat-widget/index.js';
import type { TkChatLauncher } from '../../src/components/chat-launcher/index.js';
import type { TkChatWindow } from '../../src/components/chat-window/index.js';
import { THEMES, csf, renderStory, setTheme, storiesOf, storyTitle, useThemes } from './csf.js';

const modules = csf(widgetStories, launcherStories, windowStories, designerStories, demoStories);

/** Every chat widget in `root`, including the designer's preview, and its window once it has rendered. */
function widgets(root: ParentNode): TkChatWidget[] {
  const found = [...root.querySelectorAll<TkChatWidget>('tk-chat-widget')];
  for (const designer of root.querySelectorAll('tk-chat-designer'))
    found.push(...designer.shadowRoot!.querySelectorAll<TkChatWidget>('tk-chat-widget'));
  return found;
}

/** Launchers and windows a story places apart, outside any widget. */
const placedApart = (root: ParentNode): (TkChatLauncher | TkChatWindow)[] => [
  ...root.querySelectorAll<TkChatLauncher | TkChatWindow>(':scope tk-chat-launcher, :scope tk-chat-window'),
];

/** Waits for every widget to render, and the window of each open one, and for launchers and windows placed apart. */
async function rendered(root: ParentNode): Promise<void> {
  for (const widget of widgets(root)) {
    await widget.updateComplete;
    if (widget.open)
      await waitUntil(() =>
        widget.shadowRoot!.querySelector('tk-chat-window')?.shadowRoot?.querySelector('[role="dialog"]'),
      );
  }
  for (const element of placedApart(root)) await element.updateComplete;
}

before(() => localStorage.clear());
useThemes();

describe('Chat stories', () => {
  for (const module of modules) {
    for (const [exportName, story] of storiesOf(module)) {
      for (const theme of THEMES) {
        it(`${storyTitle(module, exportName, story)} passes axe open and closed (${theme})`, async function (this: Mocha.Context) {
          this.timeout(60_000);
          setTheme(theme);
          const root = await renderStory(module, story);
          await waitUntil(() => widgets(root).length + placedApart(root).length > 0, 'a chat renders');
          await rendered(root);
          await expect(root).to.be.accessible();
          for (const each of [...widgets(root), ...placedApart(root)]) each.open = !each.open;
          await rendered(root);
          await expect(root).to.be.accessible();
        });
      }
    }
  }
});
