import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import { tokens, type TokenCategory } from '../../src/themes/tokens.js';
import { foundationsStyles, specimenTable, themePanels } from './foundations.js';

const of = (category: TokenCategory) => tokens.filter((t) => t.category === category);

function page(content: TemplateResult): TemplateResult {
  return html`${foundationsStyles}
    <style>
      .fd-bar {
        block-size: var(--tk-space-4);
        background: var(--tk-color-brand);
        border-radius: var(--tk-radius-s);
        forced-color-adjust: none;
      }
      .fd-corner {
        inline-size: 4rem;
        block-size: 3rem;
        background: var(--tk-color-surface-sunken);
        border: 2px solid var(--tk-color-border-strong);
      }
      .fd-motion {
        display: flex;
        gap: var(--tk-space-3);
        align-items: center;
      }
      .fd-motion-track {
        position: relative;
        inline-size: 12rem;
        block-size: var(--tk-space-4);
        border-radius: var(--tk-radius-full);
        background: var(--tk-color-surface-sunken);
        border: var(--tk-border-width) solid var(--tk-color-border);
      }
      .fd-motion-dot {
        position: absolute;
        inset-block-start: 1px;
        inset-inline-start: 1px;
        inline-size: calc(var(--tk-space-4) - 4px);
        block-size: calc(var(--tk-space-4) - 4px);
        border-radius: var(--tk-radius-full);
        background: var(--tk-color-brand);
        transition-property: translate;
        forced-color-adjust: none;
      }
      .fd-motion[data-played] .fd-motion-dot {
        translate: calc(12rem - var(--tk-space-4)) 0;
      }
      :dir(rtl) .fd-motion[data-played] .fd-motion-dot {
        translate: calc(var(--tk-space-4) - 12rem) 0;
      }
      @media (prefers-reduced-motion: reduce) {
        .fd-motion-dot {
          transition-duration: 0s !important;
        }
      }
      .fd-button {
        min-block-size: var(--tk-control-height);
        padding-inline: var(--tk-space-3);
        border: var(--tk-border-width) solid var(--tk-color-border-strong);
        border-radius: var(--tk-radius-m);
        background: var(--tk-color-surface-raised);
        color: var(--tk-color-text);
        font: inherit;
        cursor: pointer;
      }
      .fd-button:hover {
        background: var(--tk-color-surface-hover);
      }
      .fd-button:focus-visible {
        outline: var(--tk-focus-ring-width) solid var(--tk-color-focus);
        outline-offset: var(--tk-focus-ring-offset);
      }
      .fd-size {
        background: var(--tk-color-brand-subtle);
        border: var(--tk-border-width) dashed var(--tk-color-border-strong);
      }
    </style>
    <div class="fd-page">${content}</div>`;
}

function togglePlayed(event: Event): void {
  const button = event.currentTarget as HTMLButtonElement;
  const played = button.closest('.fd-motion')?.toggleAttribute('data-played') ?? false;
  button.setAttribute('aria-pressed', String(played));
}

const meta = {
  title: 'Foundations/Spacing, radius and shadow',
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Spacing steps, corner radii, shadows, control sizes, stacking layers and motion. All of them are plain values, so setting one on any element (`--tk-radius-m: 0`) restyles the components inside it.',
      },
    },
  },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The spacing scale: gaps, paddings and margins inside and between components. */
export const Spacing: Story = {
  render: () =>
    page(
      specimenTable(
        'Spacing',
        of('space').map((token) => ({
          token,
          specimen: html`<div class="fd-bar" style=${styleMap({ inlineSize: `var(${token.name})` })}></div>`,
        })),
      ),
    ),
};

/** Corner radii, from badges to cards and pills. */
export const Radius: Story = {
  render: () =>
    page(
      specimenTable(
        'Radius',
        of('radius').map((token) => ({
          token,
          specimen: html`<div class="fd-corner" style=${styleMap({ borderRadius: `var(${token.name})` })}></div>`,
        })),
      ),
    ),
};

/** Shadows differ per theme: soft in light, deeper in dark where surfaces also get lighter as they rise. */
export const Shadows: Story = {
  render: () =>
    page(
      themePanels(
        () => html`
          ${of('shadow').map(
            (token) => html`
              <div
                style=${styleMap({
                  boxShadow: `var(${token.name})`,
                  background: 'var(--tk-color-surface-raised)',
                  borderRadius: 'var(--tk-radius-l)',
                  padding: 'var(--tk-space-4)',
                  marginBlockEnd: 'var(--tk-space-5)',
                })}
              >
                <code>${token.name}</code>
                <div class="fd-muted">${token.description}</div>
              </div>
            `,
          )}
        `,
      ),
    ),
};

/** Control sizes, focus ring, stacking layers, durations and easing curves. */
export const SizesLayersAndMotion: Story = {
  name: 'Sizes, layers and motion',
  render: () =>
    page(html`
      ${specimenTable(
        'Sizes',
        of('size').map((token) => ({
          token,
          specimen: token.name.startsWith('--tk-control-height')
            ? html`<div
                class="fd-size"
                style=${styleMap({ blockSize: `var(${token.name})`, inlineSize: '6rem' })}
              ></div>`
            : token.name.startsWith('--tk-focus-ring')
              ? html`<button type="button" class="fd-button">Tab to me</button>`
              : html`<div
                  class="fd-size"
                  style=${styleMap({ borderWidth: `var(${token.name})`, borderStyle: 'solid', blockSize: '2rem', inlineSize: '6rem' })}
                ></div>`,
        })),
      )}
      ${specimenTable(
        'Layers (z-index)',
        of('z-index').map((token) => ({ token, specimen: html`<span class="fd-muted">Layer ${token.light}</span>` })),
      )}
      ${specimenTable(
        'Motion',
        [...of('duration'), ...of('easing')].map((token) => {
          const duration = token.category === 'duration' ? `var(${token.name})` : 'var(--tk-duration-slow)';
          const easing = token.category === 'easing' ? `var(${token.name})` : 'var(--tk-easing)';
          return {
            token,
            specimen: html`<div class="fd-motion">
              <div class="fd-motion-track">
                <div
                  class="fd-motion-dot"
                  style=${styleMap({ transitionDuration: duration, transitionTimingFunction: easing })}
                ></div>
              </div>
              <button type="button" class="fd-button" aria-pressed="false" @click=${togglePlayed}>
                Play <span class="fd-visually-hidden">${token.name}</span>
              </button>
            </div>`,
          };
        }),
      )}
    `),
};
