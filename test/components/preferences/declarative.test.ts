// <tk-preferences> set up from attributes alone, as a page in plain HTML does it: markup is written
// with innerHTML (no Lit bindings), the user moves a widget with the keyboard, and the page is
// "reloaded" by replacing the markup.
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/preferences/define.js';
import '../../../src/components/dashboard/define.js';
import type { TkConfigErrorDetail } from '../../../src/base/config-error.js';
import type { TkDashboard } from '../../../src/components/dashboard/index.js';
import type { TkPreferences } from '../../../src/components/preferences/index.js';
import { unique } from '../../core/prefs/helpers.js';
import { shown } from './probe.js';
import './probe.js';

const SERVER = (window as unknown as { __TK_TEST__?: { prefsServer?: string } }).__TK_TEST__?.prefsServer ?? '';

const DASHBOARD = `
  <tk-dashboard editable persist-key="home" style="width: 1200px; --tk-dashboard-gap: 0px">
    <tk-dashboard-item item-id="revenue" heading="Revenue" x="0" y="0" w="4" h="2">Revenue</tk-dashboard-item>
    <tk-dashboard-item item-id="pipeline" heading="Pipeline" x="4" y="0" w="4" h="2">Pipeline</tk-dashboard-item>
  </tk-dashboard>`;

const SALES_RULES = JSON.stringify([
  { when: { role: 'sales' }, reason: 'Suggested for the Sales role', values: { swatch: { color: 'green' } } },
  { when: { role: 'hr' }, reason: 'Suggested for HR', values: { swatch: { color: 'purple' } } },
]);

let host: HTMLElement | undefined;

/** Puts markup in the page as a server would send it, and waits until the elements are upgraded. */
async function page(markup: string): Promise<TkPreferences> {
  host?.remove();
  host = document.createElement('div');
  host.innerHTML = markup;
  document.body.append(host);
  const provider = host.querySelector('tk-preferences')!;
  await provider.updateComplete;
  return provider;
}

async function dashboardIn(provider: TkPreferences): Promise<TkDashboard> {
  const dashboard = provider.querySelector('tk-dashboard')!;
  const grid = (): Element | null | undefined => dashboard.shadowRoot?.querySelector('[part="grid"]');
  await waitUntil(() => grid()?.getAttribute('aria-busy') === 'false', 'the dashboard did not finish loading');
  await dashboard.updateComplete;
  return dashboard;
}

/** Pipeline two columns to the right, with the keyboard. */
async function movePipeline(dashboard: TkDashboard): Promise<void> {
  dashboard.querySelector<HTMLElement>('[item-id="pipeline"]')!.focus();
  for (const key of ['Enter', 'ArrowRight', 'ArrowRight', 'Enter']) await sendKeys({ press: key });
}

