import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { createPreferences, MemoryAdapter } from '../../../src/core/prefs/index.js';
import type { TkDashboard } from '../../../src/components/dashboard/index.js';
import { basic, domOrder, item, mount, rects, dRowOnTop } from './helpers.js';

// Safari has no idle callbacks: what the dashboard defers to an idle moment (reading order, the
// preferences write) must still happen there, with no user input to flush it.
describe('tk-dashboard on a page without idle callbacks', () => {
  const saved = Object.getOwnPropertyDescriptors(window);
  before(() => {
    // @ts-expect-error: a browser without the API, as Safari is
    delete window.requestIdleCallback;
    // @ts-expect-error: as above
    delete window.cancelIdleCallback;
    expect(typeof window.requestIdleCallback).to.equal('undefined');
  });
  after(() => {
    Object.defineProperty(window, 'requestIdleCallback', saved.requestIdleCallback);
    Object.defineProperty(window, 'cancelIdleCallback', saved.cancelIdleCallback);
  });

  it('puts items in reading order after an assigned layout, without any input', async () => {
    const dashboard = await mount(basic());
    dashboard.layout = dRowOnTop();
    await dashboard.updateComplete;
    await waitUntil(
      () => domOrder(dashboard).join() === 'd,a,b,c',
      () => `reading order: ${domOrder(dashboard).join()} (layout ${rects(dashboard).join(' ')})`,
    );
    await waitUntil(() => item(dashboard, 'd').getAttribute('w') === '12', 'the position attributes follow');
  });

  it('stores a move made through the integrator API', async () => {
    const adapter = new MemoryAdapter();
    const dashboard: TkDashboard = await mount(
      html`<tk-dashboard editable persist-key="home" .preferences=${createPreferences({ adapter })}>
        <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="2">A</tk-dashboard-item>
        <tk-dashboard-item item-id="b" heading="Pipeline" x="4" y="0" w="4" h="2">B</tk-dashboard-item>
      </tk-dashboard>`,
    );
    await waitUntil(() => dashboard.shadowRoot!.querySelector('[part="grid"]')?.getAttribute('aria-busy') === 'false');
    expect(await dashboard.moveItem('b', 8, 0)).to.equal(true);
    await waitUntil(async () => {
      const read = await adapter.read('home');
      return read.status === 'present' && JSON.stringify(read.record.user).includes('"x":8');
    }, 'the move is written to the store');
    expect(rects(dashboard)).to.include('b:8,0,4,2');
  });
});
