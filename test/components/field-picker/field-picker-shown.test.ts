// The "Shown" section with every one of 5,000 fields ticked: only the rows in view are rendered, each
// tells its place in the whole list, and keyboard reordering reveals the held row wherever it goes.
import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { liveRegionText } from '../../../src/base/announcer.js';
import { deepActiveElement } from '../../../src/base/focus.js';
import { center, drag } from '../dashboard/helpers.js';
import { hoverUntilSortable } from '../../support/sortable.js';
import { manyFields, mount, recordChanges, root } from './helpers.js';

const FIELDS = manyFields(5000, 12);
const ALL = FIELDS.map((field) => field.id);
const slow = { timeout: 8000 };

const shownRows = (picker: HTMLElement) => [...root(picker as never).querySelectorAll<HTMLElement>('.shown-item')];
const focusedRow = () => deepActiveElement() as HTMLElement | null;

describe('tk-field-picker "Shown" section at 5,000 ticked fields', () => {
  it('renders a bounded number of rows, with set size and positions across all 5,000', async () => {
    const picker = await mount(html`<tk-field-picker .fields=${FIELDS} .value=${ALL}></tk-field-picker>`);
    await waitUntil(() => shownRows(picker).length > 0, 'the Shown section renders its first rows');
    const rows = shownRows(picker);
    expect(rows.length).to.be.greaterThan(3);
    expect(rows.length).to.be.at.most(60);
    for (const row of rows) expect(row.getAttribute('aria-setsize')).to.equal('5000');
    const first = rows.find((row) => row.getAttribute('aria-posinset') === '1')!;
    expect(first.querySelector('.label')!.textContent).to.equal('Field 0000');
    expect(root(picker).querySelector('#shown-heading .badge')!.textContent).to.equal('5000');
    await expect(picker).to.be.accessible({ ignoredRules: ['color-contrast'] });
  });

  it('End reaches the last row; a grabbed row moves by keys, is announced and stays focused far from where it was', async () => {
    const picker = await mount(html`<tk-field-picker .fields=${FIELDS} .value=${ALL}></tk-field-picker>`);
    await waitUntil(() => shownRows(picker).length > 0, 'the Shown section renders its first rows');
    const changes = recordChanges(picker);
    shownRows(picker)[0].focus();
    await sendKeys({ press: 'End' });
    await waitUntil(() => focusedRow()?.dataset.reorderId === 'f4999', 'End focuses the last shown row', slow);
    expect(focusedRow()!.getAttribute('aria-posinset')).to.equal('5000');
    await sendKeys({ press: 'Enter' });
    expect(liveRegionText()).to.contain('Picked up Field 4999, position 5000 of 5000');
    await sendKeys({ press: 'ArrowUp' });
    expect(liveRegionText()).to.equal('Field 4999, position 4999 of 5000.');
    await sendKeys({ press: 'Home' });
    expect(liveRegionText()).to.equal('Field 4999, position 1 of 5000.');
    await waitUntil(() => focusedRow()?.dataset.reorderId === 'f4999', 'the held row is revealed at the top', slow);
    expect(focusedRow()!.getAttribute('aria-posinset')).to.equal('1');
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    expect(liveRegionText()).to.equal('Dropped Field 4999, position 1 of 5000.');
    expect(changes).to.have.length(1);
    expect(changes[0].value.slice(0, 3)).to.deep.equal(['f4999', 'f0', 'f1']);
    expect(changes[0].value).to.have.length(5000);
    await waitUntil(() => focusedRow()?.dataset.reorderId === 'f4999', 'the dropped row keeps focus', slow);
  });

  it('reorders by a real drag among the rendered rows, the same way as by keyboard', async () => {
    const picker = await mount(html`<tk-field-picker .fields=${FIELDS} .value=${ALL}></tk-field-picker>`);
    await waitUntil(() => shownRows(picker).length > 3, 'the Shown section renders its first rows');
    const changes = recordChanges(picker);
    const row = (id: string) => shownRows(picker).find((each) => each.dataset.reorderId === id)!;
    await hoverUntilSortable(row('f2'), center(row('f2')));
    await drag(center(row('f2')), center(row('f0')), 10);
    await resetMouse();
    await waitUntil(() => changes.length > 0, 'the drop is reported');
    expect(changes).to.have.length(1);
    expect(changes[0].value.slice(0, 3)).to.deep.equal(['f2', 'f0', 'f1']);
    expect(changes[0].value).to.have.length(5000);
    await picker.updateComplete;
    await waitUntil(() => row('f2')?.getAttribute('aria-posinset') === '1', 'the dragged row is first');
    expect(liveRegionText()).to.equal('Dropped Field 0002, position 1 of 5000.');
  });
});
