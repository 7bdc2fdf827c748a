import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import {
  adapterOutboxStorage,
  backoffDelay,
  ChatSession,
  createEchoTransport,
  type ChatMessage,
  type ChatSink,
  type ChatTransport,
} from '../../../src/core/chat/index.js';
import { MemoryAdapter } from '../../../src/core/prefs/index.js';
import { VirtualTime } from './virtual-time.js';

const until = async (check: () => boolean): Promise<void> => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).to.equal(true);
};

describe('backoffDelay', () => {
  it('property: grows exponentially to the cap, with jitter in the upper half', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 100 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (attempt, r) => {
        const ceiling = Math.min(30_000, 500 * 2 ** attempt);
        const delay = backoffDelay(attempt, { random: () => r });
        expect(delay).to.be.within(ceiling / 2, ceiling);
      }),
    );
    expect(backoffDelay(0, { random: () => 0 })).to.not.equal(backoffDelay(0, { random: () => 0.9 }));
  });
});

describe('createEchoTransport', () => {
  it('answers, reports statuses and typing, and is idempotent by clientId', async () => {
    const transport = createEchoTransport({ latency: 5, replyDelay: 30, reply: (text) => `echo ${text}` });
    const session = new ChatSession({ transport, newClientId: () => 'c1' });
    const original = session.conversation;
    await session.start();
    await until(() => session.state === 'online');
    session.send('hello');
    expect(session.conversation.get('c1')?.status).to.equal('pending');
    await until(() => session.conversation.size === 2);
    const [mine, answer] = session.conversation.messages;
    expect(mine).to.deep.include({ clientId: 'c1', from: 'visitor', text: 'hello' });
    expect(mine.id).to.not.equal('c1');
    expect(answer).to.deep.include({ from: 'bot', text: 'echo hello' });
    await until(() => session.conversation.get('c1')?.status === 'read');
    // Same clientId again: the same id, no second copy.
    const again = await transport.send({ clientId: 'c1', text: 'hello' });
    expect(again.id).to.equal(mine.id);
    const page = await transport.history!();
    expect(page.messages.map((m) => m.id)).to.deep.equal([mine.id, answer.id]);
    expect(original).to.equal(session.conversation);
    session.stop();
  });

  it('pages back through history', async () => {
    const history = Array.from({ length: 75 }, (_, i) => ({
      id: `h${i}`,
      from: 'agent' as const,
      text: `${i}`,
      time: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
    }));
    const transport = createEchoTransport({ history, pageSize: 30 });
    const first = await transport.history!();
    expect(first.messages.map((m) => m.id)).to.deep.equal(history.slice(45).map((m) => m.id));
    expect(first.hasMore).to.equal(true);
    const last = await transport.history!('h15');
    expect(last).to.deep.equal({ messages: history.slice(0, 15), hasMore: false });
    expect(await transport.history!('unknown')).to.deep.equal({ messages: [], hasMore: false });
  });
});

