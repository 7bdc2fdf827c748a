import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import './deals-funnel.js';

const meta = {
  title: 'Demo/Deals funnel',
  component: 'tk-record-view',
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `A sales funnel of **600 deals in 6 stages** on \`tk-record-view\`, the way a CRM would host it.
The store's defaults provider suggests a view per **role**: a sales rep starts on *My open deals* as a kanban
(their deals, not won or lost), a manager on *All deals by owner* as a table grouped by owner (each owner's count and total), largest deals first.
The suggestion says why, and "Reset to suggested" brings it back after changes.

Drag a card to another stage, or use the keyboard: **Enter** or **Space** picks a card up, **Left/Right**
move it across stages, **Up/Down** within one, **Enter** drops, **Escape** cancels. Moving a deal to
**Won** asks the host, which checks for a signed contract after a short round trip: refused, the card goes
back and the view says why. Columns show their count, total and a WIP limit (Negotiation: 40).
Everything the user shapes is kept in this browser's localStorage, per role.`,
      },
    },
  },
} satisfies Meta;
export default meta;

/** The funnel with a role switcher and the host's rule for "Won". */
export const Funnel: StoryObj = {
  render: () => html`<deals-funnel-demo></deals-funnel-demo>`,
};
