// The second tab of test/core/prefs/two-tabs.test.ts: a real page of the same browser context that
// edits field `y` of the same document whenever the test page says `round`.
import { createPreferences, LocalStorageAdapter } from '../../../../src/core/prefs/index.js';

const params = new URLSearchParams(location.search);
const channel = new BroadcastChannel(params.get('channel')!);
const prefs = createPreferences({ adapter: new LocalStorageAdapter({ namespace: params.get('namespace')! }) });
const doc = prefs.open('panel', { defaults: { x: 0, y: 0 } });

channel.onmessage = async (event: MessageEvent<{ round: number }>) => {
  const { round } = event.data;
  const result = await doc.set({ ...doc.value, y: round });
  channel.postMessage({ done: round, status: result.status });
};
await doc.ready;
channel.postMessage({ ready: true });
