import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import type { TemplateResult } from 'lit';
import '../../../src/components/field-picker/define.js';
import type { FieldDefinition, TkFieldPicker, TkFieldsChangeDetail } from '../../../src/index.js';

export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

export const CRM_FIELDS: FieldDefinition[] = [
  { id: 'name', label: 'Name', type: 'text', category: 'Contact', required: true, pinned: 'start' },
  { id: 'email', label: 'Email', type: 'text', category: 'Contact', synonyms: ['e-mail'], defaultVisible: true },
  { id: 'phone', label: 'Phone', type: 'text', category: 'Contact', defaultVisible: true },
  { id: 'city', label: 'City', type: 'text', category: 'Contact' },
  {
    id: 'stage',
    label: 'Stage',
    type: 'enum',
    category: 'Deal',
    defaultVisible: true,
    options: [
      { value: 'lead', label: 'Lead' },
      { value: 'won', label: 'Won' },
    ],
  },
  { id: 'amount', label: 'Amount', type: 'currency', category: 'Deal', defaultVisible: true },
  { id: 'owner', label: 'Deal owner', type: 'text', category: 'Deal' },
  { id: 'created', label: 'Créé le', type: 'date', category: 'Deal' },
  { id: 'total', label: 'Total', type: 'currency', category: 'Deal', pinned: 'end', defaultVisible: true },
];

/** `count` fields in `categories` categories, every tenth visible by default. */
export function manyFields(count: number, categories = 12): FieldDefinition[] {
  return Array.from({ length: count }, (_, i) => ({
    id: `f${i}`,
    label: `Field ${String(i).padStart(4, '0')}`,
    type: 'text' as const,
    category: `Category ${String(i % categories).padStart(2, '0')}`,
    defaultVisible: i % 1000 === 0,
  }));
}

export async function mount(template: TemplateResult): Promise<TkFieldPicker> {
  const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 420px">${template}</div>`);
  const picker = wrapper.querySelector('tk-field-picker')!;
  await picker.updateComplete;
  if (picker.fields.length > 0) {
    await waitUntil(() => picker.shadowRoot!.querySelector('[role=option]'), 'the list renders its first rows');
  }
  await nextFrame();
  await picker.updateComplete;
  return picker;
}

export const root = (picker: TkFieldPicker): ShadowRoot => picker.shadowRoot!;

/** The option of a field in the list, by its accessible name (its label). */
export function option(picker: TkFieldPicker, label: string): HTMLElement | undefined {
  return [...root(picker).querySelectorAll<HTMLElement>('[role=option]')].find(
    (el) => root(picker).getElementById(el.getAttribute('aria-labelledby')!)!.textContent === label,
  );
}

/** Labels of the rows of the "Shown" section, in order. */
export function shownLabels(picker: TkFieldPicker): string[] {
  return [...root(picker).querySelectorAll('.shown-item .label')].map((el) => el.textContent ?? '');
}

export function shownRow(picker: TkFieldPicker, label: string): HTMLElement {
  return [...root(picker).querySelectorAll<HTMLElement>('.shown-item')].find(
    (el) => el.querySelector('.label')!.textContent === label,
  )!;
}

export const searchBox = (picker: TkFieldPicker): HTMLInputElement =>
  root(picker).querySelector<HTMLInputElement>('input[type=search]')!;

export function recordChanges(picker: TkFieldPicker): TkFieldsChangeDetail[] {
  const changes: TkFieldsChangeDetail[] = [];
  picker.addEventListener('tk-fields-change', (event) => changes.push(event.detail));
  return changes;
}

export function button(picker: TkFieldPicker, text: string): HTMLButtonElement {
  return [...root(picker).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.trim() === text)!;
}

/**
 * Chromium reports "ResizeObserver loop completed with undelivered notifications" when a virtualizer
 * renders new rows from inside its resize callback (it measures them to place the rest). The
 * notifications are delivered in the next frame; nothing is lost. Every other error still fails.
 */
before(() => {
  const original = window.onerror;
  window.onerror = function (message, ...rest) {
    if (typeof message === 'string' && message.includes('ResizeObserver loop')) return true;
    return original ? (original.call(this, message, ...rest) as boolean) : false;
  };
});
