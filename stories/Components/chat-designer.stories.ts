import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/chat-designer/define.js';
import { createPreferences } from '../../src/core/prefs/store.js';
import { LocalStorageAdapter } from '../../src/core/prefs/local-storage-adapter.js';
import { ruleDefaults } from '../../src/core/personalize/rules.js';
import type { Preferences } from '../../src/core/prefs/store.js';

/** The workspace's brand arrives as personalized defaults with a reason; the user's edits are their layer. */
export function workspaceStore(): Preferences {
  return createPreferences({
    adapter: new LocalStorageAdapter({ namespace: 'tailorkit-storybook' }),
    defaults: ruleDefaults([
      {
        when: {},
        reason: 'From your workspace brand (Acme)',
        values: {
          'chat-designer-story': {
            brand: { color: '#0f766e', radius: 16, font: 'system-ui, sans-serif' },
            heading: 'Acme support',
            greeting: 'Hi! How can we help today?',
          },
        },
      },
    ]),
  });
}

const meta = {
  title: 'Components/Chat designer',
  component: 'tk-chat-designer',
  tags: ['autodocs'],
  render: () =>
    html`<tk-chat-designer persist-key="chat-designer-story" .preferences=${workspaceStore()}></tk-chat-designer>`,
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: `Brand the chat in a minute. The preview on the right is the real \`tk-chat-widget\`, given the
settings object being edited. Choose a text colour with poor contrast to see the warning and its fix (a readable
tint of your brand colour). The settings are a preferences document: the workspace brand shows as a suggestion
with its reason, your edits are stored in this browser (prefix \`tailorkit-storybook\`), and "Reset to suggested"
removes them. Copy the HTML or npm snippet to put the same widget on a site.`,
      },
    },
  },
} satisfies Meta;
export default meta;

export const Designer: StoryObj = {};