describe('ChatSession', () => {
  it('keeps unsent messages in preferences storage across a reload and sends them once back online', async () => {
    const adapter = new MemoryAdapter();
    const storage = adapterOutboxStorage(adapter, 'support:outbox');
    const sent: string[] = [];
    const time = new VirtualTime();
    let online = false;
    const transport: ChatTransport = {
      connect: () => (online ? Promise.resolve() : Promise.reject(new Error('offline'))),
      send: ({ clientId, text }) => {
        sent.push(`${clientId}:${text}`);
        return Promise.resolve({ id: `s-${clientId}`, time: new Date().toISOString() });
      },
      disconnect: () => {},
    };
    const first = new ChatSession({ transport, outbox: storage, timers: time, newClientId: () => 'c1' });
    await first.start();
    first.send('typed while offline');
    await first.saved;
    first.stop();
    expect((await adapter.read('support:outbox')).status).to.equal('present');

    online = true;
    const second = new ChatSession({ transport, outbox: storage, timers: time });
    await second.start();
    await time.run();
    expect(sent).to.deep.equal(['c1:typed while offline']);
    expect(second.conversation.messages.map((m) => [m.id, m.status])).to.deep.equal([['s-c1', 'sent']]);
    await second.saved;
    expect((await adapter.read('support:outbox')).status).to.equal('absent');
    second.stop();
  });

  it('marks a failed message, keeps its text and sends it again on retry', async () => {
    const time = new VirtualTime();
    let fail = true;
    const problems: string[] = [];
    const transport: ChatTransport = {
      connect: () => Promise.resolve(),
      send: () =>
        fail ? Promise.reject(new Error('500')) : Promise.resolve({ id: 's1', time: new Date().toISOString() }),
      disconnect: () => {},
    };
    const session = new ChatSession({
      transport,
      timers: time,
      newClientId: () => 'c1',
      onProblem: (p) => problems.push(p.kind),
    });
    await session.start();
    await time.run(0);
    session.send('keep me');
    await time.run(0);
    expect(session.conversation.get('c1')).to.deep.include({ status: 'failed', text: 'keep me' });
    expect(problems).to.deep.equal(['send']);
    fail = false;
    session.retry('c1');
    await time.run(0);
    expect(session.conversation.messages.map((m) => [m.id, m.status, m.text])).to.deep.equal([
      ['s1', 'sent', 'keep me'],
    ]);
    session.stop();
  });

  /** A transport whose history pages hold `pageSize` of `server`, and whose live deliveries the test makes. */
  const pagedTransport = (server: ChatMessage[], pageSize: number) => {
    const live: { sink?: ChatSink } = {};
    const transport: ChatTransport = {
      connect: (sink) => ((live.sink = sink), Promise.resolve()),
      send: () => Promise.reject(new Error('unused')),
      disconnect: () => {},
      history: (before) => {
        const end = before === undefined ? server.length : server.findIndex((m) => m.id === before);
        const start = Math.max(0, end - pageSize);
        return Promise.resolve({ messages: server.slice(start, end), hasMore: start > 0 });
      },
    };
    return { transport, live };
  };
  const agent = (i: number): ChatMessage => ({
    id: `s${i}`,
    from: 'agent',
    text: `${i}`,
    time: new Date(Date.UTC(2026, 0, 1, 0, i)).toISOString(),
  });
  const shownIds = (session: ChatSession) => session.conversation.messages.map((m) => m.id);

  it('a resync shows a delivery dropped before the first message received live in a conversation that began empty', async () => {
    const server: ChatMessage[] = [];
    // The latest page begins with the oldest message shown, so walking back to it would not reach s1.
    const { transport, live } = pagedTransport(server, 3);
    const session = new ChatSession({ transport });
    await session.start();
    await until(() => session.hasMoreHistory === false);
    server.push(agent(1), agent(2), agent(3), agent(4));
    // The delivery of s1 is lost; the later ones arrive.
    for (const message of server.slice(1)) live.sink!.receive(message);
    expect(shownIds(session)).to.deep.equal(['s2', 's3', 's4']);
    await session.resync();
    expect(shownIds(session)).to.deep.equal(['s1', 's2', 's3', 's4']);
    expect(session.hasMoreHistory).to.equal(false);
    session.stop();
  });

  it('a resync that runs out of pages leaves the gap to load older, from where it stopped', async () => {
    const server = [agent(1), agent(2)];
    const { transport } = pagedTransport(server, 2);
    const session = new ChatSession({ transport, resyncPages: 1 });
    await session.start();
    await until(() => session.hasMoreHistory === false);
    expect(shownIds(session)).to.deep.equal(['s1', 's2']);
    // Offline meanwhile: every delivery of s3 to s8 is lost.
    server.push(...[3, 4, 5, 6, 7, 8].map(agent));
    await session.resync();
    expect(shownIds(session)).to.deep.equal(['s1', 's2', 's7', 's8']);
    expect(session.hasMoreHistory).to.equal(true);
    await session.loadOlder();
    expect(shownIds(session)).to.deep.equal(['s1', 's2', 's5', 's6', 's7', 's8']);
    expect(session.hasMoreHistory).to.equal(true);
    await session.loadOlder();
    await session.loadOlder();
    expect(shownIds(session)).to.deep.equal(server.map((m) => m.id));
    expect(session.hasMoreHistory).to.equal(false);
    session.stop();
  });

  it('loads older history from the oldest message loaded, not from an older one that arrived live after a gap', async () => {
    const server = [1, 2, 3, 4, 5].map(agent);
    const { transport, live } = pagedTransport(server, 2);
    const session = new ChatSession({ transport });
    await session.start();
    await until(() => session.hasMoreHistory === true);
    expect(shownIds(session)).to.deep.equal(['s4', 's5']);
    // A late delivery of s2; that of s3 was lost.
    live.sink!.receive(server[1]);
    await session.loadOlder();
    expect(shownIds(session)).to.deep.equal(['s2', 's3', 's4', 's5']);
    await session.loadOlder();
    expect(shownIds(session)).to.deep.equal(server.map((m) => m.id));
    expect(session.hasMoreHistory).to.equal(false);
    session.stop();
  });

  it('reports messages of the wrong shape from a transport and keeps going', async () => {
    let sink: Parameters<ChatTransport['connect']>[0] | undefined;
    const problems: string[] = [];
    const transport: ChatTransport = {
      connect: (s) => ((sink = s), Promise.resolve()),
      send: () => Promise.reject(new Error('unused')),
      disconnect: () => {},
    };
    const session = new ChatSession({ transport, onProblem: (p) => problems.push(p.message) });
    await session.start();
    sink!.receive({ id: 'x' } as never);
    sink!.receive(null as never);
    sink!.receive({ id: 'ok', from: 'agent', text: '<b>hi</b>', time: new Date().toISOString() });
    expect(problems).to.have.length(2);
    expect(session.conversation.messages.map((m) => m.text)).to.deep.equal(['<b>hi</b>']);
    session.stop();
  });
});
