import { expect } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { liveRegionText } from '../../../src/base/announcer.js';
import type { TkRecordView, TkRecordMoveDetail } from '../../../src/components/record-view/index.js';
import { deals, focused, header, mount, settle, shadow } from './helpers.js';

/** A view in a right-to-left page: `dir="rtl"` on the element, as on any ancestor. */
async function rtl(options: Parameters<typeof mount>[0] = {}): Promise<TkRecordView> {
  const view = await mount(options);
  view.setAttribute('dir', 'rtl');
  await settle(view);
  return view;
}

describe('tk-record-view right to left', () => {
  it('mirrors ArrowLeft and ArrowRight between grid cells: ArrowLeft goes to the next column', async () => {
    const view = await rtl({ records: deals(10) });
    // The first column shows at the right edge.
    const [first, second] = [header(view, 'Name'), header(view, 'Amount')].map((each) => each.getBoundingClientRect());
    expect(first.left).to.be.above(second.left);
    header(view, 'Name').focus();
    await sendKeys({ press: 'ArrowDown' });
    await settle(view);
    expect(focused(view)?.getAttribute('aria-colindex')).to.equal('1');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(view)?.getAttribute('aria-colindex')).to.equal('2');
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(view)?.getAttribute('aria-colindex')).to.equal('3');
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(view)?.getAttribute('aria-colindex')).to.equal('2');
    await expect(view).to.be.accessible();
  });

  it('mirrors resizing by keyboard: Shift+ArrowLeft widens a column', async () => {
    const view = await rtl({ records: deals(5) });
    const before = header(view, 'Name').getBoundingClientRect().width;
    header(view, 'Name').focus();
    await sendKeys({ press: 'Shift+ArrowLeft' });
    await settle(view);
    expect(header(view, 'Name').getBoundingClientRect().width).to.be.closeTo(before + 16, 1);
    expect(liveRegionText()).to.equal(`Name, ${Math.round(before + 16)} pixels wide.`);
    await sendKeys({ press: 'Shift+ArrowRight' });
    await sendKeys({ press: 'Shift+ArrowRight' });
    await settle(view);
    expect(header(view, 'Name').getBoundingClientRect().width).to.be.closeTo(before - 16, 1);
  });

  it('mirrors a kanban keyboard move: ArrowLeft moves the card to the next column', async () => {
    const view = await rtl({ records: deals(8), view: 'kanban', groupBy: 'stage' });
    await waitUntil(() => shadow(view).querySelector('.board [role="listitem"]'), 'the board shows', { timeout: 5000 });
    await settle(view);
    const log: TkRecordMoveDetail[] = [];
    view.addEventListener('tk-record-move', (event) => log.push(event.detail));
    const acme = [...shadow(view).querySelectorAll<HTMLElement>('[role="listitem"]')].find(
      (each) => each.getAttribute('aria-label') === 'Acme 0',
    )!;
    acme.focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowLeft' });
    await settle(view);
    expect(liveRegionText()).to.contain('Acme 0, position 1 of 3 in Qualified');
    await sendKeys({ press: 'Enter' });
    await settle(view);
    expect(log).to.have.length(1);
    expect(log[0]).to.include({ id: 'd0', from: 'lead', to: 'qualified' });
    // The columns read from the right: Qualified, the second, is left of Lead.
    const columns = [...shadow(view).querySelectorAll<HTMLElement>('.column')].map((each) =>
      each.getBoundingClientRect(),
    );
    expect(columns[0].left).to.be.above(columns[1].left);
  });
});
