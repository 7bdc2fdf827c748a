import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { OwnChanges } from '../../src/base/own-changes.js';

describe('OwnChanges', () => {
  it('takes the reports coming back late and in order for echoes, and anything else for a new value', () => {
    const own = new OwnChanges();
    expect(own.isEcho({ text: 'B' })).to.equal(false);
    for (const text of ['B', 'Br', 'Bra', 'Bran', 'Brand']) own.report({ text });
    // A host whose save answers one keystroke behind.
    expect(own.isEcho({ text: 'Bra' })).to.equal(true);
    expect(own.isEcho({ text: 'Bran' })).to.equal(true);
    // Acknowledged: setting it again is the host's own decision (an undo).
    expect(own.isEcho({ text: 'Br' })).to.equal(false);
    expect(own.isEcho({ text: 'Brand' })).to.equal(true);
    // The last report handed back again changes nothing.
    expect(own.isEcho({ text: 'Brand' })).to.equal(true);
    expect(own.isEcho({ text: 'Acme' })).to.equal(false);
    expect(own.isEcho(null)).to.equal(false);
    expect(own.isEcho(undefined)).to.equal(false);
    own.forget();
    expect(own.isEcho({ text: 'Brand' })).to.equal(false);
  });

  it('never takes a value that is not plain data for an echo', () => {
    const own = new OwnChanges();
    const cyclic: { self?: unknown } = {};
    cyclic.self = cyclic;
    own.report(cyclic);
    expect(own.isEcho(cyclic)).to.equal(false);
    own.report('x');
    expect(own.isEcho(cyclic)).to.equal(false);
  });

  it('every report handed back in order is an echo; a value never reported is not', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 3 }), { minLength: 1, maxLength: 30 }),
        fc.array(fc.boolean(), { maxLength: 30 }),
        fc.string({ maxLength: 3 }),
        (reports, handedBack, other) => {
          const own = new OwnChanges();
          for (const text of reports) own.report({ text });
          const echoes = reports.filter((_, i) => handedBack[i]);
          for (const text of echoes) expect(own.isEcho({ text })).to.equal(true);
          expect(own.isEcho({ text: reports.at(-1)! })).to.equal(true);
          if (!reports.includes(other)) expect(own.isEcho({ text: other })).to.equal(false);
        },
      ),
    );
  });
});
