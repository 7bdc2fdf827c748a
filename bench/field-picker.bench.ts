// tk-field-picker with 5,000 fields in 12 categories:
//   open-first      the page's first picker, from creating it to its first rows on screen
//   open            from creating the element to its first rows on screen (a forced layout ends it)
//   keystroke       one character typed in the search box until the matching rows are on screen:
//                   the search, Lit's update and the virtualizer's rendering of the rows in view
//   keystroke-update  the same, until the picker's own update is done (search and template),
//                   before the virtualizer renders in the next frame
// Wall-clock figures include waiting for frames; run with --cpu for the main thread's CPU time.
import '../src/components/field-picker/define.js';
import type { TkFieldPicker } from '../src/index.js';
import { manyFields } from '../stories/Components/fields-demo.js';
import { percentile, sampleAsync } from './support.js';

const N = 5000;
const fields = manyFields(N);

function report(name: string, samples: number[], extra: Record<string, unknown> = {}): void {
  console.log(
    JSON.stringify({
      bench: 'field-picker',
      name,
      n: N,
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      unit: 'ms',
      runs: samples.length,
      ...extra,
    }),
  );
}

const frame = (): Promise<void> => new Promise((resolve) => requestAnimationFrame(() => resolve()));
const host = document.createElement('div');
host.style.width = '420px';
document.body.append(host);

/**
 * Waits until the virtualizer has laid out and rendered (it works in microtasks after the picker's
 * update), then forces style and layout so that work is counted too.
 */
async function rowsOnScreen(picker: TkFieldPicker): Promise<number> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  const list = picker.shadowRoot!.querySelector<HTMLElement>('.list')!;
  return list.querySelectorAll('[role=option]').length + list.getBoundingClientRect().height;
}

async function open(): Promise<TkFieldPicker> {
  const picker = document.createElement('tk-field-picker');
  picker.fields = fields;
  host.append(picker);
  await picker.updateComplete;
  while (!picker.shadowRoot!.querySelector('[role=option]')) await frame();
  await rowsOnScreen(picker);
  return picker;
}

await frame();
// The page's first picker also fetches and compiles the list's code (loaded on connect), builds the
// style sheets and prepares every template once: reported apart from the opens after it.
{
  let picker: TkFieldPicker | undefined;
  report('open-first', [await sampleAsync('open-first', async () => void (picker = await open()))]);
  picker!.remove();
  await frame();
}
const opens: number[] = [];
for (let i = 0; i < 10; i++) {
  let picker: TkFieldPicker | undefined;
  opens.push(await sampleAsync('open', async () => void (picker = await open())));
  picker!.remove();
  await frame();
}
report('open', opens);

const picker = await open();
const input = picker.shadowRoot!.querySelector<HTMLInputElement>('input[type=search]')!;
const type = (value: string) => {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
};
const full: number[] = [];
const update: number[] = [];
const queries = ['primary address', 'total amount 1', 'préféré', 'ext', 'note 9'];
for (let round = 0; round < 2; round++) {
  for (const query of queries) {
    for (let length = 1; length <= query.length; length++) {
      const text = query.slice(0, length);
      update.push(
        await sampleAsync('keystroke-update', async () => {
          type(text);
          await picker.updateComplete;
        }),
      );
      type(query.slice(0, length - 1));
      await picker.updateComplete;
      await rowsOnScreen(picker);
      full.push(
        await sampleAsync('keystroke', async () => {
          type(text);
          await picker.updateComplete;
          await rowsOnScreen(picker);
        }),
      );
    }
    type('');
    await picker.updateComplete;
    await rowsOnScreen(picker);
  }
}
report('keystroke', full, { includes: 'search, update, virtualizer render of rows in view, layout' });
report('keystroke-update', update, { includes: 'search and the picker update' });
console.log(JSON.stringify({ bench: 'done' }));
