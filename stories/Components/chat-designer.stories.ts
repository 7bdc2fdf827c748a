import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/chat-designer/define.js';
import { workspaceStore } from './chat-workspace.js';

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
