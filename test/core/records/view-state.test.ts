import { expect } from '@open-wc/testing';
import {
  RecordSearch,
  activeView,
  deleteView,
  dropStaleFilterFields,
  duplicateView,
  renameView,
  saveViewAs,
  saveViewChanges,
  switchView,
  dropStaleFields,
  formatValue,
  validateRecordViewPreferences,
  type RecordField,
} from '../../../src/core/records/index.js';

describe('record view preferences', () => {
  it('reports each wrong member of the working state and each malformed saved view', () => {
    const errors = validateRecordViewPreferences({
      state: { view: 'gallery', fields: ['a'], widths: { a: -1 }, sort: [{ field: 'a', direction: 'up' }] },
      views: [{ id: 'ok', name: 'Mine', state: {} }, { id: 'bad', name: 3, state: {} }, 'junk'],
      active: 7,
    });
    expect(errors.map((error) => error.path)).to.deep.equal([
      ['state', 'view'],
      ['state', 'widths'],
      ['state', 'sort'],
      ['views', 'bad'],
      ['views'],
      ['active'],
    ]);
    expect(validateRecordViewPreferences({ state: {}, views: [], active: null })).to.deep.equal([]);
  });

  it('drops fields that no longer exist and reports each once', () => {
    const { state: withoutFields, dropped: droppedFields } = dropStaleFields(
      {
        view: 'kanban',
        fields: ['name', 'fax', 'amount'],
        widths: { fax: 120, name: 200 },
        sort: [{ field: 'fax', direction: 'asc' }],
        groupBy: 'region',
        listFields: ['amount'],
        filter: {
          version: 1,
          root: {
            type: 'group',
            combinator: 'and',
            children: [
              { type: 'condition', field: 'fax', operator: 'contains', value: '0' },
              { type: 'condition', field: 'amount', operator: 'gt', value: 5 },
            ],
          },
        },
      },
      [
        { id: 'name', label: 'Name', type: 'text' },
        { id: 'amount', label: 'Amount', type: 'number' },
      ],
    );
    expect({ ...withoutFields, filter: undefined }).to.deep.equal({
      view: 'kanban',
      fields: ['name', 'amount'],
      widths: { name: 200 },
      sort: [],
      groupBy: null,
      listFields: ['amount'],
      filter: undefined,
    });
    expect(droppedFields).to.deep.equal(['fax', 'region']);
    const { filter, dropped } = dropStaleFilterFields(withoutFields.filter, [
      { id: 'name', label: 'Name', type: 'text' },
      { id: 'amount', label: 'Amount', type: 'number' },
    ]);
    expect(filter).to.deep.equal({
      version: 1,
      root: {
        type: 'group',
        combinator: 'and',
        children: [{ type: 'condition', field: 'amount', operator: 'gt', value: 5 }],
      },
    });
    expect(dropped).to.deep.equal(['fax']);
  });
});

describe('formatValue and RecordSearch', () => {
  const fields: RecordField[] = [
    { id: 'name', label: 'Name', type: 'text' },
    { id: 'amount', label: 'Amount', type: 'currency' },
    { id: 'due', label: 'Due', type: 'date' },
    { id: 'vip', label: 'VIP', type: 'boolean' },
    { id: 'stage', label: 'Stage', type: 'enum', options: [{ value: 'won', label: 'Gewonnen' }] },
  ];

  it('formats by type through Intl', () => {
    expect(formatValue(fields[1], 1234.5, { locale: 'de-DE', currency: 'EUR' })).to.equal('1.234,50\u00a0€');
    expect(formatValue(fields[2], '2026-03-01', { locale: 'en-US' })).to.equal('Mar 1, 2026');
    expect(formatValue(fields[3], false)).to.equal('No');
    expect(formatValue(fields[4], 'won')).to.equal('Gewonnen');
    expect(formatValue(fields[1], 'n/a'), 'a wrong-typed value still shows').to.equal('n/a');
    expect(formatValue(fields[0], null)).to.equal('');
  });

  it('matches every word in the shown fields as displayed, ignoring case and accents', () => {
    const search = new RecordSearch(fields, { locale: 'en' });
    const records = [
      { name: 'Zoë Müller', amount: 10, stage: 'won' },
      { name: 'Ana', amount: 2000, stage: 'lost' },
    ];
    expect(search.filter(records, 'zoe muller')).to.deep.equal([records[0]]);
    expect(search.filter(records, 'gewonnen')).to.deep.equal([records[0]]);
    expect(search.filter(records, '$2,000')).to.deep.equal([records[1]]);
    expect(search.filter(records, '  ')).to.deep.equal(records);
    expect(search.filter(records, 'ana won')).to.deep.equal([]);
  });
});

describe('saved views', () => {
  const empty = { state: { view: 'table' as const }, views: [], active: null };

  it('saves, switches, renames, duplicates and deletes named views without touching the input', () => {
    const saved = saveViewAs(empty, '  My open deals ', { view: 'kanban', groupBy: 'stage' }, 'v1')!;
    expect(saved.views).to.deep.equal([
      { id: 'v1', name: 'My open deals', state: { view: 'kanban', groupBy: 'stage' } },
    ]);
    expect(saved.active).to.equal('v1');
    expect(empty.views).to.deep.equal([]);
    expect(saveViewAs(saved, '   ', {}, 'v2'), 'a blank name is refused').to.equal(undefined);
    expect(saveViewAs(saved, 'Again', {}, 'v1'), 'a taken id is refused').to.equal(undefined);

    const elsewhere = { ...saved, state: { view: 'table' as const }, active: null };
    const switched = switchView(elsewhere, 'v1');
    expect(switched.state).to.deep.equal({ view: 'kanban', groupBy: 'stage' });
    expect(switched.state).not.to.equal(saved.views[0].state);
    expect(activeView(switched)?.name).to.equal('My open deals');

    const changed = saveViewChanges({ ...switched, state: { view: 'list' } }, { view: 'list' });
    expect(changed.views[0].state).to.deep.equal({ view: 'list' });
    const renamed = renameView(changed, 'v1', 'Mine');
    expect(renamed.views[0].name).to.equal('Mine');
    const duplicated = duplicateView(renamed, 'v1', 'v2', 'Mine (copy)');
    expect(duplicated.views.map((view) => view.name)).to.deep.equal(['Mine', 'Mine (copy)']);
    expect(duplicated.active).to.equal('v2');
    const deleted = deleteView(duplicated, 'v2');
    expect(deleted.views.map((view) => view.id)).to.deep.equal(['v1']);
    expect(deleted.active).to.equal(null);
    expect(deleted.state, 'the working state stays on screen').to.deep.equal(duplicated.state);
  });
});
