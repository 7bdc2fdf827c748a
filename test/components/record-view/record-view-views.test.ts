import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { liveRegionText } from '../../../src/base/announcer.js';
import { createPreferences, MemoryAdapter, type Preferences } from '../../../src/core/prefs/index.js';
import { ruleDefaults } from '../../../src/core/personalize/index.js';
import type { TkRecordView } from '../../../src/components/record-view/index.js';
import { FIELDS, deals, header, headers, mount, settle, shadow } from './helpers.js';

const KEY = 'deals-view';

async function stored(adapter: MemoryAdapter): Promise<Record<string, unknown> | undefined> {
  const read = await adapter.read(KEY);
  return read.status === 'present' ? (read.record.user as Record<string, unknown>) : undefined;
}

async function until(check: () => Promise<boolean> | boolean, message: string): Promise<void> {
  for (let tries = 0; tries < 100; tries++) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error(message);
}

/** A fresh store over the same storage: what a reload sees. */
const reload = (adapter: MemoryAdapter, role?: string): Preferences =>
  createPreferences({
    adapter,
    context: role ? { role } : {},
    defaults: ruleDefaults([
      {
        when: { role: 'sales' },
        reason: 'Suggested for the Sales role',
        values: {
          [KEY]: {
            state: { view: 'kanban', groupBy: 'stage' },
            views: [{ id: 'my-open', name: 'My open deals', state: { view: 'kanban', groupBy: 'stage' } }],
            active: 'my-open',
          },
        },
      },
    ]),
  });

async function menuChoose(view: TkRecordView, label: string): Promise<void> {
  shadow(view).querySelector<HTMLButtonElement>('[part="views-button"]')!.click();
  await waitUntil(() => shadow(view).querySelector('tk-popover.views[open]'), 'the menu opens', { timeout: 5000 });
  const item = [...shadow(view).querySelectorAll<HTMLElement>('tk-menu-item')].find(
    (each) => each.textContent.trim() === label,
  );
  if (!item) throw new Error(`no menu item ${label}`);
  item.click();
  await settle(view);
}

async function nameAs(view: TkRecordView, name: string): Promise<void> {
  await waitUntil(() => shadow(view).activeElement?.matches('.name-form input'), 'the name field takes focus');
  const input = shadow(view).querySelector<HTMLInputElement>('.name-form input')!;
  input.select();
  await sendKeys({ type: name });
  await sendKeys({ press: 'Enter' });
  await settle(view);
}

const viewsButton = (view: TkRecordView): string =>
  shadow(view).querySelector('[part="views-button"]')!.textContent.replace(/\s+/g, ' ').trim();

