import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/chat-launcher/define.js';
import '../../../src/components/chat-window/define.js';
import type { TkChatLauncher } from '../../../src/components/chat-launcher/index.js';
import type { TkChatWindow } from '../../../src/components/chat-window/index.js';
import { brandReady } from '../../../src/base/brand.js';
import { deepActiveElement } from '../../../src/base/focus.js';
import {
  contrastRatio,
  createEchoTransport,
  createPreferences,
  MemoryAdapter,
  type ChatMessage,
  type ChatTransport,
} from '../../../src/index.js';

const T0 = Date.UTC(2026, 0, 5, 10, 0);
const at = (minutes: number): string => new Date(T0 + minutes * 60_000).toISOString();
const q = <E extends Element = HTMLElement>(el: TkChatWindow, selector: string): E | null =>
  el.shadowRoot!.querySelector<E>(selector);
const qa = (el: TkChatWindow, selector: string): HTMLElement[] => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(selector),
];

async function mountWindow(setup: Partial<TkChatWindow> = {}): Promise<TkChatWindow> {
  const el = await fixture<TkChatWindow>(html`<tk-chat-window open></tk-chat-window>`);
  Object.assign(el, setup);
  await el.updateComplete;
  return el;
}

describe('tk-chat-window', () => {
  it('composes with a launcher placed apart: `for` opens it, closing returns focus to that launcher', async () => {
    const wrapper = await fixture<HTMLDivElement>(
      html`<div>
        <tk-chat-launcher for="support"></tk-chat-launcher>
        <p>Page content</p>
        <tk-chat-window id="support" heading="Support"></tk-chat-window>
      </div>`,
    );
    const launcher = wrapper.querySelector<TkChatLauncher>('tk-chat-launcher')!;
    const window = wrapper.querySelector<TkChatWindow>('tk-chat-window')!;
    await launcher.updateComplete;
    launcher.focus();
    await sendKeys({ press: 'Enter' });
    await window.updateComplete;
    expect(window.open).to.equal(true);
    expect(launcher.shadowRoot!.querySelector('button')!.getAttribute('aria-expanded')).to.equal('true');
    await expect(window).to.be.accessible();
    window.focusComposer();
    await sendKeys({ press: 'Escape' });
    expect(window.open).to.equal(false);
    expect(deepActiveElement()).to.equal(launcher.shadowRoot!.querySelector('button'));
  });

  it('shows the greeting first, groups consecutive messages by author and renders hostile text as text', async () => {
    const messages: ChatMessage[] = [
      { id: '1', from: 'agent', author: { name: '<img src=x onerror=alert(1)>' }, text: '<b>bold</b>', time: at(0) },
      { id: '2', from: 'agent', author: { name: '<img src=x onerror=alert(1)>' }, text: 'second', time: at(1) },
      { id: '3', from: 'visitor', text: 'mine', time: at(2) },
      { id: '4', from: 'agent', author: { name: 'Ben' }, text: 'third', time: at(3) },
      { id: '5', from: 'agent', author: { name: 'Ben' }, text: 'much later', time: at(30) },
    ];
    const el = await mountWindow({ greeting: 'Hi! <script>alert(1)</script>', heading: 'Acme', messages });
    expect(q(el, '[part~="greeting"] [part="bubble"]')!.textContent).to.equal('Hi! <script>alert(1)</script>');
    expect(q(el, 'script, img[src="x"], b')).to.equal(null);
    const rows = qa(el, '.rows .row');
    expect(rows.map((row) => row.hasAttribute('data-first'))).to.deep.equal([true, false, true, true, true]);
    expect(rows[0].querySelector('.author')!.textContent.trim()).to.equal('<img src=x onerror=alert(1)>');
    expect(rows[1].querySelector('.author')).to.equal(null);
    expect(rows[0].querySelector('[part="bubble"]')!.textContent).to.equal('<b>bold</b>');
    await expect(el).to.be.accessible();
  });

  it('detects links in plain text without changing the text, and only ever links http(s), mailto and tel', async () => {
    const text =
      'See https://acme.example/help?x=1, mail help@acme.example or call tel:+1-555-0100. Not javascript:alert(1) nor data:text/html,hi (www.acme.example/a_(b)).';
    const el = await mountWindow({ messages: [{ id: '1', from: 'agent', text, time: at(0) }] });
    const bubble = q(el, '.rows [part="bubble"]')!;
    expect(bubble.textContent).to.equal(text);
    const links = [...bubble.querySelectorAll('a')].map((a) => [
      a.textContent,
      a.getAttribute('href'),
      a.rel,
      a.target,
    ]);
    expect(links).to.deep.equal([
      ['https://acme.example/help?x=1', 'https://acme.example/help?x=1', 'noopener noreferrer', '_blank'],
      ['help@acme.example', 'mailto:help@acme.example', 'noopener noreferrer', '_blank'],
      ['tel:+1-555-0100', 'tel:+1-555-0100', 'noopener noreferrer', '_blank'],
      ['www.acme.example/a_(b)', 'https://www.acme.example/a_(b)', 'noopener noreferrer', '_blank'],
    ]);
  });

  it('renders Markdown sanitized: safe links open in a new tab, images only from allowed hosts', async () => {
    const el = await mountWindow({
      imageHosts: ['cdn.acme.example'],
      messages: [
        {
          id: '1',
          from: 'bot',
          format: 'markdown',
          text: '**Plans** at [pricing](https://acme.example/pricing) or [bad](javascript:alert(1))\n\n![logo](https://cdn.acme.example/l.png) ![track](https://evil.example/t.png)',
          time: at(0),
        },
      ],
    });
    const bubble = q(el, '.rows [part="bubble"] .markdown')!;
    expect(bubble.querySelector('strong')!.textContent).to.equal('Plans');
    const links = [...bubble.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href'), a.rel, a.target])).to.deep.equal([
      ['pricing', 'https://acme.example/pricing', 'noopener noreferrer', '_blank'],
      ['bad', null, '', ''],
    ]);
    expect([...bubble.querySelectorAll('img')].map((img) => img.getAttribute('src'))).to.deep.equal([
      'https://cdn.acme.example/l.png',
    ]);
    expect(bubble.textContent).to.contain('track');
  });

  it('shows the away message outside business hours and the reply time inside them', async () => {
    const el = await mountWindow({ replyTime: 'Usually replies in minutes' });
    expect(q(el, '[part="subtitle"]')!.textContent.trim()).to.equal('Usually replies in minutes');
    const configErrors: string[] = [];
    el.addEventListener('tk-config-error', (event) => configErrors.push(event.detail.message));
    el.hours = { timeZone: 'Mars/Olympus', days: { funday: [['9', '5']] } } as never;
    await el.updateComplete;
    expect(configErrors).to.have.length(2);
    expect(q(el, '[part="subtitle"]')!.textContent.trim()).to.equal('Usually replies in minutes');
    el.hours = { timeZone: 'UTC', days: {} };
    await el.updateComplete;
    expect(q(el, '[part="subtitle"]')!.textContent.trim()).to.equal(
      'We are away right now. Leave a message and we will get back to you.',
    );
    const all = [['00:00', '24:00']] as [string, string][];
    el.hours = { timeZone: 'UTC', days: { mon: all, tue: all, wed: all, thu: all, fri: all, sat: all, sun: all } };
    await el.updateComplete;
    expect(q(el, '[part="subtitle"]')!.textContent.trim()).to.equal('Usually replies in minutes');
    el.away = true;
    await el.updateComplete;
    expect(q(el, '[part="subtitle"]')!.textContent.trim()).to.contain('away');
  });

  it('resyncs from the transport when the page becomes visible again', async () => {
    const calls: (string | undefined)[] = [];
    const missed: ChatMessage = { id: 'late', from: 'agent', text: 'sent while the tab slept', time: at(5) };
    let server: ChatMessage[] = [{ id: 'first', from: 'agent', text: 'hello', time: at(0) }];
    const el = await mountWindow({
      transport: {
        connect: () => Promise.resolve(),
        send: () => new Promise(() => {}),
        disconnect() {},
        history: (before) => (calls.push(before), Promise.resolve({ messages: server, hasMore: false })),
      },
    });
    await waitUntil(() => qa(el, '.rows .row').length === 1, 'the first sync');
    server = [...server, missed];
    document.dispatchEvent(new Event('visibilitychange'));
    await waitUntil(() => qa(el, '.rows .row').length === 2, 'the missed message arrives');
    expect(calls).to.deep.equal([undefined, undefined]);
  });

  it('shows who is typing', async () => {
    let sink: Parameters<ChatTransport['connect']>[0] | undefined;
    const el = await mountWindow({
      transport: {
        connect: (s) => ((sink = s), Promise.resolve()),
        send: () => new Promise(() => {}),
        disconnect() {},
      },
    });
    await waitUntil(() => sink);
    sink!.typing!({ name: 'Ana' });
    await el.updateComplete;
    expect(q(el, '[part="typing"]')!.textContent.trim()).to.equal('Ana is typing…');
    sink!.typing!(null);
    await el.updateComplete;
    expect(q(el, '[part="typing"]')!.textContent.trim()).to.equal('');
  });

  it('accepts attachments within the type and size limits, refuses others with a message, and sends the files', async () => {
    const sent: File[][] = [];
    const el = await mountWindow({
      attachments: { accept: ['image/*', 'application/pdf'], maxSize: 1000, maxFiles: 2 },
      transport: {
        connect: () => Promise.resolve(),
        send: ({ attachments = [] }) => (sent.push(attachments), Promise.resolve({ id: 's1', time: at(1) })),
        disconnect() {},
      },
    });
    const input = q<HTMLInputElement>(el, 'input[type="file"]')!;
    expect(input.labels![0].textContent.trim()).to.equal('Attach files');
    const pick = async (files: File[]): Promise<void> => {
      const list = new DataTransfer();
      for (const file of files) list.items.add(file);
      input.files = list.files;
      input.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    await pick([
      new File(['x'], 'photo.png', { type: 'image/png' }),
      new File(['x'], '<img src=x onerror=alert(1)>.exe', { type: 'application/x-msdownload' }),
      new File(['x'.repeat(2000)], 'huge.pdf', { type: 'application/pdf' }),
    ]);
    expect(q(el, '.problem[role="alert"]')!.textContent).to.equal(
      '<img src=x onerror=alert(1)>.exe cannot be sent: this type of file is not accepted. huge.pdf cannot be sent: files can be at most 1 kB.',
    );
    expect(qa(el, '.selected li').map((li) => li.textContent.trim())).to.deep.equal(['photo.png (1 byte)']);
    await expect(el).to.be.accessible();
    q<HTMLTextAreaElement>(el, '#composer')!.focus();
    await sendKeys({ type: 'Here' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => sent.length === 1);
    expect(sent[0].map((f) => f.name)).to.deep.equal(['photo.png']);
    expect(qa(el, '.selected li')).to.have.length(0);
  });

  it('loads older history when the visitor scrolls to the top', async () => {
    const history: ChatMessage[] = Array.from({ length: 70 }, (_, i) => ({
      id: `h${i}`,
      from: 'agent',
      text: `History ${i}`,
      time: at(i),
    }));
    const el = await mountWindow({ transport: createEchoTransport({ history, pageSize: 30, latency: 1 }) });
    await waitUntil(() => qa(el, '.rows .row').length === 30, 'the latest page shows');
    const log = q(el, '[part="log"]')!;
    const offset = (id: string): number =>
      q(el, `.row[data-id="${id}"]`)!.getBoundingClientRect().top - log.getBoundingClientRect().top;
    log.scrollTop = 0;
    log.dispatchEvent(new Event('scroll'));
    const before = offset('h40');
    await waitUntil(() => qa(el, '.rows .row').length === 60, 'the page before loads');
    expect(qa(el, '.rows .row')[0].dataset.id).to.equal('h10');
    // What the visitor was reading stays where it was.
    await waitUntil(() => Math.abs(offset('h40') - before) < 2, 'the log keeps its place');
    log.scrollTop = 0;
    log.dispatchEvent(new Event('scroll'));
    await waitUntil(() => qa(el, '.rows .row').length === 70, 'the first page loads');
    log.scrollTop = 0;
    log.dispatchEvent(new Event('scroll'));
    await waitUntil(() => q(el, '[part~="greeting"]') || !q(el, '.history'), 'the start shows');
  });

  it('keeps what was typed, sent or not, across a reload through the preferences storage', async () => {
    const preferences = createPreferences({ adapter: new MemoryAdapter() });
    const offline: ChatTransport = {
      connect: () => Promise.reject(new Error('offline')),
      send: () => Promise.reject(new Error('offline')),
      disconnect() {},
    };
    const first = await mountWindow({ preferences, persistKey: 'support', transport: offline });
    first.send('sent while offline');
    q<HTMLTextAreaElement>(first, '#composer')!.focus();
    await sendKeys({ type: 'half a thought' });
    await new Promise((resolve) => setTimeout(resolve, 400));
    first.remove();

    const received: string[] = [];
    const online: ChatTransport = {
      connect: () => Promise.resolve(),
      send: ({ clientId, text }) => (received.push(text), Promise.resolve({ id: `s-${clientId}`, time: at(1) })),
      disconnect() {},
    };
    const second = await mountWindow({ preferences, persistKey: 'support', transport: online });
    await waitUntil(() => received.length === 1, 'the outbox is sent after the reload');
    expect(received).to.deep.equal(['sent while offline']);
    await waitUntil(() => q<HTMLTextAreaElement>(second, '#composer')!.value === 'half a thought', 'the draft is back');
    await waitUntil(() => q(second, '.row[data-status="sent"]'));
  });

  it('applies a valid brand with readable text, and refuses a hostile one with a warning', async () => {
    const el = await mountWindow({ heading: 'Brand' });
    const warning = oneEvent(el, 'tk-brand-warning');
    el.brand = { color: '#fde047', font: 'Inter, sans-serif', radius: 4 };
    await brandReady();
    // Black or white shows at once; the brand's own tinted text colour is derived when idle.
    await waitUntil(
      () => !['', '#000000', '#ffffff'].includes(el.style.getPropertyValue('--tk-chat-on-brand')),
      'the text colour is derived when idle',
    );
    const header = q(el, '[part="header"]')!;
    const style = getComputedStyle(header);
    expect(style.backgroundColor).to.equal('rgb(253, 224, 71)');
    expect(contrastRatio(style.color, style.backgroundColor)).to.be.at.least(4.5);
    expect(style.color).to.not.equal('rgb(0, 0, 0)');
    expect(getComputedStyle(el).fontFamily).to.equal('Inter, sans-serif');
    el.brand = { color: 'url(https://evil.example/x)', font: 'x; } :host { display: none', radius: 'calc(1px)' };
    await el.updateComplete;
    const { detail } = await warning;
    expect(detail.warnings).to.have.length(3);
    expect(getComputedStyle(header).backgroundColor).to.equal('rgb(37, 99, 235)');
    expect(getComputedStyle(el).display).to.equal('flex');
    expect(el.style.cssText).to.not.contain('evil');
  });
});
