import { expect, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { createPreferences, MemoryAdapter, type Preferences } from '../../../src/core/prefs/index.js';
import type { DefaultsProvider } from '../../../src/core/personalize/types.js';
import type {
  DashboardPreferences,
  TkDashboard,
  TkLayoutErrorDetail,
  TkDashboardItemType,
} from '../../../src/components/dashboard/index.js';
import { item, mount, nextFrame, recordChanges, rects } from './helpers.js';

const breakpoints = { 0: 6, 900: 12 };

function dashboardAt(store: Preferences, width: number, catalog: TkDashboardItemType[] = []): Promise<TkDashboard> {
  return mount(
    html`<tk-dashboard
      editable
      persist-key="home"
      .preferences=${store}
      .breakpoints=${breakpoints}
      .catalog=${catalog}
    >
      <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="2">A</tk-dashboard-item>
      <tk-dashboard-item item-id="b" heading="Pipeline" x="4" y="0" w="4" h="2">B</tk-dashboard-item>
      <tk-dashboard-item item-id="c" heading="Tasks" x="8" y="0" w="4" h="2">C</tk-dashboard-item>
    </tk-dashboard>`,
    { width },
  ).then(ready);
}

/** Waits until the preferences document has loaded and been applied. */
async function ready(dashboard: TkDashboard): Promise<TkDashboard> {
  await waitUntil(() => dashboard.shadowRoot!.querySelector('[part="grid"]')!.getAttribute('aria-busy') === 'false');
  await dashboard.updateComplete;
  await nextFrame();
  return dashboard;
}

async function stored(adapter: MemoryAdapter, key = 'home'): Promise<unknown> {
  const read = await adapter.read(key);
  return read.status === 'present' ? read.record.user : undefined;
}

async function keyboardMove(dashboard: TkDashboard, id: string, keys: string[]): Promise<void> {
  item(dashboard, id).focus();
  await sendKeys({ press: 'Enter' });
  for (const key of keys) await sendKeys({ press: key });
  await sendKeys({ press: 'Enter' });
}

async function resizeContainer(dashboard: TkDashboard, width: number): Promise<number> {
  const event = oneEvent(dashboard, 'tk-breakpoint-change');
  dashboard.parentElement!.style.width = `${width}px`;
  const { detail } = (await event) as CustomEvent<{ columns: number }>;
  return detail.columns;
}

describe('tk-dashboard persistence', () => {
  it('keeps a layout per breakpoint across reloads, without wrecking the other width', async () => {
    const adapter = new MemoryAdapter();
    let dashboard = await dashboardAt(createPreferences({ adapter }), 1200);
    expect(dashboard.currentColumns).to.equal(12);
    await keyboardMove(dashboard, 'c', ['ArrowLeft', 'ArrowLeft', 'ArrowLeft', 'ArrowLeft']);
    const wide = rects(dashboard);
    expect(wide).to.include('c:4,0,4,2');
    await waitUntil(async () => (await stored(adapter)) !== undefined);

    expect(await resizeContainer(dashboard, 600)).to.equal(6);
    await nextFrame();
    await keyboardMove(dashboard, 'a', ['ArrowRight', 'ArrowRight']);
    const narrow = rects(dashboard);
    expect(await resizeContainer(dashboard, 1200)).to.equal(12);
    expect(rects(dashboard), 'the wide layout is untouched by the narrow change').to.deep.equal(wide);
    await waitUntil(async () => JSON.stringify(await stored(adapter)).includes('"6"'));

    dashboard = await dashboardAt(createPreferences({ adapter }), 600);
    expect(dashboard.currentColumns).to.equal(6);
    expect(rects(dashboard), 'reload at the narrow width').to.deep.equal(narrow);
    dashboard = await dashboardAt(createPreferences({ adapter }), 1200);
    expect(rects(dashboard), 'reload at the wide width').to.deep.equal(wide);
  });

  it('a locked widget stays where it is after a reload, even when the space above it was freed', async () => {
    const adapter = new MemoryAdapter();
    const open = (): Promise<TkDashboard> =>
      mount(
        html`<tk-dashboard editable persist-key="locked" .preferences=${createPreferences({ adapter })}>
          <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="6" h="3">A</tk-dashboard-item>
          <tk-dashboard-item item-id="l" heading="News" x="0" y="3" w="6" h="2" locked>L</tk-dashboard-item>
          <tk-dashboard-item item-id="b" heading="Pipeline" x="6" y="0" w="6" h="2">B</tk-dashboard-item>
        </tk-dashboard>`,
      ).then(ready);
    let dashboard = await open();
    // Revenue goes to the right half, below Pipeline: the rows above the locked widget are free now.
    await keyboardMove(dashboard, 'a', [
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
      'ArrowRight',
    ]);
    const arranged = rects(dashboard);
    expect(arranged).to.include('l:0,3,6,2');
    expect(
      arranged.find((r) => r.startsWith('a:')),
      JSON.stringify(arranged),
    ).to.match(/^a:6,/);
    await waitUntil(async () => String(JSON.stringify(await stored(adapter, 'locked'))).includes('"id":"a","x":6'));
    dashboard = await open();
    expect(rects(dashboard), 'the reload shows what the user left').to.deep.equal(arranged);
  });

  it('writes once per committed gesture, never per pointer step', async () => {
    const adapter = new MemoryAdapter();
    let writes = 0;
    const write = adapter.write.bind(adapter);
    adapter.write = (...args) => {
      writes++;
      return write(...args);
    };
    const dashboard = await dashboardAt(createPreferences({ adapter }), 1200);
    await keyboardMove(dashboard, 'a', ['ArrowRight', 'ArrowRight', 'ArrowDown', 'Shift+ArrowRight']);
    await waitUntil(async () => (await stored(adapter)) !== undefined);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(writes).to.equal(1);
  });

  it('keeps removed widgets removed after a reload', async () => {
    const adapter = new MemoryAdapter();
    let dashboard = await dashboardAt(createPreferences({ adapter }), 1200);
    item(dashboard, 'b').focus();
    await sendKeys({ press: 'Delete' });
    await waitUntil(async () => JSON.stringify((await stored(adapter)) ?? '').includes('removed'));
    dashboard = await dashboardAt(createPreferences({ adapter }), 1200);
    expect(item(dashboard, 'b').hidden).to.equal(true);
    expect(dashboard.layout.map((e) => e.id)).to.deep.equal(['a', 'c']);
  });

  it('a corrupt stored layout is sanitized, reported, and left untouched until the user changes something', async () => {
    const adapter = new MemoryAdapter();
    const corrupt = {
      layouts: {
        '12': [
          { id: 'a', x: 0, y: 0, w: 4, h: 2 },
          { id: 'b', x: 1, y: 1, w: 4, h: 2 },
          { id: 'c', x: 'NaN', y: -3, w: 9999, h: 2 },
          { id: 'a', x: 6, y: 6, w: 1, h: 1 },
        ],
      },
      widgets: [],
      removed: [],
    };
    await adapter.write('home', { version: 1, user: corrupt, updatedAt: Date.now() });
    const errors: TkLayoutErrorDetail[] = [];
    const reasons: string[] = [];
    const listener = (event: Event): void => void errors.push((event as CustomEvent<TkLayoutErrorDetail>).detail);
    const changes = (event: Event): void => void reasons.push((event as CustomEvent<{ reason: string }>).detail.reason);
    document.addEventListener('tk-layout-error', listener);
    document.addEventListener('tk-layout-change', changes);
    try {
      const dashboard = await dashboardAt(createPreferences({ adapter }), 1200);
      const layout = dashboard.layout;
      expect(layout.map((e) => e.id).sort()).to.deep.equal(['a', 'b', 'c']);
      for (const one of layout) {
        for (const other of layout) {
          if (one === other) continue;
          const overlap =
            one.x < other.x + other.w &&
            other.x < one.x + one.w &&
            one.y < other.y + other.h &&
            other.y < one.y + one.h;
          expect(overlap, `${one.id} overlaps ${other.id}`).to.equal(false);
        }
        expect(one.x + one.w).to.be.at.most(12);
      }
      const stored12 = errors.find((e) => e.source === 'stored');
      expect(stored12, 'a tk-layout-error for the stored layout').to.exist;
      expect(stored12!.problems.map((p) => p.code)).to.include.members(['overlap', 'duplicate-id']);
      expect(reasons).to.include('sanitize');
      expect(await stored(adapter)).to.deep.equal(corrupt);
    } finally {
      document.removeEventListener('tk-layout-error', listener);
      document.removeEventListener('tk-layout-change', changes);
    }
  });

  it('a stored document of the wrong shape falls back to the default layout', async () => {
    const adapter = new MemoryAdapter();
    await adapter.write('home', { version: 1, user: { layouts: 'nope', widgets: 5, removed: [1, 2] }, updatedAt: 1 });
    const dashboard = await dashboardAt(createPreferences({ adapter }), 1200);
    expect(rects(dashboard)).to.deep.equal(['a:0,0,4,2', 'b:4,0,4,2', 'c:8,0,4,2']);
  });
});

describe('tk-dashboard personalized defaults', () => {
  const chart = (title: string): TkDashboardItemType => ({
    type: title.toLowerCase(),
    title,
    description: `${title} widget`,
    w: 4,
    h: 2,
    create: () => {
      const p = document.createElement('p');
      p.textContent = title;
      return p;
    },
  });
  const catalog = [chart('Pipeline'), chart('Quota'), chart('Forecast')];

  function provider(version: 1 | 2): DefaultsProvider {
    return (key, context) => {
      if (key !== 'sales-home' || context['role'] !== 'sales') return undefined;
      const widgets: DashboardPreferences['widgets'] = [
        { id: 'pipeline', type: 'pipeline' },
        { id: 'quota', type: 'quota' },
      ];
      const layout = [
        { id: 'pipeline', x: 0, y: 0, w: 6, h: 2 },
        { id: 'quota', x: 6, y: 0, w: 6, h: 2 },
      ];
      if (version === 2) {
        widgets.push({ id: 'forecast', type: 'forecast' });
        layout.push({ id: 'forecast', x: 0, y: 0, w: 6, h: 2 });
      }
      return { value: { layouts: { '12': layout }, widgets }, reason: 'Suggested for the Sales role' };
    };
  }

  async function salesDashboard(store: Preferences): Promise<TkDashboard> {
    const dashboard = await mount(
      html`<tk-dashboard editable persist-key="sales-home" .preferences=${store} .catalog=${catalog}></tk-dashboard>`,
    );
    await ready(dashboard);
    await Promise.all([...dashboard.querySelectorAll('tk-dashboard-item')].map((el) => el.updateComplete));
    return dashboard;
  }

  it('shows the suggested layout with its reason, and resets to it', async () => {
    const adapter = new MemoryAdapter();
    const store = createPreferences({ adapter, defaults: provider(1), context: { role: 'sales' } });
    const dashboard = await salesDashboard(store);
    expect(rects(dashboard)).to.deep.equal(['pipeline:0,0,6,2', 'quota:6,0,6,2']);
    const reason = dashboard.shadowRoot!.querySelector('[part="reason"]')!;
    expect(reason.textContent).to.equal('Suggested for the Sales role');
    expect(dashboard.shadowRoot!.querySelector('[part="reset-button"]')).to.equal(null);

    await keyboardMove(dashboard, 'quota', Array(6).fill('ArrowLeft'));
    expect(rects(dashboard)).to.deep.equal(['pipeline:0,2,6,2', 'quota:0,0,6,2']);
    await dashboard.updateComplete;
    const reset = dashboard.shadowRoot!.querySelector<HTMLButtonElement>('[part="reset-button"]')!;
    expect(reset.textContent.trim()).to.equal('Reset to suggested (Sales role)');
    expect(dashboard.shadowRoot!.querySelector('[part="reason"]')!.textContent).to.equal('Your own layout');
    const changes = recordChanges(dashboard);
    reset.click();
    expect(rects(dashboard)).to.deep.equal(['pipeline:0,0,6,2', 'quota:6,0,6,2']);
    expect(changes.map((c) => c.reason)).to.deep.equal(['reset']);
    await waitUntil(async () => (await stored(adapter, 'sales-home')) === undefined);
    await dashboard.undo();
    expect(rects(dashboard)).to.deep.equal(['pipeline:0,2,6,2', 'quota:0,0,6,2']);
  });

  it('a newer default adds its widget in a free slot without moving the user’s, and removed widgets stay removed', async () => {
    const adapter = new MemoryAdapter();
    let dashboard = await salesDashboard(
      createPreferences({ adapter, defaults: provider(1), context: { role: 'sales' } }),
    );
    await keyboardMove(dashboard, 'quota', Array(6).fill('ArrowLeft'));
    const mine = rects(dashboard);
    expect(mine).to.deep.equal(['pipeline:0,2,6,2', 'quota:0,0,6,2'].sort());
    await waitUntil(async () => (await stored(adapter, 'sales-home')) !== undefined);

    dashboard = await salesDashboard(createPreferences({ adapter, defaults: provider(2), context: { role: 'sales' } }));
    const now = rects(dashboard);
    for (const rect of mine) expect(now, 'the user’s widgets stay where they put them').to.include(rect);
    const forecast = now.find((r) => r.startsWith('forecast:'));
    expect(forecast, 'the new widget appears').to.exist;
    expect(forecast).to.equal('forecast:6,0,6,2');

    item(dashboard, 'quota').focus();
    await sendKeys({ press: 'Delete' });
    await waitUntil(async () => JSON.stringify(await stored(adapter, 'sales-home')).includes('quota'));
    dashboard = await salesDashboard(createPreferences({ adapter, defaults: provider(2), context: { role: 'sales' } }));
    expect(dashboard.layout.map((e) => e.id).sort()).to.deep.equal(['forecast', 'pipeline']);
  });

  it('changing the role re-resolves the suggestion without touching a user who customized', async () => {
    const adapter = new MemoryAdapter();
    const store = createPreferences({ adapter, defaults: provider(1), context: { role: 'support' } });
    const dashboard = await salesDashboard(store);
    expect(dashboard.layout).to.deep.equal([]);
    expect(dashboard.shadowRoot!.querySelector('[part="empty"]')).to.exist;
    await store.setContext({ role: 'sales' });
    await waitUntil(() => dashboard.layout.length === 2);
    expect(dashboard.shadowRoot!.querySelector('[part="reason"]')!.textContent).to.equal(
      'Suggested for the Sales role',
    );
  });
});
