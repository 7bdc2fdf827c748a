import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { liveRegionText } from '../../../src/base/announcer.js';
import {
  createPreferences,
  MemoryAdapter,
  ruleDefaults,
  type FieldDefinition,
  type Preferences,
  type TkFieldPicker,
  type TkPopover,
  type TkFieldsErrorDetail,
} from '../../../src/index.js';
import { center, drag } from '../dashboard/helpers.js';
import { hostileStrings, pwned } from '../../support/hostile-strings.js';
import { hoverUntilSortable } from '../../support/sortable.js';
import '../../../src/components/popover/define.js';
import {
  button,
  CRM_FIELDS,
  mount,
  nextFrame,
  option,
  recordChanges,
  root,
  searchBox,
  shownLabels,
  shownRow,
} from './helpers.js';

async function persisted(store: Preferences, value?: string[]): Promise<TkFieldPicker> {
  const picker = await mount(
    html`<tk-field-picker
      persist-key="columns"
      .preferences=${store}
      .fields=${CRM_FIELDS}
      .value=${value}
    ></tk-field-picker>`,
  );
  await waitUntil(
    () => root(picker).querySelector('.list')!.getAttribute('aria-busy') === 'false',
    'preferences loaded',
  );
  await picker.updateComplete;
  return picker;
}

async function storedUser(adapter: MemoryAdapter, key = 'columns'): Promise<unknown> {
  const read = await adapter.read(key);
  return read.status === 'present' ? read.record.user : undefined;
}

