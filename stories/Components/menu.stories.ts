import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../../src/components/popover/define.js';
import '../../src/components/menu/define.js';
import type { PopoverPlacement, PopoverStrategy } from '../../src/components/popover/popover.js';
import type { TkMenuSelectDetail } from '../../src/components/menu/menu.js';
import { demoStyles } from './popover-demo.js';

interface MenuArgs {
  open: boolean;
  placement: PopoverPlacement;
  offset: number;
  strategy: PopoverStrategy;
  keepOpen: boolean;
}

/** Writes the last choice next to the menu, so the story shows what `tk-select` reported. */
function report(event: CustomEvent<TkMenuSelectDetail>): void {
  const output = (event.currentTarget as Element).closest('.demo-menu-story')?.querySelector('output');
  if (!output) return;
  const { value, checked } = event.detail;
  output.textContent = checked === undefined ? value : `${value}: ${checked ? 'on' : 'off'}`;
}

/** The line that shows the last choice, in the story's language. */
const chosen = { en: ['Chosen:', 'nothing yet'], ar: ['الاختيار:', 'لا شيء بعد'] } as const;

function menuButton(
  args: MenuArgs,
  trigger: string,
  items: TemplateResult,
  language: keyof typeof chosen = 'en',
): TemplateResult {
  const [label, nothing] = chosen[language];
  return html`${demoStyles}
    <div class="demo-menu-story" style="display: flex; align-items: center; gap: var(--tk-space-4, 1rem)">
      <tk-popover ?open=${args.open} placement=${args.placement} offset=${args.offset} strategy=${args.strategy}>
        <button slot="trigger" class="demo-button">${trigger} <span aria-hidden="true">▾</span></button>
        <tk-menu ?keep-open=${args.keepOpen} @tk-select=${report}>${items}</tk-menu>
      </tk-popover>
      <p class="demo-text" style="margin: 0">${label} <output>${nothing}</output></p>
    </div>`;
}

const actions = html`
  <tk-menu-item value="edit">Edit</tk-menu-item>
  <tk-menu-item value="duplicate">Duplicate</tk-menu-item>
  <tk-menu-item value="archive" disabled>Archive</tk-menu-item>
  <hr />
  <tk-menu-item value="export-csv">Export as CSV</tk-menu-item>
  <tk-menu-item value="export-pdf">Export as PDF</tk-menu-item>
  <hr />
  <tk-menu-item value="delete">Delete</tk-menu-item>
`;

const meta = {
  title: 'Components/Menu',
  component: 'tk-menu',
  subcomponents: { 'tk-menu-item': 'tk-menu-item', 'tk-popover': 'tk-popover' },
  tags: ['autodocs'],
  args: { open: false, placement: 'bottom-start', offset: 6, strategy: 'absolute', keepOpen: false },
  argTypes: {
    open: { control: 'boolean', description: 'The popover is open (tk-popover `open`).' },
    placement: {
      control: 'select',
      options: ['bottom-start', 'bottom', 'bottom-end', 'top-start', 'top', 'top-end', 'right-start', 'left-start'],
      description: 'Where the menu opens (tk-popover `placement`).',
    },
    offset: { control: { type: 'range', min: 0, max: 24, step: 1 }, description: 'tk-popover `offset`.' },
    strategy: { control: 'inline-radio', options: ['absolute', 'fixed'], description: 'tk-popover `strategy`.' },
    keepOpen: { control: 'boolean', description: 'tk-menu `keep-open`: stay open after a choice.' },
  },
  parameters: {
    layout: 'centered',
    docs: {
      description: {
        component: `The menu-button pattern: a \`tk-menu\` inside a \`tk-popover\`. The button announces a menu
(\`aria-haspopup="menu"\`) and its state; Enter, Space or ArrowDown opens the menu on its first item; arrows move
(disabled items are skipped, the ends wrap), Home/End jump, typing a letter jumps to the next item starting with
it; Enter or Space chooses, the menu closes and focus returns to the button; Escape or Tab closes it.
\`tk-select\` reports \`{ value, item, checked }\` and is cancelable.`,
      },
    },
  },
  render: (args) => menuButton(args, 'Actions', actions),
} satisfies Meta<MenuArgs>;

export default meta;
type Story = StoryObj<MenuArgs>;

/** Commands with separators and a disabled item. */
export const MenuButton: Story = {};

