import { expect } from '@open-wc/testing';
import { resolveDefaults, ruleDefaults, type DefaultsProvider } from '../../../src/core/personalize/index.js';
import { createPreferences, MemoryAdapter, type PreferencesError } from '../../../src/core/prefs/index.js';

const rules = ruleDefaults([
  {
    when: { role: 'sales' },
    reason: 'Suggested for the Sales role',
    variant: 'sales',
    values: { home: { widgets: ['pipeline'] } },
  },
  {
    when: { interests: { includes: 'reporting' } },
    reason: 'You said you are into reporting',
    values: { home: { widgets: ['reports'] } },
  },
]);

describe('resolveDefaults (providers never throw)', () => {
  const failing: [string, DefaultsProvider][] = [
    [
      'throws',
      () => {
        throw new Error('directory down');
      },
    ],
    ['rejects', () => Promise.reject(new Error('directory down'))],
    ['answers a number', () => 7 as never],
    ['answers an object without value', () => ({ reason: 'no value' }) as never],
    ['never answers', () => new Promise<never>(() => {})],
  ];
  for (const [what, provider] of failing) {
    it(`falls back and explains when a provider ${what}`, async () => {
      const resolution = await resolveDefaults(provider, 'home', {}, 30);
      expect(resolution.value).to.equal(undefined);
      expect(resolution.error).to.be.a('string').and.not.equal('');
      expect(resolution.reason).to.contain('standard defaults');
    });
  }

  it('passes answers through and names a reason when the provider gave none', async () => {
    expect(await resolveDefaults(() => ({ value: { a: 1 }, variant: 'b' }), 'home', {})).to.deep.equal({
      value: { a: 1 },
      reason: 'Personalized for you',
      variant: 'b',
    });
    expect(await resolveDefaults(() => Promise.resolve(undefined), 'home', {})).to.deep.equal({});
    expect(await resolveDefaults(undefined, 'home', {})).to.deep.equal({});
  });
});

describe('personalized defaults in a store', () => {
  const library = { widgets: ['welcome'], density: 'cozy' };

  it('shows personalized defaults with their reason and variant, under the user layer', async () => {
    const prefs = createPreferences({ adapter: new MemoryAdapter(), defaults: rules, context: { role: 'sales' } });
    const doc = prefs.open('home', { defaults: library });
    await doc.ready;
    expect(doc.value).to.deep.equal({ widgets: ['pipeline'], density: 'cozy' });
    expect(doc.layers).to.deep.include({
      library,
      personalized: { widgets: ['pipeline'] },
      base: { widgets: ['pipeline'], density: 'cozy' },
      reason: 'Suggested for the Sales role',
      variant: 'sales',
      personalization: true,
    });
    await prefs.dispose();
  });

  it('a context change re-resolves defaults without touching the user layer', async () => {
    const adapter = new MemoryAdapter();
    const prefs = createPreferences({ adapter, defaults: rules, context: { role: 'sales' } });
    const doc = prefs.open('home', { defaults: library });
    await doc.ready;
    await doc.set({ ...doc.value, density: 'compact' });
    const user = doc.layers.user;
    const stored = await adapter.read('home');
    const sources: string[] = [];
    doc.subscribe((change) => sources.push(change.source));

    await prefs.setContext({ role: 'hr', interests: ['reporting'] });
    expect(doc.value).to.deep.equal({ widgets: ['reports'], density: 'compact' });
    expect(doc.layers.reason).to.equal('You said you are into reporting');
    expect(doc.layers.user).to.equal(user);
    expect(await adapter.read('home')).to.deep.equal(stored);
    expect(sources).to.deep.equal(['defaults']);
    expect(prefs.context).to.deep.equal({ role: 'hr', interests: ['reporting'] });

    await prefs.setContext({});
    expect(doc.value).to.deep.equal({ widgets: ['welcome'], density: 'compact' });
    expect(doc.layers.reason).to.equal(undefined);
    await prefs.dispose();
  });

  it('a failing provider gives library defaults, says so in the reason, and reports it', async () => {
    const prefs = createPreferences({
      adapter: new MemoryAdapter(),
      defaults: () => {
        throw new Error('profile service down');
      },
    });
    const errors: PreferencesError[] = [];
    prefs.onError((error) => errors.push(error));
    const doc = prefs.open('home', { defaults: library });
    await doc.ready;
    expect(doc.value).to.deep.equal(library);
    expect(doc.status).to.equal('ready');
    expect(doc.layers.reason).to.contain('profile service down');
    expect(errors.map((error) => [error.key, error.code])).to.deep.equal([['home', 'provider-failed']]);
    await prefs.dispose();
  });

  it('personalization off is stored as the user own choice and asks no provider', async () => {
    const adapter = new MemoryAdapter();
    let asked = 0;
    const counting: DefaultsProvider = (key, context) => {
      asked++;
      return rules(key, context);
    };
    const prefs = createPreferences({ adapter, defaults: counting, context: { role: 'sales' } });
    const doc = prefs.open('home', { defaults: library });
    await doc.ready;
    expect(await prefs.setPersonalization(false)).to.deep.equal({ status: 'ok' });
    expect(doc.value).to.deep.equal(library);
    expect(doc.layers).to.deep.include({ personalized: undefined, reason: undefined, personalization: false });
    await prefs.dispose();

    asked = 0;
    const later = createPreferences({ adapter, defaults: counting, context: { role: 'sales' } });
    expect(later.personalization).to.equal(true);
    const again = later.open('home', { defaults: library });
    await again.ready;
    expect(later.personalization).to.equal(false);
    expect(again.value).to.deep.equal(library);
    expect(asked).to.equal(0);
    const heard: boolean[] = [];
    later.subscribe(() => heard.push(later.personalization));
    await later.setPersonalization(true);
    expect(again.value).to.deep.equal({ widgets: ['pipeline'], density: 'cozy' });
    expect(heard).to.deep.equal([true]);
    await later.dispose();
  });

  it('async providers work, and a slow answer for an old context never overwrites a newer one', async () => {
    const delays: Record<string, number> = { slow: 80, fast: 0 };
    const provider: DefaultsProvider = async (_key, context) => {
      await new Promise((resolve) => setTimeout(resolve, delays[context.role as string]));
      return { value: { widgets: [context.role as string] }, reason: `For ${context.role as string}` };
    };
    const prefs = createPreferences({ adapter: new MemoryAdapter(), defaults: provider, context: { role: 'fast' } });
    const doc = prefs.open('home', { defaults: library });
    await doc.ready;
    expect(doc.value.widgets).to.deep.equal(['fast']);
    const slow = prefs.setContext({ role: 'slow' });
    await prefs.setContext({ role: 'fast' });
    await slow;
    expect(doc.value.widgets).to.deep.equal(['fast']);
    await prefs.dispose();
  });
});
