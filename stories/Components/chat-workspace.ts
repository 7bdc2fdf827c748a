import { createPreferences } from '../../src/core/prefs/store.js';
import { LocalStorageAdapter } from '../../src/core/prefs/local-storage-adapter.js';
import { ruleDefaults } from '../../src/core/personalize/rules.js';
import type { Preferences } from '../../src/core/prefs/store.js';

/** The workspace's brand arrives as personalized defaults with a reason; the user's edits are their layer. */
export function workspaceStore(): Preferences {
  return createPreferences({
    adapter: new LocalStorageAdapter({ namespace: 'tailorkit-storybook' }),
    defaults: ruleDefaults([
      {
        when: {},
        reason: 'From your workspace brand (Acme)',
        values: {
          'chat-designer-story': {
            brand: { color: '#0f766e', radius: 16, font: 'system-ui, sans-serif' },
            heading: 'Acme support',
            greeting: 'Hi! How can we help today?',
          },
        },
      },
    ]),
  });
}
