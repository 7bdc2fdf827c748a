import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { until } from 'lit/directives/until.js';
import { createPreferences, type Preferences } from '../../src/core/prefs/store.js';
import { LocalStorageAdapter } from '../../src/core/prefs/local-storage-adapter.js';
import { HttpAdapter } from '../../src/core/prefs/http-adapter.js';
import '../../src/components/preferences/define.js';
import { demoDefaults, SETTINGS_KEY } from './preferences-demo.js';

const layout = (preferences: Preferences): TemplateResult => html`
  <div style="display:grid;grid-template-columns:minmax(14rem,1fr) 3fr;gap:1rem;align-items:start">
    <demo-user-context .preferences=${preferences}></demo-user-context>
    <tk-preferences .preferences=${preferences}>
      <demo-settings-panel persist-key=${SETTINGS_KEY} .preferences=${preferences}></demo-settings-panel>
    </tk-preferences>
  </div>
`;

let localStore: Preferences | undefined;
/** One store per page, kept across story re-renders, so what the user changed stays put. */
function storybookStore(): Preferences {
  return (localStore ??= createPreferences({
    adapter: new LocalStorageAdapter({ namespace: 'tailorkit-storybook' }),
    defaults: demoDefaults,
    context: { userId: 'storybook-user', role: 'sales', interests: [] },
  }));
}

const meta = {
  title: 'Preferences/Customization and personalization',
  component: 'tk-preferences',
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component: `**Customization** is what the user does; **personalization** is what the host app suggests.
The effective value is \`library defaults < personalized defaults < user customization\`.
Pick a role or an interest on the left: the personalized defaults change, with their reason. Change a setting:
it becomes *your choice* and is stored (in this browser's localStorage, key prefix \`tailorkit-storybook\`).
Switch the role again: your choices stay, the rest follows the new suggestion. "Reset" removes only your
layer, so the suggestion shows through; switching personalized suggestions off shows library defaults under
your choices, and switching back on loses nothing.`,
      },
    },
  },
} satisfies Meta;
export default meta;

/** The whole model on one screen, stored in localStorage (reload the page: everything is still there). */
export const LiveExample: StoryObj = {
  name: 'Live example',
  render: () => layout(storybookStore()),
};

const SERVER = 'http://127.0.0.1:8787';

async function reachable(): Promise<boolean> {
  try {
    const response = await fetch(`${SERVER}/documents`, {
      headers: { Authorization: 'Bearer storybook-user' },
      signal: AbortSignal.timeout(1500),
    });
    return response.ok;
  } catch {
    return false;
  }
}

let httpStore: Preferences | undefined;
function serverStore(): Preferences {
  return (httpStore ??= createPreferences({
    adapter: new HttpAdapter({ baseUrl: SERVER, headers: { Authorization: 'Bearer storybook-user' } }),
    defaults: demoDefaults,
    context: { userId: 'storybook-user', role: 'support', interests: [] },
  }));
}

/**
 * The same panel stored through `HttpAdapter` in the reference endpoint (`npm run server`, SQLite).
 * Open this story in two browser windows and change different settings in each: the second write gets
 * a 412, re-reads, merges and writes again, so both changes survive.
 */
export const HttpServer: StoryObj = {
  name: 'HTTP adapter (reference server)',
  render: () =>
    html`${until(
      reachable().then((up) =>
        up
          ? layout(serverStore())
          : html`<section
              style="border:1px solid var(--tk-color-border);border-radius:var(--tk-radius-l);padding:1rem;max-width:40rem"
            >
              <h2 style="margin-top:0;font-size:1rem">The reference server is not running</h2>
              <p>
                Start it in a second terminal with <code>npm run server</code> (it listens on <code>${SERVER}</code>),
                then reload this story. Settings are then stored per user in SQLite, with ETags so that a concurrent
                edit is merged rather than overwritten.
              </p>
            </section>`,
      ),
      html`<p role="status">Looking for the reference server at ${SERVER}…</p>`,
    )}`,
};
