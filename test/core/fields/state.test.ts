import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  defaultVisibleFields,
  FieldSet,
  fieldDifferences,
  hideFields,
  moveField,
  moveFieldBy,
  resetAll,
  resetField,
  sameOrder,
  sanitizeVisible,
  searchFields,
  selectionState,
  setCategoryVisible,
  setFieldsVisible,
  showFields,
  zoneRange,
  type FieldDefinition,
} from '../../../src/core/fields/index.js';
import { fieldDefinitions, fieldId, ID_POOL } from './arbitraries.js';

/** Throws with a message naming the broken invariant. */
function assertInvariants(set: FieldSet, visible: readonly string[]): void {
  const seen = new Set<string>();
  for (const id of visible) {
    if (!set.has(id)) throw new Error(`unknown id ${id} is visible`);
    if (seen.has(id)) throw new Error(`${id} is listed twice`);
    seen.add(id);
  }
  const hidden = set.fields.filter((f) => !seen.has(f.id)).map((f) => f.id);
  expect(visible.length + hidden.length).to.equal(set.size);
  for (const field of set.fields) {
    if (field.required && !seen.has(field.id)) throw new Error(`required ${field.id} is hidden`);
  }
  const zoneRank = (id: string) => ({ start: 0, undefined: 1, end: 2 })[String(set.get(id)!.pinned) as 'start'];
  for (let i = 1; i < visible.length; i++) {
    if (zoneRank(visible[i - 1]) > zoneRank(visible[i])) throw new Error(`zones out of order: ${visible.join(',')}`);
  }
}

type Op =
  | { kind: 'show' | 'hide'; ids: string[] }
  | { kind: 'move'; id: string; index: number }
  | { kind: 'moveBy'; id: string; delta: number }
  | { kind: 'category'; category: string; shown: boolean }
  | { kind: 'search'; query: string; shown: boolean }
  | { kind: 'reset'; id: string }
  | { kind: 'resetAll' }
  | { kind: 'pin'; id: string; pinned: 'start' | 'end' | undefined; required: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('show' as const, 'hide' as const), ids: fc.array(fieldId, { maxLength: 4 }) }),
  fc.record({ kind: fc.constant('move' as const), id: fieldId, index: fc.integer({ min: -3, max: 14 }) }),
  fc.record({ kind: fc.constant('moveBy' as const), id: fieldId, delta: fc.integer({ min: -2, max: 2 }) }),
  fc.record({
    kind: fc.constant('category' as const),
    category: fc.constantFrom('Contact', 'Deal', 'Other', 'Nope', ''),
    shown: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('search' as const),
    query: fc.constantFrom('e', 'na', 'AM', 'zz', ' '),
    shown: fc.boolean(),
  }),
  fc.record({ kind: fc.constant('reset' as const), id: fieldId }),
  fc.record({ kind: fc.constant('resetAll' as const) }),
  fc.record({
    kind: fc.constant('pin' as const),
    id: fieldId,
    pinned: fc.constantFrom('start' as const, 'end' as const, undefined),
    required: fc.boolean(),
  }),
);

