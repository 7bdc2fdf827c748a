import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/chat-window/define.js';
import type { TkChatWindow } from '../../../src/components/chat-window/index.js';
import { createPreferences, type ChatMessage } from '../../../src/index.js';
import { HeldWritesAdapter } from '../../support/held-writes.js';
import { waitUntil } from '../../support/wait.js';

const T0 = Date.UTC(2026, 0, 5, 10, 0);

describe('tk-chat-window while the visitor types', () => {
  it('keeps the letters typed when messages arrive and the draft is written meanwhile', async () => {
    const adapter = new HeldWritesAdapter();
    const messages: ChatMessage[] = [{ id: '1', from: 'agent', text: 'Hi!', time: new Date(T0).toISOString() }];
    const el = await fixture<TkChatWindow>(
      html`<tk-chat-window
        open
        persist-key="support"
        .preferences=${createPreferences({ adapter })}
        .messages=${messages}
      ></tk-chat-window>`,
    );
    await el.updateComplete;
    const sent: string[] = [];
    el.addEventListener('tk-chat-send', (event) => sent.push(event.detail.text));
    const composer = el.shadowRoot!.querySelector<HTMLTextAreaElement>('textarea#composer')!;
    composer.focus();
    await sendKeys({ type: 'Hel' });
    await waitUntil(() => adapter.waiting > 0, 'the draft is being written');
    el.messages = [
      ...messages,
      { id: '2', from: 'agent', text: 'How can I help?', time: new Date(T0 + 60_000).toISOString() },
    ];
    el.attachments = { accept: ['image/png'], maxSize: 1_000_000, maxFiles: 2 };
    adapter.release();
    await waitUntil(() => adapter.waiting === 0, 'the draft is written');
    await el.updateComplete;
    await sendKeys({ type: 'lo' });
    expect(composer.value).to.equal('Hello');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(sent).to.deep.equal(['Hello']);
    await expect(el).to.be.accessible();
  });
});
