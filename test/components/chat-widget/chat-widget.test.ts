import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import { createEchoTransport, type ChatMessage, type ChatTransport } from '../../../src/index.js';
import {
  bubbles,
  focused,
  inWindow,
  launcherButton,
  launcherOf,
  mount,
  nextFrame,
  opened,
  windowOf,
} from './helpers.js';

const echo = (): ChatTransport => createEchoTransport({ latency: 5, replyDelay: 40 });

describe('tk-chat-widget', () => {
  afterEach(() => setViewport({ width: 1200, height: 900 }));

  it('is a launcher button named from strings, merged over the defaults; the window loads on open', async () => {
    const widget = await mount(html`<tk-chat-widget></tk-chat-widget>`);
    const button = launcherButton(widget);
    expect(button.localName).to.equal('button');
    expect(button.getAttribute('aria-label')).to.equal('Open chat');
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(windowOf(widget)).to.equal(null);
    await expect(widget).to.be.accessible();

    widget.strings = { launcherLabel: 'Chat öffnen' };
    await widget.updateComplete;
    await launcherOf(widget).updateComplete;
    expect(button.getAttribute('aria-label')).to.equal('Chat öffnen');
    widget.open = true;
    const window = await opened(widget);
    // Keys not overridden keep their defaults.
    expect(inWindow(widget, '[part="close-button"]')!.getAttribute('aria-label')).to.equal('Close chat');
    expect(widget.hasAttribute('open')).to.equal(true);
    expect(window.shadowRoot!.querySelector('[role="dialog"]')!.getAttribute('aria-labelledby')).to.equal('heading');
    await expect(widget).to.be.accessible();
  });

  it('opens from the keyboard into the composer, sends with Enter, adds lines with Shift+Enter, closes with Escape back to the launcher', async () => {
    const sent: string[] = [];
    const widget = await mount(
      html`<tk-chat-widget
        heading="Acme support"
        @tk-chat-send=${(e: CustomEvent<{ text: string }>) => sent.push(e.detail.text)}
      ></tk-chat-widget>`,
    );
    widget.transport = echo();
    launcherButton(widget).focus();
    await sendKeys({ press: 'Enter' });
    await opened(widget);
    await waitUntil(() => focused()?.id === 'composer', 'the composer takes focus');
    const composer = focused() as HTMLTextAreaElement;
    expect(composer.labels[0].textContent.trim()).to.equal('Message');
    const dialog = inWindow(widget, '[role="dialog"]')!;
    expect(inWindow(widget, `#${dialog.getAttribute('aria-labelledby')!}`)!.textContent).to.equal('Acme support');

    await sendKeys({ type: 'First line' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'second line' });
    expect(composer.value).to.equal('First line\nsecond line');
    await sendKeys({ press: 'Enter' });
    expect(sent).to.deep.equal(['First line\nsecond line']);
    expect(composer.value).to.equal('');
    await waitUntil(() => bubbles(widget).length === 2, 'the echo answers');
    expect(bubbles(widget)[0]).to.equal('First line second line');

    await sendKeys({ press: 'Escape' });
    await widget.updateComplete;
    expect(widget.open).to.equal(false);
    expect(windowOf(widget)!.open).to.equal(false);
    await waitUntil(() => focused() === launcherButton(widget), 'focus returns to the launcher');
    expect(launcherButton(widget).getAttribute('aria-expanded')).to.equal('false');
    await expect(widget).to.be.accessible();
  });

  it('announces each finished incoming message once through the role=log, not the visitor’s own or streamed copies', async () => {
    let sink: Parameters<ChatTransport['connect']>[0] | undefined;
    const transport: ChatTransport = {
      connect: (s) => ((sink = s), Promise.resolve()),
      send: () => Promise.resolve({ id: 's1', time: new Date().toISOString() }),
      disconnect: () => {},
    };
    const widget = await mount(html`<tk-chat-widget></tk-chat-widget>`);
    widget.transport = transport;
    widget.open = true;
    await opened(widget);
    await waitUntil(() => sink);
    const log = inWindow(widget, '[role="log"]')!;
    expect(log.getAttribute('aria-relevant')).to.equal('additions');
    const announced = (): string => log.querySelector(':scope > .visually-hidden:last-child')!.textContent.trim();
    const time = new Date().toISOString();
    sink!.receive({ id: 'a1', from: 'agent', author: { name: 'Ana' }, text: 'Hel', time, status: 'pending' });
    await windowOf(widget)!.updateComplete;
    expect(announced()).to.equal('');
    sink!.receive({
      id: 'a1',
      from: 'agent',
      author: { name: 'Ana' },
      text: 'Hello, how can I help?',
      time,
      status: 'sent',
    });
    await windowOf(widget)!.updateComplete;
    expect(announced()).to.equal('Ana: Hello, how can I help?');
    // Rows change without being announced: they sit in an aria-live="off" part of the log.
    expect(log.querySelector('.rows')!.getAttribute('aria-live')).to.equal('off');
    sink!.receive({
      id: 'a1',
      from: 'agent',
      author: { name: 'Ana' },
      text: 'Hello, how can I help?',
      time,
      status: 'read',
    });
    windowOf(widget)!.send('mine');
    await windowOf(widget)!.updateComplete;
    expect(announced()).to.equal('Ana: Hello, how can I help?');
    expect(bubbles(widget)).to.deep.equal(['Hello, how can I help?', 'mine']);
  });

  it('shows unread messages on the launcher while closed, and clears them on open', async () => {
    const widget = await mount(html`<tk-chat-widget></tk-chat-widget>`);
    widget.transport = echo();
    widget.open = true;
    const window = await opened(widget);
    window.send('ping');
    widget.open = false;
    await waitUntil(() => launcherOf(widget).shadowRoot!.querySelector('[part="badge"]'), 'the badge shows');
    const button = launcherButton(widget);
    expect(launcherOf(widget).shadowRoot!.querySelector('[part="badge"]')!.textContent).to.equal('1');
    expect(button.getAttribute('aria-label')).to.equal('Open chat');
    expect(
      launcherOf(widget).shadowRoot!.getElementById(button.getAttribute('aria-describedby')!)!.textContent,
    ).to.equal('1 unread message');
    await expect(widget).to.be.accessible();
    button.click();
    await opened(widget);
    await launcherOf(widget).updateComplete;
    expect(launcherOf(widget).shadowRoot!.querySelector('[part="badge"]')).to.equal(null);
  });

  it('validates the pre-chat form with messages tied to the fields, then starts the chat', async () => {
    const submitted: unknown[] = [];
    const widget = await mount(
      html`<tk-chat-widget
        @tk-chat-prechat-submit=${(e: CustomEvent) => submitted.push(e.detail.values)}
      ></tk-chat-widget>`,
    );
    widget.prechat = {
      fields: [
        { name: 'name', label: 'Your name', required: true, autocomplete: 'name' },
        { name: 'email', label: 'Email', type: 'email', required: true },
        { name: 'topic', label: 'Topic', type: 'select', options: [{ value: 'billing', label: 'Billing' }] },
      ],
    };
    launcherButton(widget).click();
    await opened(widget);
    const window = windowOf(widget)!;
    expect(inWindow(widget, 'textarea#composer')).to.equal(null);
    await waitUntil(() => focused()?.id === 'prechat-name', 'the first field takes focus');
    await expect(widget).to.be.accessible();
    await sendKeys({ press: 'Enter' });
    await window.updateComplete;
    const name = inWindow<HTMLInputElement>(widget, '#prechat-name')!;
    const email = inWindow<HTMLInputElement>(widget, '#prechat-email')!;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(inWindow(widget, `#${name.getAttribute('aria-describedby')!}`)!.textContent).to.equal(
      'Your name is required.',
    );
    expect(inWindow(widget, `#${email.getAttribute('aria-describedby')!}`)!.textContent).to.equal('Email is required.');
    await waitUntil(() => focused() === name, 'focus goes to the first invalid field');
    await sendKeys({ type: 'Ana' });
    email.focus();
    await sendKeys({ type: 'not-an-email' });
    await sendKeys({ press: 'Enter' });
    await window.updateComplete;
    expect(name.getAttribute('aria-invalid')).to.equal('false');
    expect(inWindow(widget, `#${email.getAttribute('aria-describedby')!}`)!.textContent).to.equal(
      'Email needs an email address such as name@example.com.',
    );
    expect(submitted).to.deep.equal([]);
    await expect(widget).to.be.accessible();
    email.value = '';
    await sendKeys({ type: 'ana@example.com' });
    await sendKeys({ press: 'Enter' });
    await window.updateComplete;
    expect(submitted).to.deep.equal([{ name: 'Ana', email: 'ana@example.com', topic: '' }]);
    await waitUntil(() => focused()?.id === 'composer', 'the composer takes focus');
  });

  it('fills the screen below the breakpoint and follows the visual viewport', async () => {
    const widget = await mount(html`<tk-chat-widget></tk-chat-widget>`, { width: 375, height: 667 });
    widget.open = true;
    const window = await opened(widget);
    expect(window.hasAttribute('fullscreen')).to.equal(true);
    await nextFrame();
    const rect = window.getBoundingClientRect();
    expect([rect.left, rect.top, rect.width, Math.round(rect.height)]).to.deep.equal([0, 0, 375, 667]);
    await expect(widget).to.be.accessible();
    await setViewport({ width: 1000, height: 800 });
    await waitUntil(() => !window.hasAttribute('fullscreen'), 'back to a floating window above the breakpoint');
    expect(window.getBoundingClientRect().width).to.be.lessThan(500);
  });

  it('mirrors its corner in right-to-left pages and honours offsets', async () => {
    const widget = await mount(html`<tk-chat-widget inline-offset="40" block-offset="2rem"></tk-chat-widget>`, {
      dir: 'rtl',
    });
    const rect = launcherButton(widget).getBoundingClientRect();
    expect(Math.round(rect.left)).to.equal(40);
    expect(Math.round(900 - rect.bottom)).to.equal(32);
    widget.position = 'start';
    await widget.updateComplete;
    expect(Math.round(1200 - launcherButton(widget).getBoundingClientRect().right)).to.equal(40);
    const configErrors: string[] = [];
    widget.addEventListener('tk-config-error', (event) => configErrors.push(event.detail.attribute));
    widget.inlineOffset = '1px; color: red';
    await widget.updateComplete;
    expect(configErrors).to.deep.equal(['inline-offset']);
    expect(Math.round(1200 - launcherButton(widget).getBoundingClientRect().right)).to.equal(20);
    widget.open = true;
    const window = await opened(widget);
    expect(inWindow(widget, '[role="dialog"]')!.getAttribute('dir')).to.equal('rtl');
    expect(window.getBoundingClientRect().right).to.be.closeTo(1200 - 20, 1);
    await expect(widget).to.be.accessible();
  });

  it('keeps a failed message with its text and a Retry button that sends it', async () => {
    let fail = true;
    const transport: ChatTransport = {
      connect: () => Promise.resolve(),
      send: () =>
        fail ? Promise.reject(new Error('503')) : Promise.resolve({ id: 's1', time: new Date().toISOString() }),
      disconnect: () => {},
    };
    const errors: string[] = [];
    const widget = await mount(
      html`<tk-chat-widget
        @tk-chat-error=${(e: CustomEvent<{ kind: string }>) => errors.push(e.detail.kind)}
      ></tk-chat-widget>`,
    );
    widget.transport = transport;
    widget.open = true;
    const window = await opened(widget);
    window.send('Where is my order?');
    await waitUntil(() => inWindow(widget, '[part="retry-button"]'), 'a Retry button shows');
    expect(bubbles(widget)).to.deep.equal(['Where is my order?']);
    expect(inWindow(widget, '.row[data-status="failed"] .meta')!.textContent).to.contain('Not sent');
    expect(errors).to.include('send');
    await expect(widget).to.be.accessible();
    fail = false;
    inWindow(widget, '[part="retry-button"]')!.click();
    await waitUntil(() => inWindow(widget, '.row[data-status="sent"]'), 'the message is sent');
    expect(inWindow(widget, '[part="retry-button"]')).to.equal(null);
    expect(window.conversation.map((m) => m.id)).to.deep.equal(['s1']);
  });

  it('keeps at most 120 rows in the DOM for 10,000 messages and renders earlier ones on scroll up', async () => {
    const start = Date.UTC(2026, 0, 1);
    const messages: ChatMessage[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `m${i}`,
      from: i % 3 === 0 ? 'visitor' : 'agent',
      text: `Message ${i}`,
      time: new Date(start + i * 60_000).toISOString(),
    }));
    const widget = await mount(html`<tk-chat-widget></tk-chat-widget>`);
    widget.messages = messages;
    widget.open = true;
    const window = await opened(widget);
    const rows = (): NodeListOf<HTMLElement> => window.shadowRoot!.querySelectorAll('.rows .row');
    expect(rows().length).to.equal(120);
    expect(rows()[rows().length - 1].dataset.id).to.equal('m9999');
    const log = inWindow(widget, '[part="log"]')!;
    await nextFrame();
    expect(log.scrollTop + log.clientHeight).to.be.closeTo(log.scrollHeight, 2);
    // Scroll events arrive with the next frame; dispatch one so a throttled background page does not stall.
    log.scrollTop = 0;
    log.dispatchEvent(new Event('scroll'));
    await waitUntil(() => rows()[0].dataset.id === 'm9840', 'earlier rows render');
    expect(rows().length).to.equal(120);
    await expect(widget).to.be.accessible();
  });
});
