import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { createPreferences, diff, merge, MemoryAdapter, type Patch } from '../../../src/core/prefs/index.js';

// A fixed schema whose leaves are scalars: every layer is a partial of it, so the expected value of
// each leaf can be stated independently of the merge code: user ?? personalized ?? library.
const LEAVES = [
  ['theme'],
  ['density'],
  ['panel', 'color'],
  ['panel', 'size'],
  ['panel', 'nested', 'a'],
  ['panel', 'nested', 'b'],
  ['flags', 'x'],
  ['flags', 'y'],
] as const;
type Leaf = (typeof LEAVES)[number];
type Partial = Map<Leaf, string | number | boolean | null>;

const scalar = fc.oneof(fc.string({ maxLength: 6 }), fc.integer(), fc.boolean(), fc.constant(null));
const full = fc
  .tuple(...LEAVES.map(() => scalar))
  .map((values) => new Map(LEAVES.map((leaf, i) => [leaf, values[i]!])));
const partial = fc
  .tuple(...LEAVES.map(() => fc.option(scalar, { nil: undefined, freq: 2 })))
  .map(
    (values) => new Map(LEAVES.flatMap((leaf, i) => (values[i] === undefined ? [] : [[leaf, values[i]!] as const]))),
  );

function build(layer: Partial): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [leaf, value] of layer) {
    let node = out;
    for (const key of leaf.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[leaf.at(-1)!] = value;
  }
  return out;
}

function at(value: unknown, leaf: Leaf): unknown {
  return leaf.reduce<unknown>((node, key) => (node as Record<string, unknown> | undefined)?.[key], value);
}

function pick(leaf: Leaf, ...layers: Partial[]): unknown {
  for (const layer of layers) if (layer.has(leaf)) return layer.get(leaf);
  return undefined;
}

/**
 * What a user actually changed: setting a field to the value it already shows is no change, so that
 * field keeps following the defaults (the whole-value `set` cannot tell touched from untouched fields).
 */
function changes(user: Partial, ...shown: Partial[]): Partial {
  return new Map([...user].filter(([leaf, value]) => value !== pick(leaf, ...shown)));
}

async function openLayers(library: Partial, personalized: Partial) {
  const adapter = new MemoryAdapter();
  const prefs = createPreferences({
    adapter,
    defaults: () => (personalized.size ? { value: build(personalized), reason: 'Suggested for testing' } : undefined),
  });
  const doc = prefs.open('layers', { defaults: build(library) });
  await doc.ready;
  return { adapter, prefs, doc };
}

function applyUser(draft: Record<string, unknown>, user: Partial): void {
  for (const [leaf, value] of user) {
    let node = draft;
    for (const key of leaf.slice(0, -1)) node = node[key] as Record<string, unknown>;
    node[leaf.at(-1)!] = value;
  }
}

