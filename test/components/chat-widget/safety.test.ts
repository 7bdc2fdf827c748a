import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { createEchoTransport, type ChatMessage } from '../../../src/index.js';
import { dangerousLinks, hostileStrings, pwned, resetPwned } from '../../support/hostile-strings.js';
import { bubbles, inWindow, mount, opened, windowOf } from './helpers.js';

/** Every element in `root` and the shadow roots below it. */
function* allElements(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    yield element;
    if (element.shadowRoot) yield* allElements(element.shadowRoot);
  }
}

/**
 * What `dangerousLinks` does not look for: elements that run or load something, forms that are not
 * the widget's own, event handler attributes, and `data:` images other than the integrator's avatar
 * or logo.
 */
function unsafeElements(widget: Element, integratorImages: string[]): string[] {
  const found: string[] = [];
  for (const element of allElements(widget.shadowRoot!)) {
    if (/^(?:script|iframe|object|embed|meta|link|style|base|frame)$/.test(element.localName))
      found.push(element.localName);
    // The widget's own forms (composer, pre-chat) carry a part; its icons sit outside the content.
    if (element.localName === 'form' && !element.hasAttribute('part')) found.push('form');
    if (/^(?:svg|math)$/.test(element.localName) && element.closest('[part~="bubble"], .author, .attachments, h2'))
      found.push(element.localName);
    for (const attribute of element.getAttributeNames())
      if (attribute.startsWith('on')) found.push(`${element.localName}[${attribute}]`);
    const src = element.getAttribute('src');
    if (src?.trim().toLowerCase().startsWith('data:') && !integratorImages.includes(src))
      found.push(`${element.localName}[src]=${src.slice(0, 40)}`);
  }
  return found;
}

describe('tk-chat-widget safety', () => {
  beforeEach(resetPwned);

  it(`renders ${hostileStrings.length} hostile strings as text in messages, names, greeting, heading, placeholder and attachment names`, async function (this: Mocha.Context) {
    // The whole corpus renders several times; a loaded machine needs more than the default 20 s.
    this.timeout(120_000);
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
      if (text.trim() !== '')
        expect(inWindow(widget, '[part~="greeting"] [part="bubble"]')!.textContent).to.equal(text);
      expect(inWindow<HTMLTextAreaElement>(widget, '#composer')!.placeholder).to.equal(text);
      const [agent, , visitor] = bubbles(widget);
      const plain = text.replace(/\s+/g, ' ').trim();
      expect(agent).to.equal(plain);
      expect(visitor).to.equal(plain);
      expect(inWindow(widget, '.row[data-id^="t"] .author span')!.textContent).to.equal(text);
      expect(inWindow(widget, '.row[data-id^="t"] .attachments li')!.textContent).to.contain(text);
      expect(dangerousLinks(widget.shadowRoot!), text).to.deep.equal([]);
      expect(unsafeElements(widget, [text.trim()]), text).to.deep.equal([]);
      shown++;
    }
    expect(shown).to.equal(hostileStrings.length);
    // Let anything that could fire (image errors, autofocus, toggles) fire.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pwned(), 'a payload ran').to.equal(false);
    expect(dangerousLinks(widget.shadowRoot!)).to.deep.equal([]);
    expect(unsafeElements(widget, [])).to.deep.equal([]);
  });

  it('sends hostile strings through a transport and shows them as text, both ways', async function (this: Mocha.Context) {
    // The whole corpus renders several times; a loaded machine needs more than the default 20 s.
    this.timeout(120_000);
    const widget = await mount(html`<tk-chat-widget></tk-chat-widget>`);
    widget.transport = createEchoTransport({
      latency: 1,
      replyDelay: 2,
      reply: (text) => ({ text, format: 'markdown' }),
    });
    widget.open = true;
    const window = await opened(widget);
    const sample = hostileStrings.filter((text, i) => i % 5 === 0 && text.trim() !== '');
    for (const text of sample) window.send(text);
    await waitUntil(() => bubbles(widget).length === sample.length * 2, 'every answer arrives', { timeout: 60_000 });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(pwned(), 'a payload ran').to.equal(false);
    expect(dangerousLinks(widget.shadowRoot!)).to.deep.equal([]);
    expect(unsafeElements(widget, [])).to.deep.equal([]);
  });
});
