import { expect, waitUntil } from '@open-wc/testing';
import { HttpAdapter } from '../../../src/core/prefs/http-adapter.js';
import { createPreferences, type Preferences } from '../../../src/core/prefs/index.js';
import { isValidLayout } from '../../../src/core/layout/index.js';
import type { DashboardPreferences, TkDashboard } from '../../../src/components/dashboard/index.js';
import { basic, mount, nextFrame, rects } from './helpers.js';

// The reference endpoint from server/app.mjs, started by the test runner on a free port.
const SERVER = (window as unknown as { __TK_TEST__?: { prefsServer?: string } }).__TK_TEST__?.prefsServer ?? '';
const KEY = 'home';

function tab(user: string): Preferences {
  return createPreferences({
    adapter: new HttpAdapter({ baseUrl: SERVER, headers: { Authorization: `Bearer ${user}` } }),
  });
}

async function open(preferences: Preferences): Promise<TkDashboard> {
  const dashboard = await mount(basic());
  dashboard.persistKey = KEY;
  dashboard.preferences = preferences;
  await waitUntil(() => dashboard.shadowRoot!.querySelector('[part="grid"]')!.getAttribute('aria-busy') === 'false');
  await dashboard.updateComplete;
  await nextFrame();
  return dashboard;
}

/** What the server holds for the user, as the effective value (nothing is personalized here). */
async function onServer(user: string): Promise<DashboardPreferences | undefined> {
  const response = await fetch(`${SERVER}/documents/${KEY}`, { headers: { Authorization: `Bearer ${user}` } });
  if (response.status !== 200) return undefined;
  return ((await response.json()) as { user: DashboardPreferences }).user;
}

describe('tk-dashboard in two tabs over HTTP', () => {
  it('a conflicting write replays this tab’s move on the other tab’s layout: nothing lost, no overlap stored', async () => {
    const user = `two-tabs-${Math.random().toString(36).slice(2)}`;
    const first = await open(tab(user));
    const second = await open(tab(user));
    // The first tab moves Revenue onto Pipeline's column; Pipeline makes way.
    expect(first.moveItem('a', 4, 0)).to.equal(true);
    await waitUntil(async () => (await onServer(user)) !== undefined, 'the first tab’s move is stored');
    // The second tab has not heard of it: it moves Tasks onto the same column. Its write is refused (412).
    expect(second.moveItem('c', 4, 0)).to.equal(true);
    await waitUntil(async () => {
      const layout = (await onServer(user))?.layouts['12'];
      return Array.isArray(layout) && layout.some((entry) => entry.id === 'c' && entry.x === 4);
    }, 'the second tab’s move is stored');
    const stored = (await onServer(user))!.layouts['12'];
    expect(isValidLayout(stored, { columns: 12, float: true }), JSON.stringify(stored)).to.equal(true);
    const byId = new Map(stored.map((entry) => [entry.id, entry]));
    expect(byId.get('a')?.x, 'the first tab’s move is kept').to.equal(4);
    expect(byId.get('c')?.x, 'the second tab’s move is kept').to.equal(4);
    expect([...byId.keys()].sort()).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(rects(second), 'the second tab shows what is stored').to.deep.equal(
      stored.map((e) => `${e.id}:${e.x},${e.y},${e.w},${e.h}`).sort(),
    );
  });
});
