import { fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { adoptThemes } from '../themes/theme-sheets.js';

// What the story tests need of Component Story Format: read a stories module, render a story the
// way Storybook does, and run it in each theme.

export type StoryArgs = Record<string, unknown>;
export type StoryRender = (args: StoryArgs, context: unknown) => TemplateResult;
export interface CsfStory {
  name?: string;
  args?: StoryArgs;
  render?: StoryRender;
}
export interface CsfModule {
  default: { title: string; args?: StoryArgs; render?: StoryRender };
  [story: string]: unknown;
}

export const THEMES = ['light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** Stories modules as imported (`import * as stories from '….stories.js'`), read as CSF. */
export const csf = (...modules: object[]): CsfModule[] => modules as unknown as CsfModule[];

/** A module's stories, `[export name, story]`: every export but the default (the meta). */
export function storiesOf(module: CsfModule | object): [string, CsfStory][] {
  return Object.entries(module).filter(([key, value]) => key !== 'default' && typeof value === 'object') as [
    string,
    CsfStory,
  ][];
}

/** "Title / Story name", as the catalog lists a story. */
export const storyTitle = (module: CsfModule, exportName: string, story: CsfStory): string =>
  `${module.default.title} / ${story.name ?? exportName}`;

/**
 * Renders a story as Storybook does: the meta's args under the story's, the story's render or else
 * the meta's. On the themed canvas, as .storybook/preview.css paints it, unless `canvas` is false.
 */
export async function renderStory(
  module: CsfModule | object,
  story: unknown,
  { canvas = true } = {},
): Promise<HTMLElement> {
  const meta = (module as CsfModule).default;
  const { args, render = meta.render } = story as CsfStory;
  if (!render) throw new Error(`${meta.title} has a story without a render function`);
  const content = render({ ...meta.args, ...args }, {});
  return fixture<HTMLElement>(
    canvas
      ? html`<div style="background: var(--tk-color-surface, Canvas); color: var(--tk-color-text, CanvasText)">
          ${content}
        </div>`
      : html`<div>${content}</div>`,
  );
}

/** Adopts the theme style sheets before a file's tests, and takes the theme class off after each. */
export function useThemes(): void {
  before(async () => {
    await adoptThemes();
  });
  afterEach(() => {
    document.documentElement.className = '';
  });
}

export function setTheme(theme: Theme): void {
  document.documentElement.className = `tk-theme-${theme}`;
}
