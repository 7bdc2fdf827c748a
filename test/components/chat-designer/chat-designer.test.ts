import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/chat-designer/define.js';
import type { TkChatDesigner } from '../../../src/components/chat-designer/index.js';
import type { TkChatWidget } from '../../../src/components/chat-widget/index.js';
import { contrastRatio, createPreferences, MemoryAdapter, ruleDefaults } from '../../../src/index.js';
import { dangerousLinks, hostileStrings, pwned, resetPwned } from '../../support/hostile-strings.js';

const WORKSPACE = { brand: { color: '#7c3aed', radius: 8 }, heading: 'Acme support' };

async function mountDesigner(): Promise<{ designer: TkChatDesigner; adapter: MemoryAdapter }> {
  const adapter = new MemoryAdapter();
  const preferences = createPreferences({
    adapter,
    defaults: ruleDefaults([{ when: {}, reason: 'Your workspace brand', values: { 'chat-settings': WORKSPACE } }]),
  });
  const designer = await fixture<TkChatDesigner>(
    html`<tk-chat-designer persist-key="chat-settings" .preferences=${preferences}></tk-chat-designer>`,
  );
  await waitUntil(() => designer.shadowRoot!.querySelector('[part="reason"]'), 'the workspace brand arrives');
  return { designer, adapter };
}

const q = <E extends Element = HTMLElement>(designer: TkChatDesigner, selector: string): E =>
  designer.shadowRoot!.querySelector<E>(selector)!;
const widgetWindow = (designer: TkChatDesigner): ShadowRoot =>
  q(designer, 'tk-chat-widget').shadowRoot!.querySelector('tk-chat-window')!.shadowRoot!;
const labelled = <E extends HTMLElement>(designer: TkChatDesigner, text: string): E =>
  [...designer.shadowRoot!.querySelectorAll('label')].find((label) => label.textContent.trim().startsWith(text))!
    .control as E;

describe('tk-chat-designer', () => {
  it('starts from the workspace brand with its reason, previews the real widget with the same settings', async () => {
    const { designer } = await mountDesigner();
    expect(q(designer, '[part="reason"]').textContent).to.equal('Your workspace brand');
    expect(designer.settings.brand.color).to.equal('#7c3aed');
    const widget = q(designer, 'tk-chat-widget');
    expect(widget.localName).to.equal('tk-chat-widget');
    await waitUntil(() => widget.shadowRoot!.querySelector('tk-chat-window')?.shadowRoot?.querySelector('#heading'));
    expect(widgetWindow(designer).querySelector('#heading')!.textContent).to.equal('Acme support');
    expect((widget as unknown as { brand: unknown }).brand).to.equal(designer.settings.brand);
    await expect(designer).to.be.accessible();
  });

  it('edits texts live, writes once per committed edit to the user layer, and resets to the suggestion', async () => {
    const { designer, adapter } = await mountDesigner();
    const heading = labelled<HTMLInputElement>(designer, 'Heading');
    heading.focus();
    heading.select();
    await sendKeys({ type: 'Talk to Ana' });
    await designer.updateComplete;
    await waitUntil(() => widgetWindow(designer).querySelector('#heading')!.textContent === 'Talk to Ana', 'live');
    expect((await adapter.read('chat-settings')).status).to.equal('absent');
    heading.blur();
    await waitUntil(async () => (await adapter.read('chat-settings')).status === 'present', 'written on commit');
    const stored = await adapter.read('chat-settings');
    expect(stored.status === 'present' && stored.record.user).to.deep.include({ heading: 'Talk to Ana' });
    await designer.reset();
    await designer.updateComplete;
    expect(designer.settings.heading).to.equal('Acme support');
    expect(designer.settings.brand.color).to.equal('#7c3aed');
  });

  it('warns about text that is hard to read on the brand colour and fixes it with a readable tint', async () => {
    const { designer } = await mountDesigner();
    const text = labelled<HTMLInputElement>(designer, 'Text on the brand colour');
    text.value = '#8b5cf6';
    text.dispatchEvent(new Event('change'));
    await designer.updateComplete;
    const warning = q(designer, '[part="warning"]');
    expect(warning.getAttribute('role')).to.equal('alert');
    expect(warning.textContent).to.contain('needs 4.5:1');
    await expect(designer).to.be.accessible();
    q(designer, '[part="fix-button"]').click();
    await designer.updateComplete;
    expect(designer.shadowRoot!.querySelector('[part="warning"]')).to.equal(null);
    const fixed = designer.settings.brand.textColor!;
    expect(contrastRatio(fixed, '#7c3aed')).to.be.at.least(4.5);
    expect(fixed).to.not.be.oneOf(['#000000', '#ffffff']);
  });

  it('turns on business hours and pre-chat fields, and exports a snippet that carries the settings safely', async () => {
    const { designer } = await mountDesigner();
    labelled<HTMLInputElement>(designer, 'Answer at any time').click();
    await designer.updateComplete;
    expect(designer.settings.hours?.days.mon).to.deep.equal([['09:00', '17:00']]);
    labelled<HTMLInputElement>(designer, 'Email').click();
    await designer.updateComplete;
    expect(designer.settings.prechat?.fields.map((f) => [f.name, f.type, f.required])).to.deep.equal([
      ['email', 'email', true],
    ]);
    const snippet = q(designer, '[part="snippet"]').textContent;
    expect(snippet).to.contain('<tk-chat-widget id="tk-chat" position="end"></tk-chat-widget>');
    expect(snippet).to.contain('"color": "#7c3aed"');
    labelled<HTMLInputElement>(designer, 'npm').click();
    await designer.updateComplete;
    expect(q(designer, '[part="snippet"]').textContent).to.contain("import 'tailorkit/components/chat-widget/define';");
  });

  it('takes hostile strings in every text field without running them, in the preview and the snippet', async function (this: Mocha.Context) {
    this.timeout(120_000);
    resetPwned();
    const { designer } = await mountDesigner();
    const fields = ['Heading', 'Reply time', 'Avatar address', 'Greeting', 'Font family', 'Text on the brand colour'];
    for (const text of hostileStrings.filter((_, i) => i % 3 === 0)) {
      for (const name of fields) {
        const field = labelled<HTMLInputElement>(designer, name);
        field.value = text;
        field.dispatchEvent(new Event('change'));
      }
      await designer.updateComplete;
      await q<TkChatWidget>(designer, 'tk-chat-widget').updateComplete;
      const snippet = q(designer, '[part="snippet"]').textContent;
      // The snippet never lets the settings end the script or open a tag.
      expect(snippet.split('</script>')).to.have.length(2);
      expect(snippet.slice(snippet.indexOf('Object.assign'), snippet.lastIndexOf('</script>'))).to.not.match(/</);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(pwned()).to.equal(false);
    expect(dangerousLinks(designer.shadowRoot!)).to.deep.equal([]);
  });
});
