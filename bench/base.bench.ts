// Cost of creating and rendering base elements: the floor every component builds on.
import { TkElement } from '../src/base/index.js';
import { html, type TemplateResult } from 'lit';
import { percentile } from './support.js';

class BenchElement extends TkElement {
  override render(): TemplateResult {
    return html`<span part="base"><slot></slot></span>`;
  }
}
BenchElement.define('tk-bench-element');

for (const n of [100, 1000]) {
  const samples: number[] = [];
  for (let run = 0; run < 10; run++) {
    const host = document.createElement('div');
    document.body.append(host);
    const start = performance.now();
    for (let i = 0; i < n; i++) host.append(document.createElement('tk-bench-element'));
    await Promise.all([...host.children].map((el) => (el as BenchElement).updateComplete));
    samples.push(performance.now() - start);
    host.remove();
  }
  console.log(
    JSON.stringify({
      bench: 'base',
      name: 'create-and-render',
      n,
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      unit: 'ms',
    }),
  );
}
console.log(JSON.stringify({ bench: 'done' }));
