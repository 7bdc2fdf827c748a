import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import {
  createPreferences,
  LocalStorageAdapter,
  MemoryAdapter,
  PreferencesError,
  type DocumentChange,
  type PreferencesAdapter,
} from '../../../src/core/prefs/index.js';
import { CountingAdapter, QueueingAdapter, TestStorage, tasks, unique } from './helpers.js';

interface Settings {
  theme: string;
  density: string;
  columns: string[];
}
const DEFAULTS: Settings = { theme: 'light', density: 'cozy', columns: ['name', 'email'] };

/** A store on real localStorage under a fresh namespace, plus the raw key of document `key`. */
function onLocalStorage(key = 'settings') {
  const namespace = unique('tk-doc');
  const adapter = new CountingAdapter(new LocalStorageAdapter({ namespace }));
  const prefs = createPreferences({ adapter });
  const errors: PreferencesError[] = [];
  prefs.onError((error) => errors.push(error));
  return { adapter, prefs, errors, raw: `${namespace}:${key}` };
}

function record(version: number, user: unknown): string {
  return JSON.stringify({ version, user, updatedAt: 1 });
}

describe('documents', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('tk-doc')) localStorage.removeItem(key);
  });

  it('starts from library defaults and reports ready', async () => {
    const { prefs } = onLocalStorage();
    const doc = prefs.open('settings', { defaults: DEFAULTS });
    expect(doc.status).to.equal('loading');
    expect(doc.value).to.deep.equal(DEFAULTS);
    expect(await doc.ready).to.equal(doc);
    expect(doc.status).to.equal('ready');
    expect(doc.value).to.deep.equal(DEFAULTS);
    expect(doc.layers.user).to.equal(undefined);
    await prefs.dispose();
  });

  it('applies set at once, stores it, and hands out frozen values', async () => {
    const { prefs, raw } = onLocalStorage();
    const doc = prefs.open('settings', { defaults: DEFAULTS });
    await doc.ready;
    const saved = doc.set({ ...doc.value, theme: 'dark' });
    expect(doc.value.theme).to.equal('dark');
    expect(await saved).to.deep.equal({ status: 'ok' });
    expect(JSON.parse(localStorage.getItem(raw)!)).to.deep.include({ version: 1, user: { theme: 'dark' } });
    expect(Object.isFrozen(doc.value)).to.equal(true);
    expect(Object.isFrozen(doc.value.columns)).to.equal(true);
    await prefs.dispose();
  });

  it('update edits a draft or takes the returned value', async () => {
    const prefs = createPreferences({ adapter: new MemoryAdapter() });
    const doc = prefs.open('settings', { defaults: DEFAULTS });
    await doc.ready;
    await doc.update((draft) => {
      draft.columns.push('phone');
    });
    expect(doc.value.columns).to.deep.equal(['name', 'email', 'phone']);
    await doc.update((current) => ({ ...current, density: 'compact' }));
    expect(doc.value).to.deep.equal({ theme: 'light', density: 'compact', columns: ['name', 'email', 'phone'] });
    await prefs.dispose();
  });

  it('does not keep references to what the caller passed', async () => {
    const prefs = createPreferences({ adapter: new MemoryAdapter() });
    const doc = prefs.open('settings', { defaults: DEFAULTS });
    await doc.ready;
    const mine = { ...DEFAULTS, columns: ['name'] };
    await doc.set(mine);
    mine.columns.push('sneaky');
    expect(doc.value.columns).to.deep.equal(['name']);
    expect(Object.isFrozen(mine)).to.equal(false);
    await prefs.dispose();
  });

  it('applies an early set at once and replays it over what loads', async () => {
    const { prefs, raw } = onLocalStorage();
    localStorage.setItem(raw, record(1, { density: 'compact' }));
    const doc = prefs.open('settings', { defaults: DEFAULTS });
    const saved = doc.set({ ...DEFAULTS, theme: 'dark' });
    expect(doc.value).to.deep.equal({ ...DEFAULTS, theme: 'dark' });
    expect(await saved).to.deep.equal({ status: 'ok' });
    expect(doc.value).to.deep.equal({ ...DEFAULTS, density: 'compact', theme: 'dark' });
    await prefs.dispose();
  });

  it('opening a key twice gives the same document', async () => {
    const prefs = createPreferences({ adapter: new MemoryAdapter() });
    expect(prefs.open('a', { defaults: {} })).to.equal(prefs.open('a', { defaults: {} }));
    expect(() => prefs.open('__tailorkit/personalization', { defaults: {} })).to.throw(RangeError);
    await prefs.dispose();
  });

  it('tells subscribers about changes, and stops when unsubscribed', async () => {
    const prefs = createPreferences({ adapter: new MemoryAdapter() });
    const doc = prefs.open('settings', { defaults: DEFAULTS });
    const changes: DocumentChange<Settings>[] = [];
    const off = doc.subscribe((change) => changes.push(change));
    await doc.ready;
    await doc.set({ ...doc.value, theme: 'dark' });
    await doc.set({ ...doc.value, theme: 'dark' });
    off();
    await doc.set({ ...doc.value, theme: 'blue' });
    expect(changes.map((change) => [change.source, change.value.theme])).to.deep.equal([
      ['load', 'light'],
      ['local', 'dark'],
    ]);
    await prefs.dispose();
  });

  it('isCustomized tells modified fields from defaults, reset(path) puts one back', async () => {
    const prefs = createPreferences({ adapter: new MemoryAdapter() });
    const doc = prefs.open('settings', { defaults: DEFAULTS });
    await doc.ready;
    await doc.set({ ...DEFAULTS, theme: 'dark', density: 'compact' });
    expect(doc.isCustomized()).to.equal(true);
    expect(doc.isCustomized('theme')).to.equal(true);
    expect(doc.isCustomized(['columns'])).to.equal(false);
    await doc.reset('theme');
    expect(doc.value).to.deep.equal({ ...DEFAULTS, density: 'compact' });
    expect(doc.layers.user).to.deep.equal({ density: 'compact' });
  });

  it('reset and isCustomized reach into lists of records by id', async () => {
    const defaults = {
      widgets: [
        { id: 'sales', w: 2 },
        { id: 'leads', w: 2 },
        { id: 'tasks', w: 1 },
      ],
    };
    const prefs = createPreferences({ adapter: new MemoryAdapter() });
    const doc = prefs.open('home', { defaults });
    await doc.ready;
    await doc.set({
      widgets: [
        { id: 'tasks', w: 1 },
        { id: 'leads', w: 4 },
        { id: 'notes', w: 1 },
      ],
    });
    expect(doc.isCustomized(['widgets', 'leads'])).to.equal(true);
    expect(doc.isCustomized(['widgets', 'tasks'])).to.equal(false);
    expect(doc.isCustomized('widgets.sales')).to.equal(true);

    await doc.reset(['widgets', 'leads']);
    expect(doc.value.widgets).to.deep.equal([
      { id: 'tasks', w: 1 },
      { id: 'leads', w: 2 },
      { id: 'notes', w: 1 },
    ]);
    await doc.reset(['widgets', 'sales']);
    expect(doc.value.widgets).to.deep.equal([
      { id: 'sales', w: 2 },
      { id: 'tasks', w: 1 },
      { id: 'leads', w: 2 },
      { id: 'notes', w: 1 },
    ]);
    await doc.reset(['widgets', 'notes']);
    expect(doc.value.widgets.map((widget) => widget.id)).to.deep.equal(['sales', 'tasks', 'leads']);
    await doc.reset('widgets');
    expect(doc.value).to.deep.equal(defaults);
    expect(doc.layers.user).to.equal(undefined);
    await prefs.dispose();
  });

  it('full reset removes the stored document instead of storing defaults', async () => {
    const { prefs, raw, adapter } = onLocalStorage();
    const doc = prefs.open('settings', { defaults: DEFAULTS });
    await doc.ready;
    await doc.set({ ...DEFAULTS, theme: 'dark' });
    expect(localStorage.getItem(raw)).to.not.equal(null);
    expect(await doc.reset()).to.deep.equal({ status: 'ok' });
    expect(localStorage.getItem(raw)).to.equal(null);
    expect(adapter.removes).to.equal(1);
    expect(doc.value).to.deep.equal(DEFAULTS);
    await prefs.dispose();
  });

  it('rejects versions that are not positive integers', () => {
    const prefs = createPreferences({ adapter: new MemoryAdapter() });
    expect(() => prefs.open('v', { version: 0, defaults: {} })).to.throw(RangeError);
    expect(() => prefs.open('w', { version: 1.5, defaults: {} })).to.throw(RangeError);
  });
});

