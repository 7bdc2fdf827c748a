import { expect, html, waitUntil } from '@open-wc/testing';
import { createEchoTransport, type ChatMessage } from '../../../src/index.js';
import { hostileStrings } from './hostile.js';
import { bubbles, inWindow, mount, opened, windowOf } from './helpers.js';

declare global {
  interface Window {
    __tkHit: () => void;
  }
}

/** Every element in `root` and the shadow roots below it. */
function* allElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}

/** Hrefs, srcs, handlers and elements inside the widget that could run script or carry a document. */
function dangerousUrls(widget: Element): string[] {
  const found: string[] = [];
  for (const element of allElements(widget.shadowRoot!)) {
    for (const name of ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc']) {
      const value = element.getAttribute(name);
      if (value === null) continue;
      // Browsers skip control characters and spaces in a scheme: drop them as the browser would.
      const scheme = [...value]
        .filter((character) => character.charCodeAt(0) > 0x20)
        .join('')
        .toLowerCase();
      if (/^(?:javascript|vbscript|data):/.test(scheme) || name === 'srcdoc')
        found.push(`${element.localName}[${name}]=${value}`);
    }
    if (/^(?:script|iframe|object|embed|meta|link|style|base)$/.test(element.localName)) found.push(element.localName);
    // The widget's own forms (composer, pre-chat) and icons carry a part or sit outside the content.
    if (element.localName === 'form' && !element.hasAttribute('part')) found.push('form');
    if (/^(?:svg|math)$/.test(element.localName) && element.closest('[part~="bubble"], .author, .attachments, h2'))
      found.push(element.localName);
    for (const attribute of element.getAttributeNames())
      if (attribute.startsWith('on')) found.push(`${element.localName}[${attribute}]`);
  }
  return found;
}

describe('tk-chat-widget safety', () => {
  let hits = 0;
  beforeEach(() => {
    hits = 0;
    window.__tkHit = () => hits++;
  });

  it(`renders ${hostileStrings.length} hostile strings as text in messages, names, greeting, heading, placeholder and attachment names`, async () => {
    expect(hostileStrings.length).to.be.at.least(150);
    const time = Date.UTC(2026, 0, 1);
    const messages: ChatMessage[] = hostileStrings.flatMap((text, i) => [
      {
        id: `t${i}`,
        from: 'agent',
        author: { name: text, avatarUrl: text },
        text,
        time: new Date(time + i * 3000).toISOString(),
        attachments: [{ name: text, url: text, type: 'text/html', size: 1 }],
      },
      {
        id: `m${i}`,
        from: 'bot',
        format: 'markdown',
        author: { name: text },
        text,
        time: new Date(time + i * 3000 + 1000).toISOString(),
      },
      { id: `v${i}`, from: 'visitor', text, time: new Date(time + i * 3000 + 2000).toISOString() },
    ]);
    const widget = await mount(html`<tk-chat-widget></tk-chat-widget>`);
    let shown = 0;
    for (const [i, text] of hostileStrings.entries()) {
      widget.heading = text;
      widget.greeting = text;
      widget.placeholder = text;
      widget.avatar = text;
      widget.logo = text;
      widget.messages = messages.slice(i * 3, i * 3 + 3);
      widget.open = true;
      await opened(widget);
      await windowOf(widget)!.updateComplete;
      expect(inWindow(widget, '#heading')!.textContent).to.equal(text);
      expect(inWindow(widget, '[part~="greeting"] [part="bubble"]')!.textContent).to.equal(text);
      expect(inWindow<HTMLTextAreaElement>(widget, '#composer')!.placeholder).to.equal(text);
      const [agent, , visitor] = bubbles(widget);
      const plain = text.replace(/\s+/g, ' ').trim();
      expect(agent).to.equal(plain);
      expect(visitor).to.equal(plain);
      expect(inWindow(widget, '.row[data-id^="t"] .author span')!.textContent).to.equal(text);
      expect(inWindow(widget, '.row[data-id^="t"] .attachments li')!.textContent).to.contain(text);
      shown++;
    }
    expect(shown).to.equal(hostileStrings.length);
    // Let anything that could fire (image errors, autofocus, toggles) fire.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hits, 'script executions').to.equal(0);
    expect(dangerousUrls(widget)).to.deep.equal([]);
  });

  it('sends hostile strings through a transport and shows them as text, both ways', async () => {
    const widget = await mount(html`<tk-chat-widget></tk-chat-widget>`);
    widget.transport = createEchoTransport({
      latency: 1,
      replyDelay: 2,
      reply: (text) => ({ text, format: 'markdown' }),
    });
    widget.open = true;
    const window = await opened(widget);
    const sample = hostileStrings.filter((_, i) => i % 5 === 0);
    for (const text of sample) window.send(text);
    await waitUntil(() => bubbles(widget).length === sample.length * 2, 'every answer arrives', { timeout: 10_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(hits, 'script executions').to.equal(0);
    expect(dangerousUrls(widget)).to.deep.equal([]);
  });
});
