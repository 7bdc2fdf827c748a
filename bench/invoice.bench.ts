// computeInvoice on 100 and 1,000 lines (goal: under 5 ms for 1,000), under both tax roundings,
// and rendering a 300-line tk-invoice (goal: under 50 ms).
//
// with and without an invoice discount. Each sample is the mean of a batch lasting at least 1 ms,
// because Chromium rounds performance.now() to 0.1 ms on a page that is not cross-origin isolated.
import { computeInvoice } from '../src/core/invoice/index.js';
import { benchInvoice } from './invoice-fixtures.js';
import { percentile, sample, sampleAsync } from './support.js';

function measure(name: string, n: number, call: () => unknown): void {
  for (let i = 0; i < 5; i++) call();
  let batch = 1;
  for (;;) {
    const start = performance.now();
    for (let i = 0; i < batch; i++) call();
    if (performance.now() - start >= 1 || batch >= 1024) break;
    batch *= 2;
  }
  const samples: number[] = [];
  for (let run = 0; run < 30; run++)
    samples.push(
      sample(`${name}-${n}`, () => {
        for (let i = 0; i < batch; i++) call();
      }) / batch,
    );
  console.log(
    JSON.stringify({
      bench: 'invoice',
      name,
      n,
      impl: 'tailorkit',
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      unit: 'ms',
      batch,
    }),
  );
}

for (const n of [100, 1000]) {
  for (const taxes of ['per-line', 'per-document'] as const) {
    const input = benchInvoice(n, taxes);
    measure(`computeInvoice-${taxes}`, n, () => computeInvoice(input));
    const discounted = { ...input, discount: { percent: '3' } };
    measure(`computeInvoice-${taxes}-discount`, n, () => computeInvoice(discounted));
  }
}
// Rendering: a fresh tk-invoice given a 300-line invoice, until its layout is done (a forced
// layout ends each sample), for each built-in layout.
const { benchDocument } = await import('./invoice-fixtures.js');
await import('../src/components/invoice/define.js');
for (const layout of ['classic', 'modern', 'compact'] as const) {
  const invoice = benchDocument(300);
  const samples: number[] = [];
  for (let run = 0; run < 25; run++) {
    const el = document.createElement('tk-invoice');
    el.template = layout;
    samples.push(
      await sampleAsync(`render-${layout}`, async () => {
        el.invoice = invoice;
        document.body.append(el);
        await el.updateComplete;
        void document.body.offsetHeight;
      }),
    );
    el.remove();
  }
  console.log(
    JSON.stringify({
      bench: 'invoice',
      name: `render-${layout}`,
      n: 300,
      impl: 'tailorkit',
      p50: percentile(samples.slice(3), 50),
      p95: percentile(samples.slice(3), 95),
      unit: 'ms',
    }),
  );
}
console.log(JSON.stringify({ bench: 'done' }));
