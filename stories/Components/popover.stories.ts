import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../src/components/popover/define.js';
import type {
  PopoverPanelRole,
  PopoverPlacement,
  PopoverStrategy,
  TkPopover,
} from '../../src/components/popover/popover.js';
import { demoStyles } from './popover-demo.js';

interface PopoverArgs {
  open: boolean;
  placement: PopoverPlacement;
  offset: number;
  strategy: PopoverStrategy;
  arrow: boolean;
  label: string;
  panelRole: PopoverPanelRole;
  noAutoFocus: boolean;
}

const placements: PopoverPlacement[] = [
  'top-start',
  'top',
  'top-end',
  'right-start',
  'right',
  'right-end',
  'bottom-start',
  'bottom',
  'bottom-end',
  'left-start',
  'left',
  'left-end',
];

function popover(args: PopoverArgs, trigger: string, content: TemplateResult): TemplateResult {
  return html`
    <tk-popover
      ?open=${args.open}
      placement=${args.placement}
      offset=${args.offset}
      strategy=${args.strategy}
      ?arrow=${args.arrow}
      label=${args.label}
      panel-role=${args.panelRole}
      ?no-auto-focus=${args.noAutoFocus}
    >
      <button slot="trigger" class="demo-button">${trigger}</button>
      ${content}
    </tk-popover>
  `;
}

const meta = {
  title: 'Components/Popover',
  component: 'tk-popover',
  tags: ['autodocs'],
  args: {
    open: false,
    placement: 'bottom-start',
    offset: 6,
    strategy: 'absolute',
    arrow: false,
    label: '',
    panelRole: 'dialog',
    noAutoFocus: false,
  },
  argTypes: {
    open: { control: 'boolean' },
    placement: { control: 'select', options: placements },
    offset: { control: { type: 'range', min: 0, max: 32, step: 1 } },
    strategy: { control: 'inline-radio', options: ['absolute', 'fixed'] },
    arrow: { control: 'boolean' },
    label: { control: 'text' },
    panelRole: { control: 'select', options: ['dialog', 'menu', 'listbox', 'tree', 'grid', 'group', 'none'] },
    noAutoFocus: { control: 'boolean' },
  },
  parameters: {
    layout: 'centered',
    docs: {
      description: {
        component: `A panel anchored to a trigger. It renders in the browser's top layer, so a dashboard widget with
\`overflow: hidden\` or a transformed chat window cannot clip it; it flips and shifts to stay in the viewport; it
closes on Escape (only the topmost one when nested), on a click outside, and when Tab leaves it; and it returns
focus to its trigger. Keyboard: Tab to the trigger, Enter or Space opens and focuses the first control, Escape
closes and focus is back on the trigger.`,
      },
    },
  },
  render: (args) =>
    html`${demoStyles}
    ${popover(
      args,
      'Share view',
      html`<p class="demo-text">Anyone with the link can see this dashboard.</p>
        <button class="demo-button">Copy link</button>`,
    )}`,
} satisfies Meta<PopoverArgs>;

export default meta;
type Story = StoryObj<PopoverArgs>;

/** A trigger and a small dialog; the panel is named by its trigger when it has no heading or label. */
export const Basic: Story = {};

/** Shown open, with an arrow pointing at the trigger. */
export const OpenWithArrow: Story = {
  args: { open: true, arrow: true, placement: 'bottom', noAutoFocus: true },
};

/**
 * Triggers in the four corners: each panel flips to the side with room and shifts along the edge,
 * and never grows past the viewport (long content scrolls inside the panel).
 */
export const NearTheEdges: Story = {
  args: { placement: 'bottom' },
  parameters: { layout: 'fullscreen' },
  render: (args) => {
    const corner = (position: string, name: string): TemplateResult =>
      html`<div style="position: absolute; ${position}">
        ${popover(
          args,
          name,
          html`<div style="inline-size: 16rem">
            <h2 class="demo-heading">${name}</h2>
            <p class="demo-text">This panel would overflow the viewport here, so it flips and shifts instead.</p>
          </div>`,
        )}
      </div>`;
    return html`${demoStyles}
      <div style="position: relative; block-size: 100vh; min-block-size: 20rem">
        ${corner('inset-block-start: 8px; inset-inline-start: 8px', 'Top start')}
        ${corner('inset-block-start: 8px; inset-inline-end: 8px', 'Top end')}
        ${corner('inset-block-end: 8px; inset-inline-start: 8px', 'Bottom start')}
        ${corner('inset-block-end: 8px; inset-inline-end: 8px', 'Bottom end')}
      </div>`;
  },
};

