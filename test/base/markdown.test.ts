import { expect, fixture, html } from '@open-wc/testing';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { renderMarkdown, sanitizeHtml } from '../../src/base/markdown.js';
import { safeUrl } from '../../src/base/safe-url.js';
import { dangerousLinks, hostileStrings, pwned, resetPwned } from '../support/hostile-strings.js';

const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 50));

describe('safeUrl', () => {
  it('lets links be http(s), mailto and tel only', () => {
    expect(safeUrl('https://example.com/a?b=1', 'link')).to.equal('https://example.com/a?b=1');
    expect(safeUrl('mailto:ana@example.com', 'link')).to.equal('mailto:ana@example.com');
    expect(safeUrl('tel:+4930123', 'link')).to.equal('tel:+4930123');
    expect(safeUrl('/help', 'link', { base: 'https://app.example.com/x/' })).to.equal('https://app.example.com/help');
    for (const bad of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\tscript:alert(1)',
      'vbscript:x',
      'data:text/html,x',
      'file:///etc/passwd',
      'blob:https://example.com/1',
      '',
      '   ',
    ])
      expect(safeUrl(bad, 'link'), bad).to.equal(undefined);
    expect(safeUrl(42, 'link')).to.equal(undefined);
    expect(safeUrl(null, 'link')).to.equal(undefined);
  });

  it('lets content images come only from the allowed hosts, and brand images be data:image too', () => {
    expect(safeUrl('https://cdn.example.com/a.png', 'image')).to.equal(undefined);
    expect(safeUrl('https://cdn.example.com/a.png', 'image', { imageHosts: ['cdn.example.com'] })).to.equal(
      'https://cdn.example.com/a.png',
    );
    expect(safeUrl('https://img.example.com/a.png', 'image', { imageHosts: ['*.example.com'] })).to.equal(
      'https://img.example.com/a.png',
    );
    expect(safeUrl('https://example.com.evil.test/a.png', 'image', { imageHosts: ['*.example.com'] })).to.equal(
      undefined,
    );
    expect(safeUrl('data:image/png;base64,iVBORw0KGgo=', 'image', { imageHosts: ['*'] })).to.equal(undefined);
    expect(safeUrl('data:image/png;base64,iVBORw0KGgo=', 'brand-image')).to.equal('data:image/png;base64,iVBORw0KGgo=');
    expect(safeUrl('data:image/svg+xml;utf8,<svg/>', 'brand-image')).to.equal('data:image/svg+xml;utf8,<svg/>');
    expect(safeUrl('data:text/html,<svg/>', 'brand-image')).to.equal(undefined);
    expect(safeUrl('javascript:alert(1)', 'brand-image')).to.equal(undefined);
    expect(safeUrl('https://example.com/logo.svg', 'brand-image')).to.equal('https://example.com/logo.svg');
  });
});

describe('renderMarkdown', () => {
  it('renders Markdown with safe links that open in a new tab without the opener', () => {
    const out = renderMarkdown('**Hi** _there_, see [docs](https://example.com/docs) or `code`\n- one\n- two');
    const box = document.createElement('div');
    box.innerHTML = out;
    expect(box.querySelector('strong')!.textContent).to.equal('Hi');
    expect(box.querySelector('em')!.textContent).to.equal('there');
    expect(box.querySelectorAll('li')).to.have.length(2);
    const link = box.querySelector('a')!;
    expect(link.getAttribute('href')).to.equal('https://example.com/docs');
    expect(link.getAttribute('target')).to.equal('_blank');
    expect(link.getAttribute('rel')).to.equal('noopener noreferrer');
  });

  it('shows raw HTML as the text it is', () => {
    const box = document.createElement('div');
    box.innerHTML = renderMarkdown('Before <b onclick="x()">bold</b> <script>alert(1)</script> after');
    expect(box.querySelector('b')).to.equal(null);
    expect(box.querySelector('script')).to.equal(null);
    expect(box.textContent).to.contain('<b onclick="x()">bold</b>');
  });

  it('drops a dangerous link target but keeps the words, and shows disallowed images as their alt text', () => {
    const box = document.createElement('div');
    box.innerHTML = renderMarkdown('[pay now](javascript:alert(1)) ![Chart](https://evil.example/t.png)');
    expect(box.querySelector('a')!.hasAttribute('href')).to.equal(false);
    expect(box.textContent).to.contain('pay now');
    expect(box.querySelector('img')).to.equal(null);
    expect(box.textContent).to.contain('Chart');
    box.innerHTML = renderMarkdown('![Chart](https://img.example.com/t.png)', { imageHosts: ['img.example.com'] });
    expect(box.querySelector('img')!.getAttribute('src')).to.equal('https://img.example.com/t.png');
  });

  it('renders inline when asked (no paragraphs) and nothing for what is not text', () => {
    expect(renderMarkdown('**a**', { inline: true })).to.equal('<strong>a</strong>');
    expect(renderMarkdown(undefined)).to.equal('');
    expect(renderMarkdown({ toString: () => '<script>' })).to.equal('');
  });

  it('sanitizeHtml keeps no style, event handler, form or frame', () => {
    const out = sanitizeHtml(
      '<p style="color:red" onclick="x()">a</p><form><input></form><iframe src="https://example.com"></iframe>',
    );
    expect(out).to.equal('<p>a</p>');
  });

  it(`runs nothing and links nowhere dangerous for ${hostileStrings.length} hostile strings`, async () => {
    expect(hostileStrings.length).to.be.at.least(150);
    resetPwned();
    const el = await fixture(
      html`<div>${hostileStrings.map((text) => html`<section>${unsafeHTML(renderMarkdown(text))}</section>`)}</div>`,
    );
    await nextTask();
    expect(pwned(), 'a payload ran').to.equal(false);
    expect(dangerousLinks(el)).to.deep.equal([]);
    expect(el.querySelectorAll('script, iframe, object, embed, style, form, input, svg, math')).to.have.length(0);
  });
});