/** The stored user layer with Pipeline at column 6, whether stored as an added entry or as an edit. */
const MOVED = /"id":"pipeline","x":6|"pipeline":\{"x":6/;

const pipelineX = (dashboard: TkDashboard): number | undefined =>
  dashboard.layout.find((entry) => entry.id === 'pipeline')?.x;

/** Collects tk-config-error events and silences the console.error that goes with each. */
function configErrors(): { details: TkConfigErrorDetail[]; logged: string[]; stop(): void } {
  const details: TkConfigErrorDetail[] = [];
  const logged: string[] = [];
  const original = console.error;
  console.error = (...args: unknown[]) => void logged.push(args.join(' '));
  const listener = (event: CustomEvent<TkConfigErrorDetail>): void => void details.push(event.detail);
  document.addEventListener('tk-config-error', listener);
  return {
    details,
    logged,
    stop() {
      console.error = original;
      document.removeEventListener('tk-config-error', listener);
    },
  };
}

describe('<tk-preferences> from attributes (plain HTML)', () => {
  before(() => setViewport({ width: 1400, height: 900 }));
  afterEach(() => {
    host?.remove();
    host = undefined;
  });

  it('adapter="local" namespace="…" keeps a keyboard move across a reload, under the namespace', async () => {
    const namespace = unique('tk-html');
    const markup = `<tk-preferences adapter="local" namespace="${namespace}">${DASHBOARD}</tk-preferences>`;
    const dashboard = await dashboardIn(await page(markup));
    expect(pipelineX(dashboard)).to.equal(4);
    await movePipeline(dashboard);
    await waitUntil(() => localStorage.getItem(`${namespace}:home`) !== null, 'nothing was stored under the namespace');
    expect(localStorage.getItem(`${namespace}:home`)).to.match(MOVED);
    expect(localStorage.getItem('tailorkit:home')).to.equal(null);

    const reloaded = await dashboardIn(await page(markup));
    expect(pipelineX(reloaded)).to.equal(6);
    localStorage.removeItem(`${namespace}:home`);
    await expect(reloaded.closest('tk-preferences')).to.be.accessible();
  });

  it('adapter="http" endpoint="…" stores on the server, and a reload reads it back', async () => {
    expect(SERVER, 'window.__TK_TEST__.prefsServer (started by web-test-runner.config.mjs)').to.match(/^http:/);
    // A real page is signed in by a session cookie; the reference server knows users by a bearer token.
    const user = unique('user');
    const original = window.fetch.bind(window);
    const signedIn = (input: RequestInfo | URL, init: RequestInit = {}): Promise<Response> =>
      original(input, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), Authorization: `Bearer ${user}` },
      });
    window.fetch = signedIn;
    try {
      const key = unique('home');
      const markup = `<tk-preferences adapter="http" endpoint="${SERVER}">${DASHBOARD.replace('"home"', `"${key}"`)}</tk-preferences>`;
      const dashboard = await dashboardIn(await page(markup));
      await movePipeline(dashboard);
      const url = `${SERVER}/documents/${key}`;
      await waitUntil(async () => (await signedIn(url)).ok, 'the server never received the layout', { timeout: 5000 });
      expect(await (await signedIn(url)).text()).to.match(MOVED);

      const reloaded = await dashboardIn(await page(markup));
      expect(pipelineX(reloaded)).to.equal(6);
      expect(reloaded.closest('tk-preferences')!.store.adapter.kind).to.equal('http');
    } finally {
      window.fetch = original;
    }
  });

  it('changing namespace or adapter later moves the components to a new store; the old one keeps its data', async () => {
    const [first, second] = [unique('tk-html'), unique('tk-html')];
    const provider = await page(`<tk-preferences adapter="local" namespace="${first}">${DASHBOARD}</tk-preferences>`);
    const dashboard = await dashboardIn(provider);
    await movePipeline(dashboard);
    await waitUntil(() => localStorage.getItem(`${first}:home`) !== null, 'the first namespace was not written');

    provider.setAttribute('namespace', second);
    await provider.updateComplete;
    await waitUntil(() => pipelineX(dashboard) === 4, 'the dashboard did not switch to the empty namespace');
    expect((provider.store.adapter as { namespace?: string }).namespace).to.equal(second);
    expect(localStorage.getItem(`${first}:home`)).to.match(MOVED);

    provider.setAttribute('adapter', 'memory');
    await provider.updateComplete;
    expect(provider.store.adapter.kind).to.equal('memory');
    for (const namespace of [first, second]) localStorage.removeItem(`${namespace}:home`);
  });

  it('an endpoint alone means http', async () => {
    const provider = await page(`<tk-preferences endpoint="${SERVER}"></tk-preferences>`);
    expect(provider.store.adapter.kind).to.equal('http');
  });

  it('takes the context from data-* attributes, follows their changes, and rules from JSON', async () => {
    const provider = await page(`
      <tk-preferences adapter="memory" data-role="sales" data-user-id="u42" rules='${SALES_RULES}'>
        <prefs-probe persist-key="swatch"></prefs-probe>
      </tk-preferences>`);
    const probe = provider.querySelector('prefs-probe')!;
    await waitUntil(() => shown(probe) === 'green at 0, ready', 'the sales rule did not apply');
    expect(provider.store.context).to.deep.equal({ role: 'sales', userId: 'u42' });
    expect(probe.persist.layers.reason).to.equal('Suggested for the Sales role');

    provider.dataset.role = 'hr';
    await waitUntil(() => shown(probe) === 'purple at 0, ready', 'a changed data-role did not re-resolve');
  });

  it('a context JSON attribute goes over the data-* attributes', async () => {
    const provider = await page(`
      <tk-preferences adapter="memory" data-role="hr" data-locale="de-CH" context='{"role":"sales","interests":["reporting"]}' rules='${SALES_RULES}'>
        <prefs-probe persist-key="swatch"></prefs-probe>
      </tk-preferences>`);
    const probe = provider.querySelector('prefs-probe')!;
    await waitUntil(() => shown(probe) === 'green at 0, ready', 'the context attribute did not win');
    expect(provider.store.context).to.deep.equal({ role: 'sales', locale: 'de-CH', interests: ['reporting'] });
  });

  describe('values it cannot use are reported, and nothing goes to storage the page did not ask for', () => {
    let errors: ReturnType<typeof configErrors>;
    beforeEach(() => (errors = configErrors()));
    afterEach(() => errors.stop());

    it('an unknown adapter: tk-config-error and the console say so; customizations stay in memory', async () => {
      const namespace = unique('tk-html');
      const provider = await page(
        `<tk-preferences adapter="locl" namespace="${namespace}">${DASHBOARD}</tk-preferences>`,
      );
      const dashboard = await dashboardIn(provider);
      expect(errors.details).to.have.length(1);
      expect(errors.details[0].attribute).to.equal('adapter');
      expect(errors.details[0].message).to.include('adapter="locl" is not one of local, indexeddb, http, memory');
      expect(errors.logged[0]).to.include('<tk-preferences> adapter="locl"');
      expect(provider.store.adapter.kind).to.equal('memory');
      await movePipeline(dashboard);
      expect(pipelineX(dashboard)).to.equal(6);
      expect(Object.keys(localStorage).filter((key) => key.startsWith(namespace))).to.deep.equal([]);
    });

    it('adapter="http" without an endpoint, and with a javascript: endpoint', async () => {
      let provider = await page(`<tk-preferences adapter="http"></tk-preferences>`);
      expect(provider.store.adapter.kind).to.equal('memory');
      provider = await page(`<tk-preferences adapter="http" endpoint="javascript:alert(1)"></tk-preferences>`);
      expect(provider.store.adapter.kind).to.equal('memory');
      expect(errors.details.map((d) => [d.attribute, d.value])).to.deep.equal([
        ['endpoint', ''],
        ['endpoint', 'javascript:alert(1)'],
      ]);
      expect(errors.details[1].message).to.include('is not an http(s) URL');
    });

    it('context and rules that are not JSON, or the wrong JSON, are reported once and left out', async () => {
      const provider = await page(`
        <tk-preferences adapter="memory" data-role="hr" context="{role: sales}" rules='${SALES_RULES}'>
          <prefs-probe persist-key="swatch"></prefs-probe>
        </tk-preferences>`);
      const probe = provider.querySelector('prefs-probe')!;
      await waitUntil(() => shown(probe) === 'purple at 0, ready', 'the data-* context was not used');
      provider.requestUpdate();
      await provider.updateComplete;
      expect(errors.details.map((d) => d.attribute)).to.deep.equal(['context']);
      expect(errors.details[0].message).to.match(/^context is not JSON/);

      provider.setAttribute('context', '["sales"]');
      provider.setAttribute('rules', '{"role":"sales"}');
      await provider.updateComplete;
      await waitUntil(() => shown(probe) === 'blue at 0, ready', 'rules that are not a list still applied');
      expect(errors.details.map((d) => d.attribute).sort()).to.deep.equal(['context', 'context', 'rules']);
      provider.setAttribute('rules', '[{"when":{"role":"sales"}}]');
      await provider.updateComplete;
      expect(errors.details.at(-1)!.message).to.match(/^rules are not valid/);
    });

    it('hostile attribute values are reported as text, never as markup', async () => {
      const hostile = '<img src=x onerror="window.__tkPwned=1">';
      const provider = await page(`<tk-preferences adapter='${hostile}'></tk-preferences>`);
      expect(provider.getAttribute('adapter')).to.equal(hostile);
      expect(errors.details[0].value).to.equal(hostile);
      expect(errors.details[0].message).to.include(hostile);
      expect(document.querySelector('img')).to.equal(null);
      expect((window as { __tkPwned?: number }).__tkPwned).to.equal(undefined);
    });
  });
});
