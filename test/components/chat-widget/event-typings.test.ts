import { expect } from '@open-wc/testing';
import '../../../src/components/chat-widget/define.js';
import '../../../src/components/chat-window/define.js';
import '../../../src/components/chat-designer/define.js';

// The events' types come from TkEventDetailMap alone (GlobalEventHandlersEventMap is derived from it):
// `npm run typecheck` compiles this file, so a detail field that is not declared fails the build.
describe('chat events are typed from TkEventDetailMap', () => {
  it('types every chat event on addEventListener', () => {
    const target = document.createElement('div');
    const seen: unknown[] = [];
    target.addEventListener('tk-chat-open-change', (event) => seen.push(event.detail.open, event.detail.reason));
    target.addEventListener('tk-chat-error', (event) => seen.push(event.detail.kind));
    target.addEventListener('tk-chat-incoming', (event) => seen.push(event.detail.message.text));
    target.addEventListener('tk-chat-send', (event) => seen.push(event.detail.clientId, event.detail.files.length));
    target.addEventListener('tk-chat-prechat-submit', (event) => seen.push(event.detail.values.email));
    target.addEventListener('tk-chat-settings-change', (event) => seen.push(typeof event.detail.settings));
    // @ts-expect-error a send has no `html`
    target.addEventListener('tk-chat-send', (event) => void event.detail.html);
    const fire = (name: string, detail: unknown) => target.dispatchEvent(new CustomEvent(name, { detail }));
    fire('tk-chat-open-change', { open: true, reason: 'launcher' });
    fire('tk-chat-error', { kind: 'send', message: 'offline' });
    fire('tk-chat-incoming', { message: { text: 'Hi' } });
    fire('tk-chat-send', { clientId: 'c1', text: 'Yo', files: [] });
    fire('tk-chat-prechat-submit', { values: { email: 'a@b.c' } });
    fire('tk-chat-settings-change', { settings: {} });
    expect(seen).to.deep.equal([true, 'launcher', 'send', 'Hi', 'c1', 0, 'a@b.c', 'object']);
  });
});
