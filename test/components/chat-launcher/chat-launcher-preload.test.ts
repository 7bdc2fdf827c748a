import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { resetMouse, sendMouse } from '@web/test-runner-commands';
import '../../../src/components/chat-launcher/define.js';
import type { TkChatLauncher } from '../../../src/components/chat-launcher/index.js';
import { fetched } from '../../support/fetched.js';

// Its own file, so its own page: the window's code has not been fetched by anything else.

describe('tk-chat-launcher loading', () => {
  afterEach(() => resetMouse());

  it('fetches the window code as a head start when hovered, without opening anything', async () => {
    const launcher = await fixture<TkChatLauncher>(html`<tk-chat-launcher></tk-chat-launcher>`);
    expect(fetched('/chat-window/')).to.deep.equal([]);
    expect(customElements.get('tk-chat-window')).to.equal(undefined);
    const rect = launcher.getBoundingClientRect();
    await sendMouse({
      type: 'move',
      position: [Math.round(rect.x + rect.width / 2), Math.round(rect.y + rect.height / 2)],
    });
    await waitUntil(() => customElements.get('tk-chat-window') !== undefined, 'the window is defined after a hover');
    expect(fetched('/chat-window/chat-window.ts')).to.have.length(1);
    expect(launcher.open).to.equal(false);
    await expect(launcher).to.be.accessible();
  });
});
