import { expect } from '@open-wc/testing';
import '../../../src/components/invoice/define.js';
import '../../../src/components/invoice-designer/define.js';

// The events' types come from TkEventDetailMap alone (GlobalEventHandlersEventMap is derived from it):
// `npm run typecheck` compiles this file, so a detail field that is not declared fails the build.
describe('invoice events are typed from TkEventDetailMap', () => {
  it('types tk-invoice-error and tk-invoice-change on addEventListener', () => {
    const target = document.createElement('div');
    const seen: string[] = [];
    target.addEventListener('tk-invoice-error', (event) => seen.push(`${event.detail.path}: ${event.detail.message}`));
    target.addEventListener('tk-invoice-change', (event) => seen.push(event.detail.invoice.currency));
    // @ts-expect-error an invoice error has no `code`
    target.addEventListener('tk-invoice-error', (event) => void event.detail.code);
    target.dispatchEvent(
      new CustomEvent('tk-invoice-error', { detail: { path: 'lines[0].quantity', message: 'bad' } }),
    );
    target.dispatchEvent(new CustomEvent('tk-invoice-change', { detail: { invoice: { currency: 'EUR' } } }));
    expect(seen).to.deep.equal(['lines[0].quantity: bad', 'EUR']);
  });
});
