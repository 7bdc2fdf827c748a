import { expect, fixture, html } from '@open-wc/testing';
import '../../../src/components/chat-window/define.js';
import type { TkChatWindow } from '../../../src/components/chat-window/index.js';
import { contrastRatio } from '../../../src/core/color/index.js';
import { withoutIdleMoments } from '../../support/sortable.js';

// The brand's validation and its derived text colour load when the browser is idle: on a page busy
// from the start that can take seconds, and the brand colour shows before then. Its text must be
// readable all along.
describe('tk-chat-window brand before its validation has loaded', () => {
  let giveBack: () => void;
  before(() => (giveBack = withoutIdleMoments()));
  after(() => giveBack());

  for (const color of ['#fde047', '#6d28d9', '#777777', 'hsl(200 80% 45%)']) {
    it(`paints ${color} at once with readable text on it`, async () => {
      const el = await fixture<TkChatWindow>(html`<tk-chat-window open heading="Acme support"></tk-chat-window>`);
      el.brand = { color };
      await el.updateComplete;
      const header = el.shadowRoot!.querySelector<HTMLElement>('[part="header"]')!;
      const style = getComputedStyle(header);
      expect(style.backgroundColor, 'the brand colour shows').to.not.equal('rgb(37, 99, 235)');
      expect(contrastRatio(style.color, style.backgroundColor)).to.be.at.least(4.5);
    });
  }

  it('leaves a translucent colour to the validation (nothing painted before)', async () => {
    const el = await fixture<TkChatWindow>(html`<tk-chat-window open heading="Acme support"></tk-chat-window>`);
    el.brand = { color: 'rgb(0 0 0 / 0.2)' };
    await el.updateComplete;
    expect(el.style.getPropertyValue('--tk-chat-brand')).to.equal('');
  });
});
