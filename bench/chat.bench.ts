// The chat widget's costs: the launcher on a page that never opens it, appending to a 10,000-message
// conversation, and scrolling back through it.
import type { ChatMessage, ChatTransport } from '../src/core/chat/types.js';
import { percentile, sampleAsync } from './support.js';

const frame = (): Promise<number> => new Promise((resolve) => requestAnimationFrame(resolve));
const report = (name: string, samples: number[], extra: Record<string, unknown> = {}): void =>
  console.log(
    JSON.stringify({
      bench: 'chat',
      name,
      n: samples.length,
      p50: percentile(samples, 50),
      p95: percentile(samples, 95),
      unit: 'ms',
      ...extra,
    }),
  );

// 1. Launcher: from importing the define module (cold, as a page would) to the launcher painted.
{
  const start = performance.now();
  await import('../src/components/chat-widget/define.js');
  const widget = document.createElement('tk-chat-widget');
  document.body.append(widget);
  await widget.updateComplete;
  await frame();
  report('launcher-import-to-first-paint (cold, unbundled dev server)', [performance.now() - start]);
  const fetchedWindow = performance.getEntriesByType('resource').some((entry) => entry.name.includes('/chat-window/'));
  console.log(JSON.stringify({ bench: 'chat', name: 'window code fetched before open', value: fetchedWindow }));
  const samples: number[] = [];
  for (let i = 0; i < 30; i++) {
    const another = document.createElement('tk-chat-widget');
    samples.push(
      await sampleAsync('launcher-create-and-render', async () => {
        document.body.append(another);
        await another.updateComplete;
      }),
    );
    another.remove();
  }
  report('launcher-create-and-render (warm)', samples);
  widget.remove();
}

// 2. A 10,000-message conversation: append p95 and the DOM kept bounded.
{
  await import('../src/components/chat-window/define.js');
  type Sink = Parameters<ChatTransport['connect']>[0];
  let sink: Sink | undefined;
  const t0 = Date.UTC(2026, 0, 1);
  const messages: ChatMessage[] = Array.from({ length: 10_000 }, (_, i) => ({
    id: `m${i}`,
    from: i % 4 === 0 ? ('visitor' as const) : ('agent' as const),
    author: { name: i % 8 === 1 ? 'Ana' : 'Ben' },
    text: `Message ${i}: ${i % 5 === 0 ? 'see https://acme.example/docs for details' : 'thanks, that helps a lot'}`,
    format: i % 10 === 0 ? ('markdown' as const) : ('text' as const),
    time: new Date(t0 + i * 30_000).toISOString(),
  }));
  const window = document.createElement('tk-chat-window');
  window.style.cssText = 'position: fixed; inset-block-start: 0; inset-inline-start: 0; block-size: 700px';
  window.open = true;
  window.messages = messages;
  window.transport = {
    connect: (s) => ((sink = s), Promise.resolve()),
    send: () => Promise.resolve({ id: 'x', time: new Date().toISOString() }),
    disconnect: () => {},
  };
  document.body.append(window);
  await window.updateComplete;
  await frame();
  const appends: number[] = [];
  for (let i = 0; i < 300; i++) {
    appends.push(
      await sampleAsync('append-to-10k', async () => {
        sink!.receive({
          id: `new${i}`,
          from: 'agent',
          author: { name: 'Ana' },
          text: `New message ${i}`,
          time: new Date(t0 + (10_000 + i) * 30_000).toISOString(),
        });
        await window.updateComplete;
      }),
    );
    if (i % 20 === 0) await frame();
  }
  const rows = window.shadowRoot!.querySelectorAll('.rows .row').length;
  report('append-to-10k (receive to rendered)', appends, { messages: 10_300, domRows: rows });

  // 3. Scrolling back 250 px a frame, rendering earlier rows: the main-thread work of each step
  // (scroll handler, render, style and layout) and the time between frames.
  const log = window.shadowRoot!.querySelector<HTMLElement>('[part="log"]')!;
  const frames: number[] = [];
  const work: number[] = [];
  let last = await frame();
  for (let i = 0; i < 200; i++) {
    work.push(
      await sampleAsync('scroll-up-step', async () => {
        log.scrollTop = Math.max(0, log.scrollTop - 250);
        log.dispatchEvent(new Event('scroll'));
        await window.updateComplete;
        void log.scrollHeight;
      }),
    );
    const now = await frame();
    frames.push(now - last);
    last = now;
  }
  report('scroll-up-step-work (250 px, handler + render + layout)', work);
  const firstShown = window.shadowRoot!.querySelector<HTMLElement>('.rows .row')!.dataset.id;
  report('scroll-up-frame (250 px a frame)', frames, {
    domRows: window.shadowRoot!.querySelectorAll('.rows .row').length,
    reachedMessage: firstShown,
  });
  window.remove();
}

console.log(JSON.stringify({ bench: 'done' }));
