import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/chat-widget/define.js';
import { createEchoTransport } from '../../src/core/chat/echo-transport.js';
import { brandArgTypes, brandOf, chatStoryArgs, sampleConversation, site, type ChatStoryArgs } from './chat-demo.js';

interface ChatArgs extends ChatStoryArgs {
  open: boolean;
  position: 'end' | 'start';
}

const meta = {
  title: 'Components/Chat widget',
  component: 'tk-chat-widget',
  subcomponents: { 'tk-chat-launcher': 'tk-chat-launcher', 'tk-chat-window': 'tk-chat-window' },
  tags: ['autodocs'],
  args: {
    open: true,
    position: 'end',
    ...chatStoryArgs,
  },
  argTypes: {
    open: { control: 'boolean', description: '`open`: the window shows.' },
    position: {
      control: 'inline-radio',
      options: ['end', 'start'],
      description: '`position` (mirrored right to left).',
    },
    ...brandArgTypes,
  },
  render: (args) =>
    site(
      html`<tk-chat-widget
        ?open=${args.open}
        position=${args.position}
        heading=${args.heading}
        greeting=${args.greeting}
        placeholder=${args.placeholder}
        reply-time=${args.replyTime}
        .brand=${brandOf(args)}
        .transport=${createEchoTransport()}
      ></tk-chat-widget>`,
    ),
  parameters: {
    docs: {
      description: {
        component: `A chat for a website: a launcher that costs a page about 5 KB (min+gzip, without lit) until the
visitor opens it, and a window that loads on first open (or on hover or focus of the launcher). The stories
chat with the in-memory echo bot (\`createEchoTransport()\`). Each story gives the widget a box that stands in
for the site, since on a real page it is fixed to a corner of the viewport.

Keyboard: the launcher is a button; opening moves focus into the message box, Enter sends, Shift+Enter adds
a line, Escape closes and returns focus to the launcher. The conversation is a \`role="log"\` that announces each
finished incoming message. Messages render as text (links found without changing it) or sanitized Markdown.`,
      },
    },
  },
} satisfies Meta<ChatArgs>;
export default meta;

type Story = StoryObj<ChatArgs>;

/** A light site with a purple brand: the text on the brand colour is a pale tint, not plain white. */
export const LightSite: Story = {};

/** Closed: all the page has paid for is the launcher. */
export const Closed: Story = { args: { open: false } };

/** A dark site with a light brand colour: the text on it becomes a deep tint of the same hue. */
export const DarkSite: Story = {
  args: { color: '#5eead4', heading: 'Night owl support' },
  render: (args) =>
    html`<div class="tk-theme-dark" style="padding: var(--tk-space-3, 0.75rem); background: var(--tk-color-surface)">
      ${meta.render(args)}
    </div>`,
};

/** A conversation in progress: grouping by author, statuses, a link and Markdown. */
export const Conversation: Story = {
  render: (args) =>
    site(
      html`<tk-chat-widget
        ?open=${args.open}
        heading=${args.heading}
        reply-time=${args.replyTime}
        .brand=${brandOf(args)}
        .messages=${sampleConversation}
      ></tk-chat-widget>`,
    ),
};

/** Right to left, in Arabic: the corner, the bubbles and the composer mirror; every string is overridden. */
export const RightToLeft: Story = {
  name: 'Right to left',
  args: {
    heading: 'دعم أكمي',
    greeting: 'مرحبًا! كيف يمكننا مساعدتك؟',
    placeholder: 'اكتب رسالة…',
    replyTime: 'نرد عادةً خلال دقائق',
  },
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      ${site(
        html`<tk-chat-widget
          ?open=${args.open}
          heading=${args.heading}
          greeting=${args.greeting}
          placeholder=${args.placeholder}
          reply-time=${args.replyTime}
          .brand=${brandOf(args)}
          .strings=${{
            launcherLabel: 'افتح الدردشة',
            closeLabel: 'أغلق الدردشة',
            composerLabel: 'الرسالة',
            sendLabel: 'أرسل',
            logLabel: 'المحادثة',
          }}
          .transport=${createEchoTransport({ reply: (text) => `قلت: ${text}` })}
        ></tk-chat-widget>`,
      )}
    </div>`,
};

/** A phone-sized viewport: below `fullscreen-below` the window fills the screen and stays above the keyboard. */
export const Mobile: Story = {
  render: (args) =>
    site(
      html`<tk-chat-widget
        ?open=${args.open}
        fullscreen-below="100000"
        heading=${args.heading}
        greeting=${args.greeting}
        .brand=${brandOf(args)}
        .transport=${createEchoTransport()}
      ></tk-chat-widget>`,
      { width: '375px', height: 667 },
    ),
};

/** Away mode and a pre-chat form with fields the integrator chose. */
export const AwayWithPrechat: Story = {
  name: 'Away, with a pre-chat form',
  render: (args) =>
    site(
      html`<tk-chat-widget
        ?open=${args.open}
        heading=${args.heading}
        away
        .brand=${brandOf(args)}
        .prechat=${{
          fields: [
            { name: 'name', label: 'Your name', required: true, autocomplete: 'name' },
            { name: 'email', label: 'Email', type: 'email', required: true, autocomplete: 'email' },
          ],
        }}
        .transport=${createEchoTransport()}
      ></tk-chat-widget>`,
    ),
};
