import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/components/filter-builder/define.js';
import { deepActiveElement } from '../../../src/base/focus.js';
import {
  createPreferences,
  evaluate,
  MemoryAdapter,
  type FieldDefinition,
  type Filter,
  type Preferences,
  type TkFilterBuilder,
  type TkFilterChangeDetail,
  type TkFilterErrorDetail,
} from '../../../src/index.js';
import { hostileStrings, pwned } from '../../support/hostile-strings.js';
import { exampleFilter } from '../../../stories/Components/fields-demo.js';

const FIELDS: FieldDefinition[] = [
  {
    id: 'stage',
    label: 'Stage',
    type: 'enum',
    category: 'Deal',
    options: [
      { value: 'won', label: 'Won' },
      { value: 'lost', label: 'Lost' },
    ],
  },
  { id: 'amount', label: 'Amount', type: 'currency', category: 'Deal' },
  {
    id: 'owner',
    label: 'Owner',
    type: 'enum',
    category: 'Team',
    options: [
      { value: 'ana', label: 'Ana' },
      { value: 'li', label: 'Li' },
    ],
  },
  { id: 'name', label: 'Client name', type: 'text', category: 'Contact' },
  { id: 'created', label: 'Created', type: 'date', category: 'Deal' },
  { id: 'vip', label: 'VIP', type: 'boolean', category: 'Contact' },
];

const SAMPLE = exampleFilter;

async function mount(value?: Filter, extra: { store?: Preferences } = {}): Promise<TkFilterBuilder> {
  const builder = await fixture<TkFilterBuilder>(
    extra.store
      ? html`<tk-filter-builder
          currency="EUR"
          persist-key="deals"
          .preferences=${extra.store}
          .fields=${FIELDS}
          .value=${value}
        ></tk-filter-builder>`
      : html`<tk-filter-builder currency="EUR" .fields=${FIELDS} .value=${value}></tk-filter-builder>`,
  );
  await builder.updateComplete;
  return builder;
}

const summary = (builder: TkFilterBuilder) => builder.shadowRoot!.querySelector('output')!.textContent;
const byLabel = <T extends HTMLElement>(builder: TkFilterBuilder, label: string): T =>
  builder.shadowRoot!.querySelector<T>(`[aria-label="${CSS.escape(label)}"]`)!;
const buttons = (builder: TkFilterBuilder, text: string) =>
  [...builder.shadowRoot!.querySelectorAll<HTMLButtonElement>('button')].filter((b) => b.textContent.trim() === text);

function recordChanges(builder: TkFilterBuilder): TkFilterChangeDetail[] {
  const changes: TkFilterChangeDetail[] = [];
  builder.addEventListener('tk-filter-change', (event) => changes.push(event.detail));
  return changes;
}

/**
 * A builder whose one condition (Name contains "acme") the user turned to "starts with" (one
 * change reported), with the value selected and focused to type over.
 */
async function typingAfterAChange(): Promise<{
  builder: TkFilterBuilder;
  changes: TkFilterChangeDetail[];
  value: HTMLInputElement;
}> {
  const builder = await mount({
    version: 1,
    root: {
      type: 'group',
      combinator: 'and',
      children: [{ type: 'condition', field: 'name', operator: 'contains', value: 'acme' }],
    },
  });
  const changes = recordChanges(builder);
  const comparison = byLabel<HTMLSelectElement>(builder, 'Comparison of condition 1');
  comparison.value = 'startsWith';
  comparison.dispatchEvent(new Event('change'));
  await builder.updateComplete;
  expect(changes).to.have.length(1);
  const value = byLabel<HTMLInputElement>(builder, 'Value of condition 1');
  value.focus();
  value.select();
  return { builder, changes, value };
}

