import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { createPreferences, MemoryAdapter } from '../../../src/core/prefs/index.js';
import type { TkDashboard } from '../../../src/components/dashboard/index.js';
import { domOrder, mount, rects } from './helpers.js';

/** Storage whose reads answer when the test says so, as a slow network or disk does. */
class GatedAdapter extends MemoryAdapter {
  open: () => void = () => {};
  readonly #gate = new Promise<void>((resolve) => (this.open = resolve));
  override async read(key: string): ReturnType<MemoryAdapter['read']> {
    await this.#gate;
    return super.read(key);
  }
}

const ASSIGNED = [
  { id: 'b', x: 0, y: 0, w: 12, h: 1 },
  { id: 'a', x: 0, y: 1, w: 6, h: 2 },
];

async function dashboardOn(adapter: MemoryAdapter): Promise<TkDashboard> {
  return mount(
    html`<tk-dashboard persist-key="home" .preferences=${createPreferences({ adapter })}>
      <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="2">A</tk-dashboard-item>
      <tk-dashboard-item item-id="b" heading="Pipeline" x="4" y="0" w="4" h="2">B</tk-dashboard-item>
    </tk-dashboard>`,
  );
}

const loaded = (dashboard: TkDashboard): Promise<void> =>
  waitUntil(
    () => dashboard.shadowRoot!.querySelector('[part="grid"]')?.getAttribute('aria-busy') === 'false',
    'the document has loaded',
  );

// The integrator assigns `layout` while the preferences document is still loading.
describe('tk-dashboard: a layout assigned before its document has loaded', () => {
  it('stays when nothing is stored', async () => {
    const adapter = new GatedAdapter();
    const dashboard = await dashboardOn(adapter);
    dashboard.layout = ASSIGNED;
    await dashboard.updateComplete;
    expect(rects(dashboard)).to.deep.equal(['a:0,1,6,2', 'b:0,0,12,1']);
    adapter.open();
    await loaded(dashboard);
    await dashboard.updateComplete;
    expect(rects(dashboard), 'the assigned layout is still shown').to.deep.equal(['a:0,1,6,2', 'b:0,0,12,1']);
    await waitUntil(
      () => domOrder(dashboard).join() === 'b,a',
      () => `reading order ${domOrder(dashboard).join()}`,
    );
  });

  it("gives way to the user's stored layout", async () => {
    const adapter = new GatedAdapter();
    await adapter.write('home', {
      version: 1,
      updatedAt: Date.now(),
      user: {
        layouts: {
          '12': [
            { id: 'a', x: 8, y: 0, w: 4, h: 2 },
            { id: 'b', x: 0, y: 0, w: 4, h: 2 },
          ],
        },
      },
    });
    const dashboard = await dashboardOn(adapter);
    dashboard.layout = ASSIGNED;
    await dashboard.updateComplete;
    adapter.open();
    await loaded(dashboard);
    await dashboard.updateComplete;
    expect(rects(dashboard)).to.deep.equal(['a:8,0,4,2', 'b:0,0,4,2']);
  });
});
