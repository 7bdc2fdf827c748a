import { expect } from '@open-wc/testing';
import { LazyModule } from '../../src/base/lazy.js';

describe('LazyModule', () => {
  it('imports once however often it is asked, and keeps the module', async () => {
    let calls = 0;
    const lazy = new LazyModule(() => Promise.resolve({ value: ++calls }));
    expect(lazy.loaded).to.equal(undefined);
    const [first, second] = await Promise.all([lazy.load(), lazy.load()]);
    expect(first).to.equal(second);
    expect(await lazy.load()).to.equal(first);
    expect(lazy.loaded).to.deep.equal({ value: 1 });
    expect(calls).to.equal(1);
  });

  it('after a failed import, rejects that call and asks again on the next', async () => {
    let calls = 0;
    const lazy = new LazyModule(() =>
      ++calls === 1 ? Promise.reject(new TypeError('offline')) : Promise.resolve({ value: calls }),
    );
    let failure: unknown;
    await lazy.load().catch((error: unknown) => (failure = error));
    expect(failure).to.be.instanceOf(TypeError);
    expect(lazy.loaded).to.equal(undefined);
    expect(await lazy.load()).to.deep.equal({ value: 2 });
    expect(calls).to.equal(2);
  });
});
