import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { LitElement, type TemplateResult } from 'lit';
import '../../../src/components/preferences/define.js';
import type { TkPreferences } from '../../../src/components/preferences/index.js';
import { ruleDefaults } from '../../../src/core/personalize/index.js';
import {
  createPreferences,
  LocalStorageAdapter,
  MemoryAdapter,
  type Preferences,
  type PreferencesError,
} from '../../../src/core/prefs/index.js';
import { CountingAdapter, unique } from '../../core/prefs/helpers.js';
import { shown, type PrefsProbe } from './probe.js';

const rules = ruleDefaults([
  { when: { role: 'sales' }, reason: 'Suggested for the Sales role', values: { swatch: { color: 'green' } } },
  { when: { role: 'hr' }, reason: 'Suggested for HR', values: { swatch: { color: 'purple' } } },
]);

/** Puts a probe in the shadow root of another element, to cross a shadow boundary. */
class ShadowWrapper extends LitElement {
  override render(): TemplateResult {
    return html`<prefs-probe persist-key="swatch"></prefs-probe>`;
  }
}
customElements.define('prefs-shadow-wrapper', ShadowWrapper);

declare global {
  interface HTMLElementTagNameMap {
    'prefs-shadow-wrapper': ShadowWrapper;
  }
}

async function settled(probe: PrefsProbe): Promise<void> {
  await probe.persist.ready;
  await probe.updateComplete;
}

