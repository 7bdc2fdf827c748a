// tk-record-view at scale: first render of the table and a scroll through it at 100,000 records,
// sorting 100,000 records on a text and a number column (the engine alone, and a header click through
// to the re-rendered table), and one keyboard move step of a kanban card among 2,000. Each sample
// ends with a forced layout, so the browser's style and layout work is counted. Tabulator 6 (a
// dev-only dependency of this page; nothing in src/ imports it) is measured in the same run on the
// same records for the table figures.
import { TabulatorFull } from 'tabulator-tables';
import '../src/components/record-view/define.js';
import type { TkRecordView } from '../src/components/record-view/index.js';
import { sortRecords } from '../src/core/records/index.js';
import { DEAL_FIELDS, deals } from '../stories/Demo/records/records-data.js';
import { percentile, sample, sampleAsync } from './support.js';

function report(
  name: string,
  n: number,
  samples: number[],
  extra: Record<string, unknown> = {},
  impl: 'tailorkit' | 'tabulator' = 'tailorkit',
): void {
  console.log(
    JSON.stringify({
      bench: 'records',
      name,
      n,
      impl,
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      unit: 'ms',
      runs: samples.length,
      ...extra,
    }),
  );
}

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
const settle = (element: Element): number => element.getBoundingClientRect().height + document.body.offsetHeight;

async function mount(records: ReturnType<typeof deals>, view: 'table' | 'kanban' = 'table'): Promise<TkRecordView> {
  const element = document.createElement('tk-record-view');
  element.style.setProperty('--tk-record-view-height', '600px');
  element.records = records;
  element.fields = DEAL_FIELDS;
  element.view = view;
  element.groupBy = 'stage';
  element.titleField = 'title';
  element.locale = 'en-GB';
  document.body.append(element);
  await element.updateComplete;
  return element;
}

async function rowsShown(element: TkRecordView): Promise<void> {
  while (!element.shadowRoot!.querySelector('.body [role="row"]')) await frame();
  settle(element);
}

const HUNDRED_K = deals(100_000);

/**
 * Scrolls `scroller` 120 times by 400 px then 120 times by 4,000 px, one step per frame. Each sample
 * is one frame's work: from its start, where the scroll happens, to the task after its rendering.
 */
async function scrollFrames(
  series: string,
  scroller: HTMLElement,
  measured: Element,
): Promise<{ work: number[]; gaps: number[] }> {
  const work: number[] = [];
  const gaps: number[] = [];
  let last = await frame();
  for (let step = 0; step < 240; step++) {
    const start = await frame();
    gaps.push(start - last);
    last = start;
    work.push(
      await sampleAsync(series, async () => {
        scroller.scrollTop += step < 120 ? 400 : 4000;
        await new Promise<void>((resolve) => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => resolve();
          requestAnimationFrame(() => channel.port2.postMessage(0));
        });
        settle(measured);
      }),
    );
  }
  return { work, gaps };
}

// ---------------------------------------------------------------- first render, 100,000 records
{
  const samples: number[] = [];
  for (let run = 0; run < 8; run++) {
    let element!: TkRecordView;
    samples.push(
      await sampleAsync('first-render', async () => {
        element = await mount(HUNDRED_K);
        await rowsShown(element);
      }),
    );
    if (run === 0) {
      report('rows in the DOM', 100_000, [element.shadowRoot!.querySelectorAll('.body [role="row"]').length], {
        unit: 'rows',
      });
    }
    element.remove();
    await frame();
  }
  report('first table render (to rows on screen)', 100_000, samples.slice(1), { note: 'first run dropped (warm-up)' });
}

// ---------------------------------------------------------------- scroll frames, 100,000 records
{
  const element = await mount(HUNDRED_K);
  await rowsShown(element);
  const scroller = element.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
  const { work, gaps } = await scrollFrames('scroll-frame', scroller, element);
  report('scroll frame (scroll to the next frame rendered)', 100_000, work, {
    note: '120 steps of 400 px then 120 of 4,000 px; includes waiting for the next frame (about 16.7 ms at 60 Hz)',
  });
  report('scroll frame interval', 100_000, gaps.slice(1));
  element.remove();
}

// ---------------------------------------------------------------- sort, 100,000 records
for (const field of ['title', 'amount'] as const) {
  const samples: number[] = [];
  for (let run = 0; run < 8; run++) {
    samples.push(
      sample(`sort-${field}`, () => {
        sortRecords(HUNDRED_K, [{ field, direction: run % 2 ? 'desc' : 'asc' }], DEAL_FIELDS, 'en-GB');
      }),
    );
  }
  report(`sort engine (${field === 'title' ? 'text' : 'number'})`, 100_000, samples);
}
{
  const element = await mount(HUNDRED_K);
  await rowsShown(element);
  for (const label of ['Deal', 'Amount']) {
    const samples: number[] = [];
    for (let run = 0; run < 6; run++) {
      const header = [...element.shadowRoot!.querySelectorAll<HTMLElement>('[role="columnheader"]')].find(
        (each) => each.querySelector('.label')!.textContent === label,
      )!;
      samples.push(
        await sampleAsync(`sort-click-${label}`, async () => {
          header.click();
          await element.updateComplete;
          settle(element);
        }),
      );
    }
    report(`sort by header click to table re-rendered (${label === 'Deal' ? 'text' : 'number'})`, 100_000, samples, {
      note: 'clicks cycle ascending, descending, none',
    });
  }
  element.remove();
}

