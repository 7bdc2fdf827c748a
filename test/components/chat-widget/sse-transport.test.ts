import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { createSseTransport, type ChatMessage } from '../../../src/index.js';
import { bubbles, inWindow, mount, opened } from './helpers.js';

declare global {
  interface Window {
    __TK_TEST__: { chatServer?: string };
  }
}

const server = (): string => window.__TK_TEST__.chatServer!;

describe('createSseTransport against the reference chat endpoint (server/chat.mjs)', () => {
  it('sends, receives statuses, typing and the answer over SSE, and pages through history', async () => {
    const conversation = `c${Date.now()}`;
    const widget = await mount(html`<tk-chat-widget></tk-chat-widget>`);
    widget.transport = createSseTransport({ url: `${server()}/chat/${conversation}`, pageSize: 1 });
    widget.open = true;
    const window = await opened(widget);
    await waitUntil(() => !inWindow(widget, '[part="status"]:not([hidden])'), 'online');
    window.send('Hello over the network');
    await waitUntil(() => bubbles(widget).length === 2, 'the endpoint answers', { timeout: 5000 });
    expect(bubbles(widget)).to.deep.equal(['Hello over the network', 'You said: Hello over the network']);
    await waitUntil(() => inWindow(widget, '.row[data-status="read"]'), 'the message is read');
    const [mine] = window.conversation;
    expect(mine.id).to.match(/^m\d+$/);
    expect(mine.clientId).to.be.a('string');

    // Idempotent by clientId, over the network too.
    const transport = createSseTransport({ url: `${server()}/chat/${conversation}` });
    const again = await transport.send({ clientId: mine.clientId!, text: 'Hello over the network' });
    expect(again).to.deep.equal({ id: mine.id, time: mine.time });
    const page = await transport.history!();
    expect(page.messages.map((m: ChatMessage) => m.text)).to.deep.equal([
      'Hello over the network',
      'You said: Hello over the network',
    ]);
    expect((await transport.history!(page.messages[0].id)).hasMore).to.equal(false);
    await expect(widget).to.be.accessible();
  });

  it('reports an unreachable endpoint as offline and keeps the message to send later', async () => {
    const errors: string[] = [];
    const widget = await mount(
      html`<tk-chat-widget
        @tk-chat-error=${(e: CustomEvent<{ kind: string }>) => errors.push(e.detail.kind)}
      ></tk-chat-widget>`,
    );
    widget.transport = createSseTransport({ url: 'http://127.0.0.1:9/chat/nowhere' });
    widget.open = true;
    const window = await opened(widget);
    await waitUntil(() => errors.includes('connect'), 'the connection fails', { timeout: 5000 });
    window.send('Are you there?');
    await window.updateComplete;
    expect(inWindow(widget, '[part="status"]')!.textContent).to.contain('Offline');
    expect(inWindow(widget, '.row[data-status="pending"]')).to.not.equal(null);
  });
});
