// The list's code (virtualizer, reorder controller) loads on first use; when it cannot be fetched the
// "Shown" section stays, the user is told and the integrator gets tk-load-error. The test server fails
// this page's requests for the paths in the `tk-test-fail` cookie (web-test-runner.config.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import '../../../src/components/field-picker/define.js';
import type { TkFieldPicker } from '../../../src/index.js';
import type { TkLoadErrorDetail } from '../../../src/base/index.js';
import { CRM_FIELDS, manyFields, shownLabels } from './helpers.js';

describe('tk-field-picker when its list code cannot be fetched', () => {
  after(() => {
    document.cookie = 'tk-test-fail=; path=/; max-age=0';
  });

  it('keeps the Shown section, says the list is unavailable and reports tk-load-error once', async () => {
    document.cookie = `tk-test-fail=${encodeURIComponent('/src/components/field-picker/list-support')}; path=/`;
    const errors: TkLoadErrorDetail[] = [];
    document.addEventListener('tk-load-error', (event) => errors.push(event.detail));
    const picker = await fixture<TkFieldPicker>(html`<tk-field-picker .fields=${CRM_FIELDS}></tk-field-picker>`);
    await waitUntil(() => errors.length > 0, 'tk-load-error is dispatched');
    await picker.updateComplete;
    expect(errors.map((detail) => detail.part)).to.deep.equal(['editing']);
    expect(shownLabels(picker)).to.deep.equal(['Name', 'Email', 'Phone', 'Stage', 'Amount', 'Total']);
    expect(picker.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('could not be loaded');
    await expect(picker).to.be.accessible();
  });

  it('still lists every shown field when there is no virtualizer to render them in view', async () => {
    document.cookie = `tk-test-fail=${encodeURIComponent('/src/components/field-picker/list-support')}; path=/`;
    const fields = manyFields(100, 4);
    const errors: unknown[] = [];
    document.addEventListener('tk-load-error', (event) => errors.push(event.detail));
    const picker = await fixture<TkFieldPicker>(
      html`<tk-field-picker .fields=${fields} .value=${fields.map((field) => field.id)}></tk-field-picker>`,
    );
    await waitUntil(() => errors.length > 0, 'tk-load-error is dispatched');
    await picker.updateComplete;
    expect(shownLabels(picker)).to.have.length(100);
    expect(shownLabels(picker).at(-1)).to.equal('Field 0099');
  });
});
