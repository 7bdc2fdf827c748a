import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { bucket, experimentDefaults, firstDefaults, ruleDefaults } from '../../../src/core/personalize/index.js';

const WEIGHTS = { control: 1, compact: 1, wide: 2 };

describe('bucket', () => {
  it('gives the same user the same variant on every call, machine and engine (pinned values)', () => {
    const users = ['alice', 'bob', 'carol', 'user-42', 'ü-ñ-漢字'];
    expect(users.map((user) => bucket(user, 'home-layout', WEIGHTS))).to.deep.equal([
      'wide',
      'compact',
      'compact',
      'wide',
      'compact',
    ]);
  });

  it('is a pure function of user, experiment and weights', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (user, experiment) => {
        expect(bucket(user, experiment, { ...WEIGHTS })).to.equal(bucket(user, experiment, WEIGHTS));
      }),
    );
  });

  it('splits users in proportion to the weights', () => {
    const counts: Record<string, number> = { control: 0, compact: 0, wide: 0 };
    const users = 20_000;
    for (let index = 0; index < users; index++) counts[bucket(`user-${index}`, 'home-layout', WEIGHTS)] += 1;
    // Expected 25% / 25% / 50%; 1.5 points is more than 5 standard deviations at this sample size.
    expect(counts.control / users).to.be.closeTo(0.25, 0.015);
    expect(counts.compact / users).to.be.closeTo(0.25, 0.015);
    expect(counts.wide / users).to.be.closeTo(0.5, 0.015);
  });

  it('assigns independently across experiments', () => {
    let same = 0;
    const users = 10_000;
    for (let index = 0; index < users; index++) {
      const user = `user-${index}`;
      if (bucket(user, 'first', { a: 1, b: 1 }) === bucket(user, 'second', { a: 1, b: 1 })) same++;
    }
    expect(same / users).to.be.closeTo(0.5, 0.03);
  });

  it('never picks a variant of weight zero', () => {
    fc.assert(
      fc.property(fc.string(), (user) => {
        expect(bucket(user, 'exp', { off: 0, on: 3, never: 0 })).to.equal('on');
      }),
    );
  });

  it('refuses weights that cannot split anyone', () => {
    expect(() => bucket('u', 'exp', {})).to.throw(RangeError);
    expect(() => bucket('u', 'exp', { a: 0 })).to.throw(RangeError);
    expect(() => bucket('u', 'exp', { a: -1, b: 2 })).to.throw(RangeError);
    expect(() => bucket('u', 'exp', { a: Number.NaN })).to.throw(RangeError);
    expect(() => bucket('u', 'exp', { a: Infinity })).to.throw(RangeError);
  });
});

describe('experimentDefaults', () => {
  const provider = experimentDefaults({
    experiment: 'home-layout',
    variants: {
      control: { weight: 1 },
      compact: { weight: 1, reason: 'Trying a compact home for you', values: { home: { density: 'compact' } } },
      wide: { weight: 2, values: { home: { density: 'wide' } } },
    },
  });

  it('answers the bucketed variant with its values, name and reason', async () => {
    expect(await provider('home', { userId: 'bob' })).to.deep.equal({
      value: { density: 'compact' },
      variant: 'compact',
      reason: 'Trying a compact home for you',
    });
    const wide = await provider('home', { userId: 'alice' });
    expect(wide).to.deep.include({ value: { density: 'wide' }, variant: 'wide' });
    expect(wide!.reason).to.contain('home-layout');
  });

  it('has no answer without a user id, for other documents, or for a control without values', async () => {
    expect(await provider('home', {})).to.equal(undefined);
    expect(await provider('invoice', { userId: 'bob' })).to.equal(undefined);
    const control = [...Array(50).keys()]
      .map((index) => `user-${index}`)
      .find((user) => bucket(user, 'home-layout', WEIGHTS) === 'control')!;
    expect(await provider('home', { userId: control })).to.equal(undefined);
  });

  it('rejects bad weights at setup', () => {
    expect(() => experimentDefaults({ experiment: 'x', variants: { a: { weight: -1 } } })).to.throw(RangeError);
  });
});

describe('firstDefaults', () => {
  it('takes the first provider that answers', async () => {
    const rules = ruleDefaults([{ when: { role: 'sales' }, reason: 'Sales', values: { home: { a: 1 } } }]);
    const fallback = () => ({ value: { a: 2 }, reason: 'Everyone' });
    const combined = firstDefaults(rules, fallback);
    expect(await combined('home', { role: 'sales' })).to.deep.equal({ value: { a: 1 }, reason: 'Sales' });
    expect(await combined('home', { role: 'hr' })).to.deep.equal({ value: { a: 2 }, reason: 'Everyone' });
    expect(await firstDefaults()('home', {})).to.equal(undefined);
  });
});
