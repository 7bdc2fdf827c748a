import type { StorybookConfig } from '@storybook/web-components-vite';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';

/**
 * preview.ts imports src/themes/light.css and dark.css, which are generated from src/themes/tokens.ts:
 * write them before Vite reads them, and again when a source under src/themes changes (Vite then
 * reloads the CSS like any edit).
 */
function themeStylesheets(): Plugin {
  const write = (): void => {
    execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/build-themes.mjs', import.meta.url))], {
      stdio: 'inherit',
    });
  };
  return {
    name: 'tailorkit-theme-stylesheets',
    config: write,
    configureServer(server) {
      server.watcher.on('change', (file) => {
        if (!/[\\/]src[\\/]themes[\\/][^\\/]+\.ts$/.test(file)) return;
        try {
          write();
        } catch {
          // build-themes printed why; the old stylesheets stay until the source is fixed.
        }
      });
    },
  };
}

const config: StorybookConfig = {
  framework: { name: '@storybook/web-components-vite', options: {} },
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y'],
  core: { disableTelemetry: true, disableWhatsNewNotifications: true },
  docs: { defaultName: 'Docs' },
  viteFinal: (vite) => ({ ...vite, plugins: [...(vite.plugins ?? []), themeStylesheets()] }),
};

export default config;
