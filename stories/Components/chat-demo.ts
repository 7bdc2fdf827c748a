import { html, type TemplateResult } from 'lit';
import type { ChatBrand } from '../../src/core/chat/brand.js';
import type { ChatMessage } from '../../src/core/chat/types.js';

/**
 * A stand-in for the integrator's page: the chat widget is fixed to the viewport on a real site, so
 * each story gives it a box of its own (layout containment makes the box its viewport). The window
 * fits the viewport's height on a real page; here it fits the box's, through `--tk-chat-window-height`.
 */
export function site(content: TemplateResult, { height = 620, width = '100%' } = {}): TemplateResult {
  return html`<div
    class="demo-chat-site"
    style="position: relative; contain: layout paint; inline-size: ${width}; block-size: ${height}px; --tk-chat-window-height: min(36rem, ${height}px - 7rem); border: 1px solid var(--tk-color-border); border-radius: var(--tk-radius-l, 12px); background: var(--tk-color-surface); color: var(--tk-color-text); overflow: hidden"
  >
    <div style="padding: var(--tk-space-4, 1rem); max-inline-size: 34rem">
      <h2 style="margin-block-start: 0">Acme Cloud Phone</h2>
      <p>Business texting and calls for teams. Plans from $9 a month, no contract.</p>
    </div>
    ${content}
  </div>`;
}

const now = Date.now();
const ago = (minutes: number): string => new Date(now - minutes * 60_000).toISOString();

/** A short conversation with links, Markdown, grouping and statuses. */
export const sampleConversation: ChatMessage[] = [
  {
    id: 's1',
    from: 'agent',
    author: { name: 'Ana from Acme' },
    text: 'Hi! I can help with plans, numbers and billing.',
    time: ago(12),
  },
  {
    id: 's2',
    from: 'agent',
    author: { name: 'Ana from Acme' },
    text: 'Pricing is at https://acme.example/pricing.',
    time: ago(11),
  },
  { id: 's3', from: 'visitor', text: 'Can I keep my current number?', time: ago(6), status: 'read' },
  {
    id: 's4',
    from: 'bot',
    author: { name: 'Acme bot' },
    format: 'markdown',
    text: 'Yes. **Porting is free** and takes 1–3 days:\n\n1. Start a trial\n2. Open *Numbers → Port*',
    time: ago(5),
  },
];

/** The args every chat story shares: the window's texts and the brand. */
export interface ChatStoryArgs {
  heading: string;
  greeting: string;
  placeholder: string;
  replyTime: string;
  color: string;
  font: string;
  radius: number;
}

export const chatStoryArgs: ChatStoryArgs = {
  heading: 'Acme support',
  greeting: 'Hi! Ask us anything about your account.',
  placeholder: 'Write a message…',
  replyTime: 'Usually replies in a few minutes',
  color: '#6d28d9',
  font: 'system-ui, sans-serif',
  radius: 14,
};

export const brandArgTypes = {
  color: { control: 'color', description: '`brand.color`; the text on it is derived to reach 4.5:1.' },
  font: { control: 'text', description: '`brand.font`: family names only.' },
  radius: { control: { type: 'range', min: 0, max: 24 }, description: '`brand.radius` in pixels.' },
} as const;

export const brandOf = (args: Pick<ChatStoryArgs, 'color' | 'font' | 'radius'>): ChatBrand => ({
  color: args.color,
  font: args.font,
  radius: args.radius,
});