describe('tk-record-view saved views', () => {
  it('saves the working state and named views, and a re-created element shows them again', async () => {
    const adapter = new MemoryAdapter();
    let view = await mount({ preferences: reload(adapter), persistKey: KEY, records: deals(12) });
    header(view, 'Amount').click();
    await settle(view);
    await menuChoose(view, 'Save as new view…');
    await nameAs(view, 'By amount <b>');
    expect(liveRegionText()).to.equal('Saved view By amount <b>.');
    expect(viewsButton(view)).to.equal('Views: By amount <b>');
    header(view, 'Name').click();
    await settle(view);
    expect(viewsButton(view)).to.equal('Views: By amount <b> (modified)');
    const radio = shadow(view).querySelector('[role="radiogroup"] input[value="list"]') as HTMLInputElement;
    radio.click();
    await settle(view);
    expect(view.view).to.equal('list');
    await until(async () => (await stored(adapter))?.views !== undefined, 'the views are written');
    view.remove();

    view = await mount({ preferences: reload(adapter), persistKey: KEY, records: deals(12) });
    await settle(view);
    expect(view.view, 'the working state wins on reload').to.equal('list');
    expect(viewsButton(view)).to.equal('Views: By amount <b> (modified)');
    await menuChoose(view, 'By amount <b>');
    expect(view.view).to.equal('table');
    expect(header(view, 'Amount').getAttribute('aria-sort')).to.equal('ascending');
    expect(viewsButton(view)).to.equal('Views: By amount <b>');
    expect(shadow(view).querySelector('b'), 'a view name renders as text').to.equal(null);
    await expect(view).to.be.accessible();
  });

  it('renames, duplicates and deletes a saved view', async () => {
    const adapter = new MemoryAdapter();
    const view = await mount({ preferences: reload(adapter), persistKey: KEY });
    await menuChoose(view, 'Save as new view…');
    await nameAs(view, 'Mine');
    await menuChoose(view, 'Rename view…');
    await nameAs(view, 'Big deals');
    expect(viewsButton(view)).to.equal('Views: Big deals');
    await menuChoose(view, 'Duplicate view');
    expect(viewsButton(view)).to.equal('Views: Big deals (copy)');
    await menuChoose(view, 'Delete view');
    expect(liveRegionText()).to.equal('Deleted view Big deals (copy).');
    expect(viewsButton(view)).to.equal('Views: Current view');
    shadow(view).querySelector<HTMLButtonElement>('[part="views-button"]')!.click();
    await waitUntil(() => shadow(view).querySelector('tk-popover.views[open]'), 'the menu opens', { timeout: 5000 });
    const names = [...shadow(view).querySelectorAll('tk-menu-item[type="radio"]')].map((each) =>
      each.textContent.trim(),
    );
    expect(names).to.deep.equal(['Big deals']);
    await until(async () => {
      const user = await stored(adapter);
      return JSON.stringify(user?.views ?? '').includes('Big deals') && !JSON.stringify(user).includes('(copy)');
    }, 'the deletion is written');
  });

  it('starts from the role default with its reason, and "Reset to suggested" brings it back', async () => {
    const adapter = new MemoryAdapter();
    const view = await mount({ preferences: reload(adapter, 'sales'), persistKey: KEY, view: 'table' });
    await waitUntil(() => view.view === 'kanban', 'the suggested view shows');
    expect(shadow(view).querySelector('[part="reason"]')!.textContent).to.equal('Suggested for the Sales role');
    expect(viewsButton(view)).to.equal('Views: My open deals');
    expect(shadow(view).querySelector('[part="reset-button"]')).to.equal(null);
    (shadow(view).querySelector('[role="radiogroup"] input[value="table"]') as HTMLInputElement).click();
    await settle(view);
    expect(view.view).to.equal('table');
    const reset = shadow(view).querySelector<HTMLButtonElement>('[part="reset-button"]')!;
    expect(reset.textContent.trim()).to.equal('Reset to suggested');
    reset.click();
    await settle(view);
    expect(view.view).to.equal('kanban');
    expect(liveRegionText()).to.equal('View reset.');
    expect(shadow(view).querySelector('[part="reset-button"]')).to.equal(null);
  });

  it('drops a field that no longer exists from a saved view, with a notice instead of an error', async () => {
    const adapter = new MemoryAdapter();
    const first = await mount({ preferences: reload(adapter), persistKey: KEY });
    const errors: unknown[] = [];
    first.addEventListener('tk-preferences-error', (event) => errors.push(event));
    await first.updateComplete;
    first.remove();
    await adapter.write(KEY, {
      version: 1,
      user: {
        state: {
          fields: ['name', 'fax', 'amount'],
          sort: [{ field: 'fax', direction: 'asc' }],
          widths: { fax: 300 },
        },
      },
      updatedAt: Date.now(),
    });
    const view = await mount({ preferences: reload(adapter), persistKey: KEY, fields: FIELDS });
    await settle(view);
    expect(headers(view).map((each) => each.textContent.trim())).to.deep.equal(['Name', 'Amount']);
    const notice = shadow(view).querySelector('[part="notice"]')!;
    expect(notice.textContent).to.contain('A field in this view no longer exists and was removed: fax.');
    expect(errors).to.have.length(0);
    notice.querySelector('button')!.click();
    await settle(view);
    expect(shadow(view).querySelector('[part="notice"]')).to.equal(null);
    await expect(view).to.be.accessible();
  });
});