describe('layering (rule 10)', () => {
  it('rule 10: user beats personalized beats library on every path', async () => {
    await fc.assert(
      fc.asyncProperty(full, partial, partial, async (library, personalized, user) => {
        const { prefs, doc } = await openLayers(library, personalized);
        await doc.update((draft) => applyUser(draft, user));
        for (const leaf of LEAVES)
          expect(at(doc.value, leaf), leaf.join('.')).to.deep.equal(pick(leaf, user, personalized, library));
        expect(doc.layers.library).to.deep.equal(build(library));
        await prefs.dispose();
      }),
      { numRuns: 60 },
    );
  });

  it('rule 10: reset of a path restores exactly the layer below there, and only there', async () => {
    await fc.assert(
      fc.asyncProperty(
        full,
        partial,
        partial,
        fc.nat(LEAVES.length - 1),
        async (library, personalized, user, which) => {
          const { prefs, doc } = await openLayers(library, personalized);
          await doc.update((draft) => applyUser(draft, user));
          const target = LEAVES[which];
          await doc.reset(target);
          for (const leaf of LEAVES) {
            const expected =
              leaf === target ? pick(leaf, personalized, library) : pick(leaf, user, personalized, library);
            expect(at(doc.value, leaf), leaf.join('.')).to.deep.equal(expected);
          }
          await doc.reset();
          expect(doc.layers.user).to.equal(undefined);
          expect(doc.value).to.deep.equal(doc.layers.base);
          for (const leaf of LEAVES) expect(at(doc.value, leaf)).to.deep.equal(pick(leaf, personalized, library));
          await prefs.dispose();
        },
      ),
      { numRuns: 60 },
    );
  });

  it('rule 10: switching personalization off and on loses nothing, even with changes made while off', async () => {
    await fc.assert(
      fc.asyncProperty(full, partial, partial, partial, async (library, personalized, user, whileOff) => {
        const { adapter, prefs, doc } = await openLayers(library, personalized);
        await doc.update((draft) => applyUser(draft, user));
        const changed = changes(user, personalized, library);
        await prefs.setPersonalization(false);
        expect(doc.layers.personalized).to.equal(undefined);
        for (const leaf of LEAVES) expect(at(doc.value, leaf)).to.deep.equal(pick(leaf, changed, library));
        await doc.update((draft) => applyUser(draft, whileOff));
        const changedWhileOff = changes(whileOff, changed, library);
        // A field changed back to the defaults shown (the library's, while off) follows the defaults again.
        const reverted = new Set([...changedWhileOff].filter(([leaf, value]) => value === pick(leaf, library)));
        await prefs.setPersonalization(true);
        for (const leaf of LEAVES) {
          const expected = [...reverted].some(([each]) => each === leaf)
            ? pick(leaf, personalized, library)
            : pick(leaf, changedWhileOff, changed, personalized, library);
          expect(at(doc.value, leaf), leaf.join('.')).to.deep.equal(expected);
        }
        await prefs.dispose();

        const reloaded = createPreferences({ adapter, defaults: () => ({ value: build(personalized) }) });
        const again = reloaded.open('layers', { defaults: build(library) });
        await again.ready;
        expect(again.value).to.deep.equal(doc.value);
        await reloaded.dispose();
      }),
      { numRuns: 40 },
    );
  });

  it('a field or a whole value changed back to the defaults leaves the user’s layer empty', async () => {
    const adapter = new MemoryAdapter();
    const prefs = createPreferences({
      adapter,
      defaults: () => ({ value: { layout: [{ id: 'p', y: 0 }], theme: 'dark' }, reason: 'Suggested' }),
    });
    const doc = prefs.open('undo', { defaults: { layout: [] as { id: string; y: number }[], theme: 'light' } });
    await doc.ready;
    await doc.set({ layout: [{ id: 'p', y: 3 }], theme: 'blue' });
    await doc.set({ layout: [{ id: 'p', y: 3 }], theme: 'dark' });
    expect(doc.layers.user, 'the field set back').to.deep.equal({ layout: { $tk: 'items', edit: { p: { y: 3 } } } });
    await doc.set({ layout: [{ id: 'p', y: 0 }], theme: 'dark' });
    expect(doc.layers.user, 'the whole value set back').to.equal(undefined);
    expect((await adapter.read('undo')).status).to.equal('absent');
    await prefs.dispose();
  });

  it('stores only what the user changed, so a later default reaches untouched fields', async () => {
    const adapter = new MemoryAdapter();
    const first = createPreferences({ adapter });
    const doc = first.open('fields', { defaults: { theme: 'light', density: 'cozy' } });
    await doc.ready;
    await doc.set({ theme: 'dark', density: 'cozy' });
    expect(doc.layers.user).to.deep.equal({ theme: 'dark' });
    await first.dispose();

    const second = createPreferences({ adapter });
    const upgraded = second.open('fields', { defaults: { theme: 'light', density: 'compact' } });
    await upgraded.ready;
    expect(upgraded.value).to.deep.equal({ theme: 'dark', density: 'compact' });
    await second.dispose();
  });
});

