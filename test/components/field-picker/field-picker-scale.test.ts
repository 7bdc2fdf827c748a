import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { deepActiveElement } from '../../../src/base/focus.js';
import { FieldSet, searchFields } from '../../../src/index.js';
import { manyFields, mount, nextFrame, root, searchBox, shownLabels } from './helpers.js';

const FIELDS = manyFields(5000, 12);
const SET = new FieldSet(FIELDS);
const matchCount = (query: string) => String(searchFields(SET, query).length);
const inCategory00 = (query: string) =>
  searchFields(SET, query).filter((m) => m.field.category === 'Category 00').length;
const slow = { timeout: 8000 };

const options = (picker: HTMLElement) => [...picker.shadowRoot!.querySelectorAll<HTMLElement>('[role=option]')];
const focusedOption = () => deepActiveElement() as HTMLElement;
const labelOf = (picker: HTMLElement, option: HTMLElement) =>
  picker.shadowRoot!.getElementById(option.getAttribute('aria-labelledby')!)!.textContent;

describe('tk-field-picker at 5,000 fields', () => {
  it('keeps about 100 rows in the DOM with set size and positions across all categories', async () => {
    const picker = await mount(html`<tk-field-picker .fields=${FIELDS}></tk-field-picker>`);
    const rendered = options(picker);
    expect(rendered.length).to.be.greaterThan(10);
    expect(rendered.length).to.be.at.most(110);
    for (const option of rendered) expect(option.getAttribute('aria-setsize')).to.equal('5000');
    // Category 00 holds fields 0, 12, 24, …: the first category's options are positions 1, 2, 3, …
    expect(rendered.slice(0, 3).map((o) => o.getAttribute('aria-posinset'))).to.deep.equal(['1', '2', '3']);
    expect(labelOf(picker, rendered[1])).to.equal('Field 0012');
    await expect(picker).to.be.accessible({ ignoredRules: ['color-contrast'] });
  });

  it('End lands on the last field, Home on the first row, PageDown moves ten rows, typing jumps', async () => {
    const picker = await mount(html`<tk-field-picker .fields=${FIELDS}></tk-field-picker>`);
    options(picker)[0].focus();
    await sendKeys({ press: 'End' });
    await waitUntil(
      () => focusedOption()?.getAttribute('aria-posinset') === '5000',
      'End reaches the last field',
      slow,
    );
    // The last category is Category 11, whose last field is 4991.
    expect(labelOf(picker, focusedOption())).to.equal('Field 4991');
    expect(options(picker).length).to.be.at.most(110);
    await sendKeys({ press: 'Home' });
    await waitUntil(() => focusedOption()?.dataset.key === 'h:Category 00', 'Home reaches the first header', slow);
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => focusedOption()?.getAttribute('aria-posinset') === '1');
    await sendKeys({ press: 'PageDown' });
    await waitUntil(() => focusedOption()?.getAttribute('aria-posinset') === '11');
    await sendKeys({ press: 'PageUp' });
    await waitUntil(() => focusedOption()?.getAttribute('aria-posinset') === '1');
    await sendKeys({ type: 'Field 0048' });
    await waitUntil(() => labelOf(picker, focusedOption()) === 'Field 0048', 'typeahead finds a field by its label');
    // A space right after typing continues the typeahead; a moment later it ticks.
    await new Promise((resolve) => setTimeout(resolve, 600));
    await sendKeys({ press: 'Space' });
    await picker.updateComplete;
    expect(shownLabels(picker)).to.include('Field 0048');
  });

  it('search narrows the set size, keeps ticked fields, and clearing restores scroll, categories and focus', async () => {
    const picker = await mount(html`<tk-field-picker .fields=${FIELDS}></tk-field-picker>`);
    const list = root(picker).querySelector<HTMLElement>('.list')!;
    const collapse = root(picker).querySelector<HTMLElement>('[data-key="h:Category 00"]')!;
    collapse.focus();
    await sendKeys({ press: 'ArrowLeft' });
    await picker.updateComplete;
    expect(collapse.getAttribute('aria-expanded')).to.equal('false');
    const topOption = () => {
      const { top, bottom } = list.getBoundingClientRect();
      const inView = options(picker).filter((o) => {
        const rect = o.getBoundingClientRect();
        return rect.bottom > top + 1 && rect.top < bottom;
      });
      inView.sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      return inView[0];
    };
    const topLabel = () => {
      const option = topOption();
      return option ? labelOf(picker, option) : undefined;
    };
    list.scrollTop = 3000;
    await waitUntil(() => topOption(), 'rows in view after scrolling', slow);
    topOption().focus({ preventScroll: true });
    await nextFrame();
    const atTop = topLabel();
    const focusedKey = focusedOption().dataset.key;
    const ticked = [...picker.value];
    searchBox(picker).focus();
    await sendKeys({ type: 'field 4' });
    await waitUntil(() => options(picker)[0]?.getAttribute('aria-setsize') === matchCount('field 4'), 'search', slow);
    expect(shownLabels(picker)).to.deep.equal(ticked.map((id) => `Field ${id.slice(1).padStart(4, '0')}`));
    expect(root(picker).querySelector('[data-key="a:Category 00"]')!.getAttribute('aria-label')).to.equal(
      `Select all ${inCategory00('field 4')} matches in Category 00`,
    );
    for (let i = 0; i < 'field 4'.length; i++) await sendKeys({ press: 'Backspace' });
    await waitUntil(() => options(picker)[0]?.getAttribute('aria-setsize') === '5000', 'cleared', slow);
    // The position settles over a few frames (sizes of blocks not yet measured are estimates).
    let stable = 0;
    await waitUntil(
      () => (stable = topLabel() === atTop ? stable + 1 : 0) >= 10,
      'the same rows stay in view',
      slow,
    ).catch(() => {
      expect(topLabel(), 'the same rows are back in view').to.equal(atTop);
    });
    expect(root(picker).querySelector(`[data-key="${focusedKey}"]`)!.getAttribute('tabindex')).to.equal('0');
    expect(picker.value).to.deep.equal(ticked);
    root(picker).querySelector<HTMLElement>(`[data-key="${focusedKey}"]`)!.focus();
    await sendKeys({ press: 'Home' });
    await waitUntil(() => root(picker).querySelector('[data-key="h:Category 00"]'), 'top of the list', slow);
    expect(root(picker).querySelector('[data-key="h:Category 00"]')!.getAttribute('aria-expanded')).to.equal('false');
  });

  it('select-all of a category is tri-state and, during a search, applies to the matches only', async () => {
    const picker = await mount(html`<tk-field-picker .fields=${FIELDS}></tk-field-picker>`);
    const selectAll = () => root(picker).querySelector<HTMLElement>('[data-key="a:Category 00"]')!;
    expect(selectAll().getAttribute('aria-checked')).to.equal('mixed');
    searchBox(picker).focus();
    await sendKeys({ type: 'field 00' });
    await waitUntil(() => options(picker)[0]?.getAttribute('aria-setsize') === matchCount('field 00'), 'search', slow);
    selectAll().focus();
    await sendKeys({ press: 'Space' });
    await picker.updateComplete;
    // Only the matches of Category 00 are added to the five shown by default.
    const matched = searchFields(SET, 'field 00').filter((m) => m.field.category === 'Category 00');
    expect(selectAll().getAttribute('aria-checked')).to.equal('true');
    expect(picker.value).to.have.members([
      ...new Set(['f0', 'f1000', 'f2000', 'f3000', 'f4000', ...matched.map((m) => m.field.id)]),
    ]);
    await sendKeys({ press: 'Space' });
    await picker.updateComplete;
    // f0 and f3000 are in Category 00 and match: unticked with the rest.
    expect(picker.value).to.deep.equal(['f1000', 'f2000', 'f4000']);
    expect(selectAll().getAttribute('aria-checked')).to.equal('false');
  });
});