describe('<tk-preferences>', () => {
  afterEach(async () => {
    await resetMouse();
    for (const key of Object.keys(localStorage))
      if (key.startsWith('tk-el') || key === 'tailorkit:probe-embedded') localStorage.removeItem(key);
  });

  it('provides its store to a nested component, which shows and follows the document', async () => {
    const prefs = createPreferences({ adapter: new MemoryAdapter() });
    const el = await fixture<TkPreferences>(html`
      <tk-preferences .preferences=${prefs}>
        <section><prefs-probe persist-key="swatch"></prefs-probe></section>
      </tk-preferences>
    `);
    const probe = el.querySelector('prefs-probe')!;
    await settled(probe);
    expect(shown(probe)).to.equal('blue at 0, ready');
    const doc = prefs.open('swatch', { defaults: { color: 'blue', x: 0 } });
    expect(probe.persist.document).to.equal(doc);
    await doc.set({ color: 'red', x: 0 });
    await probe.updateComplete;
    expect(shown(probe)).to.equal('red at 0, ready');
    await prefs.dispose();
  });

  it('reaches components inside shadow roots', async () => {
    const prefs = createPreferences({ adapter: new MemoryAdapter(), defaults: rules, context: { role: 'sales' } });
    const el = await fixture<TkPreferences>(html`
      <tk-preferences .preferences=${prefs}><prefs-shadow-wrapper></prefs-shadow-wrapper></tk-preferences>
    `);
    const wrapper = el.querySelector('prefs-shadow-wrapper')!;
    await wrapper.updateComplete;
    const probe = wrapper.shadowRoot!.querySelector('prefs-probe')!;
    await settled(probe);
    expect(shown(probe)).to.equal('green at 0, ready');
    expect(probe.persist.layers.reason).to.equal('Suggested for the Sales role');
    await prefs.dispose();
  });

  it('builds a store from adapter, defaults and context, and re-resolves when the context changes', async () => {
    const adapter = new MemoryAdapter();
    const el = await fixture<TkPreferences>(html`
      <tk-preferences .adapter=${adapter} .defaults=${rules} .context=${{ role: 'sales' }}>
        <prefs-probe persist-key="swatch"></prefs-probe>
      </tk-preferences>
    `);
    const probe = el.querySelector('prefs-probe')!;
    await settled(probe);
    expect(shown(probe)).to.equal('green at 0, ready');
    expect(el.store.adapter).to.equal(adapter);

    await probe.persist.set({ ...probe.persist.value, x: 40 });
    el.context = { role: 'hr' };
    await waitUntil(() => shown(probe) === 'purple at 40, ready', 'the new context did not reach the component');
    expect(probe.persist.layers.user).to.deep.equal({ x: 40 });
  });

  it('replacing the store rebinds the components inside', async () => {
    const first = createPreferences({ adapter: new MemoryAdapter() });
    const second = createPreferences({ adapter: new MemoryAdapter(), defaults: rules, context: { role: 'hr' } });
    const el = await fixture<TkPreferences>(html`
      <tk-preferences .preferences=${first}><prefs-probe persist-key="swatch"></prefs-probe></tk-preferences>
    `);
    const probe = el.querySelector('prefs-probe')!;
    await settled(probe);
    el.preferences = second;
    await el.updateComplete;
    await settled(probe);
    expect(shown(probe)).to.equal('purple at 0, ready');
    await Promise.all([first.dispose(), second.dispose()]);
  });

  it("a component's own preferences property wins over the enclosing provider", async () => {
    const outer = createPreferences({ adapter: new MemoryAdapter() });
    const own = createPreferences({ adapter: new MemoryAdapter(), defaults: rules, context: { role: 'sales' } });
    const el = await fixture<TkPreferences>(html`
      <tk-preferences .preferences=${outer}>
        <prefs-probe persist-key="swatch" .preferences=${own}></prefs-probe>
      </tk-preferences>
    `);
    const probe = el.querySelector('prefs-probe')!;
    await settled(probe);
    expect(shown(probe)).to.equal('green at 0, ready');
    await Promise.all([outer.dispose(), own.dispose()]);
  });

  it('lays out as if it were not there and passes an accessibility audit', async () => {
    const el = await fixture<TkPreferences>(html`
      <tk-preferences .adapter=${new MemoryAdapter()}><prefs-probe persist-key="swatch"></prefs-probe></tk-preferences>
    `);
    expect(getComputedStyle(el).display).to.equal('contents');
    await expect(el).to.be.accessible();
  });

  it('rule 1: a component over corrupt storage shows defaults, says degraded, and fires tk-preferences-error', async () => {
    const namespace = unique('tk-el');
    localStorage.setItem(`${namespace}:swatch`, '{"version":1,"user":');
    const errors: PreferencesError[] = [];
    const onError = (event: CustomEvent<{ error: PreferencesError }>): void => void errors.push(event.detail.error);
    document.addEventListener('tk-preferences-error', onError);
    try {
      const el = await fixture<TkPreferences>(html`
        <tk-preferences .adapter=${new LocalStorageAdapter({ namespace })}>
          <prefs-probe persist-key="swatch"></prefs-probe>
        </tk-preferences>
      `);
      const probe = el.querySelector('prefs-probe')!;
      await settled(probe);
      expect(shown(probe)).to.equal('blue at 0, degraded');
      expect(errors.map((error) => error.code)).to.deep.equal(['corrupt']);
      expect(localStorage.getItem(`${namespace}:swatch`)).to.equal('{"version":1,"user":');
    } finally {
      document.removeEventListener('tk-preferences-error', onError);
    }
  });

  it('rule 9: dragging the knob stages every move and writes once, on release', async () => {
    const adapter = new CountingAdapter(new MemoryAdapter());
    const el = await fixture<TkPreferences>(html`
      <tk-preferences .adapter=${adapter}><prefs-probe persist-key="swatch"></prefs-probe></tk-preferences>
    `);
    const probe = el.querySelector('prefs-probe')!;
    await settled(probe);
    const track = probe.shadowRoot!.querySelector('.track')!.getBoundingClientRect();
    const y = Math.round(track.top + track.height / 2);
    const left = Math.round(track.left);
    await sendMouse({ type: 'move', position: [left + 5, y] });
    await sendMouse({ type: 'down' });
    for (let step = 1; step <= 60; step++) await sendMouse({ type: 'move', position: [left + 5 + step * 4, y] });
    await probe.updateComplete;
    expect(shown(probe)).to.equal('blue at 245, ready');
    expect(adapter.writes).to.equal(0);
    await sendMouse({ type: 'up' });
    await waitUntil(() => adapter.writes === 1, 'the drag was not written');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(adapter.writes).to.equal(1);
    expect(adapter.written[0].user).to.deep.equal({ x: 245 });
  });

  it('Escape during a drag puts the committed value back without writing', async () => {
    const adapter = new CountingAdapter(new MemoryAdapter());
    const el = await fixture<TkPreferences>(html`
      <tk-preferences .adapter=${adapter}><prefs-probe persist-key="swatch"></prefs-probe></tk-preferences>
    `);
    const probe = el.querySelector('prefs-probe')!;
    await settled(probe);
    const track = probe.shadowRoot!.querySelector<HTMLElement>('.track')!;
    const box = track.getBoundingClientRect();
    const y = Math.round(box.top + box.height / 2);
    await sendMouse({ type: 'move', position: [Math.round(box.left) + 5, y] });
    await sendMouse({ type: 'down' });
    await sendMouse({ type: 'move', position: [Math.round(box.left) + 120, y] });
    await probe.updateComplete;
    expect(shown(probe)).to.equal('blue at 120, ready');
    await sendKeys({ press: 'Escape' });
    await probe.updateComplete;
    expect(shown(probe)).to.equal('blue at 0, ready');
    expect(adapter.writes).to.equal(0);
  });
});