// ---------------------------------------------------------------- kanban keyboard move step, 2,000 cards
{
  const element = await mount(deals(2000), 'kanban');
  while (!element.shadowRoot!.querySelector('.card')) await frame();
  await frame();
  const card = element.shadowRoot!.querySelector<HTMLElement>('.card')!;
  card.focus();
  const press = (key: string): void => {
    (element.shadowRoot!.activeElement ?? card).dispatchEvent(
      new KeyboardEvent('keydown', { key, bubbles: true, composed: true, cancelable: true }),
    );
  };
  press('Enter');
  await element.updateComplete;
  const grabbed = document.querySelector('[data-tk-live-region] [aria-live="polite"]')?.textContent ?? '';
  const samples: number[] = [];
  const keys = ['ArrowDown', 'ArrowDown', 'ArrowRight', 'ArrowDown', 'ArrowUp', 'ArrowLeft'];
  for (let step = 0; step < 120; step++) {
    const key = keys[step % keys.length];
    samples.push(
      await sampleAsync('kanban-step', async () => {
        press(key);
        await element.updateComplete;
        // Virtualized columns lay their cards out in the next frame.
        await frame();
        settle(element);
      }),
    );
  }
  press('Escape');
  report('kanban keyboard move step (preview re-rendered and laid out)', 2000, samples, {
    note: 'wall-clock includes waiting for the next frame; see the cpu series kanban-step',
    cards: element.shadowRoot!.querySelectorAll('.card').length,
    grabbed,
    last: document.querySelector('[data-tk-live-region] [aria-live="polite"]')?.textContent ?? '',
  });
  element.remove();
}

// ---------------------------------------------------------------- Tabulator, same records, same run
{
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/node_modules/tabulator-tables/dist/css/tabulator.min.css';
  document.head.append(link);
  await new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
  const columns = [
    { title: 'Deal', field: 'title', sorter: 'alphanum' as const },
    { title: 'Client', field: 'client', sorter: 'string' as const },
    { title: 'Amount', field: 'amount', sorter: 'number' as const },
    { title: 'Stage', field: 'stage', sorter: 'string' as const },
    { title: 'Owner', field: 'owner', sorter: 'string' as const },
    { title: 'Expected close', field: 'closeDate', sorter: 'string' as const },
  ];
  const build = async (): Promise<{ table: TabulatorFull; host: HTMLElement }> => {
    const host = document.createElement('div');
    document.body.append(host);
    const table = new TabulatorFull(host, { data: HUNDRED_K, columns, height: '600px', renderVertical: 'virtual' });
    await new Promise<void>((resolve) => table.on('tableBuilt', () => resolve()));
    while (!host.querySelector('.tabulator-row')) await frame();
    settle(host);
    return { table, host };
  };
  const samples: number[] = [];
  for (let run = 0; run < 8; run++) {
    let built!: { table: TabulatorFull; host: HTMLElement };
    samples.push(await sampleAsync('tabulator-first-render', async () => void (built = await build())));
    if (run === 0) {
      report(
        'rows in the DOM',
        100_000,
        [built.host.querySelectorAll('.tabulator-row').length],
        { unit: 'rows' },
        'tabulator',
      );
    }
    built.table.destroy();
    built.host.remove();
    await frame();
  }
  report(
    'first table render (to rows on screen)',
    100_000,
    samples.slice(1),
    { note: 'first run dropped (warm-up)' },
    'tabulator',
  );

  const { table, host } = await build();
  const scroller = host.querySelector<HTMLElement>('.tabulator-tableholder')!;
  const { work } = await scrollFrames('tabulator-scroll-frame', scroller, host);
  report(
    'scroll frame (scroll to the next frame rendered)',
    100_000,
    work,
    { note: 'same steps as tailorkit' },
    'tabulator',
  );

  for (const [field, kind] of [
    ['title', 'text'],
    ['amount', 'number'],
  ] as const) {
    const sorts: number[] = [];
    for (let run = 0; run < 6; run++) {
      sorts.push(
        await sampleAsync(`tabulator-sort-${field}`, async () => {
          const done = new Promise<void>((resolve) => table.on('renderComplete', () => resolve()));
          table.setSort(field, run % 2 ? 'desc' : 'asc');
          await done;
          settle(host);
        }),
      );
    }
    report(`sort to table re-rendered (${kind})`, 100_000, sorts, {}, 'tabulator');
  }
  table.destroy();
  host.remove();
}

console.log(JSON.stringify({ bench: 'done' }));
