import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TkViewChangeDetail } from '../../../src/components/record-view/index.js';
import { createPreferences } from '../../../src/core/prefs/index.js';
import { HeldWritesAdapter } from '../../support/held-writes.js';
import { waitUntil } from '../../support/wait.js';
import { deals, header, mount, settle, shadow } from './helpers.js';

describe('tk-record-view while the user types a search', () => {
  it('keeps the letters typed when the host hands back its view and records and the store writes', async () => {
    const adapter = new HeldWritesAdapter();
    const records = deals(20);
    const view = await mount({ records, persistKey: 'deals', preferences: createPreferences({ adapter }) });
    // A host that keeps the view the user picked and its records, and sets both on each render.
    const changes: TkViewChangeDetail[] = [];
    view.addEventListener('tk-view-change', (event) => changes.push(event.detail));
    shadow(view).querySelector<HTMLInputElement>('input[name="view"][value="list"]')!.click();
    await settle(view);
    expect(changes).to.deep.equal([{ view: 'list' }]);
    await waitUntil(() => adapter.waiting > 0, 'the view is being written');

    const search = shadow(view).querySelector<HTMLInputElement>('input[type="search"]')!;
    search.focus();
    await sendKeys({ type: 'hoo' });
    adapter.release();
    await waitUntil(() => adapter.waiting === 0, 'the view is written');
    view.view = changes[0].view;
    view.records = [...records];
    await settle(view);
    await sendKeys({ type: 'li' });
    await settle(view);
    expect(search.value).to.equal('hooli');
    expect(view.view).to.equal('list');
    expect(view.shownRecords.map((record) => record.name)).to.deep.equal(['Hooli 4', 'Hooli 14']);
    await expect(view).to.be.accessible();
  });

  it('keeps a saved view name being typed when the store writes meanwhile', async () => {
    const adapter = new HeldWritesAdapter();
    const view = await mount({ persistKey: 'deals', preferences: createPreferences({ adapter }) });
    const name = async (command: string, typed: string): Promise<HTMLInputElement> => {
      shadow(view).querySelector<HTMLButtonElement>('[part="views-button"]')!.click();
      await waitUntil(() => shadow(view).querySelector('tk-popover.views[open]'), 'the menu opens');
      [...shadow(view).querySelectorAll<HTMLElement>('tk-menu-item')]
        .find((each) => each.textContent.trim() === command)!
        .click();
      await waitUntil(() => shadow(view).activeElement?.matches('.name-form input'), 'the name field takes focus');
      const input = shadow(view).querySelector<HTMLInputElement>('.name-form input')!;
      input.select();
      await sendKeys({ type: typed });
      return input;
    };
    await name('Save as new view…', 'Mine');
    await sendKeys({ press: 'Enter' });
    adapter.release();
    await settle(view);

    header(view, 'Amount').click();
    await settle(view);
    const input = await name('Rename view…', 'Big ');
    await waitUntil(() => adapter.waiting > 0, 'the sort is being written');
    adapter.release();
    await waitUntil(() => adapter.waiting === 0, 'the sort is written');
    view.view = 'table';
    view.records = deals(20);
    await settle(view);
    await sendKeys({ type: 'deals' });
    expect(input.value).to.equal('Big deals');
    await sendKeys({ press: 'Enter' });
    await settle(view);
    expect(shadow(view).querySelector('[part="views-button"]')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Views: Big deals (modified)',
    );
  });
});