// JSON values with the keys that break naive merges: prototype names and the marker key itself.
const hostileKey = fc.constantFrom('a', 'b', 'id', '$tk', '__proto__', 'constructor', 'value', 'keys', 'items');
const leaf = fc.oneof(fc.integer({ min: 0, max: 3 }), fc.constantFrom('x', 'delete', 'items', null, true));
const { tree } = fc.letrec<{ tree: unknown; object: unknown; list: unknown; records: unknown }>((tie) => ({
  tree: fc.oneof({ depthSize: 'small' }, leaf, tie('object'), tie('list'), tie('records')),
  object: fc.dictionary(hostileKey, tie('tree'), { maxKeys: 4 }),
  list: fc.array(tie('tree'), { maxLength: 3 }),
  records: fc.uniqueArray(fc.record({ id: fc.constantFrom('p', 'q', 'r', 's', 1, 2), v: tie('tree') }), {
    selector: (item) => String(item.id),
    maxLength: 5,
  }),
}));
const json = tree.map((value) => JSON.parse(JSON.stringify(value)) as unknown);
const viaStorage = (patch: Patch): Patch => (JSON.parse(JSON.stringify({ patch })) as { patch: Patch }).patch;

describe('diff and merge', () => {
  it('merge(base, diff(base, next)) is next, for any JSON, also after a JSON round trip of the patch', () => {
    fc.assert(
      fc.property(json, json, (base, next) => {
        expect(merge(base, viaStorage(diff(base, next)))).to.deep.equal(next);
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps that guarantee when an earlier patch is carried forward', () => {
    fc.assert(
      fc.property(json, json, json, (base, earlier, next) => {
        const prior = diff(base, earlier);
        expect(merge(base, diff(base, next, prior))).to.deep.equal(next);
      }),
      { numRuns: 3000 },
    );
  });

  it('never pollutes prototypes, whatever the keys', () => {
    fc.assert(
      fc.property(json, json, (base, next) => {
        merge(base, diff(base, next));
        expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
        expect(Object.prototype).to.not.have.own.property('x');
        expect(Object.getPrototypeOf({})).to.equal(Object.prototype);
      }),
      { numRuns: 1000 },
    );
  });

  it('diff of equal values is no patch at all', () => {
    fc.assert(
      fc.property(json, (value) => {
        expect(diff(value, structuredClone(value))).to.equal(undefined);
      }),
    );
  });
});

describe('lists of records merge by id', () => {
  type Widget = { id: string; w: number };
  const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
  const widgets = (pool: string[]) =>
    fc
      .shuffledSubarray(pool)
      .chain((chosen) =>
        fc.tuple(...chosen.map((id) => fc.integer({ min: 1, max: 4 }).map((w): Widget => ({ id, w })))),
      );

  it('a moved item keeps its place, a new default item appears, a removed item stays removed', () => {
    fc.assert(
      fc.property(
        widgets(ids),
        widgets(ids),
        widgets(['n1', 'n2', 'n3']),
        fc.shuffledSubarray(ids),
        (base, next, added, dropped) => {
          const patch = viaStorage(diff({ widgets: base }, { widgets: next }));
          const newDefaults = [...base.filter((item) => !dropped.includes(item.id)), ...added];
          const merged = (merge({ widgets: newDefaults }, patch) as { widgets: Widget[] }).widgets;
          const mergedIds = merged.map((item) => item.id);
          const baseIds = base.map((item) => item.id);
          const nextIds = next.map((item) => item.id);

          for (const id of baseIds) if (!nextIds.includes(id)) expect(mergedIds, `removed ${id}`).to.not.include(id);
          for (const item of added) expect(mergedIds, `new default ${item.id}`).to.include(item.id);
          // What the user has (added by them, or kept defaults) survives with their content...
          const survivors = next.filter((item) => !baseIds.includes(item.id) || !dropped.includes(item.id));
          for (const item of survivors) expect(merged).to.deep.include(item);
          // ...and in the user's order.
          const order = mergedIds.filter((id) => survivors.some((item) => item.id === id));
          expect(order).to.deep.equal(survivors.map((item) => item.id));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('records a removal explicitly, so the item does not come back from the defaults', () => {
    const base = { widgets: [{ id: 'sales' }, { id: 'leads' }] };
    const patch = diff(base, { widgets: [{ id: 'leads' }] });
    expect(merge(base, patch)).to.deep.equal({ widgets: [{ id: 'leads' }] });
    expect(merge({ widgets: [{ id: 'sales' }, { id: 'leads' }, { id: 'tasks' }] }, patch)).to.deep.equal({
      widgets: [{ id: 'leads' }, { id: 'tasks' }],
    });
  });
});
