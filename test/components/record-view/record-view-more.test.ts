import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { liveRegionText } from '../../../src/base/announcer.js';
import type { RecordField } from '../../../src/core/records/index.js';
import { dangerousLinks, hostileStrings, pwned, resetPwned } from '../../support/hostile-strings.js';
import { hoverUntilSortable } from '../../support/sortable.js';
import { FIELDS, deals, focused, header, headers, mount, rows, settle, shadow } from './helpers.js';

const labels = (view: HTMLElement & { shadowRoot: ShadowRoot | null }): string[] =>
  headers(view as never).map((each) => each.querySelector('.label')!.textContent);

describe('tk-record-view columns, list, fields and hostile input', () => {
  it('reorders columns by dragging a header (SortableJS)', async () => {
    const view = await mount({ records: deals(5) });
    const name = header(view, 'Name').getBoundingClientRect();
    await hoverUntilSortable(header(view, 'Name'), [Math.round(name.x + 20), Math.round(name.y + name.height / 2)]);
    const stage = header(view, 'Stage').getBoundingClientRect();
    const start: [number, number] = [Math.round(name.x + 20), Math.round(name.y + name.height / 2)];
    const end: [number, number] = [Math.round(stage.x + stage.width * 0.75), start[1]];
    await sendMouse({ type: 'down' });
    for (let i = 1; i <= 12; i++) {
      await sendMouse({ type: 'move', position: [Math.round(start[0] + ((end[0] - start[0]) * i) / 12), start[1]] });
    }
    await sendMouse({ type: 'up' });
    await settle(view);
    expect(labels(view)).to.deep.equal(['Amount', 'Stage', 'Name', 'Close date']);
    expect(header(view, 'Name').getAttribute('aria-sort'), 'the drag did not sort').to.equal('none');
    const first = rows(view).find((row) => row.getAttribute('aria-rowindex') === '2')!;
    expect(first.querySelectorAll('[role="gridcell"]')[2].textContent.trim(), 'cells follow their column').to.equal(
      'Acme 0',
    );
  });

  it('reorders columns by keyboard: Space picks a header up, arrows move it, Enter drops', async () => {
    const view = await mount({ records: deals(5) });
    header(view, 'Amount').focus();
    await sendKeys({ press: 'Space' });
    expect(liveRegionText()).to.contain('Picked up Amount, position 2 of 4');
    await sendKeys({ press: 'ArrowRight' });
    await settle(view);
    expect(liveRegionText()).to.contain('Amount, position 3 of 4');
    expect(labels(view), 'previewed while held').to.deep.equal(['Name', 'Stage', 'Amount', 'Close date']);
    await sendKeys({ press: 'Enter' });
    await settle(view);
    expect(liveRegionText()).to.contain('Dropped Amount, position 3 of 4');
    expect(labels(view)).to.deep.equal(['Name', 'Stage', 'Amount', 'Close date']);
    expect(header(view, 'Amount').getAttribute('aria-sort'), 'Enter dropped, it did not sort').to.equal('none');
    expect(focused(view)).to.equal(header(view, 'Amount'));
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Escape' });
    await settle(view);
    expect(labels(view)).to.deep.equal(['Name', 'Stage', 'Amount', 'Close date']);
  });

  it('shows a list of cards named by their title, moved through with the arrow keys', async () => {
    const view = await mount({ records: deals(300), view: 'list' });
    await waitUntil(() => shadow(view).querySelector('[role="listitem"]'), 'the list loads', { timeout: 5000 });
    await settle(view);
    const list = shadow(view).querySelector('[role="list"]')!;
    expect(list.getAttribute('aria-label')).to.equal('Records list');
    const first = shadow(view).querySelector<HTMLElement>('[role="listitem"][aria-posinset="1"]')!;
    expect(first.getAttribute('aria-label')).to.equal('Acme 0');
    expect(first.getAttribute('aria-setsize')).to.equal('300');
    expect(first.textContent).to.contain('Amount');
    expect(shadow(view).querySelectorAll('[role="listitem"]').length).to.be.below(120);
    first.focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(view);
    expect(focused(view)?.getAttribute('aria-label')).to.equal('Globex 1');
    await sendKeys({ press: 'End' });
    await waitUntil(() => focused(view)?.getAttribute('aria-posinset') === '300');
    expect(focused(view)?.getAttribute('aria-label')).to.equal('Soylent 299');
    await expect(view).to.be.accessible();
  });

  it('"Fields" opens the field picker; ticking a field adds its column', async () => {
    const view = await mount({ records: deals(5) });
    shadow(view).querySelector<HTMLButtonElement>('[part="fields-button"]')!.click();
    await waitUntil(() => shadow(view).querySelector('tk-field-picker'), 'the picker loads', { timeout: 5000 });
    const picker = shadow(view).querySelector('tk-field-picker')!;
    await waitUntil(() => shadow(view).querySelector('tk-popover.fields[open]'), 'the popover opens', {
      timeout: 5000,
    });
    const owner = (): HTMLElement | undefined =>
      [...(picker.shadowRoot?.querySelectorAll<HTMLElement>('[role="option"]') ?? [])].find(
        (each) => each.textContent.includes('Owner') && each.getAttribute('aria-checked') === 'false',
      );
    await waitUntil(owner, 'the Owner option shows', { timeout: 5000 });
    const option = owner()!;
    option.focus();
    await sendKeys({ press: 'Space' });
    await settle(view);
    expect(labels(view)).to.deep.equal(['Name', 'Amount', 'Stage', 'Close date', 'Owner']);
    await expect(view).to.be.accessible();
  });

  it('renders the hostile-strings corpus as text in values, field labels and option labels', async () => {
    resetPwned();
    const sample = hostileStrings.slice(0, 60);
    const fields: RecordField[] = [
      { id: 'name', label: sample[1], type: 'text', defaultVisible: true },
      {
        id: 'stage',
        label: sample[2],
        type: 'enum',
        options: sample.slice(0, 5).map((label, index) => ({ value: `s${index}`, label })),
        defaultVisible: true,
      },
      ...FIELDS.slice(1, 2),
    ];
    const records = sample.map((text, index) => ({
      id: `h${index}`,
      name: text,
      stage: `s${index % 6}`,
      amount: text,
    }));
    const view = await mount({ records, fields });
    expect(labels(view)).to.deep.equal([sample[1], sample[2], 'Amount']);
    const shownNames = rows(view).map((row) => row.querySelector('[role="gridcell"]')!.textContent.trim());
    for (const name of shownNames) expect(sample).to.include(name);
    expect(dangerousLinks(view.shadowRoot!)).to.deep.equal([]);
    expect(shadow(view).querySelector('script, img, iframe, svg, a, object, embed, style:not([data-tk])')).to.equal(
      null,
    );
    view.view = 'kanban';
    view.groupBy = 'stage';
    await waitUntil(() => shadow(view).querySelector('.board'), 'the board loads', { timeout: 5000 });
    await settle(view);
    expect(shadow(view).querySelector('.column')!.getAttribute('aria-label')).to.contain(sample[0]);
    expect(shadow(view).querySelector('script, img, iframe, svg, a, object, embed')).to.equal(null);
    expect(pwned()).to.equal(false);
  });
});
