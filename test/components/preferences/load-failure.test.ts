// The preferences engine cannot be fetched (offline, a deploy in progress): a component that
// persists on its own shows its defaults as degraded, refuses changes as unavailable and reports
// tk-preferences-error once. The test server fails this page's requests for the path in the
// `tk-test-fail` cookie (web-test-runner.config.mjs).
import { expect, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { TkPreferencesErrorDetail } from '../../../src/base/preferences/index.js';
import { shown } from './probe.js';

describe('PersistController when the preferences engine cannot be loaded', () => {
  after(() => {
    document.cookie = 'tk-test-fail=; path=/; max-age=0';
  });

  it('shows the defaults as degraded, refuses changes as unavailable and reports it', async () => {
    document.cookie = `tk-test-fail=${encodeURIComponent('/src/base/preferences/engine')}; path=/`;
    const probe = document.createElement('prefs-probe');
    probe.persistKey = 'offline-probe';
    const reported = oneEvent(probe, 'tk-preferences-error');
    document.body.append(probe);
    const early = probe.persist.set({ color: 'red', x: 1 });
    const { detail } = (await reported) as CustomEvent<TkPreferencesErrorDetail>;
    expect(detail.error.code).to.equal('unavailable');
    expect(detail.error.message).to.contain('preferences engine could not be loaded');
    expect(await early).to.include({ status: 'unavailable' });
    expect(await probe.persist.set({ color: 'green', x: 2 })).to.include({ status: 'unavailable' });
    expect(probe.persist.status).to.equal('degraded');
    expect(probe.persist.value).to.deep.equal({ color: 'blue', x: 0 });
    await waitUntil(() => shown(probe) === 'blue at 0, degraded', `shows the defaults: ${shown(probe)}`);
    let rejected: unknown;
    await probe.persist.ready.catch((error: unknown) => (rejected = error));
    expect(rejected).to.equal(detail.error);
    probe.remove();
  });
});
