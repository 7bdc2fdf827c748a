import type { Preview } from '@storybook/web-components-vite';
import type { StrictArgTypes } from 'storybook/internal/types';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/themes/light.css';
import '../src/themes/dark.css';
import './preview.css';

setCustomElementsManifest(manifest);

type Theme = 'light' | 'dark';

/** Manifest sections that document rather than configure: no control, no "Set object" button. */
const DOCUMENT_ONLY = new Set(['events', 'css shadow parts', 'slots', 'methods']);

/**
 * Parts, events, slots and methods from custom-elements.json are listed in the docs table without a
 * control; CSS custom properties get a text control, so a reader can try a value.
 */
function withoutObjectControls(context: { argTypes: StrictArgTypes }): StrictArgTypes {
  return Object.fromEntries(
    Object.entries(context.argTypes).map(([name, argType]) => {
      const category = (argType.table?.category ?? '').toLowerCase();
      if (DOCUMENT_ONLY.has(category)) return [name, { ...argType, control: false }];
      if (category === 'css custom properties') return [name, { ...argType, control: 'text' }];
      return [name, argType];
    }),
  );
}

function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  root.classList.toggle('tk-theme-dark', theme === 'dark');
  root.classList.toggle('tk-theme-light', theme === 'light');
}

const preview: Preview = {
  globalTypes: {
    theme: {
      description: 'Colour theme of the components',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light', icon: 'sun' },
          { value: 'dark', title: 'Dark', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    dir: {
      description: 'Writing direction',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', dir: 'ltr' },
  decorators: [
    (story, context) => {
      applyTheme((context.globals['theme'] as Theme | undefined) ?? 'light');
      document.documentElement.dir = (context.globals['dir'] as string | undefined) ?? 'ltr';
      return story();
    },
  ],
  parameters: {
    // Colour pickers for colour arguments only: CSS custom properties (`--tk-…-color`) stay text.
    controls: { expanded: true, matchers: { color: /^(?!--).*(background|color)$/i } },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  argTypesEnhancers: [withoutObjectControls],
  tags: ['autodocs'],
};

export default preview;
