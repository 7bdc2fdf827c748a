import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/chat-designer/define.js';
import type {
  TkChatDesigner,
  TkChatSettingsChangeDetail,
} from '../../../src/components/chat-designer/chat-designer.js';
import { createPreferences } from '../../../src/index.js';
import type { ChatSettings } from '../../../src/components/chat-designer/chat-settings.js';
import { HeldWritesAdapter } from '../../support/held-writes.js';
import { waitUntil } from '../../support/wait.js';

const KEY = 'chat-settings';

async function mount(adapter: HeldWritesAdapter): Promise<TkChatDesigner> {
  const designer = await fixture<TkChatDesigner>(
    html`<tk-chat-designer persist-key=${KEY} .preferences=${createPreferences({ adapter })}></tk-chat-designer>`,
  );
  await designer.updateComplete;
  return designer;
}

const labelled = <E extends HTMLElement>(designer: TkChatDesigner, text: string): E =>
  [...designer.shadowRoot!.querySelectorAll('label')].find((label) => label.textContent.trim().startsWith(text))!
    .control as E;

function recordChanges(designer: TkChatDesigner): TkChatSettingsChangeDetail[] {
  const changes: TkChatSettingsChangeDetail[] = [];
  designer.addEventListener('tk-chat-settings-change', (event) => changes.push(event.detail));
  return changes;
}

describe('tk-chat-designer while the user types', () => {
  it('keeps the letters typed when an earlier change is written meanwhile', async () => {
    const adapter = new HeldWritesAdapter();
    const designer = await mount(adapter);
    const changes = recordChanges(designer);
    const font = labelled<HTMLInputElement>(designer, 'Font family');
    font.focus();
    await sendKeys({ type: 'Inter' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(() => adapter.waiting > 0, 'the font is being written');

    const heading = labelled<HTMLInputElement>(designer, 'Heading');
    heading.focus();
    heading.select();
    await sendKeys({ type: 'Hel' });
    adapter.release();
    await waitUntil(() => adapter.waiting === 0, 'the font is written');
    await designer.updateComplete;
    await sendKeys({ type: 'lo' });
    expect(heading.value).to.equal('Hello');

    const radius = labelled<HTMLInputElement>(designer, 'Corner radius');
    radius.focus();
    radius.select();
    await sendKeys({ type: '2' });
    adapter.release();
    await designer.updateComplete;
    await sendKeys({ type: '0' });
    expect(radius.value).to.equal('20');
    await sendKeys({ press: 'Tab' });
    await designer.updateComplete;
    expect(designer.settings.heading).to.equal('Hello');
    expect(designer.settings.brand.radius).to.equal(20);
    expect(changes.at(-1)!.settings.brand.radius).to.equal(20);
    expect(changes.at(-1)!.settings.heading).to.equal('Hello');
    await expect(designer).to.be.accessible();
  });

  it('keeps the letters typed when the host writes its last change back to the store', async () => {
    const adapter = new HeldWritesAdapter();
    const designer = await mount(adapter);
    const changes = recordChanges(designer);
    // The host keeps each change and writes it through its own store (another tab, a server sync).
    const host = createPreferences({ adapter }).open<ChatSettings>(KEY, { version: 1, defaults: designer.settings });
    await host.ready;
    const font = labelled<HTMLInputElement>(designer, 'Font family');
    font.focus();
    await sendKeys({ type: 'Inter' });
    await sendKeys({ press: 'Tab' });
    adapter.release();
    await waitUntil(() => changes.length === 1 && adapter.waiting === 0, 'the font is written');

    const greeting = labelled<HTMLTextAreaElement>(designer, 'Greeting');
    greeting.focus();
    greeting.select();
    await sendKeys({ type: 'Hi th' });
    const written = host.set(structuredClone(changes[0].settings));
    adapter.release();
    expect((await written).status).to.equal('ok');
    await designer.updateComplete;
    await sendKeys({ type: 'ere' });
    expect(greeting.value).to.equal('Hi there');
    await sendKeys({ press: 'Tab' });
    await designer.updateComplete;
    expect(designer.settings.greeting).to.equal('Hi there');
    expect(designer.settings.brand.font).to.equal('Inter');
    expect(changes.at(-1)!.settings.greeting).to.equal('Hi there');
  });
});
