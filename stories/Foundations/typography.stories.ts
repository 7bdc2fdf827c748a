import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { tokens, type TokenCategory } from '../../src/themes/tokens.js';
import { foundationsStyles, specimenTable } from './foundations.js';

const SAMPLE = 'Invoice INV-2041 · €12,480.00 due 30 Sep · Pipeline up 12%';

const of = (category: TokenCategory) => tokens.filter((t) => t.category === category);

function page(content: TemplateResult): TemplateResult {
  return html`${foundationsStyles}
    <div class="fd-page">${content}</div>`;
}

const meta = {
  title: 'Foundations/Typography',
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Font stacks, sizes, weights and line heights. Components read the semantic tokens (`--tk-font-body`, `--tk-font-size-s`); override them on `:root` to restyle every component at once. Sizes are in rem, so they follow the reader’s browser font size.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The platform font stacks (primitives) and the roles that use them (semantic). */
export const Families: Story = {
  render: () =>
    page(
      specimenTable(
        'Font families',
        of('font-family').map((token) => ({
          token,
          specimen: html`<span
            style=${styleMap({ fontFamily: `var(${token.name})`, fontSize: 'var(--tk-font-size-m)' })}
            >${SAMPLE}</span
          >`,
        })),
      ),
    ),
};

/** The type scale, from badges (`xs`) to page headings (`2xl`). */
export const Sizes: Story = {
  render: () =>
    page(
      specimenTable(
        'Font sizes',
        of('font-size').map((token) => ({
          token,
          specimen: html`<span style=${styleMap({ fontSize: `var(${token.name})` })}>${SAMPLE}</span>`,
        })),
      ),
    ),
};

/** Weights and line heights. */
export const WeightsAndLineHeights: Story = {
  name: 'Weights and line heights',
  render: () =>
    page(html`
      ${specimenTable(
        'Font weights',
        of('font-weight').map((token) => ({
          token,
          specimen: html`<span
            style=${styleMap({ fontWeight: `var(${token.name})`, fontSize: 'var(--tk-font-size-m)' })}
            >${SAMPLE}</span
          >`,
        })),
      )}
      ${specimenTable(
        'Line heights',
        of('line-height').map((token) => ({
          token,
          specimen: html`<p
            style=${styleMap({ lineHeight: `var(${token.name})`, margin: '0', maxInlineSize: '24rem' })}
          >
            ${SAMPLE}. ${SAMPLE}. ${SAMPLE}.
          </p>`,
        })),
      )}
    `),
};