describe('tk-filter-builder', () => {
  it('keeps what the user is typing when the host hands back the last change meanwhile', async () => {
    // A host that stores each change and hands it back later, as the record view and most apps do.
    const { builder, changes, value } = await typingAfterAChange();
    await sendKeys({ type: 'hoo' });
    builder.value = changes[0].value;
    await builder.updateComplete;
    await sendKeys({ type: 'li' });
    expect(value.value).to.equal('hooli');
    await sendKeys({ press: 'Tab' });
    await builder.updateComplete;
    expect(changes.at(-1)!.value.root.children).to.deep.equal([
      { type: 'condition', field: 'name', operator: 'startsWith', value: 'hooli' },
    ]);
    expect(summary(builder)).to.contain('hooli');

    // A value the host sets that is not its echo still replaces the filter.
    builder.value = changes[0].value;
    await builder.updateComplete;
    expect(byLabel<HTMLInputElement>(builder, 'Value of condition 1').value).to.equal('acme');
  });

  it('keeps what the user is typing when the host hands back an earlier change late', async () => {
    // A host whose save answers each change after the user made the next one.
    const { builder, changes, value } = await typingAfterAChange();
    await sendKeys({ type: 'glo' });
    await sendKeys({ press: 'Enter' });
    await builder.updateComplete;
    expect(changes).to.have.length(2);
    await sendKeys({ type: 'bex' });
    builder.value = changes[0].value;
    await builder.updateComplete;
    builder.value = changes[1].value;
    await builder.updateComplete;
    await sendKeys({ type: ' Corp' });
    expect(value.value).to.equal('globex Corp');
    await sendKeys({ press: 'Tab' });
    await builder.updateComplete;
    expect(changes.at(-1)!.value.root.children).to.deep.equal([
      { type: 'condition', field: 'name', operator: 'startsWith', value: 'globex Corp' },
    ]);
    await expect(builder).to.be.accessible();
  });

  it('shows the sentence the filter amounts to, with labelled controls', async () => {
    const builder = await mount(SAMPLE);
    expect(summary(builder)).to.equal('Stage is Won and (Amount > €10,000 or Owner is any of Ana, Li)');
    expect(byLabel<HTMLInputElement>(builder, 'Field of condition 1').value).to.equal('Stage');
    expect(builder.shadowRoot!.querySelectorAll('fieldset.group')).to.have.length(2);
    await expect(builder).to.be.accessible();
  });

  it('builds a filter with the keyboard alone: add, choose a field by search, pick a comparison, type a value', async () => {
    const builder = await mount();
    const changes = recordChanges(builder);
    expect(summary(builder)).to.equal('All records');
    buttons(builder, 'Add condition')[0].focus();
    await sendKeys({ press: 'Enter' });
    await builder.updateComplete;
    await waitUntil(() => (deepActiveElement() as HTMLElement)?.getAttribute('aria-label') === 'Field of condition 1');
    await sendKeys({ type: 'amo' });
    await builder.updateComplete;
    const chooser = byLabel<HTMLInputElement>(builder, 'Field of condition 1');
    expect(chooser.getAttribute('aria-expanded')).to.equal('true');
    await sendKeys({ press: 'Enter' });
    await builder.updateComplete;
    expect((deepActiveElement() as HTMLElement).getAttribute('aria-label')).to.equal('Comparison of condition 1');
    // equals → notEquals → lt → lte → gt
    for (let i = 0; i < 4; i++) await sendKeys({ press: 'ArrowDown' });
    await builder.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ type: '10000' });
    await sendKeys({ press: 'Tab' });
    await builder.updateComplete;
    expect(summary(builder)).to.equal('Amount > €10,000');
    expect(changes.at(-1)!.value.root.children).to.deep.equal([
      { type: 'condition', field: 'amount', operator: 'gt', value: 10000 },
    ]);
    expect(evaluate(builder.value, { amount: 20000 }, FIELDS)).to.equal(true);
    expect(evaluate(builder.value, { amount: 2000 }, FIELDS)).to.equal(false);
  });

  it('adds a group, switches it to any-of, negates it, ticks options and removes conditions', async () => {
    const builder = await mount();
    const changes = recordChanges(builder);
    buttons(builder, 'Add group')[0].click();
    await builder.updateComplete;
    const nested = builder.shadowRoot!.querySelectorAll<HTMLFieldSetElement>('fieldset.group')[1];
    const combinator = nested.querySelector<HTMLSelectElement>('.combinator select')!;
    combinator.value = 'or';
    combinator.dispatchEvent(new Event('change'));
    nested.querySelector<HTMLInputElement>('.not input')!.click();
    await builder.updateComplete;
    // The new group starts with a condition on the first field: Stage, any of.
    const won = [...nested.querySelectorAll('label.option')].find((l) => l.textContent.trim() === 'Won')!;
    won.querySelector('input')!.click();
    await builder.updateComplete;
    expect(summary(builder)).to.equal('not (Stage is Won)');
    expect(changes.at(-1)!.value.root.children[0]).to.deep.equal({
      type: 'group',
      combinator: 'or',
      not: true,
      children: [{ type: 'condition', field: 'stage', operator: 'anyOf', value: ['won'] }],
    });
    byLabel<HTMLButtonElement>(builder, 'Remove condition 1').click();
    await builder.updateComplete;
    expect(summary(builder)).to.equal('All records');
    byLabel<HTMLButtonElement>(builder, 'Remove group 1').click();
    await builder.updateComplete;
    expect(builder.value.root.children).to.deep.equal([]);
    // Three levels at most: a group inside a group has no "Add group".
    buttons(builder, 'Add group')[0].click();
    await builder.updateComplete;
    // The nested group's buttons come first in the DOM, before the outer group's.
    buttons(builder, 'Add group')[0].click();
    await builder.updateComplete;
    expect(builder.shadowRoot!.querySelectorAll('fieldset.group')).to.have.length(3);
    expect(buttons(builder, 'Add group')).to.have.length(2);
  });

  it('drops unknown fields from a given filter and reports them', async () => {
    const builder = document.createElement('tk-filter-builder');
    const reported = oneEvent(builder, 'tk-filter-error');
    builder.fields = FIELDS;
    builder.value = {
      version: 1,
      root: {
        type: 'group',
        combinator: 'and',
        children: [
          { type: 'condition', field: 'renamed', operator: 'contains', value: 'x' },
          { type: 'condition', field: 'amount', operator: 'gt', value: 5 },
        ],
      },
    };
    document.body.append(builder);
    const { detail } = (await reported) as CustomEvent<TkFilterErrorDetail>;
    expect(detail.dropped.map((d) => d.reason)).to.deep.equal(['unknown-field']);
    await builder.updateComplete;
    expect(summary(builder)).to.equal('Amount > 5');
    builder.remove();
  });

  it('keeps the user filter across a reload with persist-key', async () => {
    const adapter = new MemoryAdapter();
    let builder = await mount(undefined, { store: createPreferences({ adapter }) });
    await waitUntil(() => buttons(builder, 'Add condition')[0]);
    const changed = oneEvent(builder, 'tk-filter-change');
    buttons(builder, 'Add condition')[0].click();
    await changed;
    await waitUntil(async () => (await adapter.read('deals')).status === 'present', 'written');
    builder.remove();
    builder = await mount(undefined, { store: createPreferences({ adapter }) });
    await waitUntil(() => builder.value.root.children.length === 1, 'the stored filter is back');
    expect(builder.value.root.children[0]).to.deep.equal({
      type: 'condition',
      field: 'stage',
      operator: 'anyOf',
      value: [],
    });
  });

  it('renders hostile labels, option labels and typed values as text', async () => {
    const hostile = hostileStrings.slice(0, 20);
    const fields: FieldDefinition[] = [
      { id: 'x', label: hostile[0], type: 'text' },
      {
        id: 'y',
        label: hostile[1],
        type: 'enum',
        options: hostile.map((text, i) => ({ value: `v${i}`, label: text })),
      },
    ];
    const builder = await fixture<TkFilterBuilder>(html`<tk-filter-builder .fields=${fields}></tk-filter-builder>`);
    buttons(builder, 'Add condition')[0].click();
    await builder.updateComplete;
    const value = byLabel<HTMLInputElement>(builder, 'Value of condition 1');
    value.focus();
    await sendKeys({ type: hostile[2] });
    await sendKeys({ press: 'Tab' });
    await builder.updateComplete;
    expect(summary(builder)).to.equal(`${hostile[0]} contains “${hostile[2].trim()}”`);
    const chooser = byLabel<HTMLInputElement>(builder, 'Field of condition 1');
    chooser.focus();
    await sendKeys({ press: 'ArrowDown' });
    await builder.updateComplete;
    expect(builder.shadowRoot!.querySelectorAll('img, script, iframe, svg, a, object, embed')).to.have.length(0);
    expect(pwned()).to.equal(false);
  });
});
