import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { setViewport } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '../../../src/components/chat-widget/define.js';
import type { TkChatWidget } from '../../../src/components/chat-widget/index.js';
import type { TkChatWindow } from '../../../src/components/chat-window/index.js';
import type { TkChatLauncher } from '../../../src/components/chat-launcher/index.js';
import { deepActiveElement } from '../../../src/base/focus.js';

export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

export async function mount(
  content: TemplateResult,
  { dir = 'ltr', width = 1200, height = 900 }: { dir?: 'ltr' | 'rtl'; width?: number; height?: number } = {},
): Promise<TkChatWidget> {
  await setViewport({ width, height });
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${dir} lang="en">${content}</div>`);
  const widget = wrapper.querySelector('tk-chat-widget')!;
  await widget.updateComplete;
  return widget;
}

export function launcherOf(widget: TkChatWidget): TkChatLauncher {
  return widget.shadowRoot!.querySelector('tk-chat-launcher')!;
}

export function launcherButton(widget: TkChatWidget): HTMLButtonElement {
  return launcherOf(widget).shadowRoot!.querySelector('button')!;
}

export function windowOf(widget: TkChatWidget): TkChatWindow | null {
  return widget.shadowRoot!.querySelector('tk-chat-window');
}

export function inWindow<E extends Element = HTMLElement>(widget: TkChatWidget, selector: string): E | null {
  return windowOf(widget)?.shadowRoot?.querySelector<E>(selector) ?? null;
}

/** Waits for the window to be loaded, rendered and open. */
export async function opened(widget: TkChatWidget): Promise<TkChatWindow> {
  await waitUntil(() => windowOf(widget)?.open && inWindow(widget, '[role="dialog"]'), 'the window opens');
  const window = windowOf(widget)!;
  await window.updateComplete;
  return window;
}

export const focused = (): Element | null => deepActiveElement();

/** Texts of the message bubbles shown, in order. */
export function bubbles(widget: TkChatWidget): string[] {
  return [...(windowOf(widget)?.shadowRoot?.querySelectorAll('.rows [part~="bubble"]') ?? [])].map((el) =>
    (el.textContent ?? '').replace(/\s+/g, ' ').trim(),
  );
}
