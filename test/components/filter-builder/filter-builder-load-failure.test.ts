// The editing controls load on first use; when they cannot be fetched the sentence stays, the user
// is told and the integrator gets tk-load-error. The test server fails this page's requests for the
// paths in the `tk-test-fail` cookie (web-test-runner.config.mjs).
import { expect, fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import '../../../src/components/filter-builder/define.js';
import type { TkFilterBuilder } from '../../../src/index.js';
import type { TkLoadErrorDetail } from '../../../src/base/index.js';
import { crmFields, exampleFilter } from '../../../stories/Components/fields-demo.js';

describe('tk-filter-builder when its editing code cannot be fetched', () => {
  after(() => {
    document.cookie = 'tk-test-fail=; path=/; max-age=0';
  });

  it('keeps the sentence, says the editor is unavailable and reports tk-load-error', async () => {
    document.cookie = `tk-test-fail=${encodeURIComponent('/src/components/filter-builder/editor')}; path=/`;
    const errors: TkLoadErrorDetail[] = [];
    document.addEventListener('tk-load-error', (event) => errors.push(event.detail));
    const builder = await fixture<TkFilterBuilder>(
      html`<tk-filter-builder currency="EUR" .fields=${crmFields} .value=${exampleFilter}></tk-filter-builder>`,
    );
    await waitUntil(() => errors.length > 0, 'tk-load-error is dispatched');
    await builder.updateComplete;
    expect(errors.map((detail) => detail.part)).to.deep.equal(['editing']);
    expect(builder.shadowRoot!.querySelector('output')!.textContent).to.equal(
      'Stage is Won and (Amount > €10,000 or Owner is any of Ana, Li)',
    );
    expect(builder.shadowRoot!.querySelector('[role=alert]')!.textContent).to.contain('could not be loaded');
    await expect(builder).to.be.accessible();
  });
});
