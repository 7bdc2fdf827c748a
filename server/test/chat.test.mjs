import { test } from 'node:test';
import assert from 'node:assert/strict';
import { startChatServer } from '../chat.mjs';

test('chat endpoint: idempotent POST by clientId, history pages, SSE deliveries and the echo', async () => {
  const server = await startChatServer({ replyDelay: 30 });
  try {
    const base = `${server.url}/chat/c1`;
    const events = await fetch(`${base}/events`);
    assert.equal(events.headers.get('content-type'), 'text/event-stream; charset=utf-8');
    const post = (body) =>
      fetch(`${base}/messages`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const first = await post({ clientId: 'a1', text: 'hello' });
    assert.equal(first.status, 201);
    const accepted = await first.json();
    const again = await post({ clientId: 'a1', text: 'hello' });
    assert.equal(again.status, 200);
    assert.deepEqual(await again.json(), accepted);
    assert.equal((await post({ clientId: '../x', text: 'x' })).status, 400);
    assert.equal((await post({ clientId: 'a2', text: 7 })).status, 400);

    const reader = events.body.getReader();
    let stream = '';
    while (!stream.includes('You said: hello')) stream += new TextDecoder().decode((await reader.read()).value);
    assert.match(stream, /event: message\ndata: \{"id":"m1","clientId":"a1"/);
    assert.match(stream, /event: typing\ndata: \{"name":"Echo bot"\}/);
    await reader.cancel();

    const history = await (await fetch(`${base}/history?limit=1`)).json();
    assert.equal(history.hasMore, true);
    assert.equal(history.messages[0].text, 'You said: hello');
    const older = await (await fetch(`${base}/history?before=${history.messages[0].id}`)).json();
    assert.deepEqual(
      older.messages.map((m) => m.id),
      [accepted.id],
    );
    assert.equal((await fetch(`${server.url}/chat/x/nothing`)).status, 404);
  } finally {
    await server.close();
  }
});