/**
 * A filter form: focus lands on the first field, Tab moves through the form in order, and the
 * buttons close the popover through `hide()`, which returns focus to the trigger.
 */
export const RichContentForm: Story = {
  render: (args) => {
    const close = (event: Event): void => {
      void (event.target as Element).closest<TkPopover>('tk-popover')?.hide();
    };
    return html`${demoStyles}
    ${popover(
      args,
      'Filter records',
      html`<form class="demo-form" @submit=${(event: Event) => (event.preventDefault(), close(event))}>
        <h2 class="demo-heading">Filter records</h2>
        <label class="demo-field">Owner <input class="demo-input" name="owner" autocomplete="off" /></label>
        <label class="demo-field"
          >Stage
          <select class="demo-input" name="stage">
            <option>Any</option>
            <option>Lead</option>
            <option>Proposal</option>
            <option>Won</option>
          </select>
        </label>
        <label class="demo-check"><input type="checkbox" name="mine" /> Only my records</label>
        <div class="demo-actions">
          <button type="button" class="demo-button" @click=${close}>Cancel</button>
          <button class="demo-button" data-variant="primary">Apply</button>
        </div>
      </form>`,
    )}`;
  },
};

/** In right-to-left layouts `-start` and `-end` follow the writing direction. */
export const RightToLeft: Story = {
  args: { placement: 'bottom-start', arrow: true },
  render: (args) =>
    html`${demoStyles}
      <div dir="rtl" lang="ar">
        ${popover(
          args,
          'مشاركة العرض',
          html`<p class="demo-text">يمكن لأي شخص لديه الرابط رؤية لوحة المعلومات هذه.</p>
            <button class="demo-button">نسخ الرابط</button>`,
        )}
      </div>`,
};

/** An external trigger: `anchor` names a button elsewhere, which then toggles the popover and gets its ARIA. */
export const ExternalAnchor: Story = {
  render: (args) =>
    html`${demoStyles}
      <button id="story-external-anchor" class="demo-button">Notifications</button>
      <tk-popover anchor="story-external-anchor" placement=${args.placement} offset=${args.offset} ?arrow=${args.arrow}>
        <h2 class="demo-heading">Notifications</h2>
        <p class="demo-text">You are all caught up.</p>
      </tk-popover>`,
};

/** A popover inside a popover: Escape and outside clicks close the inner one first. */
export const Nested: Story = {
  render: (args) =>
    html`${demoStyles}
    ${popover(
      args,
      'Widget settings',
      html`<h2 class="demo-heading">Widget settings</h2>
        <p class="demo-text">Choose how the chart groups its data.</p>
        <tk-popover placement="right-start" label="Grouping">
          <button slot="trigger" class="demo-button">Grouping…</button>
          <button class="demo-button">By week</button>
          <button class="demo-button">By month</button>
        </tk-popover>`,
    )}`,
};

/** The component tokens restyle one popover without touching the theme. */
export const Themed: Story = {
  args: { open: true, arrow: true, noAutoFocus: true, placement: 'bottom' },
  render: (args) =>
    html`${demoStyles}
      <div
        style="--tk-popover-background: var(--tk-color-surface-sunken); --tk-popover-radius: var(--tk-radius-l);
          --tk-popover-padding: var(--tk-space-5); --tk-popover-border: 2px solid var(--tk-color-brand);
          --tk-popover-shadow: var(--tk-shadow-l); --tk-popover-max-width: 16rem"
      >
        ${popover(
          args,
          'Themed',
          html`<p class="demo-text">Background, border, radius, padding, shadow and width come from tokens.</p>`,
        )}
      </div>`,
};
