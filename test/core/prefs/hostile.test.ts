import { expect } from '@open-wc/testing';
import {
  createPreferences,
  IndexedDbAdapter,
  LocalStorageAdapter,
  MemoryAdapter,
  type PreferencesAdapter,
} from '../../../src/core/prefs/index.js';
import { collectUnhandledRejections, unique } from './helpers.js';

function expectNoPollution(): void {
  const probe = {} as Record<string, unknown>;
  expect(probe.polluted).to.equal(undefined);
  expect(probe.isAdmin).to.equal(undefined);
  expect(Object.getPrototypeOf(probe)).to.equal(Object.prototype);
  expect(Object.keys(Object.prototype)).to.deep.equal([]);
}

async function reopen<T>(adapter: PreferencesAdapter, key: string, defaults: T) {
  const prefs = createPreferences({ adapter });
  const doc = prefs.open(key, { defaults });
  await doc.ready;
  return { prefs, doc };
}

describe('hostile input', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('tk-hostile')) localStorage.removeItem(key);
  });

  it('stored __proto__, constructor and prototype keys stay data and pollute nothing', async () => {
    const namespace = unique('tk-hostile');
    localStorage.setItem(
      `${namespace}:doc`,
      '{"version":1,"updatedAt":1,"user":{"__proto__":{"polluted":true},"constructor":{"prototype":{"isAdmin":true}},' +
        '"widgets":{"$tk":"items","edit":{"__proto__":{"polluted":true}},"add":[{"id":"__proto__","isAdmin":true}]},"theme":"dark"}}',
    );
    const { prefs, doc } = await reopen(new LocalStorageAdapter({ namespace }), 'doc', {
      theme: 'light',
      widgets: [{ id: 'sales' }],
    });
    expectNoPollution();
    // Own `__proto__` keys are dropped and reported (issue 13); `constructor` and ids stay data.
    expect(doc.status).to.equal('degraded');
    expect(doc.lastError?.code).to.equal('invalid-field');
    const value = doc.value as Record<string, unknown>;
    expect(value.theme).to.equal('dark');
    expect(Object.getPrototypeOf(value)).to.equal(Object.prototype);
    expect(Object.hasOwn(value, '__proto__')).to.equal(false);
    expect(Object.hasOwn(value, 'constructor')).to.equal(true);
    expect(value.widgets).to.deep.equal([{ id: 'sales' }, { id: '__proto__', isAdmin: true }]);
    await prefs.dispose();
  });

  it('values with hostile keys round-trip through set, storage and reload', async () => {
    const adapter = new MemoryAdapter();
    const defaults: Record<string, unknown> = { name: 'x' };
    const { prefs, doc } = await reopen(adapter, '__proto__', defaults);
    const hostile = JSON.parse(
      '{"name":"x","__proto__":{"polluted":1},"constructor":"c","$tk":"delete","nested":{"$tk":"items","add":[]},' +
        '"list":[{"id":"__proto__"},{"id":"constructor","$tk":"value"}]}',
    ) as Record<string, unknown>;
    await doc.set(hostile);
    expectNoPollution();
    const kept = { ...hostile };
    delete kept.__proto__; // an own data property: dropped on set (issue 13)
    expect(doc.value).to.deep.equal(kept);
    await prefs.dispose();
    const { prefs: again, doc: reloaded } = await reopen(adapter, '__proto__', defaults);
    expect(reloaded.value).to.deep.equal(kept);
    expectNoPollution();
    await again.dispose();
  });

  it('a personalized value with hostile keys pollutes nothing', async () => {
    const prefs = createPreferences({
      adapter: new MemoryAdapter(),
      defaults: () => ({ value: JSON.parse('{"__proto__":{"polluted":true},"theme":"dark"}') }),
    });
    const doc = prefs.open('doc', { defaults: { theme: 'light' } });
    await doc.ready;
    expect(doc.value.theme).to.equal('dark');
    expectNoPollution();
    await prefs.dispose();
  });

  for (const [name, make] of [
    ['memory', () => new MemoryAdapter()],
    ['localStorage', () => new LocalStorageAdapter({ namespace: unique('tk-hostile') })],
    ['IndexedDB', () => new IndexedDbAdapter({ name: unique('tk-hostile') })],
  ] as const) {
    it(`a 1 MB document with 5,000 records loads, changes and reloads on ${name}`, async () => {
      const adapter = make();
      const rows = Array.from({ length: 5000 }, (_, index) => ({ id: `row-${index}`, label: 'x'.repeat(180), index }));
      const { prefs, doc } = await reopen(adapter, 'big', { rows: [] as typeof rows, title: 'rows' });
      await doc.set({ rows, title: 'rows' });
      expect(JSON.stringify(doc.value).length).to.be.greaterThan(1_000_000);
      await doc.update((draft) => {
        draft.rows[4999].label = 'last';
        draft.rows.reverse();
      });
      await prefs.dispose();
      const { prefs: again, doc: reloaded } = await reopen(adapter, 'big', { rows: [] as typeof rows, title: 'rows' });
      expect(reloaded.status).to.equal('ready');
      expect(reloaded.value.rows).to.have.length(5000);
      expect(reloaded.value.rows[0]).to.deep.equal({ id: 'row-4999', label: 'last', index: 4999 });
      await again.dispose();
    });
  }

  it('a stored value nested 100,000 levels deep is reported corrupt, not thrown', async () => {
    const namespace = unique('tk-hostile');
    const depth = 100_000;
    localStorage.setItem(
      `${namespace}:doc`,
      `{"version":1,"updatedAt":1,"user":{"deep":${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}}}`,
    );
    const rejections = await collectUnhandledRejections(async () => {
      const { prefs, doc } = await reopen(new LocalStorageAdapter({ namespace }), 'doc', { deep: {} });
      expect(doc.status).to.equal('degraded');
      expect(doc.lastError?.code).to.equal('corrupt');
      expect(doc.value).to.deep.equal({ deep: {} });
      await prefs.dispose();
    });
    expect(rejections).to.deep.equal([]);
  });

  it('a provider that answers garbage or hangs does not break the document', async () => {
    for (const provider of [
      () => 42 as never,
      () => ({
        value: {
          toJSON: () => {
            throw new Error('no');
          },
        },
      }),
      () => new Promise<never>(() => {}),
    ]) {
      const prefs = createPreferences({ adapter: new MemoryAdapter(), defaults: provider, personalizationTimeout: 50 });
      const doc = prefs.open('doc', { defaults: { theme: 'light' } });
      await doc.ready;
      expect(doc.value).to.deep.equal({ theme: 'light' });
      expect(doc.status).to.equal('ready');
      expect(doc.lastError?.code).to.equal('provider-failed');
      expect(doc.layers.reason).to.be.a('string').and.not.equal('');
      await prefs.dispose();
    }
  });
});
