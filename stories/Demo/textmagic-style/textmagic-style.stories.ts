import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../../src/components/chat-designer/define.js';
import { createEchoTransport } from '../../../src/core/chat/echo-transport.js';
import { workspaceStore } from '../../Components/chat-workspace.js';

const meta = {
  title: 'Demo/TextMagic-style',
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `A business brands its chat on the left; on the right, its product page with the branded widget,
chatting with the echo bot. The widget on the page is the real \`tk-chat-widget\` given the designer's settings
object, so what the business sees is what a visitor gets. Settings start from the workspace brand (the reason
shows above the form) and are kept in this browser.`,
      },
    },
  },
} satisfies Meta;
export default meta;

export const BrandAndChat: StoryObj = {
  name: 'Designer and product page',
  render: () => {
    const transport = createEchoTransport({
      reply: (text) => ({
        text: `Thanks! You wrote: *${text.replace(/[*_`[\]\\<>]/g, '\\$&')}*. An agent will join shortly.`,
        format: 'markdown',
      }),
    });
    return html`<div style="padding: var(--tk-space-4, 1rem); --tk-chat-designer-preview-height: 44rem">
      <tk-chat-designer persist-key="chat-designer-story" .preferences=${workspaceStore()} .transport=${transport}>
        <div
          slot="page"
          style="padding: var(--tk-space-5, 1.5rem); max-inline-size: 30rem; color: var(--tk-color-text)"
        >
          <p style="margin: 0; color: var(--tk-color-text-muted)">acme.example/pricing</p>
          <h2>Business texting that customers answer</h2>
          <p>Send campaigns, reminders and two-way chats from one inbox. 98% of texts are read within minutes.</p>
          <ul>
            <li>Starter: $9 a month, 500 texts</li>
            <li>Growth: $29 a month, 2,500 texts</li>
            <li>Scale: talk to us</li>
          </ul>
          <p>Questions? Open the chat in the corner.</p>
        </div>
      </tk-chat-designer>
    </div>`;
  },
};