/** Checkbox and radio items: each radio group is the set of radio items sharing a parent. */
export const CheckboxAndRadioItems: Story = {
  args: { keepOpen: true },
  render: (args) =>
    menuButton(
      args,
      'View',
      html`
        <tk-menu-item type="checkbox" value="gridlines" checked>Show gridlines</tk-menu-item>
        <tk-menu-item type="checkbox" value="legend">Show legend</tk-menu-item>
        <hr />
        <div role="group" aria-label="Density">
          <tk-menu-item type="radio" value="compact">Compact</tk-menu-item>
          <tk-menu-item type="radio" value="comfortable" checked>Comfortable</tk-menu-item>
          <tk-menu-item type="radio" value="spacious">Spacious</tk-menu-item>
        </div>
      `,
    ),
};

/** A 16px stroke icon; glyph fonts vary too much between systems to trust for icons. */
function icon(path: string): TemplateResult {
  return html`<svg
    slot="prefix"
    aria-hidden="true"
    width="16"
    height="16"
    viewBox="0 0 16 16"
    fill="none"
    stroke="currentColor"
    stroke-width="1.5"
    stroke-linecap="round"
    stroke-linejoin="round"
  >
    <path d=${path} />
  </svg>`;
}

const shortcutItems: [value: string, label: string, keys: string, path: string][] = [
  ['undo', 'Undo', 'Ctrl+Z', 'M5 4L2 7l3 3M2 7h8a4 4 0 010 8H7'],
  ['redo', 'Redo', 'Ctrl+Y', 'M11 4l3 3-3 3M14 7H6a4 4 0 000 8h3'],
  ['cut', 'Cut', 'Ctrl+X', 'M4 13a2 2 0 100-4 2 2 0 000 4zM12 13a2 2 0 100-4 2 2 0 000 4zM5.5 9.5L12 2M10.5 9.5L4 2'],
  ['copy', 'Copy', 'Ctrl+C', 'M5 5h8v9H5zM3 11V2h8'],
];

/** Prefix icons and suffix shortcut hints; typeahead still matches the item text only. */
export const WithIconsAndShortcuts: Story = {
  render: (args) =>
    menuButton(
      args,
      'Edit',
      html`${shortcutItems.map(
        ([value, label, keys, path], index) =>
          html`${index === 2 ? html`<hr />` : ''}
            <tk-menu-item value=${value}
              >${icon(path)}${label}<kbd slot="suffix" class="demo-kbd">${keys}</kbd></tk-menu-item
            >`,
      )}`,
    ),
};

/** A menu near the bottom of the viewport opens upwards. */
export const NearTheBottomEdge: Story = {
  parameters: { layout: 'fullscreen' },
  render: (args) =>
    html`<div style="position: relative; block-size: 100vh; min-block-size: 20rem">
      <div style="position: absolute; inset-block-end: 8px; inset-inline-start: 8px">
        ${menuButton(args, 'Actions', actions)}
      </div>
    </div>`,
};

/** Right to left: the menu aligns to the button's right edge and text runs right to left. */
export const RightToLeft: Story = {
  render: (args) =>
    html`<div dir="rtl" lang="ar">
      ${menuButton(
        args,
        'إجراءات',
        html`
          <tk-menu-item value="edit">تعديل</tk-menu-item>
          <tk-menu-item value="duplicate">تكرار</tk-menu-item>
          <tk-menu-item value="delete">حذف</tk-menu-item>
        `,
        'ar',
      )}
    </div>`,
};

/** A menu on its own (no popover): one Tab stop, arrows inside. Name it with `aria-label`. */
export const Standalone: Story = {
  render: () =>
    html`${demoStyles}
      <div class="demo-menu-story" style="display: grid; gap: var(--tk-space-3, 0.75rem)">
        <tk-menu
          aria-label="Formatting"
          @tk-select=${report}
          style="border: 1px solid var(--tk-color-border); border-radius: var(--tk-radius-m); padding: var(--tk-space-1)"
        >
          <tk-menu-item value="bold">Bold</tk-menu-item>
          <tk-menu-item value="italic">Italic</tk-menu-item>
          <tk-menu-item value="underline">Underline</tk-menu-item>
        </tk-menu>
        <p class="demo-text" style="margin: 0">Chosen: <output>nothing yet</output></p>
      </div>`,
};
