import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { acmeLocalStore } from './acme-crm-home.js';

const meta = {
  title: 'Demo/Acme CRM home',
  component: 'tk-dashboard',
  tags: ['autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component: `A CRM home page built on \`tk-dashboard\`, the way an integrating app would.
The host knows the user's **role** and gives the store a defaults provider (\`ruleDefaults\`): Sales starts with
the pipeline, Support with the ticket queue, Managers with the team. The dashboard says why ("Suggested for
the Sales role"). Press **Edit dashboard** to drag, resize (or use the keyboard: Enter picks a widget up,
arrows move it, Shift and arrows resize, Delete removes), add widgets from the catalog, undo, and
"Reset to suggested layout". Your changes are a layer over the suggestion: switch the role and the
suggestion changes, but a widget you removed stays removed and one you added stays. Everything is kept in
this browser's localStorage (prefix \`tailorkit-storybook\`), so it survives a reload; the panel below shows
exactly what is stored.`,
      },
    },
  },
} satisfies Meta;
export default meta;

/** The whole page: role switcher, personalized dashboard, and the three layers of what is stored. */
export const Home: StoryObj = {
  render: () => html`<acme-crm-home .preferences=${acmeLocalStore()}></acme-crm-home>`,
};

/** The same page in a right-to-left layout: drag, handles and arrow keys are mirrored. */
export const HomeRtl: StoryObj = {
  name: 'Home (right to left)',
  render: () => html`<div dir="rtl"><acme-crm-home .preferences=${acmeLocalStore()}></acme-crm-home></div>`,
};
