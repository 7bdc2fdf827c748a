import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { TkDashboard } from '../../../src/components/dashboard/index.js';
import { item, mount, nextFrame, rects } from './helpers.js';

/**
 * Frameworks such as React (through @lit/react) assign every property again on each render. An item
 * given `x`, `y`, `w`, `h` once must stay where the user put it when the same values arrive again;
 * only a value the integrator really changed places it anew.
 */
describe('tk-dashboard items given the same position again', () => {
  const render = (): ReturnType<typeof html> =>
    html`<tk-dashboard editable>
      <tk-dashboard-item item-id="a" heading="Revenue" .x=${0} .y=${0} .w=${4} .h=${2}>A</tk-dashboard-item>
      <tk-dashboard-item item-id="b" heading="Pipeline" .x=${4} .y=${0} .w=${4} .h=${2}>B</tk-dashboard-item>
      <tk-dashboard-item item-id="d" heading="Notes" .x=${0} .y=${2} .w=${4} .h=${1}>D</tk-dashboard-item>
    </tk-dashboard>`;

  /** Assigns x, y, w, h the way a framework's render does: as properties, all of them. */
  async function assign(dashboard: TkDashboard, id: string, x: number, y: number, w: number, h: number): Promise<void> {
    const element = item(dashboard, id);
    Object.assign(element, { x, y, w, h });
    await element.updateComplete;
    await dashboard.updateComplete;
    await nextFrame();
  }

  it('keeps a keyboard move when a re-render assigns the same values, and follows a real change', async () => {
    // The integrator's first render gives each item its place.
    const dashboard = await mount(render());
    expect(rects(dashboard)).to.include('d:0,2,4,1');

    // The user moves Notes one column to the right by keyboard.
    item(dashboard, 'd').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await dashboard.updateComplete;
    expect(rects(dashboard)).to.include('d:1,2,4,1');
    const left = item(dashboard, 'd').getBoundingClientRect().left;

    // The next render assigns what it assigned before: nothing moves.
    await assign(dashboard, 'd', 0, 2, 4, 1);
    await assign(dashboard, 'a', 0, 0, 4, 2);
    expect(rects(dashboard)).to.include('d:1,2,4,1');
    expect(item(dashboard, 'd').x, 'the property tells where the item is').to.equal(1);
    expect(item(dashboard, 'd').getBoundingClientRect().left).to.equal(left);

    // A value the integrator really changes moves the item there (and it rises into the free rows).
    await assign(dashboard, 'd', 8, 2, 4, 1);
    expect(rects(dashboard)).to.include('d:8,0,4,1');
    expect(item(dashboard, 'd').getBoundingClientRect().left).to.be.greaterThan(left);
    await expect(dashboard).to.be.accessible();
  });

  it('keeps a moveItem call when a re-render assigns the same values; a new size still applies', async () => {
    const dashboard = await mount(render());
    expect(await dashboard.moveItem('b', 8, 0)).to.equal(true);
    expect(rects(dashboard)).to.include('b:8,0,4,2');

    // Same position again, a new width: only the width is the integrator's change.
    await assign(dashboard, 'b', 4, 0, 2, 2);
    expect(rects(dashboard)).to.include('b:8,0,2,2');
  });
});