describe('PersistController without a provider', () => {
  afterEach(() => localStorage.removeItem('tailorkit:probe-embedded'));

  it('persists to localStorage (the embedded default) when the component has a persist-key', async () => {
    const probe = await fixture<PrefsProbe>(html`<prefs-probe persist-key="probe-embedded"></prefs-probe>`);
    await settled(probe);
    expect(await probe.persist.set({ color: 'teal', x: 3 })).to.deep.equal({ status: 'ok' });
    expect(JSON.parse(localStorage.getItem('tailorkit:probe-embedded')!).user).to.deep.equal({ color: 'teal', x: 3 });
  });

  it('keeps customizations in memory only when there is no persist-key', async () => {
    const before = localStorage.length;
    const probe = await fixture<PrefsProbe>(html`<prefs-probe></prefs-probe>`);
    await settled(probe);
    await probe.persist.set({ color: 'orange', x: 0 });
    await probe.updateComplete;
    expect(shown(probe)).to.equal('orange at 0, ready');
    expect(localStorage.length).to.equal(before);
  });

  it('a removed component stops listening to its document; put back, it follows it again', async () => {
    const prefs: Preferences = createPreferences({ adapter: new MemoryAdapter() });
    const probe = await fixture<PrefsProbe>(html`<prefs-probe persist-key="a" .preferences=${prefs}></prefs-probe>`);
    await settled(probe);
    const parent = probe.parentElement!;
    probe.remove();
    const away = probe.persist.document!.set({ color: 'red', x: 0 });
    expect(probe.isUpdatePending).to.equal(false);
    await away;
    parent.append(probe);
    await probe.updateComplete;
    expect(shown(probe)).to.equal('red at 0, ready');
    const back = probe.persist.document!.set({ color: 'green', x: 0 });
    expect(probe.isUpdatePending).to.equal(true);
    await back;
    await probe.updateComplete;
    expect(shown(probe)).to.equal('green at 0, ready');
    await prefs.dispose();
  });

  it('switches documents when persist-key changes', async () => {
    const prefs: Preferences = createPreferences({ adapter: new MemoryAdapter() });
    await prefs.open('b', { defaults: { color: 'blue', x: 0 } }).set({ color: 'black', x: 0 });
    const probe = await fixture<PrefsProbe>(html`<prefs-probe persist-key="a" .preferences=${prefs}></prefs-probe>`);
    await settled(probe);
    expect(shown(probe)).to.equal('blue at 0, ready');
    probe.persistKey = 'b';
    await probe.updateComplete;
    await settled(probe);
    expect(shown(probe)).to.equal('black at 0, ready');
    await prefs.dispose();
  });
});

describe('PersistController set(value, { when: "idle" })', () => {
  it('applies the newest of several changes once, in an idle moment or at flush, and a reset drops it', async () => {
    const adapter = new CountingAdapter(new MemoryAdapter());
    const prefs: Preferences = createPreferences({ adapter });
    const probe = await fixture<PrefsProbe>(html`<prefs-probe persist-key="idle" .preferences=${prefs}></prefs-probe>`);
    await settled(probe);
    const first = probe.persist.set({ color: 'red', x: 1 }, { when: 'idle' });
    const second = probe.persist.set({ color: 'red', x: 2 }, { when: 'idle' });
    expect(probe.persist.pending).to.equal(true);
    expect(probe.persist.value, 'nothing applied yet').to.deep.equal({ color: 'blue', x: 0 });
    expect(await second).to.deep.equal({ status: 'ok' });
    expect(await first, 'the replaced change hears how the write went').to.deep.equal({ status: 'ok' });
    expect(probe.persist.pending).to.equal(false);
    expect(probe.persist.value).to.deep.equal({ color: 'red', x: 2 });
    expect(adapter.writes, 'one write for both').to.equal(1);

    void probe.persist.set({ color: 'green', x: 2 }, { when: 'idle' });
    probe.persist.flush();
    expect(probe.persist.value, 'flush applies it at once').to.deep.equal({ color: 'green', x: 2 });

    void probe.persist.set({ color: 'black', x: 9 }, { when: 'idle' });
    await probe.persist.reset();
    expect(probe.persist.pending).to.equal(false);
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 200 }));
    expect(probe.persist.value, 'a reset supersedes the waiting change').to.deep.equal({ color: 'blue', x: 0 });
    await prefs.dispose();
  });
});
