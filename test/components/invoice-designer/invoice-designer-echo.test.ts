import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../../src/components/invoice-designer/define.js';
import type { TkInvoiceChangeDetail, TkInvoiceDesigner } from '../../../src/components/invoice-designer/index.js';
import { createPreferences } from '../../../src/core/prefs/index.js';
import { HeldWritesAdapter } from '../../support/held-writes.js';
import { waitUntil } from '../../support/wait.js';
import { draft } from './helpers.js';

async function mount(adapter = new HeldWritesAdapter()): Promise<TkInvoiceDesigner> {
  await setViewport({ width: 1400, height: 1000 });
  const el = await fixture<TkInvoiceDesigner>(
    html`<tk-invoice-designer
      lang="en-US"
      persist-key="invoice-design"
      .preferences=${createPreferences({ adapter })}
      .invoice=${draft()}
    ></tk-invoice-designer>`,
  );
  await el.updateComplete;
  return el;
}

const input = (el: TkInvoiceDesigner, selector: string): HTMLInputElement =>
  el.shadowRoot!.querySelector<HTMLInputElement>(selector)!;

describe('tk-invoice-designer while the user types', () => {
  it('keeps the letters typed when the host hands back an earlier change of its own', async () => {
    const el = await mount();
    // A host that saves each change and sets the saved invoice when the save answers: the answer
    // to an earlier keystroke arrives after the user typed more.
    const changes: TkInvoiceChangeDetail[] = [];
    el.addEventListener('tk-invoice-change', (event) => changes.push(structuredClone(event.detail)));
    const description = input(el, '[data-line] input[name="description"]');
    description.focus();
    description.select();
    await sendKeys({ type: 'Bra' });
    const saved = changes.at(-1)!.invoice;
    await sendKeys({ type: 'nd' });
    el.invoice = saved;
    await el.updateComplete;
    await sendKeys({ type: ' kit' });
    await el.updateComplete;
    expect(description.value).to.equal('Brand kit');
    expect(changes.at(-1)!.invoice.lines[0].description).to.equal('Brand kit');
    expect(el.invoice.lines[0].description).to.equal('Brand kit');

    // The host's latest answer is an echo too; an invoice it sets that is not one still replaces.
    el.invoice = structuredClone(changes.at(-1)!.invoice);
    await el.updateComplete;
    expect(description.value).to.equal('Brand kit');
    el.invoice = draft();
    await el.updateComplete;
    expect(description.value).to.equal('Design work');
    await expect(el).to.be.accessible();
  });

  it('keeps the logo address typed when the design is written meanwhile', async () => {
    const adapter = new HeldWritesAdapter();
    const el = await mount(adapter);
    await waitUntil(() => !el.shadowRoot!.querySelector('[aria-busy="true"]'), 'the design is read');
    const primary = input(el, 'input[name="primary"]');
    primary.value = '#1e3a8a';
    primary.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const logo = input(el, 'input[name="logo"]');
    logo.focus();
    await sendKeys({ type: 'https://example.com/' });
    await waitUntil(() => adapter.waiting > 0, 'the colour is being written');
    adapter.release();
    await waitUntil(() => adapter.waiting === 0, 'the colour is written');
    await el.updateComplete;
    await sendKeys({ type: 'logo.png' });
    expect(logo.value).to.equal('https://example.com/logo.png');
    await sendKeys({ press: 'Tab' });
    await el.updateComplete;
    expect(el.design.brand.logo).to.equal('https://example.com/logo.png');
    expect(el.design.brand.primary).to.equal('#1e3a8a');
    await expect(el).to.be.accessible();
  });

  it('keeps the client search typed when the host sets its clients again', async () => {
    const el = await mount();
    const clients = [
      { id: 'c1', name: 'Acme GmbH', email: 'ap@acme.example' },
      { id: 'c2', name: 'Globex Corporation', email: 'billing@globex.example' },
    ];
    el.clients = clients;
    await el.updateComplete;
    const search = input(el, '#client-search');
    search.focus();
    await sendKeys({ type: 'Glo' });
    el.clients = structuredClone(clients);
    await el.updateComplete;
    await sendKeys({ type: 'bex' });
    await el.updateComplete;
    expect(search.value).to.equal('Globex');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.invoice.buyer?.name).to.equal('Globex Corporation');
  });
});
