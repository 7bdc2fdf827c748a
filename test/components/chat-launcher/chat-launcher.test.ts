import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/chat-launcher/define.js';
import '../../../src/components/chat-window/define.js';
import type { TkChatLauncher } from '../../../src/components/chat-launcher/index.js';
import type { TkChatWindow } from '../../../src/components/chat-window/index.js';
import { deepActiveElement } from '../../../src/base/focus.js';

const button = (launcher: TkChatLauncher): HTMLButtonElement => launcher.shadowRoot!.querySelector('button')!;
const badge = (launcher: TkChatLauncher): HTMLElement | null => launcher.shadowRoot!.querySelector('[part="badge"]');

/** What a screen reader gets of the launcher: the button's name, description and expanded state. */
function spoken(launcher: TkChatLauncher): {
  name: string | null;
  description: string | undefined;
  expanded: string | null;
} {
  const id = button(launcher).getAttribute('aria-describedby');
  return {
    name: button(launcher).getAttribute('aria-label'),
    description: id ? launcher.shadowRoot!.getElementById(id)?.textContent?.trim() : undefined,
    expanded: button(launcher).getAttribute('aria-expanded'),
  };
}

/** Tabs from a button placed before the fixture until focus is inside `launcher`. */
async function tabTo(launcher: TkChatLauncher): Promise<void> {
  const before = document.createElement('button');
  before.textContent = 'Before';
  launcher.before(before);
  before.focus();
  await sendKeys({ press: 'Tab' });
  expect(deepActiveElement(), 'Tab reaches the launcher').to.equal(button(launcher));
  before.remove();
}

describe('tk-chat-launcher', () => {
  it('is a button named from its strings, collapsed until pressed', async () => {
    const launcher = await fixture<TkChatLauncher>(html`<tk-chat-launcher></tk-chat-launcher>`);
    expect(spoken(launcher)).to.deep.equal({ name: 'Open chat', description: undefined, expanded: 'false' });
    launcher.strings = { launcherLabel: 'Talk to Acme' };
    await launcher.updateComplete;
    expect(spoken(launcher).name).to.equal('Talk to Acme');
    await expect(launcher).to.be.accessible();
  });

  it('describes the unread count on the button, in the page language, and shows no badge for none', async () => {
    const launcher = await fixture<TkChatLauncher>(html`<tk-chat-launcher unread="3"></tk-chat-launcher>`);
    expect(badge(launcher)!.textContent).to.equal('3');
    expect(badge(launcher)!.getAttribute('aria-hidden'), 'the badge itself is not read twice').to.equal('true');
    expect(spoken(launcher).description).to.equal('3 unread messages');
    launcher.unread = 1;
    await launcher.updateComplete;
    expect(spoken(launcher).description).to.equal('1 unread message');
    await expect(launcher).to.be.accessible();

    const german = await fixture<HTMLElement>(
      html`<div lang="de"><tk-chat-launcher unread="1234"></tk-chat-launcher></div>`,
    );
    const inGerman = german.querySelector('tk-chat-launcher')!;
    await inGerman.updateComplete;
    expect(badge(inGerman)!.textContent).to.equal('1.234');
    inGerman.strings = { unread: (count, formatted) => `${formatted} ungelesene Nachrichten (${count})` };
    await inGerman.updateComplete;
    expect(spoken(inGerman).description).to.equal('1.234 ungelesene Nachrichten (1234)');

    for (const none of [0, -2, Number.NaN]) {
      launcher.unread = none;
      await launcher.updateComplete;
      expect(badge(launcher), String(none)).to.equal(null);
      expect(button(launcher).hasAttribute('aria-describedby'), String(none)).to.equal(false);
    }
  });

  it('opens and closes from the keyboard (Enter and Space), and the host can veto', async () => {
    const launcher = await fixture<TkChatLauncher>(html`<tk-chat-launcher></tk-chat-launcher>`);
    await tabTo(launcher);
    let event = oneEvent(launcher, 'tk-chat-open-change');
    await sendKeys({ press: 'Enter' });
    expect((await event).detail).to.deep.equal({ open: true, reason: 'launcher' });
    await launcher.updateComplete;
    expect(launcher.open).to.equal(true);
    expect(spoken(launcher).expanded).to.equal('true');
    event = oneEvent(launcher, 'tk-chat-open-change');
    await sendKeys({ press: 'Space' });
    expect((await event).detail).to.deep.equal({ open: false, reason: 'launcher' });
    await launcher.updateComplete;
    expect(launcher.open).to.equal(false);
    launcher.addEventListener('tk-chat-open-change', (e) => e.preventDefault(), { once: true });
    await sendKeys({ press: 'Enter' });
    await launcher.updateComplete;
    expect(launcher.open, 'a cancelled change leaves it closed').to.equal(false);
    await expect(launcher).to.be.accessible();
  });

  it('placed apart, opens the window it names with `for`; Escape there brings focus back', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <tk-chat-launcher for="support"></tk-chat-launcher>
        <tk-chat-window id="support" heading="Acme support"></tk-chat-window>
      </div>`,
    );
    const launcher = page.querySelector<TkChatLauncher>('tk-chat-launcher')!;
    const chat = page.querySelector<TkChatWindow>('tk-chat-window')!;
    await tabTo(launcher);
    await sendKeys({ press: 'Enter' });
    await chat.updateComplete;
    expect(chat.open).to.equal(true);
    expect(chat.returnFocusTo).to.equal(launcher);
    chat.focusComposer();
    await waitUntil(() => deepActiveElement()?.id === 'composer', 'focus is in the message box');
    await sendKeys({ press: 'Escape' });
    await chat.updateComplete;
    expect(chat.open).to.equal(false);
    expect(deepActiveElement()).to.equal(button(launcher));
    await expect(page).to.be.accessible();
  });
});