describe('field picker state', () => {
  it('keeps every invariant after any sequence of operations', () => {
    fc.assert(
      fc.property(
        fieldDefinitions,
        fc.array(fieldId, { maxLength: 12 }),
        fc.array(op, { maxLength: 25 }),
        (defs, start, ops) => {
          let definitions: FieldDefinition[] = defs;
          let set = new FieldSet(definitions);
          let visible = sanitizeVisible(set, start).value;
          assertInvariants(set, visible);
          const defaults = defaultVisibleFields(set);
          for (const step of ops) {
            switch (step.kind) {
              case 'show':
                visible = showFields(set, visible, step.ids);
                break;
              case 'hide':
                visible = hideFields(set, visible, step.ids);
                break;
              case 'move':
                visible = moveField(set, visible, step.id, step.index);
                break;
              case 'moveBy':
                visible = moveFieldBy(set, visible, step.id, step.delta);
                break;
              case 'category':
                visible = setCategoryVisible(set, visible, step.category, step.shown);
                break;
              case 'search': {
                const ids = searchFields(set, step.query).map((m) => m.field.id);
                visible = setFieldsVisible(set, visible, ids, step.shown);
                break;
              }
              case 'reset':
                visible = resetField(set, visible, step.id, defaults);
                expect(fieldDifferences(set, visible, defaults).has(step.id)).to.equal(false);
                break;
              case 'resetAll':
                visible = resetAll(set, defaults);
                expect(fieldDifferences(set, visible, defaults).size).to.equal(0);
                break;
              case 'pin': {
                // A pin or a required flag changes the definitions; a stored state is read again against them.
                definitions = definitions.map((f) =>
                  f.id === step.id ? { ...f, pinned: step.pinned, required: step.required } : f,
                );
                set = new FieldSet(definitions);
                visible = sanitizeVisible(set, visible).value;
                break;
              }
            }
            assertInvariants(set, visible);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('never changes its input arrays', () => {
    fc.assert(
      fc.property(fieldDefinitions, fc.array(fieldId), fieldId, (defs, start, id) => {
        const set = new FieldSet(defs);
        const before = [...start];
        showFields(set, start, [id]);
        hideFields(set, start, [id]);
        moveField(set, start, id, 0);
        resetField(set, start, id, []);
        expect(start).to.deep.equal(before);
      }),
    );
  });

  it('drops and reports ids that no definition knows, and never throws on any stored value', () => {
    const set = new FieldSet([
      { id: 'name', label: 'Name', type: 'text', required: true },
      { id: 'email', label: 'Email', type: 'text' },
    ]);
    const { value, dropped } = sanitizeVisible(set, ['email', 'e-mail', 'email', 7]);
    expect(value).to.deep.equal(['email', 'name']);
    expect(dropped).to.deep.equal([
      { id: 'e-mail', reason: 'unknown' },
      { id: 'email', reason: 'duplicate' },
      { id: 7, reason: 'invalid' },
    ]);
    expect(sanitizeVisible(set, 'oops')).to.deep.equal({
      value: ['name'],
      dropped: [{ id: 'oops', reason: 'invalid' }],
    });
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        assertInvariants(set, sanitizeVisible(set, stored).value);
      }),
    );
  });

  it('gives the same order by one drag as by keyboard steps', () => {
    fc.assert(
      fc.property(
        fieldDefinitions,
        fc.array(fieldId),
        fieldId,
        fc.integer({ min: 0, max: 12 }),
        (defs, start, id, to) => {
          const set = new FieldSet(defs);
          const visible = sanitizeVisible(set, start).value;
          const dragged = moveField(set, visible, id, to);
          let stepped = visible;
          const from = visible.indexOf(id);
          const target = dragged.indexOf(id);
          for (let i = 0; i < Math.abs(target - from); i++)
            stepped = moveFieldBy(set, stepped, id, Math.sign(target - from));
          expect(stepped).to.deep.equal(dragged);
        },
      ),
    );
  });

  it('keeps pinned fields in their zone when moved', () => {
    const set = new FieldSet([
      { id: 'name', label: 'Name', type: 'text', pinned: 'start' },
      { id: 'a', label: 'A', type: 'text' },
      { id: 'b', label: 'B', type: 'text' },
      { id: 'total', label: 'Total', type: 'number', pinned: 'end' },
    ]);
    const visible = ['name', 'a', 'b', 'total'];
    expect(moveField(set, visible, 'name', 3)).to.deep.equal(visible);
    expect(moveField(set, visible, 'a', 0)).to.deep.equal(visible);
    expect(moveField(set, visible, 'a', 9)).to.deep.equal(['name', 'b', 'a', 'total']);
    expect(zoneRange(set, visible, 'b')).to.deep.equal([1, 2]);
    expect(showFields(set, ['total'], ['a', 'name'])).to.deep.equal(['name', 'a', 'total']);
  });

  it('keeps required fields visible', () => {
    const set = new FieldSet([
      { id: 'name', label: 'Name', type: 'text', required: true },
      { id: 'email', label: 'Email', type: 'text', category: 'Contact' },
    ]);
    expect(hideFields(set, ['name', 'email'], ['name', 'email'])).to.deep.equal(['name']);
    expect(setCategoryVisible(set, ['email'], '', false)).to.deep.equal(['email', 'name']);
  });

  it('resets one field to its default place and reports differences', () => {
    const set = new FieldSet(
      ['a', 'b', 'c', 'd'].map((id) => ({
        id,
        label: id.toUpperCase(),
        type: 'text' as const,
        defaultVisible: id !== 'd',
      })),
    );
    const defaults = defaultVisibleFields(set);
    expect(defaults).to.deep.equal(['a', 'b', 'c']);
    let visible = hideFields(set, defaults, ['b']);
    visible = showFields(set, visible, ['d']);
    expect([...fieldDifferences(set, visible, defaults)]).to.deep.equal([
      ['b', 'hidden'],
      ['d', 'shown'],
    ]);
    visible = resetField(set, visible, 'b', defaults);
    expect(visible).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(sameOrder(set, resetAll(set, defaults), defaults)).to.equal(true);
  });

  it('marks only the moved field when one field moves, and its reset gives back the default order', () => {
    fc.assert(
      fc.property(fieldDefinitions, fc.nat(), fc.integer({ min: -10, max: 10 }), (definitions, pick, delta) => {
        const set = new FieldSet(definitions);
        const defaults = defaultVisibleFields(set);
        const id = defaults[pick % defaults.length];
        const moved = moveFieldBy(set, defaults, id, delta);
        const differences = fieldDifferences(set, moved, defaults);
        if (sameOrder(set, moved, defaults)) {
          expect(differences.size).to.equal(0);
          return;
        }
        // One field moved past others: exactly one field is marked moved, and nothing else differs.
        expect([...differences.values()]).to.deep.equal(['moved']);
        const [marked] = differences.keys();
        expect(resetField(set, moved, marked, defaults)).to.deep.equal(defaults);
      }),
    );
    const set = new FieldSet(['a', 'b', 'c', 'd'].map((id) => ({ id, label: id, type: 'text', defaultVisible: true })));
    const defaults = defaultVisibleFields(set);
    const moved = moveField(set, defaults, 'd', 0);
    expect([...fieldDifferences(set, moved, defaults)]).to.deep.equal([['d', 'moved']]);
    expect(resetField(set, moved, 'd', defaults)).to.deep.equal(['a', 'b', 'c', 'd']);
    expect(resetField(set, moved, 'b', defaults)).to.deep.equal(moved);
  });

  it('reports a category as checked, mixed or unchecked', () => {
    expect(selectionState(['a', 'b'], ['a', 'b'])).to.equal('checked');
    expect(selectionState(['a'], ['a', 'b'])).to.equal('mixed');
    expect(selectionState(new Set(['c']), ['a', 'b'])).to.equal('unchecked');
    expect(selectionState([], [])).to.equal('unchecked');
  });

  it('reads definitions without trusting them', () => {
    const set = new FieldSet([
      null,
      { id: '', label: 'x', type: 'text' },
      {
        id: 'a',
        label: 5,
        type: 'colour',
        pinned: 'middle',
        synonyms: ['x', 3],
        options: [{ value: 'v', label: 'V' }, 'bad'],
      },
      { id: 'a', label: 'again', type: 'text' },
    ]);
    expect(set.fields).to.deep.equal([
      { id: 'a', label: 'a', type: 'text', synonyms: ['x'], options: [{ value: 'v', label: 'V' }] },
    ]);
    expect(set.problems.map((p) => `${p.code}:${p.property ?? p.index}`)).to.deep.equal([
      'invalid-definition:0',
      'invalid-definition:1',
      'invalid-value:type',
      'invalid-value:label',
      'invalid-value:synonyms',
      'invalid-value:options',
      'invalid-value:pinned',
      'duplicate-id:3',
    ]);
    expect(new FieldSet('nope').size).to.equal(0);
    expect(ID_POOL.length).to.be.greaterThan(5);
  });
});
