import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { liveRegionText } from '../../../src/base/announcer.js';
import { deepActiveElement } from '../../../src/base/focus.js';
import { CRM_FIELDS, mount, option, recordChanges, root, searchBox, shownLabels, shownRow } from './helpers.js';

describe('tk-field-picker', () => {
  it('shows the default fields, required and pinned in place, as checkable options named by their labels', async () => {
    const picker = await mount(html`<tk-field-picker .fields=${CRM_FIELDS}></tk-field-picker>`);
    expect(picker.value).to.deep.equal(['name', 'email', 'phone', 'stage', 'amount', 'total']);
    expect(shownLabels(picker)).to.deep.equal(['Name', 'Email', 'Phone', 'Stage', 'Amount', 'Total']);
    const email = option(picker, 'Email')!;
    expect(email.getAttribute('aria-checked')).to.equal('true');
    expect(option(picker, 'City')!.getAttribute('aria-checked')).to.equal('false');
    const name = option(picker, 'Name')!;
    expect(name.getAttribute('aria-disabled')).to.equal('true');
    expect(root(picker).getElementById(name.getAttribute('aria-describedby')!)!.textContent).to.contain('Required');
    expect(searchBox(picker).getAttribute('aria-label')).to.equal('Search…');
    expect(root(picker).querySelector('[role=listbox]')!.getAttribute('aria-label')).to.equal('Fields');
    expect(root(picker).querySelectorAll('[role=group]')).to.have.length(2);
    await expect(picker).to.be.accessible();
  });

  it('shows new labels in both places when the host renames fields, keeping the choice', async () => {
    const picker = await mount(html`<tk-field-picker .fields=${CRM_FIELDS}></tk-field-picker>`);
    picker.fields = CRM_FIELDS.map((field) => (field.id === 'email' ? { ...field, label: 'E-mail address' } : field));
    await picker.updateComplete;
    expect(shownLabels(picker)).to.deep.equal(['Name', 'E-mail address', 'Phone', 'Stage', 'Amount', 'Total']);
    await waitUntil(() => option(picker, 'E-mail address'), 'the list renders the new label');
    expect(option(picker, 'E-mail address')!.getAttribute('aria-checked')).to.equal('true');
    expect(option(picker, 'Email')).to.equal(undefined);
    expect(picker.value).to.deep.equal(['name', 'email', 'phone', 'stage', 'amount', 'total']);
  });

  it('ticks with Space and emits one tk-fields-change per change', async () => {
    const picker = await mount(html`<tk-field-picker .fields=${CRM_FIELDS}></tk-field-picker>`);
    const changes = recordChanges(picker);
    option(picker, 'City')!.focus();
    await sendKeys({ press: 'Space' });
    await picker.updateComplete;
    expect(option(picker, 'City')!.getAttribute('aria-checked')).to.equal('true');
    expect(changes).to.deep.equal([{ value: ['name', 'email', 'phone', 'stage', 'amount', 'city', 'total'] }]);
    expect(liveRegionText()).to.equal('City shown, 7 fields shown.');
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'Space' });
    await picker.updateComplete;
    expect(changes.at(-1)!.value).to.not.include('phone');
    // Name is required: Space says why and changes nothing.
    option(picker, 'Name')!.focus();
    await sendKeys({ press: 'Space' });
    expect(changes).to.have.length(2);
    expect(liveRegionText()).to.equal('Name is required and stays shown.');
  });

  it('search keeps ticked fields in the Shown section, highlights matches, and clearing restores the list', async () => {
    const picker = await mount(html`<tk-field-picker .fields=${CRM_FIELDS}></tk-field-picker>`);
    searchBox(picker).focus();
    await sendKeys({ type: 'EMAI' });
    await picker.updateComplete;
    await waitUntil(() => root(picker).querySelectorAll('[role=option]').length === 1);
    expect(root(picker).querySelector('mark')!.textContent).to.equal('Emai');
    expect(shownLabels(picker)).to.deep.equal(['Name', 'Email', 'Phone', 'Stage', 'Amount', 'Total']);
    await sendKeys({ press: 'Escape' });
    await picker.updateComplete;
    await waitUntil(() => root(picker).querySelectorAll('[role=option]').length === CRM_FIELDS.length);
    expect(shownLabels(picker)).to.have.length(6);
  });

  it('reorders the Shown section by keyboard with announcements, within pinned zones', async () => {
    const picker = await mount(html`<tk-field-picker .fields=${CRM_FIELDS}></tk-field-picker>`);
    const changes = recordChanges(picker);
    shownRow(picker, 'Phone').focus();
    await sendKeys({ press: 'Enter' });
    expect(liveRegionText()).to.contain('Picked up Phone, position 3 of 6');
    await sendKeys({ press: 'ArrowUp' });
    expect(liveRegionText()).to.equal('Phone, position 2 of 6.');
    await sendKeys({ press: 'ArrowUp' });
    expect(liveRegionText()).to.equal('Phone cannot move further that way.');
    await sendKeys({ press: 'Enter' });
    await picker.updateComplete;
    expect(shownLabels(picker)).to.deep.equal(['Name', 'Phone', 'Email', 'Stage', 'Amount', 'Total']);
    expect(changes.map((c) => c.value)).to.deep.equal([['name', 'phone', 'email', 'stage', 'amount', 'total']]);
    expect(liveRegionText()).to.equal('Dropped Phone, position 2 of 6.');
    expect((deepActiveElement() as HTMLElement).dataset.reorderId).to.equal('phone');
    await sendKeys({ press: 'Alt+ArrowDown' });
    await picker.updateComplete;
    expect(shownLabels(picker)).to.deep.equal(['Name', 'Email', 'Phone', 'Stage', 'Amount', 'Total']);
    expect(liveRegionText()).to.equal('Phone, position 3 of 6.');
  });
});
