// Runs inside csp-page.html, which the test server sends with a strict Content-Security-Policy
// (see web-test-runner.config.mjs): it records every violation and whether a message ran a script.
import '../../../src/components/chat-widget/define.js';
import { createEchoTransport, type ChatMessage } from '../../../src/index.js';
import { hostileStrings, pwned } from '../../support/hostile-strings.js';

interface CspPage {
  violations: string[];
  /** Whether a payload ran. */
  pwned: () => boolean;
  ready: Promise<void>;
}

const state: CspPage = { violations: [], pwned, ready: Promise.resolve() };
(window as unknown as { tkCsp: CspPage }).tkCsp = state;
document.addEventListener('securitypolicyviolation', (event) =>
  state.violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`),
);

state.ready = (async () => {
  const widget = document.createElement('tk-chat-widget');
  widget.brand = { color: '#6d28d9', font: 'Georgia, serif', radius: 16 };
  widget.avatar =
    'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=';
  widget.attachments = { accept: ['image/*'], maxSize: 1_000_000 };
  widget.transport = createEchoTransport({
    latency: 1,
    replyDelay: 2,
    reply: (text) => ({ text, format: 'markdown' }),
  });
  document.body.append(widget);
  const time = Date.UTC(2026, 0, 1);
  widget.messages = hostileStrings.flatMap((text, i): ChatMessage[] => [
    {
      id: `t${i}`,
      from: 'agent',
      author: { name: text, avatarUrl: text },
      text,
      time: new Date(time + i * 2000).toISOString(),
    },
    { id: `m${i}`, from: 'bot', format: 'markdown', text, time: new Date(time + i * 2000 + 1000).toISOString() },
  ]);
  widget.heading = hostileStrings[1];
  widget.greeting = hostileStrings[2];
  await widget.show();
  const window = widget.shadowRoot!.querySelector('tk-chat-window')!;
  for (const text of hostileStrings.slice(0, 40)) window.send(text);
  await new Promise((resolve) => setTimeout(resolve, 500));
})();
