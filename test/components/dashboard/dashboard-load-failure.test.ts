// Code loaded on first use that cannot be fetched (offline, a deploy in progress): the dashboard
// keeps its layout, tells the integrator (tk-load-error) and the user (live region), and
// updateComplete still resolves. The test server fails this page's requests for the paths in the
// `tk-test-fail` cookie (web-test-runner.config.mjs).
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { liveRegionText } from '../../../src/base/announcer.js';
import type { TkLoadErrorDetail, TkDashboardItemType } from '../../../src/components/dashboard/index.js';
import { item, mount, rects } from './helpers.js';

const failRequests = (prefix: string): void => {
  document.cookie = `tk-test-fail=${encodeURIComponent(prefix)}; path=/`;
};

const catalog: TkDashboardItemType[] = [{ type: 'kpi', title: 'Win rate', w: 3, h: 1, create: () => html`<b>42%</b>` }];

describe('tk-dashboard when code loaded on first use cannot be fetched', () => {
  const logged: string[] = [];
  const consoleError = console.error;
  before(() => {
    console.error = (...args: unknown[]) => void logged.push(String(args[0]));
  });
  after(() => {
    console.error = consoleError;
    document.cookie = 'tk-test-fail=; path=/; max-age=0';
  });

  it('keeps the layout, reports tk-load-error and says so when editing cannot be loaded', async () => {
    failRequests('/src/components/dashboard/editing');
    const errors: TkLoadErrorDetail[] = [];
    document.addEventListener('tk-load-error', (event) => errors.push(event.detail));
    const dashboard = await mount(
      html`<tk-dashboard editable>
        <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="2">A</tk-dashboard-item>
      </tk-dashboard>`,
    );
    // updateComplete resolved (mount awaited it) although the editing code failed to load.
    await waitUntil(() => errors.length > 0, 'tk-load-error is dispatched');
    expect(errors.map((detail) => detail.part)).to.deep.equal(['editing']);
    expect(logged).to.deep.equal(['[tailorkit] tk-dashboard: the editing code could not be loaded.']);
    expect(rects(dashboard)).to.deep.equal(['a:0,0,4,2']);
    item(dashboard, 'a').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(
      () => liveRegionText().includes('Editing could not be loaded'),
      `the user hears why nothing happens: ${liveRegionText()}`,
    );
    expect(item(dashboard, 'a').matches(':state(drag), :state(resize), :state(grab)')).to.equal(false);
  });

  it('says so when the catalog cannot be loaded', async () => {
    failRequests('/src/components/popover/');
    const dashboard = await mount(html`<tk-dashboard .catalog=${catalog}></tk-dashboard>`);
    const parts: string[] = [];
    dashboard.addEventListener('tk-load-error', (event) => parts.push(event.detail.part));
    dashboard.editable = true;
    // The browser keeps the failed import of the editing code from the first test for the page's
    // life, so this dashboard reports both.
    await waitUntil(() => parts.includes('catalog'), `tk-load-error for the catalog: ${parts.join()}`);
    // The edit toolbar comes with the editing code: without it there is no catalog button to press,
    // and the user hears why nothing can be edited.
    expect(dashboard.shadowRoot!.querySelector('[part~="catalog-button"]')).to.equal(null);
    await waitUntil(() => liveRegionText().includes('Editing could not be loaded'), 'announced');
    expect(customElements.get('tk-popover')).to.equal(undefined);
  });

  it('keeps the layout when the code that repairs an assigned layout cannot be loaded', async () => {
    failRequests('/src/components/dashboard/layout-on-use');
    const dashboard = await mount(
      html`<tk-dashboard>
        <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="2">A</tk-dashboard-item>
        <tk-dashboard-item item-id="b" heading="Pipeline" x="4" y="0" w="4" h="2">B</tk-dashboard-item>
      </tk-dashboard>`,
    );
    const parts: string[] = [];
    dashboard.addEventListener('tk-load-error', (event) => parts.push(event.detail.part));
    logged.length = 0;
    dashboard.layout = [
      { id: 'a', x: -3, y: 0, w: 4, h: 2 },
      { id: 'b', x: 0, y: 0, w: 4, h: 2 },
    ];
    // updateComplete resolves although the code it waited for could not be fetched.
    await dashboard.updateComplete;
    expect(parts).to.deep.equal(['layout']);
    expect(logged).to.deep.equal(['[tailorkit] tk-dashboard: the layout code could not be loaded.']);
    expect(rects(dashboard), 'the layout shown stays').to.deep.equal(['a:0,0,4,2', 'b:4,0,4,2']);
    await expect(dashboard).to.be.accessible();
  });
});
