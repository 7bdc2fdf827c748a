import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { createPreferences } from '../../src/core/prefs/store.js';
import { MemoryAdapter } from '../../src/core/prefs/memory-adapter.js';
import '../../src/components/preferences/define.js';
import { demoDefaults, SETTINGS_KEY } from '../../stories/Preferences/preferences-demo.js';

async function setup() {
  const adapter = new MemoryAdapter();
  const preferences = createPreferences({ adapter, defaults: demoDefaults, context: { role: 'sales', interests: [] } });
  const root = await fixture<HTMLElement>(
    html`<div>
      <demo-user-context .preferences=${preferences}></demo-user-context>
      <demo-settings-panel persist-key=${SETTINGS_KEY} .preferences=${preferences}></demo-settings-panel>
    </div>`,
  );
  const panel = root.querySelector('demo-settings-panel')!;
  const user = root.querySelector('demo-user-context')!;
  const q = <E extends Element>(el: Element, selector: string) => el.shadowRoot!.querySelector<E>(selector)!;
  await waitUntil(() => q<HTMLSelectElement>(panel, '#start').value === 'pipeline', 'sales suggestion shown');
  return { adapter, preferences, panel, user, q };
}

describe('Preferences catalog page (live example)', () => {
  it('shows the suggestion with its reason, keeps the user choice across a role switch, and resets to the new suggestion', async () => {
    const { adapter, panel, user, q } = await setup();
    expect(q(panel, '.reason').textContent).to.contain('Suggested for the Sales role');

    // The user unticks "Show forecast" with the keyboard.
    q<HTMLInputElement>(panel, '#forecast').focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(async () => (await adapter.read(SETTINGS_KEY)).status === 'present', 'the choice is stored');
    const stored = await adapter.read(SETTINGS_KEY);
    expect(stored.status === 'present' && stored.record.user).to.deep.equal({ showForecast: false });
    expect(q(panel, '.field:nth-of-type(3)').textContent).to.contain('Your choice');

    // The host learns the user is in Manager now: the suggestion changes, the user's choice does not.
    [...user.shadowRoot!.querySelectorAll('label')].find((l) => l.textContent.includes('Manager'))!.click();
    await waitUntil(() => q<HTMLSelectElement>(panel, '#start').value === 'reports', 'manager suggestion shown');
    expect(q(panel, '.reason').textContent).to.contain('Suggested for the Manager role');
    expect(q<HTMLInputElement>(panel, '#forecast').checked).to.equal(false);

    // Reset all: the new suggestion shows through and nothing of the user's is stored any more.
    [...panel.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent.includes('Reset all'))!.click();
    await waitUntil(() => q<HTMLInputElement>(panel, '#forecast').checked, 'manager suggests the forecast');
    await waitUntil(async () => {
      const after = await adapter.read(SETTINGS_KEY);
      return after.status === 'absent' || (after.status === 'present' && after.record.user === undefined);
    }, 'the user layer is gone from storage');
  });

  it('switching personalization off shows library defaults under the user choice, and back on loses nothing', async () => {
    const { panel, q } = await setup();
    const digest = q<HTMLSelectElement>(panel, '#digest');
    digest.value = 'off';
    digest.dispatchEvent(new Event('change'));
    const toggle = [...panel.shadowRoot!.querySelectorAll('label')].find((l) =>
      l.textContent.includes('Personalized'),
    )!;
    toggle.querySelector('input')!.click();
    await waitUntil(() => q<HTMLSelectElement>(panel, '#start').value === 'inbox', 'library start page');
    expect(q<HTMLSelectElement>(panel, '#digest').value).to.equal('off');
    toggle.querySelector('input')!.click();
    await waitUntil(() => q<HTMLSelectElement>(panel, '#start').value === 'pipeline', 'suggestion again');
    expect(q<HTMLSelectElement>(panel, '#digest').value).to.equal('off');
  });

  it('passes axe', async () => {
    const { panel, user } = await setup();
    await expect(panel).to.be.accessible();
    await expect(user).to.be.accessible();
  });
});
