// A page that imports the dashboard's define module before the provider's: a `<tk-preferences>`
// around the dashboard is coming, so the embedded preferences engine must not be fetched. This file
// must not import the engine or the provider up front, or there is nothing to observe.
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { createPreferences } from '../../../src/core/prefs/store.js';
import { MemoryAdapter } from '../../../src/core/prefs/memory-adapter.js';
import type { TkDashboard } from '../../../src/components/dashboard/index.js';
import { nextFrame } from './helpers.js';

const fetched = (part: string): boolean =>
  performance.getEntriesByType('resource').some((entry) => new URL(entry.name).pathname.includes(part));

describe('tk-dashboard defined before the <tk-preferences> around it', () => {
  it('waits for the provider instead of fetching the embedded preferences engine', async () => {
    expect(customElements.get('tk-preferences')).to.equal(undefined);
    const holder = await fixture<HTMLElement & { preferences?: unknown }>(
      html`<tk-preferences>
        <tk-dashboard persist-key="home">
          <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="2">A</tk-dashboard-item>
        </tk-dashboard>
      </tk-preferences>`,
    );
    const dashboard = holder.querySelector<TkDashboard>('tk-dashboard')!;
    await dashboard.updateComplete;
    for (let i = 0; i < 5; i++) await nextFrame();
    expect(fetched('/base/preferences/engine'), 'engine fetched while the provider is coming').to.equal(false);

    holder.preferences = createPreferences({ adapter: new MemoryAdapter() });
    await import('../../../src/components/preferences/define.js');
    await waitUntil(
      () => dashboard.shadowRoot!.querySelector('[part="grid"]')!.getAttribute('aria-busy') === 'false',
      'the dashboard opens its document in the provided store',
    );
    expect(dashboard.layout).to.deep.equal([{ id: 'a', x: 0, y: 0, w: 4, h: 2 }]);
    expect(fetched('/base/preferences/engine')).to.equal(false);
  });
});
