import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { waitUntil } from '../../support/wait.js';
import { button, CRM_FIELDS, mount, option, recordChanges, root, searchBox, shownLabels } from './helpers.js';

// A host that stores each `tk-fields-change` and hands the value back later, as a controlled
// component's host does (the record view, most apps).
describe('tk-field-picker handed back its own change', () => {
  it('keeps the search the user is typing', async () => {
    const picker = await mount(html`<tk-field-picker .fields=${CRM_FIELDS}></tk-field-picker>`);
    const changes = recordChanges(picker);
    option(picker, 'City')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => changes.length === 1, 'City is shown');
    const search = searchBox(picker);
    search.focus();
    await sendKeys({ type: 'ow' });
    picker.value = [...changes[0].value];
    await picker.updateComplete;
    await sendKeys({ type: 'ner' });
    await picker.updateComplete;
    expect(search.value).to.equal('owner');
    await waitUntil(() => option(picker, 'City') === undefined, 'the list shows what matches "owner"');
    expect(option(picker, 'Deal owner')).to.not.equal(undefined);
    expect(picker.value).to.deep.equal(changes[0].value);
    await expect(picker).to.be.accessible();
  });

  it('keeps the changes the user has staged but not applied', async () => {
    const picker = await mount(html`<tk-field-picker apply-mode="staged" .fields=${CRM_FIELDS}></tk-field-picker>`);
    const changes = recordChanges(picker);
    option(picker, 'City')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => shownLabels(picker).includes('City'), 'City is staged');
    button(picker, 'Apply').click();
    await picker.updateComplete;
    expect(changes).to.have.length(1);
    option(picker, 'Deal owner')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => shownLabels(picker).includes('Deal owner'), 'Deal owner is staged');
    picker.value = [...changes[0].value];
    await picker.updateComplete;
    expect(shownLabels(picker)).to.include('Deal owner');
    expect(root(picker).querySelector('.pending')!.textContent).to.equal('1 change not applied');
    button(picker, 'Apply').click();
    await picker.updateComplete;
    expect(changes).to.have.length(2);
    expect(changes[1].value).to.include.members(['city', 'owner']);

    // A value the host sets that is not its echo still replaces the state.
    picker.value = ['name', 'email'];
    await picker.updateComplete;
    expect(shownLabels(picker)).to.deep.equal(['Name', 'Email']);
    await expect(picker).to.be.accessible();
  });
});
