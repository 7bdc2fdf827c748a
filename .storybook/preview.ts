import type { Preview } from '@storybook/web-components-vite';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';
import '../src/themes/light.css';
import '../src/themes/dark.css';
import './preview.css';

setCustomElementsManifest(manifest);

type Theme = 'light' | 'dark';

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
    controls: { expanded: true, matchers: { color: /(background|color)$/i } },
    a11y: { test: 'error' },
    docs: { toc: true },
  },
  tags: ['autodocs'],
};

export default preview;