describe('failure rules', () => {
  afterEach(() => {
    for (const key of Object.keys(localStorage)) if (key.startsWith('tk-doc')) localStorage.removeItem(key);
  });

  for (const [what, bytes] of [
    ['corrupt JSON', '{"version": 1, "user": {"theme": "da'],
    ['a JSON value that is not a record', '"hello"'],
    ['a record without a user layer', '{"version": 1}'],
    ['a record whose value has the wrong shape', record(1, 'a string where an object belongs')],
  ] as const) {
    it(`rule 1: ${what} gives defaults, degraded status, an error, and untouched bytes until the user changes something`, async () => {
      const { prefs, raw, errors, adapter } = onLocalStorage();
      localStorage.setItem(raw, bytes);
      const doc = prefs.open('settings', { defaults: DEFAULTS });
      const docErrors: PreferencesError[] = [];
      doc.onError((error) => docErrors.push(error));
      await doc.ready;
      expect(doc.value).to.deep.equal(DEFAULTS);
      expect(doc.status).to.equal('degraded');
      expect(errors.map((error) => error.code)).to.deep.equal(['corrupt']);
      expect(docErrors).to.deep.equal(errors);
      expect(doc.lastError).to.be.instanceOf(PreferencesError);
      expect(doc.lastError!.key).to.equal('settings');

      await tasks();
      expect(localStorage.getItem(raw)).to.equal(bytes);
      expect(adapter.writes + adapter.removes).to.equal(0);

      expect(await doc.set({ ...DEFAULTS, theme: 'dark' })).to.deep.equal({ status: 'ok' });
      expect(JSON.parse(localStorage.getItem(raw)!)).to.deep.include({ user: { theme: 'dark' } });
      expect(doc.status).to.equal('ready');
      await prefs.dispose();
    });
  }

  it('rule 2: one invalid field is dropped, the rest of the user data survives', async () => {
    const { prefs, raw, errors } = onLocalStorage();
    const stored = record(1, { theme: 42, density: 'compact', columns: ['name'] });
    localStorage.setItem(raw, stored);
    const doc = prefs.open('settings', {
      defaults: DEFAULTS,
      validate: (value) => {
        const { theme, density } = value as Settings;
        return [
          ...(typeof theme === 'string' ? [] : [{ path: 'theme', message: 'must be a string' }]),
          ...(typeof density === 'string' ? [] : [{ path: ['density'] }]),
        ];
      },
    });
    await doc.ready;
    expect(doc.value).to.deep.equal({ theme: 'light', density: 'compact', columns: ['name'] });
    expect(errors).to.have.length(1);
    expect(errors[0].code).to.equal('invalid-field');
    expect(errors[0].path).to.deep.equal(['theme']);
    expect(doc.status).to.equal('degraded');
    expect(localStorage.getItem(raw)).to.equal(stored);
    await prefs.dispose();
  });

  it('rule 2: a validator that rejects the value as a whole drops the user layer only', async () => {
    const { prefs, raw, errors } = onLocalStorage();
    localStorage.setItem(raw, record(1, { theme: 'neon' }));
    const doc = prefs.open('settings', {
      defaults: DEFAULTS,
      validate: (value) => ['light', 'dark'].includes((value as Settings).theme),
    });
    await doc.ready;
    expect(doc.value).to.deep.equal(DEFAULTS);
    expect(errors.map((error) => error.code)).to.deep.equal(['corrupt']);
    await prefs.dispose();
  });

  it('rule 3: migrations run once each, in order, and the migrated layer is stored', async () => {
    const { prefs, raw } = onLocalStorage();
    localStorage.setItem(raw, record(1, { colour: 'dark' }));
    const calls: string[] = [];
    const options = {
      version: 3,
      defaults: DEFAULTS,
      migrations: {
        2: (user: unknown) => {
          calls.push('2');
          const { colour, ...rest } = user as { colour?: string };
          return { ...rest, theme: colour };
        },
        3: (user: unknown) => {
          calls.push('3');
          return { ...(user as object), density: 'compact' };
        },
      },
    };
    const doc = prefs.open('settings', options);
    await doc.ready;
    expect(calls).to.deep.equal(['2', '3']);
    expect(doc.value).to.deep.equal({ ...DEFAULTS, theme: 'dark', density: 'compact' });
    expect(doc.status).to.equal('ready');
    await prefs.dispose();
    expect(JSON.parse(localStorage.getItem(raw)!)).to.deep.include({
      version: 3,
      user: { theme: 'dark', density: 'compact' },
    });

    const reopened = createPreferences({ adapter: new LocalStorageAdapter({ namespace: raw.split(':')[0] }) });
    const again = reopened.open('settings', options);
    await again.ready;
    expect(calls).to.deep.equal(['2', '3']);
    expect(again.value).to.deep.equal(doc.value);
    await reopened.dispose();
  });

  it('rule 3: a migration that throws writes nothing and leaves the original untouched', async () => {
    const { prefs, raw, errors, adapter } = onLocalStorage();
    const original = record(1, { colour: 'dark' });
    localStorage.setItem(raw, original);
    const later: string[] = [];
    const doc = prefs.open('settings', {
      version: 3,
      defaults: DEFAULTS,
      migrations: {
        2: () => {
          throw new Error('cannot read colour');
        },
        3: (user: unknown) => {
          later.push('3');
          return user;
        },
      },
    });
    await doc.ready;
    await tasks();
    expect(later).to.deep.equal([]);
    expect(doc.status).to.equal('degraded');
    expect(doc.value).to.deep.equal(DEFAULTS);
    expect(errors.map((error) => error.code)).to.deep.equal(['migration-failed']);
    expect(errors[0].message).to.contain('cannot read colour');
    expect(adapter.writes + adapter.removes).to.equal(0);
    expect(localStorage.getItem(raw)).to.equal(original);
    await prefs.dispose();
    expect(localStorage.getItem(raw)).to.equal(original);
  });

  it('rule 3: data from a newer version is shown read-only and never overwritten', async () => {
    const { prefs, raw, errors, adapter } = onLocalStorage();
    const newer = record(5, { theme: 'dark', sparkles: true });
    localStorage.setItem(raw, newer);
    const doc = prefs.open('settings', { version: 3, defaults: DEFAULTS });
    await doc.ready;
    expect(doc.status).to.equal('read-only');
    expect(doc.value).to.deep.include({ theme: 'dark' });
    expect(errors.map((error) => error.code)).to.deep.equal(['newer-version']);

    const set = await doc.set({ ...DEFAULTS, theme: 'light' });
    expect(set.status).to.equal('read-only');
    expect('error' in set && set.error.code).to.equal('read-only');
    expect((await doc.reset()).status).to.equal('read-only');
    expect((await doc.update((draft) => ({ ...draft, density: 'x' }))).status).to.equal('read-only');
    expect(doc.value).to.deep.include({ theme: 'dark' });
    await doc.commit();
    await prefs.dispose();
    expect(adapter.writes + adapter.removes).to.equal(0);
    expect(localStorage.getItem(raw)).to.equal(newer);
  });

  it('rule 4: quota exceeded keeps the change in memory, says quota, and a later write saves everything', async () => {
    const storage = new TestStorage();
    const prefs = createPreferences({ adapter: new LocalStorageAdapter({ namespace: 'q', storage }) });
    const doc = prefs.open('settings', { defaults: DEFAULTS });
    await doc.ready;
    storage.full = true;
    const result = await doc.set({ ...DEFAULTS, theme: 'dark' });
    expect(result.status).to.equal('quota');
    expect('error' in result && result.error.code).to.equal('quota');
    expect(doc.value.theme).to.equal('dark');
    expect(doc.status).to.equal('degraded');
    expect(doc.lastError?.code).to.equal('quota');
    expect(storage.getItem('q:settings')).to.equal(null);

    storage.full = false;
    expect(await doc.set({ ...doc.value, density: 'compact' })).to.deep.equal({ status: 'ok' });
    expect(JSON.parse(storage.getItem('q:settings')!).user).to.deep.equal({ theme: 'dark', density: 'compact' });
    expect(doc.status).to.equal('ready');
    await prefs.dispose();
  });

  it('an adapter that rejects (a bug) is reported as unavailable, not thrown', async () => {
    const broken: PreferencesAdapter = {
      kind: 'broken',
      read: () => Promise.reject(new Error('boom')),
      write: () => Promise.reject(new Error('boom')),
      remove: () => Promise.reject(new Error('boom')),
    };
    const prefs = createPreferences({ adapter: broken });
    const doc = prefs.open('settings', { defaults: DEFAULTS });
    await doc.ready;
    expect(doc.status).to.equal('degraded');
    expect(doc.lastError?.code).to.equal('unavailable');
    const result = await doc.set({ ...DEFAULTS, theme: 'dark' });
    expect(result.status).to.equal('unavailable');
    expect(doc.value.theme).to.equal('dark');
  });
});

