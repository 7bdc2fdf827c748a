import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';

interface CspPage {
  violations: string[];
  pwned: () => boolean;
  ready: Promise<void>;
}

describe('tk-chat-widget under a strict Content Security Policy', () => {
  it('runs with no inline script, no eval and no inline styles: 0 violations, 0 scripts from messages', async function (this: Mocha.Context) {
    // The whole corpus renders several times; a loaded machine needs more than the default 20 s.
    this.timeout(120_000);
    const frame = await fixture<HTMLIFrameElement>(
      html`<iframe
        title="CSP page"
        src="/test/components/chat-widget/csp-page.html"
        style="width: 800px; height: 700px"
      ></iframe>`,
    );
    const pageOf = (): CspPage | undefined => (frame.contentWindow as unknown as { tkCsp?: CspPage } | null)?.tkCsp;
    await waitUntil(pageOf, 'the page loads', { timeout: 10_000 });
    const page = pageOf()!;
    await page.ready;
    const policy = await fetch('/test/components/chat-widget/csp-page.html').then((response) =>
      response.headers.get('content-security-policy'),
    );
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.not.contain('unsafe');
    const widget = frame.contentDocument!.querySelector('tk-chat-widget')!;
    const window = widget.shadowRoot!.querySelector('tk-chat-window')!;
    expect(window.shadowRoot!.querySelectorAll('.rows .row').length).to.be.greaterThan(100);
    // The brand applied through the CSSOM, which the policy allows.
    expect(getComputedStyle(window.shadowRoot!.querySelector('[part="header"]')!).backgroundColor).to.equal(
      'rgb(109, 40, 217)',
    );
    expect(page.violations, page.violations.join(' | ')).to.deep.equal([]);
    expect(page.pwned()).to.equal(false);
  });
});
