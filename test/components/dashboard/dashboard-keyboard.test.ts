import { expect, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { sendKeys } from '@web/test-runner-commands';
import { liveRegionText } from '../../../src/base/announcer.js';
import { basic, domOrder, item, mount, nextFrame, recordChanges, rects } from './helpers.js';

describe('tk-dashboard keyboard', () => {
  it('grabs with Enter, moves with arrows, drops with Enter, announcing each step', async () => {
    const dashboard = await mount(basic());
    const changes = recordChanges(dashboard);
    item(dashboard, 'a').focus();
    await sendKeys({ press: 'Enter' });
    expect(liveRegionText()).to.contain('Picked up Revenue, row 1, column 1, 4 columns wide, 2 rows high');
    await sendKeys({ press: 'ArrowDown' });
    await nextFrame();
    expect(liveRegionText()).to.match(/^Revenue, row 2, column 1/);
    expect(changes, 'no event before the drop').to.have.length(0);
    await sendKeys({ press: 'Enter' });
    expect(liveRegionText()).to.contain('Dropped Revenue, row');
    expect(changes).to.have.length(1);
    expect(changes[0].reason).to.equal('move');
    expect(document.activeElement).to.equal(item(dashboard, 'a'));
  });

  it('moves one cell per arrow, pushing what is in the way and naming it', async () => {
    const dashboard = await mount(basic());
    item(dashboard, 'a').focus();
    await sendKeys({ press: 'Enter' });
    const before = item(dashboard, 'a').getBoundingClientRect().left;
    await sendKeys({ press: 'ArrowRight' });
    expect(liveRegionText()).to.contain('Revenue, row 1, column 2');
    expect(
      item(dashboard, 'a').getBoundingClientRect().left - before,
      'the grabbed widget shows where it is going',
    ).to.be.closeTo(100, 1);
    expect(liveRegionText()).to.contain('Moved out of the way: Pipeline');
    await sendKeys({ press: 'Enter' });
    expect(rects(dashboard)).to.include('a:1,0,4,2');
    expect(rects(dashboard).find((r) => r.startsWith('b:'))).not.to.equal('b:4,0,4,2');
  });

  it('Escape cancels and restores the layout exactly', async () => {
    const dashboard = await mount(basic());
    const before = rects(dashboard);
    const changes = recordChanges(dashboard);
    item(dashboard, 'b').focus();
    await sendKeys({ press: 'Space' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Shift+ArrowRight' });
    await sendKeys({ press: 'Escape' });
    expect(liveRegionText()).to.contain('Move cancelled. Back at Pipeline, row 1, column 5');
    expect(rects(dashboard)).to.deep.equal(before);
    expect(changes).to.have.length(0);
    expect(item(dashboard, 'b').style.transform).to.equal('');
  });

  it('resizes with Shift+arrows', async () => {
    const dashboard = await mount(basic());
    const changes = recordChanges(dashboard);
    item(dashboard, 'd').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Shift+ArrowRight' });
    expect(liveRegionText()).to.contain('Notes, row 3, column 1, 5 columns wide, 1 row high');
    await sendKeys({ press: 'Shift+ArrowDown' });
    await sendKeys({ press: 'Enter' });
    expect(rects(dashboard)).to.include('d:0,2,5,2');
    expect(changes.map((c) => c.reason)).to.deep.equal(['resize']);
    expect(item(dashboard, 'd').w).to.equal(5);
    // The attributes follow in an idle moment, not in the frame that moves the widgets.
    await waitUntil(() => item(dashboard, 'd').getAttribute('h') === '2', 'the h attribute follows');
  });

  it('a drop where the widget already was says dropped, not cancelled', async () => {
    const dashboard = await mount(basic());
    const changes = recordChanges(dashboard);
    item(dashboard, 'a').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Enter' });
    expect(liveRegionText()).to.contain('Dropped Revenue, row 1, column 1');
    expect(changes, 'nothing changed, nothing to report').to.have.length(0);
  });

  it('says so when a widget cannot go further', async () => {
    const dashboard = await mount(basic());
    item(dashboard, 'a').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(liveRegionText()).to.contain('Revenue cannot go further that way');
    await sendKeys({ press: 'Escape' });
  });

  it('says a locked widget is locked when the user tries to pick it up', async () => {
    const dashboard = await mount(
      html`<tk-dashboard editable>
        <tk-dashboard-item item-id="n" heading="News" x="0" y="0" w="4" h="2" locked>N</tk-dashboard-item>
      </tk-dashboard>`,
    );
    item(dashboard, 'n').focus();
    await sendKeys({ press: 'Enter' });
    expect(liveRegionText()).to.contain('News is locked in place.');
    expect(item(dashboard, 'n').matches(':state(drag), :state(resize), :state(grab)'), 'not picked up').to.equal(false);
  });

  it('keeps DOM order in reading order and focus on the moved widget', async () => {
    const dashboard = await mount(basic());
    expect(domOrder(dashboard)).to.deep.equal(['a', 'b', 'c', 'd']);
    item(dashboard, 'a').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    const layout = dashboard.layout;
    const reading = layout.map((e) => e.id).join();
    // Reading order follows in an idle moment, which a busy page (many test pages at once) may give late.
    await waitUntil(() => domOrder(dashboard).join() === reading, `DOM order: ${domOrder(dashboard).join()}`, {
      timeout: 5000,
    });
    const order = domOrder(dashboard);
    expect(order).to.deep.equal(layout.map((e) => e.id));
    expect(order.indexOf('a')).to.be.greaterThan(order.indexOf('b'));
    expect(document.activeElement).to.equal(item(dashboard, 'a'));
    await sendKeys({ press: 'Tab' });
    const next = layout[layout.findIndex((e) => e.id === 'a') + 1];
    if (next) expect((document.activeElement as HTMLElement).getAttribute('item-id')).to.equal(next.id);
  });

  it('removes with Delete through a cancelable tk-before-item-remove, and undo brings it back', async () => {
    const dashboard = await mount(basic());
    const changes = recordChanges(dashboard);
    let veto = true;
    dashboard.addEventListener('tk-before-item-remove', (event) => {
      if (veto) event.preventDefault();
    });
    item(dashboard, 'b').focus();
    await sendKeys({ press: 'Delete' });
    expect(item(dashboard, 'b').hidden).to.equal(false);
    expect(changes).to.have.length(0);
    veto = false;
    const removed: string[] = [];
    dashboard.addEventListener('tk-item-remove', (event) => removed.push(event.detail.id));
    await sendKeys({ press: 'Delete' });
    expect(removed).to.deep.equal(['b']);
    expect(item(dashboard, 'b').hidden).to.equal(true);
    expect(dashboard.layout.map((e) => e.id)).not.to.include('b');
    expect(liveRegionText()).to.contain('Removed Pipeline');
    expect(changes.map((c) => c.reason)).to.deep.equal(['remove']);
    expect(document.activeElement).to.equal(item(dashboard, 'c'));
    await sendKeys({ press: 'Control+z' });
    expect(item(dashboard, 'b').hidden).to.equal(false);
    expect(rects(dashboard)).to.include('b:4,0,4,2');
    await sendKeys({ press: 'Control+Shift+z' });
    expect(item(dashboard, 'b').hidden).to.equal(true);
    expect(changes.map((c) => c.reason)).to.deep.equal(['remove', 'undo', 'redo']);
  });

  it('undoes and redoes moves with the keyboard and the methods', async () => {
    const dashboard = await mount(basic());
    const start = rects(dashboard);
    item(dashboard, 'd').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    const moved = rects(dashboard);
    expect(moved).not.to.deep.equal(start);
    expect(dashboard.canUndo).to.equal(true);
    await sendKeys({ press: 'Control+z' });
    expect(rects(dashboard)).to.deep.equal(start);
    expect(liveRegionText(), 'undo says what it undid').to.contain('Undone: Notes moved.');
    expect(dashboard.canRedo).to.equal(true);
    await dashboard.redo();
    expect(rects(dashboard)).to.deep.equal(moved);
    expect(liveRegionText()).to.contain('Redone: Notes moved.');
    await dashboard.undo();
    expect(rects(dashboard)).to.deep.equal(start);
    expect(dashboard.canUndo).to.equal(false);
    await dashboard.undo();
    expect(liveRegionText()).to.contain('Nothing to undo');
  });

  it('names what undo brings back after a removal, a resize and a reset', async () => {
    const dashboard = await mount(basic());
    await dashboard.removeItem('b');
    await dashboard.undo();
    expect(liveRegionText()).to.contain('Undone: Pipeline removed.');
    expect(await dashboard.resizeItem('a', 5, 2)).to.equal(true);
    await dashboard.undo();
    expect(liveRegionText()).to.contain('Undone: Revenue resized.');
    await dashboard.moveItem('a', 0, 3);
    await dashboard.resetLayout();
    await dashboard.undo();
    expect(liveRegionText()).to.contain('Undone: layout reset.');
  });

  it('mirrors the arrow keys in right-to-left', async () => {
    const dashboard = await mount(basic(), { dir: 'rtl' });
    item(dashboard, 'd').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'Enter' });
    expect(rects(dashboard)).to.include('d:1,2,4,1');
    item(dashboard, 'd').focus();
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Shift+ArrowLeft' });
    await sendKeys({ press: 'Enter' });
    expect(rects(dashboard)).to.include('d:1,2,5,1');
    // Column 1 is on the right in RTL.
    const a = item(dashboard, 'a').getBoundingClientRect();
    const c = item(dashboard, 'c').getBoundingClientRect();
    expect(a.left).to.be.greaterThan(c.left);
  });

  it('does nothing with the keyboard in view mode', async () => {
    const dashboard = await mount(
      html`<tk-dashboard>
        <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="2">A</tk-dashboard-item>
      </tk-dashboard>`,
    );
    expect(item(dashboard, 'a').hasAttribute('tabindex')).to.equal(false);
    item(dashboard, 'a').dispatchEvent(new KeyboardEvent('keydown', { key: 'Delete', bubbles: true, composed: true }));
    expect(item(dashboard, 'a').hidden).to.equal(false);
  });
});
