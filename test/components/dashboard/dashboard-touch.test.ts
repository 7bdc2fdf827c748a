import { aTimeout, expect, html } from '@open-wc/testing';
import { basic, center, item, mount, partCenter, recordChanges, rects } from './helpers.js';

/**
 * Touch is synthesized with PointerEvents of pointerType "touch" (and a TouchEvent to check that the
 * page scroll is cancelled only while a widget is lifted): the test runner's sendMouse has no touch.
 */
function touch(target: Element, type: string, [clientX, clientY]: [number, number]): PointerEvent {
  const event = new PointerEvent(type, {
    pointerId: 7,
    pointerType: 'touch',
    isPrimary: true,
    button: type === 'pointermove' ? -1 : 0,
    buttons: type === 'pointerup' || type === 'pointercancel' ? 0 : 1,
    clientX,
    clientY,
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  target.dispatchEvent(event);
  return event;
}

function touchMoveCancelled(target: Element, [clientX, clientY]: [number, number]): boolean {
  const point = new Touch({ identifier: 7, target, clientX, clientY });
  const event = new TouchEvent('touchmove', {
    touches: [point],
    changedTouches: [point],
    bubbles: true,
    composed: true,
    cancelable: true,
  });
  target.dispatchEvent(event);
  return event.defaultPrevented;
}

async function swipe(
  target: Element,
  from: [number, number],
  to: [number, number],
  { hold = 0, steps = 6 } = {},
): Promise<boolean> {
  touch(target, 'pointerdown', from);
  if (hold) await aTimeout(hold);
  let cancelled = false;
  for (let i = 1; i <= steps; i++) {
    const point: [number, number] = [
      from[0] + ((to[0] - from[0]) * i) / steps,
      from[1] + ((to[1] - from[1]) * i) / steps,
    ];
    touch(target, 'pointermove', point);
    cancelled = touchMoveCancelled(target, point) || cancelled;
  }
  touch(target, 'pointerup', to);
  await aTimeout(20);
  return cancelled;
}

describe('tk-dashboard touch', () => {
  it('in view mode a swipe scrolls: touch-action stays auto and nothing moves', async () => {
    const dashboard = await mount(
      html`<tk-dashboard>
        <tk-dashboard-item item-id="a" heading="A" x="0" y="0" w="4" h="2">A</tk-dashboard-item>
      </tk-dashboard>`,
    );
    const a = item(dashboard, 'a');
    expect(getComputedStyle(a).touchAction).to.equal('auto');
    const changes = recordChanges(dashboard);
    const from = center(a);
    const cancelled = await swipe(a, from, [from[0] + 400, from[1] + 200], { hold: 500 });
    expect(cancelled, 'the page scroll is not blocked').to.equal(false);
    expect(rects(dashboard)).to.deep.equal(['a:0,0,4,2']);
    expect(changes).to.have.length(0);
  });

  it('in edit mode a quick swipe on a widget still scrolls', async () => {
    const dashboard = await mount(basic());
    const a = item(dashboard, 'a');
    expect(getComputedStyle(a).touchAction).to.equal('auto');
    const changes = recordChanges(dashboard);
    const from = center(a);
    const cancelled = await swipe(a, from, [from[0] + 400, from[1] + 40]);
    expect(cancelled).to.equal(false);
    expect(a.matches(':state(drag), :state(resize), :state(grab)')).to.equal(false);
    expect(changes).to.have.length(0);
  });

  it('in edit mode a long press lifts the widget, then it follows the finger', async () => {
    const dashboard = await mount(basic());
    const d = item(dashboard, 'd');
    const changes = recordChanges(dashboard);
    const from = center(d);
    touch(d, 'pointerdown', from);
    await aTimeout(100);
    expect(d.matches(':state(drag), :state(resize), :state(grab)'), 'not lifted before the long press ends').to.equal(
      false,
    );
    await aTimeout(500);
    expect(d.matches(':state(drag)')).to.equal(true);
    let cancelled = false;
    for (let i = 1; i <= 8; i++) {
      const point: [number, number] = [from[0] + 50 * i, from[1]];
      touch(d, 'pointermove', point);
      cancelled = touchMoveCancelled(d, point) || cancelled;
    }
    touch(d, 'pointerup', [from[0] + 400, from[1]]);
    expect(cancelled, 'the page does not scroll while a widget is lifted').to.equal(true);
    expect(rects(dashboard)).to.include('d:4,2,4,1');
    expect(changes).to.have.length(1);
  });

  it('a finger that moves during the long press cancels it', async () => {
    const dashboard = await mount(basic());
    const d = item(dashboard, 'd');
    const from = center(d);
    touch(d, 'pointerdown', from);
    touch(d, 'pointermove', [from[0], from[1] + 30]);
    await aTimeout(500);
    expect(d.matches(':state(drag), :state(resize), :state(grab)')).to.equal(false);
    touch(d, 'pointerup', [from[0], from[1] + 30]);
  });

  it('a small tremble during the long press is tolerated', async () => {
    const dashboard = await mount(basic());
    const d = item(dashboard, 'd');
    const from = center(d);
    touch(d, 'pointerdown', from);
    touch(d, 'pointermove', [from[0] + 3, from[1] + 4]);
    await aTimeout(600);
    expect(d.matches(':state(drag)')).to.equal(true);
    touch(d, 'pointercancel', from);
    expect(d.matches(':state(drag), :state(resize), :state(grab)')).to.equal(false);
  });

  it('the drag handle has touch-action none and drags at once', async () => {
    const dashboard = await mount(basic());
    const d = item(dashboard, 'd');
    const handle = d.shadowRoot!.querySelector<HTMLElement>('[part="handle"]')!;
    expect(getComputedStyle(handle).touchAction).to.equal('none');
    const from = partCenter(d, '[part="handle"]');
    await swipe(handle, from, [from[0] + 800, from[1]]);
    expect(rects(dashboard)).to.include('d:8,2,4,1');
  });
});
