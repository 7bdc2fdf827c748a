import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { History } from '../../../src/core/history/index.js';

type Op = { kind: 'change'; value: number } | { kind: 'undo' } | { kind: 'redo' };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant('change' as const), value: fc.integer() }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
);

/** An editor of one number with a history, and the plain model of what it must do. */
function run(ops: readonly Op[], limit: number) {
  const history = new History<number>({ limit });
  let shown = 0;
  // The model: every state visited in order, and where we stand in it.
  let timeline = [0];
  let at = 0;
  let floor = 0;
  for (const [index, each] of ops.entries()) {
    if (each.kind === 'change') {
      history.record(shown, `change ${index}`);
      shown = each.value;
      timeline = [...timeline.slice(0, at + 1), each.value];
      at++;
      floor = Math.max(floor, at - limit);
    } else if (each.kind === 'undo') {
      const step = history.undo(shown);
      if (at > floor) {
        expect(step?.state).to.equal(timeline[at - 1]);
        shown = step!.state;
        at--;
      } else expect(step).to.equal(undefined);
    } else {
      const step = history.redo(shown);
      if (at < timeline.length - 1) {
        expect(step?.state).to.equal(timeline[at + 1]);
        shown = step!.state;
        at++;
      } else expect(step).to.equal(undefined);
    }
    expect(shown).to.equal(timeline[at]);
    expect(history.canUndo).to.equal(at > floor);
    expect(history.canRedo).to.equal(at < timeline.length - 1);
  }
}

describe('History', () => {
  it('walks back and forth through committed states exactly as a timeline does', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 60 }), fc.integer({ min: 1, max: 8 }), (ops, limit) => run(ops, limit)),
      { numRuns: 300 },
    );
  });

  it('undo then redo gives back the state and the label of the change', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer(), fc.string(), (before, after, label) => {
        const history = new History<number>();
        history.record(before, label);
        const back = history.undo(after)!;
        expect(back).to.deep.equal({ state: before, label });
        expect(history.nextRedo?.label).to.equal(label);
        expect(history.redo(back.state)).to.deep.equal({ state: after, label });
        expect(history.nextUndo).to.deep.equal({ state: before, label });
      }),
    );
  });

  it('a new change ends redo; clear forgets everything', () => {
    const history = new History<string>();
    history.record('a', 'one');
    history.undo('b');
    expect(history.canRedo).to.equal(true);
    history.record('a', 'two');
    expect(history.canRedo).to.equal(false);
    history.clear();
    expect(history.canUndo).to.equal(false);
    expect(history.undo('x')).to.equal(undefined);
  });

  it('refuses a limit that is not a positive integer', () => {
    for (const limit of [0, -1, 1.5, Number.NaN]) expect(() => new History({ limit })).to.throw(RangeError);
  });
});
