import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { createPreferences, MemoryAdapter } from '../../../src/core/prefs/index.js';
import { column, deals, grid, mount, settle, shadow } from './helpers.js';

describe('tk-record-view filter', () => {
  it('"Filter" opens the filter builder; a condition filters the records and the button counts it', async () => {
    const view = await mount({ records: deals(20) });
    shadow(view).querySelector<HTMLButtonElement>('[part="filter-button"]')!.click();
    await waitUntil(
      () => shadow(view).querySelector('tk-popover.filter[open] tk-filter-builder'),
      'the builder opens',
      {
        timeout: 5000,
      },
    );
    const builder = shadow(view).querySelector('tk-filter-builder')!;
    const add = (): HTMLButtonElement | undefined =>
      [...(builder.shadowRoot?.querySelectorAll<HTMLButtonElement>('button') ?? [])].find(
        (button) => button.textContent.trim() === 'Add condition',
      );
    await waitUntil(add, 'the builder renders', { timeout: 5000 });
    add()!.click();
    await waitUntil(() => builder.shadowRoot!.querySelector('input.value'), 'a condition shows');
    const value = builder.shadowRoot!.querySelector<HTMLInputElement>('input.value')!;
    value.focus();
    await sendKeys({ type: 'hooli' });
    await sendKeys({ press: 'Tab' });
    await waitUntil(
      () => grid(view)?.getAttribute('aria-rowcount') === '3',
      () =>
        `the table is filtered: aria-rowcount ${grid(view)?.getAttribute('aria-rowcount')}, value "${value.value}", focus on ${focusPath()}`,
    );
    expect(column(view, 0)).to.deep.equal(['Hooli 4', 'Hooli 14']);
    expect(shadow(view).querySelector('[part="filter-button"]')!.textContent.replace(/\s+/g, ' ').trim()).to.equal(
      'Filter 1',
    );
    await expect(view).to.be.accessible();
  });

  it('applies a filter stored in the saved view after a reload', async () => {
    const adapter = new MemoryAdapter();
    await adapter.write('filtered', {
      version: 1,
      updatedAt: Date.now(),
      user: {
        state: {
          filter: {
            version: 1,
            root: {
              type: 'group',
              combinator: 'and',
              children: [{ type: 'condition', field: 'stage', operator: 'anyOf', value: ['won'] }],
            },
          },
        },
      },
    });
    const view = await mount({
      records: deals(20),
      persistKey: 'filtered',
      preferences: createPreferences({ adapter }),
    });
    await settle(view);
    expect(grid(view).getAttribute('aria-rowcount')).to.equal('6');
    expect(column(view, 2)).to.deep.equal(['Won', 'Won', 'Won', 'Won', 'Won']);
  });
});

/** Where focus is, through shadow roots, for failure messages. */
function focusPath(): string {
  const path: string[] = [];
  for (let at: Element | null = document.activeElement; at; at = at.shadowRoot?.activeElement ?? null) {
    path.push(`${at.localName}${at.className ? `.${String(at.className).split(' ').join('.')}` : ''}`);
  }
  return path.join(' > ');
}
