import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { HttpAdapter } from '../../../src/core/prefs/http-adapter.js';
import { createPreferences, type Preferences } from '../../../src/core/prefs/index.js';
import { isValidLayout } from '../../../src/core/layout/index.js';
import type { DashboardPreferences, TkDashboard } from '../../../src/components/dashboard/index.js';
import { basic, item, mount, nextFrame, rects } from './helpers.js';

// The reference endpoint from server/app.mjs, started by the test runner on a free port.
const SERVER = (window as unknown as { __TK_TEST__?: { prefsServer?: string } }).__TK_TEST__?.prefsServer ?? '';
const KEY = 'home';

function tab(user: string, fetcher?: typeof fetch): Preferences {
  return createPreferences({
    adapter: new HttpAdapter({
      baseUrl: SERVER,
      headers: { Authorization: `Bearer ${user}` },
      ...(fetcher ? { fetch: fetcher } : {}),
    }),
  });
}

/** A tab's network: while `holding`, its writes wait until `release()` (a slow request, on cue). */
class HeldWrites {
  holding = false;
  readonly #held: (() => void)[] = [];

  readonly fetch = async (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    if (this.holding && init?.method === 'PUT') await new Promise<void>((resolve) => this.#held.push(resolve));
    return fetch(input, init);
  };

  get waiting(): number {
    return this.#held.length;
  }

  release(): void {
    this.holding = false;
    for (const send of this.#held.splice(0)) send();
  }
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
    expect(await first.moveItem('a', 4, 0)).to.equal(true);
    await waitUntil(async () => (await onServer(user)) !== undefined, 'the first tab’s move is stored');
    // The second tab has not heard of it: it moves Tasks onto the same column. Its write is refused (412).
    expect(await second.moveItem('c', 4, 0)).to.equal(true);
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

  it('a write that reaches the server after the other tab’s later move of the same item does not undo that move', async () => {
    const user = `two-tabs-late-${Math.random().toString(36).slice(2)}`;
    const network = new HeldWrites();
    const first = await open(tab(user));
    const secondPreferences = tab(user, network.fetch);
    const second = await open(secondPreferences);
    expect(await first.moveItem('a', 4, 0)).to.equal(true);
    await waitUntil(async () => (await onServer(user)) !== undefined, 'the first tab’s move is stored');
    // The second tab, which has not heard of it, moves Revenue; its write is slow to reach the server.
    network.holding = true;
    expect(await second.moveItem('a', 8, 0)).to.equal(true);
    await waitUntil(() => network.waiting === 1, 'the second tab’s write is on its way');
    const moved = Date.now();
    await waitUntil(() => Date.now() > moved, 'the clock moves on');
    // Then the user moves Revenue in the first tab: that is their last move, and it is stored.
    expect(await first.moveItem('a', 1, 0)).to.equal(true);
    await waitUntil(
      async () => (await onServer(user))?.layouts['12'].some((entry) => entry.id === 'a' && entry.x === 1),
      'the first tab’s later move is stored',
    );
    // The second tab's write arrives now: refused (412), merged onto what the first tab stored.
    network.release();
    await secondPreferences.dispose();
    const stored = (await onServer(user))!.layouts['12'];
    expect(isValidLayout(stored, { columns: 12, float: true }), JSON.stringify(stored)).to.equal(true);
    expect(
      stored.find((entry) => entry.id === 'a')?.x,
      `the user's last move is kept: ${JSON.stringify(stored)}`,
    ).to.equal(1);
    expect(rects(first), 'the first tab shows what is stored').to.deep.equal(
      stored.map((e) => `${e.id}:${e.x},${e.y},${e.w},${e.h}`).sort(),
    );
    await expect(first).to.be.accessible();
  });

  it('20 rounds of moves from two stale tabs in turn: every move is stored, nothing is lost, no overlap is stored', async function () {
    // Forty writes and merges over HTTP, each written in an idle moment: slow on a busy machine.
    this.timeout(120_000);
    const user = `two-tabs-rounds-${Math.random().toString(36).slice(2)}`;
    const tabs = [await open(tab(user)), await open(tab(user))];
    let seed = 7;
    // A 31-bit linear congruential generator in exact 32-bit integer arithmetic (a plain product
    // overflows 2^53 and every draw came out the same); the high bits are the random ones.
    const next = (below: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) & 0x7fffffff;
      return (seed >>> 16) % below;
    };
    let writes = 0;
    for (let round = 0; round < 20; round++) {
      // Each tab moves while the other's last write is unknown to it, so every write after the first is
      // refused (412) and replayed on the layout the other tab stored.
      const dashboard = tabs[round % 2];
      const id = ['a', 'b', 'c', 'd'][next(4)];
      const width = item(dashboard, id).w;
      const x = next(12 - width + 1);
      if (!(await dashboard.moveItem(id, x, 0))) continue;
      writes++;
      // Settled: the store holds the move and this tab shows what is stored (after a refused write, the
      // merge with the other tab's layout).
      let last = '';
      await waitUntil(
        async () => {
          const layout = (await onServer(user))?.layouts['12'];
          last = `stored ${JSON.stringify(layout)}, shown ${rects(dashboard).join(' ')}`;
          if (!layout?.some((entry) => entry.id === id && entry.x === x)) return false;
          const shown = rects(dashboard).join();
          return (
            shown ===
            layout
              .map((e) => `${e.id}:${e.x},${e.y},${e.w},${e.h}`)
              .sort()
              .join()
          );
        },
        () => `round ${round}: the move of ${id} to column ${x} is stored and shown: ${last}`,
        { timeout: 10_000 },
      );
      const stored = (await onServer(user))!.layouts['12'];
      expect(isValidLayout(stored, { columns: 12, float: true }), `round ${round}: ${JSON.stringify(stored)}`).to.equal(
        true,
      );
      expect(stored.map((entry) => entry.id).sort(), `round ${round}`).to.deep.equal(['a', 'b', 'c', 'd']);
      expect(
        stored.find((entry) => entry.id === id)?.x,
        `round ${round}: ${id} is where this tab put it: ${JSON.stringify(stored)} shown ${rects(dashboard).join(' ')}`,
      ).to.equal(x);
    }
    expect(writes, 'most rounds move something').to.be.greaterThan(14);
  });
});
