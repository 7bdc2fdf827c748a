import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { playgroundDefaults, type PlaygroundFont } from './theming-playground.js';

interface PlaygroundArgs {
  brand: string;
  radius: number;
  font: PlaygroundFont;
}

const meta = {
  title: 'Foundations/Theming playground',
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Set `--tk-brand` and the hover, subtle, text-on-brand and brand-as-text colours follow in both themes, each kept at 4.5:1 or better. The radius and font knobs set `--tk-radius-s|m|l` and `--tk-font-body` on the same element. The samples are plain elements styled only with tokens, plus a real `tk-popover`.',
      },
    },
  },
  args: { ...playgroundDefaults },
  argTypes: {
    brand: { control: 'color', description: 'Brand colour (`--tk-brand`)' },
    radius: { control: { type: 'range', min: 0, max: 16, step: 1 }, description: '`--tk-radius-m` in pixels' },
    font: { control: 'inline-radio', options: ['sans', 'serif', 'mono'], description: '`--tk-font-body`' },
  },
  render: (args) => html`
    <foundations-theming-playground
      brand=${args.brand}
      radius=${args.radius}
      font=${args.font}
    ></foundations-theming-playground>
  `,
} satisfies Meta<PlaygroundArgs>;

export default meta;
type Story = StoryObj<PlaygroundArgs>;

/** The default blue brand. */
export const Playground: Story = {};

/** A light brand (amber): text on it turns black by itself, and brand text darkens to stay readable. */
export const LightBrand: Story = { name: 'Light brand', args: { brand: '#fbbf24', radius: 12, font: 'sans' } };

/** A dark, saturated brand with square corners and a serif face. */
export const DarkBrand: Story = { name: 'Dark brand', args: { brand: '#7c2d12', radius: 0, font: 'serif' } };
