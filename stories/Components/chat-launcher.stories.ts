import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../../src/components/chat-launcher/define.js';
import '../../src/components/chat-window/define.js';
import { createEchoTransport } from '../../src/core/chat/echo-transport.js';
import { site } from './chat-demo.js';

interface LauncherArgs {
  open: boolean;
  unread: number;
  launcherLabel: string;
  color: string;
}

const meta = {
  title: 'Components/Chat launcher',
  component: 'tk-chat-launcher',
  tags: ['autodocs'],
  args: { open: false, unread: 3, launcherLabel: 'Open chat', color: '#6d28d9' },
  argTypes: {
    open: { control: 'boolean', description: '`open`: shows the close icon and reports `aria-expanded`.' },
    unread: {
      control: { type: 'number', min: 0, max: 2000 },
      description: '`unread`: the badge, and the button’s description (“3 unread messages”).',
    },
    launcherLabel: { control: 'text', description: '`strings.launcherLabel`: the button’s accessible name.' },
    color: { control: 'color', description: '`brand.color`; the icon colour is derived to reach 4.5:1.' },
  },
  render: (args) =>
    html`<tk-chat-launcher
      ?open=${args.open}
      unread=${args.unread}
      .strings=${{ launcherLabel: args.launcherLabel }}
      .brand=${{ color: args.color }}
    ></tk-chat-launcher>`,
  parameters: {
    docs: {
      description: {
        component: `The round button that opens the chat, for hosts that place it themselves (a header, a help menu)
instead of using \`tk-chat-widget\`, which wires a launcher and a window in a corner for you. It is about 3.5 KB
(min+gzip, without lit): the window's code loads on first open, or as a head start when the launcher is hovered or
focused. Point \`for\` at a \`tk-chat-window\`'s id and pressing it opens and closes that window, which gives focus back
to the launcher when it closes.

The badge shows \`unread\` in the page's language; a screen reader hears it as the button's description.`,
      },
    },
  },
} satisfies Meta<LauncherArgs>;
export default meta;

type Story = StoryObj<LauncherArgs>;

/** Three unread messages: the badge, and the description the button carries. */
export const Unread: Story = {};

/** Nothing unread: no badge, no description. */
export const NothingUnread: Story = { args: { unread: 0 } };

/** Open: the icon becomes a close icon. */
export const Open: Story = { args: { open: true, unread: 0 } };

/** A light brand colour: the icon on it becomes a deep tint of the same hue. */
export const LightBrand: Story = { args: { color: '#5eead4', unread: 12 } };

/** Placed apart: a launcher in the page's own header opens a window the page placed; `for` links them. */
export const PlacedApart: Story = {
  args: { unread: 1 },
  render: (args) =>
    site(
      html`<div style="display: flex; align-items: center; gap: 0.75rem; padding: 0 1rem">
          <span>Questions? Ask us</span>
          <tk-chat-launcher
            for="apart-window"
            unread=${args.unread}
            .strings=${{ launcherLabel: args.launcherLabel }}
            .brand=${{ color: args.color }}
          ></tk-chat-launcher>
        </div>
        <tk-chat-window
          id="apart-window"
          style="margin: 1rem"
          heading="Acme support"
          greeting="Hi! Ask us anything about your account."
          .brand=${{ color: args.color }}
          .transport=${createEchoTransport()}
        ></tk-chat-window>`,
      { height: 660 },
    ),
};
