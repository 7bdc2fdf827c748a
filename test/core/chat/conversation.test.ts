import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { Conversation, type ChatMessage } from '../../../src/core/chat/index.js';

const BASE = Date.UTC(2026, 0, 1);
const iso = (ms: number): string => new Date(BASE + ms).toISOString();

const message = (id: string, ms: number, extra: Partial<ChatMessage> = {}): ChatMessage => ({
  id,
  from: 'agent',
  text: `text ${id}`,
  time: iso(ms),
  ...extra,
});

describe('Conversation', () => {
  it('keeps one message per id; a later copy updates only the fields it carries', () => {
    const conversation = new Conversation([message('a', 0, { author: { name: 'Ana' }, status: 'sent' })]);
    conversation.merge({ id: 'a', status: 'read' });
    conversation.merge({ id: 'a', text: 'edited' });
    expect(conversation.messages).to.have.length(1);
    expect(conversation.messages[0]).to.deep.include({ text: 'edited', status: 'read', author: { name: 'Ana' } });
  });

  it('orders by time as instants (any offset), then by first arrival', () => {
    const conversation = new Conversation();
    conversation.merge(message('late', 0, { time: '2026-01-01T02:00:00+01:00' })); // 01:00Z
    conversation.merge(message('early', 0, { time: '2026-01-01T00:30:00Z' }));
    conversation.merge(message('tie-1', 0, { time: '2026-01-01T01:00:00.000Z' }));
    conversation.merge(message('tie-2', 0, { time: '2026-01-01T01:00:00Z' }));
    // An update does not change first arrival.
    conversation.merge({ id: 'late', text: 'again' });
    expect(conversation.messages.map((m) => m.id)).to.deep.equal(['early', 'late', 'tie-1', 'tie-2']);
  });

  it('re-keys a pending message to the server id; later copies by id or clientId update it', () => {
    const conversation = new Conversation([message('x', 5)]);
    conversation.merge({ id: 'c1', clientId: 'c1', from: 'visitor', text: 'hi', time: iso(10), status: 'pending' });
    expect(conversation.get('c1')?.status).to.equal('pending');
    conversation.confirm('c1', 's1', iso(1));
    expect(conversation.messages.map((m) => m.id)).to.deep.equal(['s1', 'x']);
    expect(conversation.get('s1')).to.deep.include({ clientId: 'c1', status: 'sent', text: 'hi' });
    conversation.merge({ id: 's1', status: 'delivered' });
    conversation.merge({ clientId: 'c1', status: 'read' });
    expect(conversation.messages).to.have.length(2);
    expect(conversation.get('s1')?.status).to.equal('read');
    // A late 'sent' never undoes 'read'.
    conversation.merge({ id: 's1', status: 'sent' });
    expect(conversation.get('c1')?.status).to.equal('read');
  });

  it('folds a server copy that arrived before send resolved into the pending message', () => {
    const conversation = new Conversation();
    conversation.merge({ id: 'c1', clientId: 'c1', from: 'visitor', text: 'hi', time: iso(10), status: 'pending' });
    conversation.merge({ id: 's1', from: 'visitor', text: 'hi', time: iso(3), status: 'delivered' });
    conversation.confirm('c1', 's1', iso(3));
    expect(conversation.messages.map((m) => [m.id, m.clientId, m.status])).to.deep.equal([['s1', 'c1', 'delivered']]);
  });

  it('refuses input of the wrong shape with a problem, never throws, changes nothing', () => {
    const conversation = new Conversation([message('a', 0)]);
    const before = conversation.version;
    const hostile: unknown[] = [
      null,
      42,
      'text',
      [],
      {},
      { id: '' },
      { id: 'b', from: 'hacker', text: 'x', time: iso(0) },
      { id: 'b', from: 'agent', text: 7, time: iso(0) },
      { id: 'b', from: 'agent', text: 'x', time: 'yesterday' },
      { id: 'b', from: 'agent', text: 'x' },
      { id: 'a', attachments: [{ name: 'x' }] },
      { id: 'a', author: 'Mallory' },
      { id: 'a', format: 'html' },
    ];
    const problems = conversation.mergeAll(hostile);
    expect(problems).to.have.length(hostile.length);
    expect(problems.every((p) => typeof p.message === 'string' && p.message.length > 0)).to.equal(true);
    expect(conversation.version).to.equal(before);
    expect(conversation.messages).to.deep.equal([message('a', 0)]);
  });

  it('property: any interleaving of copies and duplicates gives each id once, in time order', () => {
    const times = fc.uniqueArray(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(
        times.chain((ms) =>
          fc.tuple(
            fc.constant(ms),
            fc.shuffledSubarray(
              ms.flatMap((_, i) => [i, i, i]),
              { minLength: ms.length * 3, maxLength: ms.length * 3 },
            ),
            fc.array(fc.constantFrom<ChatMessage['status']>('sent', 'delivered', 'read'), {
              minLength: ms.length * 3,
              maxLength: ms.length * 3,
            }),
          ),
        ),
        ([ms, order, statuses]) => {
          const conversation = new Conversation();
          order.forEach((i, k) => conversation.merge({ ...message(`m${i}`, ms[i]), status: statuses[k] }));
          const ids = conversation.messages.map((m) => m.id);
          const expected = ms
            .map((t, i) => [t, `m${i}`] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, id]) => id);
          expect(ids).to.deep.equal(expected);
          // Status is the furthest along of every copy.
          const rank = { sent: 1, delivered: 2, read: 3 } as Record<string, number>;
          for (const [k, i] of order.entries()) {
            expect(rank[conversation.get(`m${i}`)!.status!]).to.be.at.least(rank[statuses[k]!]);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
