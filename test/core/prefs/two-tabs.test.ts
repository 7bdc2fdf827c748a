// Two real tabs (two pages of one browser context, not frames of one page) on one localStorage,
// editing different fields of one document at the same moment, 100 times (issue 13, fault 7).
import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { executeServerCommand } from '@web/test-runner-commands';
import { createPreferences, LocalStorageAdapter } from '../../../src/core/prefs/index.js';
import { unique } from './helpers.js';

interface Message {
  ready?: boolean;
  done?: number;
  status?: string;
}

describe('two real tabs on localStorage (fault 7)', () => {
  after(() => executeServerCommand('tk-close-tabs'));

  it('100 rounds of simultaneous edits of different fields: no round loses an edit', async function () {
    this.timeout(120_000);
    const namespace = unique('tk-two-tabs');
    const name = unique('tk-two-tabs-channel');
    const channel = new BroadcastChannel(name);
    const messages: Message[] = [];
    channel.onmessage = (event: MessageEvent<Message>) => messages.push(event.data);
    const path = `${new URL('./tab/tab.html', import.meta.url).pathname}?namespace=${namespace}&channel=${name}`;
    await executeServerCommand('tk-open-tab', { path });
    await waitUntil(() => messages.some((message) => message.ready), 'the second tab did not start', {
      timeout: 10_000,
    });

    const prefs = createPreferences({ adapter: new LocalStorageAdapter({ namespace }) });
    const doc = await prefs.open('panel', { defaults: { x: 0, y: 0 } }).ready;
    const stored = (): { x?: number; y?: number } => {
      const raw = localStorage.getItem(`${namespace}:panel`);
      return raw ? ((JSON.parse(raw) as { user: { x?: number; y?: number } }).user ?? {}) : {};
    };
    const lost: number[] = [];
    for (let round = 1; round <= 100; round++) {
      channel.postMessage({ round });
      const mine = await doc.set({ ...doc.value, x: round });
      expect(mine.status).to.equal('ok');
      await waitUntil(() => messages.some((message) => message.done === round), `round ${round}: no answer`, {
        timeout: 10_000,
      });
      expect(messages.find((message) => message.done === round)?.status).to.equal('ok');
      try {
        await waitUntil(() => stored().x === round && stored().y === round, '', { timeout: 1000, interval: 5 });
      } catch {
        lost.push(round);
      }
    }
    expect(lost, `rounds that lost an edit: ${JSON.stringify(stored())}`).to.deep.equal([]);
    expect(doc.value).to.deep.equal({ x: 100, y: 100 });

    // The other tab closes (it may have been the one doing the writes): this one takes over.
    await executeServerCommand('tk-close-tabs');
    expect((await doc.set({ x: 101, y: 100 })).status).to.equal('ok');
    expect(stored()).to.deep.equal({ x: 101, y: 100 });
    channel.close();
    await prefs.dispose();
    for (const key of Object.keys(localStorage)) if (key.startsWith(namespace)) localStorage.removeItem(key);
  });
});