describe('write coalescing', () => {
  it('rule 9: 60 staged updates of a drag make no write until commit, then exactly one', async () => {
    const adapter = new CountingAdapter(new MemoryAdapter());
    const prefs = createPreferences({ adapter });
    const doc = prefs.open('layout', { defaults: { x: 0, y: 0 } });
    await doc.ready;
    const seen: number[] = [];
    doc.subscribe((change) => seen.push(change.value.x));
    for (let step = 1; step <= 60; step++) {
      expect(await doc.set({ x: step, y: step * 2 }, { commit: false })).to.deep.equal({ status: 'staged' });
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
    expect(seen).to.have.length(60);
    expect(adapter.writes).to.equal(0);
    expect(await doc.commit()).to.deep.equal({ status: 'ok' });
    expect(adapter.writes).to.equal(1);
    expect(adapter.written[0].user).to.deep.equal({ x: 60, y: 120 });
    await tasks();
    expect(adapter.writes).to.equal(1);
    await prefs.dispose();
  });

  it('rule 9: many sets in one task make one write; each caller gets its result', async () => {
    const adapter = new CountingAdapter(new MemoryAdapter());
    const prefs = createPreferences({ adapter });
    const doc = prefs.open('layout', { defaults: { x: 0 } });
    await doc.ready;
    const results = [];
    for (let x = 1; x <= 60; x++) results.push(doc.set({ x }));
    expect(await Promise.all(results)).to.deep.equal(Array(60).fill({ status: 'ok' }));
    expect(adapter.writes).to.equal(1);
    expect(adapter.written[0].user).to.deep.equal({ x: 60 });
    await prefs.dispose();
  });

  it('revert drops staged changes without writing', async () => {
    const adapter = new CountingAdapter(new MemoryAdapter());
    const prefs = createPreferences({ adapter });
    const doc = prefs.open('layout', { defaults: { x: 0 } });
    await doc.ready;
    await doc.set({ x: 5 });
    await doc.set({ x: 9 }, { commit: false });
    doc.revert();
    expect(doc.value).to.deep.equal({ x: 5 });
    await doc.commit();
    expect(adapter.writes).to.equal(1);
    await prefs.dispose();
  });

  it('dispose writes what was committed and drops what was only staged', async () => {
    const adapter = new CountingAdapter(new MemoryAdapter());
    const prefs = createPreferences({ adapter });
    const doc = prefs.open('layout', { defaults: { x: 0, y: 0 } });
    await doc.ready;
    void doc.set({ x: 1, y: 0 });
    void doc.set({ x: 1, y: 7 }, { commit: false });
    await prefs.dispose();
    expect(adapter.writes).to.equal(1);
    expect(adapter.written[0].user).to.deep.equal({ x: 1 });
  });
});

describe('concurrent writers on one storage', () => {
  it('a conditional write that loses merges the other edit instead of overwriting it', async () => {
    const shared = new MemoryAdapter();
    const one = createPreferences({ adapter: shared });
    const two = createPreferences({ adapter: shared });
    const first = one.open('doc', { defaults: DEFAULTS });
    const second = two.open('doc', { defaults: DEFAULTS });
    await Promise.all([first.ready, second.ready]);
    const [a, b] = await Promise.all([
      first.set({ ...DEFAULTS, theme: 'dark' }),
      second.set({ ...DEFAULTS, density: 'compact' }),
    ]);
    expect([a.status, b.status]).to.deep.equal(['ok', 'ok']);
    await tasks(5);
    const expected = { ...DEFAULTS, theme: 'dark', density: 'compact' };
    expect(first.value).to.deep.equal(expected);
    expect(second.value).to.deep.equal(expected);
    const stored = await shared.read('doc');
    expect(stored.status === 'present' && stored.record.user).to.deep.equal({ theme: 'dark', density: 'compact' });
    await Promise.all([one.dispose(), two.dispose()]);
  });

  it('a declared merge hears when the value it merges onto was stored', async () => {
    const shared = new MemoryAdapter();
    const one = createPreferences({ adapter: shared });
    const two = createPreferences({ adapter: shared });
    const heard: (number | undefined)[] = [];
    const first = one.open<Settings>('doc', {
      defaults: DEFAULTS,
      rebase: (_ancestor, ours, theirs, stored) => {
        heard.push(stored.at);
        return { ...theirs, density: ours.density };
      },
    });
    const second = two.open<Settings>('doc', { defaults: DEFAULTS });
    await Promise.all([first.ready, second.ready]);
    const before = Date.now();
    const [a, b] = await Promise.all([
      second.set({ ...DEFAULTS, theme: 'dark' }),
      first.set({ ...DEFAULTS, density: 'compact' }),
    ]);
    expect([a.status, b.status]).to.deep.equal(['ok', 'ok']);
    await tasks(5);
    const stored = await shared.read('doc');
    expect(stored.status === 'present' && stored.record.user).to.deep.equal({ theme: 'dark', density: 'compact' });
    expect(heard.length, 'the merge ran').to.be.greaterThan(0);
    // The first call merges onto the second page's write, stored after `before`.
    expect(heard[0], JSON.stringify(heard)).to.be.a('number').and.at.least(before);
    await Promise.all([one.dispose(), two.dispose()]);
  });

  it('staged changes survive a change arriving from elsewhere', async () => {
    const shared = new MemoryAdapter();
    const one = createPreferences({ adapter: shared });
    const two = createPreferences({ adapter: shared });
    const first = one.open('doc', { defaults: { x: 0, y: 0 } });
    const second = two.open('doc', { defaults: { x: 0, y: 0 } });
    await Promise.all([first.ready, second.ready]);
    await first.set({ x: 3, y: 0 }, { commit: false });
    await second.set({ x: 0, y: 4 });
    await tasks(5);
    expect(first.value).to.deep.equal({ x: 3, y: 4 });
    await first.commit();
    await tasks(5);
    expect(second.value).to.deep.equal({ x: 3, y: 4 });
    await Promise.all([one.dispose(), two.dispose()]);
  });

  it('rule 8: offline edits meeting a concurrent edit on replay are merged and written again, not lost', async () => {
    const server = new CountingAdapter(new MemoryAdapter());
    const client = new QueueingAdapter(server);
    const here = createPreferences({ adapter: client });
    const elsewhere = createPreferences({ adapter: server });
    const mine = here.open('doc', { defaults: DEFAULTS });
    const theirs = elsewhere.open('doc', { defaults: DEFAULTS });
    await Promise.all([mine.ready, theirs.ready]);

    client.online = false;
    expect(await mine.set({ ...DEFAULTS, theme: 'dark' })).to.deep.equal({ status: 'queued' });
    expect(await mine.set({ ...mine.value, columns: ['name'] })).to.deep.equal({ status: 'queued' });
    expect(await theirs.set({ ...DEFAULTS, density: 'compact' })).to.deep.equal({ status: 'ok' });

    await client.reconnect();
    const everything = { theme: 'dark', density: 'compact', columns: ['name'] };
    await waitUntil(() => JSON.stringify(theirs.value) === JSON.stringify(everything), 'the offline edits were lost');
    expect(mine.value).to.deep.equal(everything);
    const stored = await server.read('doc');
    expect(stored.status === 'present' && stored.record.user).to.deep.equal(everything);
    await Promise.all([here.dispose(), elsewhere.dispose()]);
  });

  it('rule 8: an offline edit that replays cleanly is not written a second time', async () => {
    const server = new CountingAdapter(new MemoryAdapter());
    const client = new QueueingAdapter(server);
    const prefs = createPreferences({ adapter: client });
    const doc = prefs.open('doc', { defaults: DEFAULTS });
    await doc.ready;
    client.online = false;
    await doc.set({ ...DEFAULTS, theme: 'dark' });
    await client.reconnect();
    await tasks(5);
    expect(server.writes).to.equal(1);
    expect(doc.value).to.deep.equal({ ...DEFAULTS, theme: 'dark' });
    await prefs.dispose();
  });
});
