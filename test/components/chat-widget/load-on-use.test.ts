import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendMouse } from '@web/test-runner-commands';
import { launcherButton, mount, windowOf } from './helpers.js';
import { fetched } from '../../support/fetched.js';

describe('tk-chat-widget loading', () => {
  it('fetches only the launcher up front; hovering the launcher fetches the window as a head start', async () => {
    const widget = await mount(html`<tk-chat-widget></tk-chat-widget>`);
    expect(fetched('/chat-launcher/')).to.not.deep.equal([]);
    for (const part of ['/chat-window/', '/core/chat/session', '/core/chat/conversation', '/core/color/']) {
      expect(fetched(part), part).to.deep.equal([]);
    }
    const rect = launcherButton(widget).getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)],
    });
    await waitUntil(() => fetched('/chat-window/chat-window.ts').length > 0, 'the window code is fetched on hover');
    // A head start only: nothing opens.
    expect(widget.open).to.equal(false);
    expect(windowOf(widget)).to.equal(null);
    await sendMouse({ type: 'move', position: [0, 0] });
  });
});
