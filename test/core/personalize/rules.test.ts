import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { ruleDefaults, type PersonalizationContext, type Rule } from '../../../src/core/personalize/index.js';

const values = (tag: string) => ({ home: { tag } });

describe('ruleDefaults', () => {
  it('matches attribute conditions: equals, oneOf, includes, language-tag prefix', () => {
    const provider = ruleDefaults([
      { when: { role: 'sales' }, reason: 'Suggested for the Sales role', values: values('sales') },
      { when: { role: { oneOf: ['cfo', 'accountant'] } }, reason: 'Finance', values: values('finance') },
      {
        when: { interests: { includes: ['reporting', 'charts'] } },
        reason: 'Reports and charts',
        values: values('both'),
      },
      { when: { interests: { includes: 'reporting' } }, reason: 'You are into reporting', values: values('reporting') },
      { when: { locale: { prefix: 'de' } }, reason: 'For German speakers', values: values('de') },
      { when: { plan: { equals: null } }, reason: 'No plan yet', values: values('trial') },
    ]);
    const tag = (context: Parameters<typeof provider>[1]) =>
      (provider('home', context) as { value: { tag: string } } | undefined)?.value.tag;
    expect(tag({ role: 'sales' })).to.equal('sales');
    expect(tag({ role: 'accountant' })).to.equal('finance');
    expect(tag({ interests: ['charts', 'reporting'] })).to.equal('both');
    expect(tag({ interests: ['reporting'] })).to.equal('reporting');
    expect(tag({ interests: 'reporting' } as unknown as PersonalizationContext)).to.equal(undefined);
    for (const locale of ['de', 'de-CH', 'DE_at']) expect(tag({ locale }), locale).to.equal('de');
    for (const locale of ['dev', 'en-DE', 'en']) expect(tag({ locale }), locale).to.equal(undefined);
    expect(tag({ plan: null })).to.equal('trial');
    expect(tag({})).to.equal(undefined);
  });

  it('needs every condition of a rule; the first matching rule wins and gives its reason and variant', () => {
    const provider = ruleDefaults([
      {
        when: { role: 'sales', locale: { prefix: 'fr' } },
        reason: 'French sales',
        variant: 'fr-sales',
        values: values('fr-sales'),
      },
      { when: { role: 'sales' }, reason: 'Sales', variant: 'sales', values: values('sales') },
      { reason: 'Everyone', values: values('everyone') },
    ]);
    expect(provider('home', { role: 'sales', locale: 'fr-CA' })).to.deep.equal({
      value: { tag: 'fr-sales' },
      reason: 'French sales',
      variant: 'fr-sales',
    });
    expect(provider('home', { role: 'sales', locale: 'en' })).to.deep.include({ reason: 'Sales', variant: 'sales' });
    expect(provider('home', { role: 'hr' })).to.deep.equal({ value: { tag: 'everyone' }, reason: 'Everyone' });
  });

  it('applies a rule only to the documents it has values for', () => {
    const provider = ruleDefaults([
      { when: { role: 'sales' }, reason: 'Sales invoice', values: { invoice: { template: 'compact' } } },
      { reason: 'Everyone', values: { home: { tag: 'all' }, invoice: { template: 'classic' } } },
    ]);
    expect(provider('home', { role: 'sales' })).to.deep.include({ reason: 'Everyone' });
    expect(provider('invoice', { role: 'sales' })).to.deep.include({ reason: 'Sales invoice' });
    expect(provider('other', { role: 'sales' })).to.equal(undefined);
    expect(provider('__proto__', {})).to.equal(undefined);
  });

  it('matches time-of-day ranges in the context time zone, including ranges across midnight', () => {
    const provider = ruleDefaults([
      { timeOfDay: { from: '22:00', to: '06:00' }, reason: 'Night', values: values('night') },
      { timeOfDay: { from: '09:00', to: '17:30' }, reason: 'Office hours', values: values('office') },
    ]);
    const at = (iso: string, timeZone = 'UTC') =>
      (provider('home', { now: new Date(iso), timeZone }) as { reason: string } | undefined)?.reason;
    expect(at('2026-03-02T23:15:00Z')).to.equal('Night');
    expect(at('2026-03-02T05:59:00Z')).to.equal('Night');
    expect(at('2026-03-02T06:00:00Z')).to.equal(undefined);
    expect(at('2026-03-02T09:00:00Z')).to.equal('Office hours');
    expect(at('2026-03-02T17:30:00Z')).to.equal(undefined);
    // 08:30 UTC is 09:30 in Berlin (CET, UTC+1).
    expect(at('2026-03-02T08:30:00Z', 'Europe/Berlin')).to.equal('Office hours');
    expect(at('2026-03-02T08:30:00Z')).to.equal(undefined);
    const local = new Date(2026, 2, 2, 12, 0).getTime();
    expect((provider('home', { now: local }) as { reason: string }).reason).to.equal('Office hours');
  });

  it('time ranges partition the day: every minute falls in exactly one of two complementary ranges', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 1439 }),
        fc.integer({ min: 0, max: 1439 }),
        (a, b, minute) => {
          fc.pre(a !== b);
          const clock = (m: number) =>
            `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const provider = ruleDefaults([
            { timeOfDay: { from: clock(a), to: clock(b) }, reason: 'in', values: values('in') },
            { timeOfDay: { from: clock(b), to: clock(a) }, reason: 'out', values: values('out') },
          ]);
          const now = Date.UTC(2026, 0, 1, 0, minute);
          const answer = provider('home', { now, timeZone: 'UTC' }) as { reason: string } | undefined;
          const inside = a < b ? minute >= a && minute < b : minute >= a || minute < b;
          expect(answer?.reason).to.equal(inside ? 'in' : 'out');
        },
      ),
    );
  });

  it('runs custom predicates with the context and the document key', () => {
    const seen: string[] = [];
    const provider = ruleDefaults([
      {
        test: (context, key) => {
          seen.push(key);
          return typeof context.seats === 'number' && context.seats > 50;
        },
        reason: 'For large teams',
        values: values('large'),
      },
    ]);
    expect(provider('home', { seats: 120 })).to.deep.include({ reason: 'For large teams' });
    expect(provider('home', { seats: 3 })).to.equal(undefined);
    expect(seen).to.deep.equal(['home', 'home']);
  });

  it('rejects malformed rules at setup, so mistakes do not fail silently later', () => {
    const bad: unknown[] = [
      { values: values('x') },
      { reason: '  ', values: values('x') },
      { reason: 'r' },
      { reason: 'r', values: values('x'), when: { role: { startsWith: 's' } } },
      { reason: 'r', values: values('x'), when: { role: { oneOf: 'sales' } } },
      { reason: 'r', values: values('x'), timeOfDay: { from: '9am', to: '17:00' } },
    ];
    for (const rule of bad) expect(() => ruleDefaults([rule as Rule]), JSON.stringify(rule)).to.throw(TypeError);
  });
});
