import { expect, fixture, html } from '@open-wc/testing';
import { TkElement, defineElement, liveRegionText, AnnouncerController } from '../../src/base/index.js';

class First extends TkElement {}
class Second extends TkElement {}

describe('defineElement', () => {
  it('registers once and warns, without throwing, on a second registration of the tag', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args.join(' '));
    try {
      First.define('tk-test-define');
      expect(() => Second.define('tk-test-define')).not.to.throw();
    } finally {
      console.warn = original;
    }
    expect(customElements.get('tk-test-define')).to.equal(First);
    expect(warnings).to.have.length(1);
    expect(String(warnings[0])).to.contain('tk-test-define');
  });

  it('is silent when the same class is registered twice', () => {
    const warnings: unknown[] = [];
    const original = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      defineElement('tk-test-define', First);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(0);
  });
});

class Announcing extends TkElement {
  readonly announcer = new AnnouncerController(this);
}
Announcing.define('tk-test-announcing');

describe('AnnouncerController', () => {
  it('writes messages into one shared polite live region in the document', async () => {
    const el = await fixture<Announcing>(html`<tk-test-announcing></tk-test-announcing>`);
    el.announcer.announce('Sales chart moved to row 2');
    expect(liveRegionText()).to.equal('Sales chart moved to row 2');
    expect(document.querySelectorAll('[data-tk-live-region]')).to.have.length(1);
    const polite = document.querySelector('[data-tk-live-region] [aria-live="polite"]');
    expect(polite?.getAttribute('role')).to.equal('status');
  });

  it('re-announces a repeated message on the next frame', async () => {
    const el = await fixture<Announcing>(html`<tk-test-announcing></tk-test-announcing>`);
    el.announcer.announce('Same');
    el.announcer.announce('Same');
    expect(liveRegionText()).to.equal('');
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(liveRegionText()).to.equal('Same');
  });
});
