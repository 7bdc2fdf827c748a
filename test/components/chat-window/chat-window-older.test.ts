import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '../../support/wait.js';
import '../../../src/components/chat-window/define.js';
import type { TkChatWindow } from '../../../src/components/chat-window/index.js';
import { deepActiveElement } from '../../../src/base/focus.js';
import { createEchoTransport, type ChatMessage, type ChatTransport } from '../../../src/index.js';

const T0 = Date.UTC(2026, 0, 5, 10, 0);
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();
const q = <E extends Element = HTMLElement>(el: TkChatWindow, selector: string): E | null =>
  el.shadowRoot!.querySelector<E>(selector);
const ids = (el: TkChatWindow): (string | undefined)[] =>
  [...el.shadowRoot!.querySelectorAll<HTMLElement>('.rows .row')].map((row) => row.dataset.id);
const HOSTILE = '<img src=x onerror=alert(1)>';

function historyOf(length: number): ChatMessage[] {
  return Array.from({ length }, (_, i) => ({
    id: `h${i}`,
    from: 'agent',
    text: i === 0 ? HOSTILE : `History ${i}`,
    time: at(i),
  }));
}

/**
 * An echo transport whose older pages (history before a message) can be held back or made to fail,
 * to see the button while loading and after an error.
 */
function controlledTransport(history: ChatMessage[], pageSize: number) {
  const echo = createEchoTransport({ history, pageSize, latency: 1 });
  const control = { failNext: false, hold: false, release: () => {} };
  const transport: ChatTransport = {
    connect: (sink) => echo.connect(sink),
    send: (message) => echo.send(message),
    disconnect: () => echo.disconnect(),
    async history(before) {
      if (before !== undefined && control.failNext) {
        control.failNext = false;
        throw new Error('the server is down');
      }
      if (before !== undefined && control.hold) await new Promise<void>((resolve) => (control.release = resolve));
      return echo.history!(before);
    },
  };
  return { transport, control };
}

describe('tk-chat-window: "Show earlier messages"', () => {
  it('loads one older page per keypress in a conversation too short to scroll, announcing each, without losing focus', async () => {
    const { transport, control } = controlledTransport(historyOf(8), 3);
    const el = await fixture<TkChatWindow>(html`<tk-chat-window open .transport=${transport}></tk-chat-window>`);
    const errors: string[] = [];
    el.addEventListener('tk-chat-error', (event) => errors.push(event.detail.kind ?? ''));
    await waitUntil(() => q(el, '[part="load-older"]'), 'the button shows while older history remains');
    expect(ids(el)).to.deep.equal(['h5', 'h6', 'h7']);
    const log = q(el, '[part="log"]')!;
    expect(log.scrollHeight, 'the first page does not scroll').to.be.at.most(log.clientHeight);
    const button = q<HTMLButtonElement>(el, '[part="load-older"]')!;
    expect(button.textContent.trim()).to.equal('Show earlier messages');
    await expect(el).to.be.accessible();

    // A failed load says so and leaves the button usable.
    button.focus();
    control.failNext = true;
    await sendKeys({ press: 'Enter' });
    const status = q(el, '[part="status"][role="status"]')!;
    await waitUntil(() => !status.hidden, 'the failure shows');
    expect(status.textContent.trim()).to.equal('Earlier messages could not be loaded.');
    expect(errors).to.deep.equal(['history']);
    expect(button.getAttribute('aria-disabled')).to.equal('false');
    expect(deepActiveElement() === button, 'focus stays on the button').to.equal(true);
    expect(ids(el)).to.deep.equal(['h5', 'h6', 'h7']);

    // While the page loads, the button says so and cannot be pressed again.
    control.hold = true;
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button.getAttribute('aria-disabled') === 'true', 'the button shows it is loading');
    expect(button.textContent.trim()).to.equal('Loading earlier messages…');
    expect(status.hidden, 'the failure is cleared').to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    control.hold = false;
    control.release();
    await waitUntil(() => ids(el).length === 6, 'the page before loads');
    expect(ids(el)).to.deep.equal(['h2', 'h3', 'h4', 'h5', 'h6', 'h7']);
    await waitUntil(() => button.getAttribute('aria-disabled') === 'false', 'the button is usable again');
    const announcement = (): string => q(el, '[part="log"] > div.visually-hidden')!.textContent.trim();
    await waitUntil(
      () => announcement() === 'Earlier messages loaded: 3',
      () => `announced "${announcement()}"`,
    );
    expect(deepActiveElement() === button, 'focus stays on the button').to.equal(true);

    // The last page: the button goes, focus moves to the log rather than the page.
    await sendKeys({ press: ' ' });
    await waitUntil(() => ids(el).length === 8, 'the first page loads');
    expect(ids(el)).to.deep.equal(['h0', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7']);
    await waitUntil(() => !q(el, '[part="load-older"]'), 'the button goes once the whole conversation is there');
    await waitUntil(
      () => announcement() === 'Earlier messages loaded: 2',
      () => `announced "${announcement()}"`,
    );
    await waitUntil(() => deepActiveElement() === log, 'focus moves to the log');
    expect(el.shadowRoot!.contains(deepActiveElement())).to.equal(true);
    const hostile = q(el, '.row[data-id="h0"] [part="bubble"]')!;
    expect(hostile.textContent.trim()).to.equal(HOSTILE);
    expect(hostile.querySelector('img') === null, 'no element made of the text').to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('keeps the message in view in place when the button loads above a scrolling log', async () => {
    const { transport } = controlledTransport(historyOf(70), 30);
    const el = await fixture<TkChatWindow>(html`<tk-chat-window open .transport=${transport}></tk-chat-window>`);
    await waitUntil(() => ids(el).length === 30 && q(el, '[part="load-older"]'), 'the latest page shows');
    const log = q(el, '[part="log"]')!;
    await waitUntil(() => log.scrollTop > 0, 'the log shows the newest message');
    const top = log.getBoundingClientRect().top;
    const reading = [...log.querySelectorAll<HTMLElement>('.rows .row')].find(
      (row) => row.getBoundingClientRect().bottom > top,
    )!;
    const offset = (): number => reading.getBoundingClientRect().top - top;
    const before = offset();
    q<HTMLButtonElement>(el, '[part="load-older"]')!.click();
    await waitUntil(() => ids(el).length === 60, 'the page before loads');
    expect(ids(el)[0]).to.equal('h10');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(Math.abs(offset() - before), 'what the visitor was reading stays in place').to.be.below(2);
  });
});
