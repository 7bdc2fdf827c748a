import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { tokens, type ThemeToken } from '../../src/themes/tokens.js';
import { themePanels, type Theme } from './foundations.js';

const colors = tokens.filter((t) => t.category === 'color');
const semantic = colors.filter((t) => t.tier === 'semantic');

const semanticGroups: ReadonlyArray<readonly [string, (t: ThemeToken) => boolean]> = [
  ['Brand and focus', (t) => /brand|focus/.test(t.name)],
  ['Surfaces', (t) => /surface|overlay/.test(t.name)],
  ['Text and borders', (t) => /text|border/.test(t.name) && !t.name.includes('brand')],
  ['Status', (t) => /danger|success|warning/.test(t.name)],
];

const hues = [
  ...new Set(colors.filter((t) => t.tier === 'primitive').map((t) => /--tk-color-([a-z]+)/.exec(t.name)![1])),
];

function table(theme: Theme, caption: string, list: readonly ThemeToken[]): TemplateResult {
  return html`<foundations-color-table .tokens=${list} theme=${theme} caption=${caption}></foundations-color-table>`;
}

const meta = {
  title: 'Foundations/Colors',
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Every colour token, resolved in the light and the dark theme side by side. Components use the semantic tokens; the palette feeds them. Each semantic colour shows the worst contrast among the pairs the themes promise (text on every surface, text on fills), measured in this browser.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The colours components use, grouped by role, with the contrast each promise reaches. */
export const Semantic: Story = {
  render: () =>
    themePanels(
      (theme) =>
        html`${semanticGroups.map(([caption, test]) =>
          table(
            theme,
            caption,
            semantic.filter((t) => test(t)),
          ),
        )}`,
    ),
};

/** The palette: seven hues in ten or eleven steps, with contrast against each theme's surface. */
export const Palette: Story = {
  render: () =>
    themePanels(
      (theme) => html`
        ${hues.map((hue) =>
          table(
            theme,
            `${hue[0].toUpperCase()}${hue.slice(1)}`,
            colors.filter((t) => t.tier === 'primitive' && t.name.startsWith(`--tk-color-${hue}-`)),
          ),
        )}
        ${table(
          theme,
          'White and black',
          colors.filter((t) => t.name === '--tk-color-white' || t.name === '--tk-color-black'),
        )}
      `,
    ),
};
