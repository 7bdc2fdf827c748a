import { fixture, html } from '@open-wc/testing';
import { waitUntil } from '../../support/wait.js';
import { setViewport } from '@web/test-runner-commands';
import '../../support/virtualizer-errors.js';
import '../../../src/components/record-view/define.js';
import type { TkRecordView } from '../../../src/components/record-view/index.js';
import type { RecordField, RecordItem } from '../../../src/core/records/index.js';
import type { Preferences } from '../../../src/core/prefs/index.js';

export const nextFrame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));

export const STAGES = [
  { value: 'lead', label: 'Lead' },
  { value: 'qualified', label: 'Qualified' },
  { value: 'proposal', label: 'Proposal' },
  { value: 'won', label: 'Won' },
];

export const FIELDS: RecordField[] = [
  { id: 'name', label: 'Name', type: 'text', defaultVisible: true },
  { id: 'amount', label: 'Amount', type: 'currency', defaultVisible: true },
  { id: 'stage', label: 'Stage', type: 'enum', options: STAGES, defaultVisible: true },
  { id: 'close', label: 'Close date', type: 'date', defaultVisible: true },
  { id: 'vip', label: 'VIP', type: 'boolean' },
  { id: 'owner', label: 'Owner', type: 'text' },
];

const NAMES = ['Acme', 'Globex', 'Initech', 'Umbrella', 'Hooli', 'Stark', 'Wayne', 'Wonka', 'Tyrell', 'Soylent'];

/** `n` deals, the same every run. */
export function deals(n: number): RecordItem[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `d${i}`,
    name: `${NAMES[i % NAMES.length]} ${i}`,
    amount: ((i * 7919) % 1000) * 10,
    stage: STAGES[i % STAGES.length].value,
    close: new Date(Date.UTC(2026, i % 12, 1 + (i % 28))).toISOString().slice(0, 10),
    vip: i % 3 === 0,
    owner: i % 2 ? 'Ana' : 'Li',
  }));
}

export interface MountOptions {
  records?: RecordItem[];
  fields?: RecordField[];
  persistKey?: string;
  preferences?: Preferences;
  view?: 'table' | 'list' | 'kanban';
  groupBy?: string;
}

export async function mount(options: MountOptions = {}): Promise<TkRecordView> {
  await setViewport({ width: 1200, height: 900 });
  const view = await fixture<TkRecordView>(
    html`<tk-record-view
      style="--tk-record-view-height: 400px"
      .records=${options.records ?? deals(20)}
      .fields=${options.fields ?? FIELDS}
      .preferences=${options.preferences}
      persist-key=${options.persistKey ?? ''}
      view=${options.view ?? 'table'}
      group-by=${options.groupBy ?? ''}
      locale="en-US"
    ></tk-record-view>`,
  );
  await view.updateComplete;
  if (view.shownRecords.length > 0 && view.view !== 'kanban') {
    await waitUntil(() => view.shadowRoot!.querySelector('.body [role="row"], [role="listitem"]'));
  }
  await nextFrame();
  await view.updateComplete;
  return view;
}

export const shadow = (view: TkRecordView): ShadowRoot => view.shadowRoot!;
export const grid = (view: TkRecordView): HTMLElement => shadow(view).querySelector('[role="grid"]')!;
export const headers = (view: TkRecordView): HTMLElement[] => [
  ...shadow(view).querySelectorAll<HTMLElement>('[role="columnheader"]'),
];
export const header = (view: TkRecordView, label: string): HTMLElement =>
  headers(view).find((each) => each.querySelector('.label')!.textContent === label)!;
export const rows = (view: TkRecordView): HTMLElement[] => [
  ...shadow(view).querySelectorAll<HTMLElement>('[role="rowgroup"].body [role="row"]'),
];
/** The text of column `col` in the rendered rows, in aria-rowindex order. */
export function column(view: TkRecordView, col: number): string[] {
  return rows(view)
    .sort((a, b) => Number(a.getAttribute('aria-rowindex')) - Number(b.getAttribute('aria-rowindex')))
    .map((row) => row.querySelectorAll('[role="gridcell"]')[col].textContent.trim());
}

/** The focused element inside the view's shadow root. */
export const focused = (view: TkRecordView): Element | null => shadow(view).activeElement;

export async function settle(view: TkRecordView): Promise<void> {
  await view.updateComplete;
  await nextFrame();
  await nextFrame();
  await view.updateComplete;
}

export const until = waitUntil;
