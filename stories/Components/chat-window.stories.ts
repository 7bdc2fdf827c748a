import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/chat-window/define.js';
import { createEchoTransport } from '../../src/core/chat/echo-transport.js';
import { brandArgTypes, brandOf, chatStoryArgs, sampleConversation, type ChatStoryArgs } from './chat-demo.js';

interface WindowArgs extends ChatStoryArgs {
  open: boolean;
  away: boolean;
}

const meta = {
  title: 'Components/Chat window',
  component: 'tk-chat-window',
  tags: ['autodocs'],
  args: {
    open: true,
    away: false,
    ...chatStoryArgs,
  },
  argTypes: {
    open: { control: 'boolean', description: '`open`: the window shows.' },
    away: { control: 'boolean', description: '`away`: the subtitle says the team is away.' },
    ...brandArgTypes,
  },
  render: (args) =>
    html`<tk-chat-window
      ?open=${args.open}
      ?away=${args.away}
      heading=${args.heading}
      greeting=${args.greeting}
      placeholder=${args.placeholder}
      reply-time=${args.replyTime}
      .brand=${brandOf(args)}
      .transport=${createEchoTransport()}
    ></tk-chat-window>`,
  parameters: {
    docs: {
      description: {
        component: `The chat window on its own, for hosts that place it themselves: in a help panel, a page's side
column or a support page, opened by a \`tk-chat-launcher\` whose \`for\` names its id (or by setting \`open\`). Inside
\`tk-chat-widget\` it is loaded on first open and placed for you.

It is a dialog named by its heading. The conversation is a \`role="log"\` that announces each finished incoming
message once; Enter sends, Shift+Enter adds a line, Escape closes and gives focus back to the launcher. The stories
chat with the in-memory echo bot (\`createEchoTransport()\`).`,
      },
    },
  },
} satisfies Meta<WindowArgs>;
export default meta;

type Story = StoryObj<WindowArgs>;

/** A new conversation: the greeting, and a message box that sends to the echo bot. */
export const Greeting: Story = {};

/** A conversation in progress: grouping by author, statuses, a link and Markdown. */
export const Conversation: Story = {
  render: (args) =>
    html`<tk-chat-window
      ?open=${args.open}
      heading=${args.heading}
      reply-time=${args.replyTime}
      .brand=${brandOf(args)}
      .messages=${sampleConversation}
    ></tk-chat-window>`,
};

/** Away: the subtitle says so; messages can still be left. */
export const Away: Story = { args: { away: true } };

/** A pre-chat form before the conversation: labelled fields, checked on submit. */
export const PrechatForm: Story = {
  name: 'Pre-chat form',
  render: (args) =>
    html`<tk-chat-window
      ?open=${args.open}
      heading=${args.heading}
      .brand=${brandOf(args)}
      .prechat=${{
        fields: [
          { name: 'name', label: 'Your name', required: true, autocomplete: 'name' },
          { name: 'email', label: 'Email', type: 'email', required: true, autocomplete: 'email' },
        ],
      }}
      .transport=${createEchoTransport()}
    ></tk-chat-window>`,
};

/** A dark page with a light brand colour: the header text becomes a deep tint of the same hue. */
export const Dark: Story = {
  args: { color: '#5eead4', heading: 'Night owl support' },
  render: (args) =>
    html`<div class="tk-theme-dark" style="padding: var(--tk-space-3, 0.75rem); background: var(--tk-color-surface)">
      ${meta.render(args)}
    </div>`,
};