describe('tk-field-picker behaviour', () => {
  afterEach(() => resetMouse());

  it('staged mode holds changes until Apply, which emits one event; Cancel restores', async () => {
    const picker = await mount(html`<tk-field-picker apply-mode="staged" .fields=${CRM_FIELDS}></tk-field-picker>`);
    const changes = recordChanges(picker);
    const before = picker.value;
    // Each Space is seen in the Shown section before the next field is focused.
    option(picker, 'City')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => shownLabels(picker).includes('City'), 'City is staged');
    option(picker, 'Deal owner')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => shownLabels(picker).includes('Deal owner'), 'Deal owner is staged');
    option(picker, 'Email')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(() => !shownLabels(picker).includes('Email'), 'Email is staged as hidden');
    await picker.updateComplete;
    expect(changes).to.have.length(0);
    expect(picker.value).to.deep.equal(before);
    expect(shownLabels(picker)).to.include.members(['City', 'Deal owner']);
    expect(root(picker).querySelector('.pending')!.textContent).to.equal('3 changes not applied');
    button(picker, 'Apply').click();
    await picker.updateComplete;
    expect(changes).to.have.length(1);
    expect(changes[0].value).to.deep.equal(['name', 'phone', 'stage', 'amount', 'city', 'owner', 'total']);
    option(picker, 'Phone')!.focus();
    await sendKeys({ press: 'Space' });
    await picker.updateComplete;
    expect(shownLabels(picker)).to.not.include('Phone');
    button(picker, 'Cancel').click();
    await picker.updateComplete;
    expect(shownLabels(picker)).to.include('Phone');
    expect(changes).to.have.length(1);
    expect(button(picker, 'Apply').disabled).to.equal(true);
    await expect(picker).to.be.accessible();
  });

  it('reorders the Shown section with a real drag, the same as by keyboard', async () => {
    const picker = await mount(html`<tk-field-picker .fields=${CRM_FIELDS}></tk-field-picker>`);
    const changes = recordChanges(picker);
    await nextFrame();
    await hoverUntilSortable(shownRow(picker, 'Stage'), center(shownRow(picker, 'Stage')));
    await drag(center(shownRow(picker, 'Stage')), center(shownRow(picker, 'Email')), 10);
    await waitUntil(() => changes.length === 1, 'the drop is committed');
    await picker.updateComplete;
    expect(shownLabels(picker)).to.deep.equal(['Name', 'Stage', 'Email', 'Phone', 'Amount', 'Total']);
    expect(changes[0].value).to.deep.equal(['name', 'stage', 'email', 'phone', 'amount', 'total']);
    expect(liveRegionText()).to.equal('Dropped Stage, position 2 of 6.');
    // A pinned field cannot be dragged out of its zone.
    await drag(center(shownRow(picker, 'Total')), center(shownRow(picker, 'Email')), 10);
    await picker.updateComplete;
    expect(shownLabels(picker).at(-1)).to.equal('Total');
    expect(changes).to.have.length(1);
  });

  it('marks differences from the default, resets one field with Delete and all with Reset to default', async () => {
    const picker = await mount(html`<tk-field-picker .fields=${CRM_FIELDS}></tk-field-picker>`);
    option(picker, 'City')!.focus();
    await sendKeys({ press: 'Space' });
    option(picker, 'Email')!.focus();
    await sendKeys({ press: 'Space' });
    await picker.updateComplete;
    const changed = () => [...root(picker).querySelectorAll('.row[data-changed] .label')].map((el) => el.textContent);
    expect(changed()).to.deep.equal(['Email', 'City']);
    const notes = root(picker).getElementById(option(picker, 'City')!.getAttribute('aria-describedby')!)!;
    expect(notes.textContent).to.contain('Changed from default');
    await sendKeys({ press: 'Delete' });
    await waitUntil(() => changed().length === 1, 'Email is no longer marked');
    expect(changed()).to.deep.equal(['City']);
    expect(picker.value).to.include('email');
    const reset = button(picker, 'Reset to default');
    expect(reset.disabled).to.equal(false);
    reset.click();
    await waitUntil(() => changed().length === 0, 'no field is marked any more');
    expect(picker.value).to.deep.equal(['name', 'email', 'phone', 'stage', 'amount', 'total']);
    expect(button(picker, 'Reset to default').disabled).to.equal(true);
  });

  it('marks a moved field, and its reset puts it back at its default place', async () => {
    const picker = await mount(html`<tk-field-picker .fields=${CRM_FIELDS}></tk-field-picker>`);
    const changes = recordChanges(picker);
    const movedInShown = () =>
      [...root(picker).querySelectorAll('.shown-item[data-changed] .label')].map((el) => el.textContent);
    const markedInList = () =>
      [...root(picker).querySelectorAll('.row[data-changed] .label')].map((el) => el.textContent);
    shownRow(picker, 'Stage').focus();
    await sendKeys({ press: 'Alt+ArrowUp' });
    await sendKeys({ press: 'Alt+ArrowUp' });
    await picker.updateComplete;
    expect(shownLabels(picker)).to.deep.equal(['Name', 'Stage', 'Email', 'Phone', 'Amount', 'Total']);
    // One field moved past two others: only it is marked, in both places, and says why.
    expect(movedInShown()).to.deep.equal(['Stage']);
    expect(markedInList()).to.deep.equal(['Stage']);
    expect(shownRow(picker, 'Stage').querySelector('.notes')!.textContent).to.contain('Moved from its default place');
    const notes = root(picker).getElementById(option(picker, 'Stage')!.getAttribute('aria-describedby')!)!;
    expect(notes.textContent).to.contain('Moved from its default place');
    expect(button(picker, 'Reset to default').disabled).to.equal(false);
    // Delete on its option in the list resets it: back between Phone and Amount.
    option(picker, 'Stage')!.focus();
    await sendKeys({ press: 'Delete' });
    await picker.updateComplete;
    expect(shownLabels(picker)).to.deep.equal(['Name', 'Email', 'Phone', 'Stage', 'Amount', 'Total']);
    expect(movedInShown()).to.deep.equal([]);
    expect(markedInList()).to.deep.equal([]);
    expect(button(picker, 'Reset to default').disabled).to.equal(true);
    // The reset button of the moved row in the Shown section does the same.
    shownRow(picker, 'Amount').focus();
    await sendKeys({ press: 'Alt+ArrowUp' });
    await picker.updateComplete;
    expect(movedInShown()).to.deep.equal(['Amount']);
    shownRow(picker, 'Amount').querySelector<HTMLButtonElement>('button.reset')!.click();
    await picker.updateComplete;
    expect(shownLabels(picker)).to.deep.equal(['Name', 'Email', 'Phone', 'Stage', 'Amount', 'Total']);
    expect(movedInShown()).to.deep.equal([]);
    expect(changes.map((change) => change.value.indexOf('stage'))).to.deep.equal([2, 1, 3, 4, 3]);
    await expect(picker).to.be.accessible();
  });

  it('persists the choice and keeps it across a reload; the host value is the default under it', async () => {
    const adapter = new MemoryAdapter();
    let picker = await persisted(createPreferences({ adapter }), ['name', 'city']);
    expect(picker.value).to.deep.equal(['name', 'city']);
    option(picker, 'Phone')!.focus();
    await sendKeys({ press: 'Space' });
    await picker.updateComplete;
    await waitUntil(async () => (await storedUser(adapter)) !== undefined, 'written');
    expect(await storedUser(adapter)).to.deep.equal({ visible: ['name', 'city', 'phone'] });
    picker.remove();
    // A reload: a new store over the same storage, a new element with the same host value.
    picker = await persisted(createPreferences({ adapter }), ['name', 'city']);
    expect(picker.value).to.deep.equal(['name', 'city', 'phone']);
    expect(shownLabels(picker)).to.deep.equal(['Name', 'City', 'Phone']);
    button(picker, 'Reset to default').click();
    await picker.updateComplete;
    expect(picker.value).to.deep.equal(['name', 'city']);
    await waitUntil(async () => (await storedUser(adapter)) === undefined, 'the user layer is removed');
  });

  it('shows a role-based default with its reason, and reset goes back to it', async () => {
    const store = createPreferences({
      adapter: new MemoryAdapter(),
      defaults: ruleDefaults([
        {
          when: { role: 'sales' },
          reason: 'Suggested for the Sales role',
          values: { columns: { visible: ['stage', 'amount'] } },
        },
      ]),
      context: { role: 'sales' },
    });
    const picker = await persisted(store);
    await waitUntil(() => root(picker).querySelector('[part=reason]'), 'the reason shows');
    expect(root(picker).querySelector('[part=reason]')!.textContent).to.equal('Suggested for the Sales role');
    expect(picker.value).to.deep.equal(['name', 'stage', 'amount']);
    option(picker, 'Stage')!.focus();
    await sendKeys({ press: 'Space' });
    await picker.updateComplete;
    expect(picker.value).to.deep.equal(['name', 'amount']);
    button(picker, 'Reset to default').click();
    await picker.updateComplete;
    expect(picker.value).to.deep.equal(['name', 'stage', 'amount']);
  });

  it('drops ids no definition knows, reports them, and leaves the stored data alone', async () => {
    const adapter = new MemoryAdapter();
    const store = createPreferences({ adapter });
    const first = await persisted(store);
    option(first, 'City')!.focus();
    await sendKeys({ press: 'Space' });
    await waitUntil(async () => (await storedUser(adapter)) !== undefined);
    first.remove();
    const renamed: FieldDefinition[] = CRM_FIELDS.map((f) => (f.id === 'city' ? { ...f, id: 'town' } : f));
    const errors: TkFieldsErrorDetail[] = [];
    const wrapper = document.createElement('div');
    wrapper.addEventListener('tk-fields-error', (event) => errors.push(event.detail));
    document.body.append(wrapper);
    const picker = document.createElement('tk-field-picker');
    picker.persistKey = 'columns';
    picker.preferences = createPreferences({ adapter });
    picker.fields = renamed;
    wrapper.append(picker);
    await waitUntil(() => errors.length > 0, 'the drop is reported');
    expect(errors[0]).to.deep.equal({ source: 'stored', dropped: [{ id: 'city', reason: 'unknown' }], problems: [] });
    expect(picker.value).to.not.include('city');
    expect(((await storedUser(adapter)) as { visible: string[] }).visible).to.include('city');
    wrapper.remove();
  });

  it('reports invalid definitions and shows the usable ones', async () => {
    const picker = document.createElement('tk-field-picker');
    const reported = oneEvent(picker, 'tk-fields-error');
    picker.fields = [null, { id: 'x', label: 'X', type: 'colour' }] as unknown as FieldDefinition[];
    document.body.append(picker);
    const { detail } = (await reported) as CustomEvent<TkFieldsErrorDetail>;
    expect(detail.source).to.equal('fields');
    expect(detail.problems.map((p) => p.code)).to.deep.equal(['invalid-definition', 'invalid-value']);
    await waitUntil(() => option(picker, 'X'), 'the usable definition is listed');
    picker.remove();
  });

  it('renders hostile labels, descriptions, categories and synonyms as text', async () => {
    const fields: FieldDefinition[] = hostileStrings.slice(0, 40).map((text, i) => ({
      id: `h${i}`,
      label: text,
      type: 'text',
      category: i % 2 ? text : 'Safe',
      description: text,
      synonyms: [text],
      defaultVisible: i < 5,
    }));
    const picker = await mount(html`<tk-field-picker .fields=${fields}></tk-field-picker>`);
    expect(root(picker).querySelectorAll('img, script, iframe, svg, a, object, embed')).to.have.length(0);
    expect(shownLabels(picker)).to.deep.equal(hostileStrings.slice(0, 5));
    searchBox(picker).focus();
    await sendKeys({ type: 'script' });
    await waitUntil(() => root(picker).querySelector('mark'));
    expect(root(picker).querySelectorAll('img, script, iframe, svg, a, object, embed')).to.have.length(0);
    await nextFrame();
    expect(pwned()).to.equal(false);
  });

  it('works inside a tk-popover, the "Columns" button an integrator adds', async () => {
    const popover = await fixture<TkPopover>(
      html`<tk-popover placement="bottom-start">
        <button slot="trigger">Columns</button>
        <tk-field-picker .fields=${CRM_FIELDS}></tk-field-picker>
      </tk-popover>`,
    );
    const picker = popover.querySelector('tk-field-picker')!;
    const trigger = popover.querySelector('button')!;
    trigger.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => option(picker, 'City'), 'the list renders once the popover opens');
    option(picker, 'City')!.focus();
    const change = oneEvent(picker, 'tk-fields-change');
    await sendKeys({ press: 'Space' });
    expect((await change).detail.value).to.include('city');
    // Contrast is judged on what settles, not mid-way through the popover's fade-in or the badge's transition.
    // Document.getAnimations() leaves out shadow trees, where the panel and the badge animate.
    const running = (): Animation[] =>
      [document, popover.shadowRoot!, picker.shadowRoot!]
        .flatMap((root) => root.getAnimations())
        .filter((animation) => animation.playState === 'running')
        .filter((animation) => animation.effect?.getComputedTiming().endTime !== Infinity);
    for (let pending = running(); pending.length > 0; pending = running()) {
      await Promise.all(pending.map((animation) => animation.finished.catch(() => undefined)));
    }
    await expect(popover).to.be.accessible();
  });
});
