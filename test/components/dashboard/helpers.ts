import { fixture, html } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/components/dashboard/define.js';
import type { TkDashboard, TkDashboardItem, TkLayoutChangeDetail } from '../../../src/components/dashboard/index.js';

export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

/** A dashboard in a container of a known width (12 columns of 100px with the gap removed). */
export async function mount(
  content: TemplateResult,
  { width = 1200, dir = 'ltr' }: { width?: number; dir?: 'ltr' | 'rtl' } = {},
): Promise<TkDashboard> {
  await setViewport({ width: 1400, height: 1000 });
  const wrapper = await fixture<HTMLDivElement>(
    html`<div
      dir=${dir}
      style="width: ${width}px; --tk-dashboard-gap: 0px; --tk-duration-normal: 0s; --tk-duration-fast: 0s"
    >
      ${content}
    </div>`,
  );
  const dashboard = wrapper.querySelector('tk-dashboard')!;
  await dashboard.updateComplete;
  await Promise.all([...dashboard.querySelectorAll('tk-dashboard-item')].map((item) => item.updateComplete));
  await nextFrame();
  return dashboard;
}

export function item(dashboard: TkDashboard, id: string): TkDashboardItem {
  return dashboard.querySelector<TkDashboardItem>(`tk-dashboard-item[item-id="${CSS.escape(id)}"]`)!;
}

/** The layout as `id:x,y,w,h` strings, sorted by id, for readable assertions. */
export function rects(dashboard: TkDashboard): string[] {
  return dashboard.layout.map((e) => `${e.id}:${e.x},${e.y},${e.w},${e.h}`).sort();
}

/** Item ids in DOM order (visible ones). */
export function domOrder(dashboard: TkDashboard): string[] {
  return [...dashboard.querySelectorAll<TkDashboardItem>('tk-dashboard-item')]
    .filter((el) => !el.hidden)
    .map((el) => el.itemId);
}

/** Records every tk-layout-change. */
export function recordChanges(dashboard: TkDashboard): TkLayoutChangeDetail[] {
  const changes: TkLayoutChangeDetail[] = [];
  dashboard.addEventListener('tk-layout-change', (event) => changes.push(event.detail));
  return changes;
}

export function center(element: Element): [number, number] {
  const rect = element.getBoundingClientRect();
  return [Math.round(rect.left + rect.width / 2), Math.round(rect.top + rect.height / 2)];
}

/** Presses at `from`, moves to `to` in `steps` real mouse moves, releases. */
export async function drag(
  from: [number, number],
  to: [number, number],
  steps = 8,
  beforeRelease?: () => Promise<void> | void,
): Promise<void> {
  await sendMouse({ type: 'move', position: from });
  await sendMouse({ type: 'down' });
  for (let i = 1; i <= steps; i++) {
    const x = Math.round(from[0] + ((to[0] - from[0]) * i) / steps);
    const y = Math.round(from[1] + ((to[1] - from[1]) * i) / steps);
    await sendMouse({ type: 'move', position: [x, y] });
  }
  await beforeRelease?.();
  await sendMouse({ type: 'up' });
  await nextFrame();
}

/** The center of a shadow part of an item (handle, resize handles). */
export function partCenter(element: TkDashboardItem, selector: string): [number, number] {
  return center(element.shadowRoot!.querySelector(selector)!);
}

/** Three widgets in a row: a (0,0 4x2), b (4,0 4x2), c (8,0 4x2), and d below a (0,2 4x1). */
export const basic = (): TemplateResult =>
  html`<tk-dashboard editable>
    <tk-dashboard-item item-id="a" heading="Revenue" x="0" y="0" w="4" h="2">A</tk-dashboard-item>
    <tk-dashboard-item item-id="b" heading="Pipeline" x="4" y="0" w="4" h="2">B</tk-dashboard-item>
    <tk-dashboard-item item-id="c" heading="Tasks" x="8" y="0" w="4" h="2">C</tk-dashboard-item>
    <tk-dashboard-item item-id="d" heading="Notes" x="0" y="2" w="4" h="1">D</tk-dashboard-item>
  </tk-dashboard>`;

/** For `basic()`: d across the top row, a, b and c below it (reading order d, a, b, c). */
export const dRowOnTop = (): { id: string; x: number; y: number; w: number; h: number }[] => [
  { id: 'd', x: 0, y: 0, w: 12, h: 1 },
  { id: 'a', x: 0, y: 1, w: 4, h: 2 },
  { id: 'b', x: 4, y: 1, w: 4, h: 2 },
  { id: 'c', x: 8, y: 1, w: 4, h: 2 },
];
