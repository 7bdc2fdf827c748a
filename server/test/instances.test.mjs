// Several stateless instances on one PostgreSQL (issue 13): 50 concurrent read-modify-write writers
// through all of them, one instance killed with SIGKILL mid-burst. Every acknowledged write must be
// stored, and no write stored twice.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startInstances, stopInstances } from './support/instances.mjs';
import { startPostgres } from './support/postgres.mjs';

const postgres = await startPostgres();
const skip = 'skip' in postgres ? postgres.skip : false;
if (skip && process.env.TK_REQUIRE_POSTGRES === '1') throw new Error(skip);

const WRITERS = 50;
const DOCUMENTS = 5;
const APPENDS = 5;
const KILL_AFTER = 60;

describe('several instances on PostgreSQL', { skip }, () => {
  /** @type {Awaited<ReturnType<typeof startInstances>>} */
  let instances = [];
  before(async () => {
    if (!('skip' in postgres)) instances = await startInstances(3, { DATABASE_URL: postgres.connectionString });
  });
  after(async () => {
    await stopInstances(instances);
    if (!('skip' in postgres)) postgres.stop();
  });

  it('50 writers through 3 instances, one killed mid-burst: every acknowledged append stored once', async () => {
    const headers = { Authorization: 'Bearer burst', 'Content-Type': 'application/json' };
    const alive = new Set(instances.map((instance) => instance.url));
    let turn = 0;
    const pick = () => {
      const urls = [...alive];
      return urls[turn++ % urls.length];
    };
    /** @type {Set<string>} */
    const acknowledged = new Set();
    /** Appends whose answer was lost with the killed instance but that a re-read found stored. */
    const landed = new Set();
    const served = new Map();
    let killed = false;
    const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

    /** @returns {Promise<{ etag: string | null, items: string[] }>} */
    async function read(doc) {
      for (;;) {
        try {
          const response = await fetch(`${pick()}/documents/${doc}`, { headers });
          if (response.status === 404) return { etag: null, items: [] };
          const record = await response.json();
          return { etag: response.headers.get('etag'), items: record.user.items };
        } catch {
          await sleep(5); // that instance is gone: the next pick is another one
        }
      }
    }

    async function append(doc, item) {
      for (let attempt = 0; ; attempt++) {
        const { etag, items } = await read(doc);
        if (items.includes(item)) {
          landed.add(item); // an earlier try was stored, its answer lost: do not append it again
          return;
        }
        const url = pick();
        const body = JSON.stringify({ version: 1, user: { items: [...items, item] }, updatedAt: Date.now() });
        let response;
        try {
          response = await fetch(`${url}/documents/${doc}`, {
            method: 'PUT',
            headers: { ...headers, ...(etag ? { 'If-Match': etag } : { 'If-None-Match': '*' }) },
            body,
          });
        } catch {
          await sleep(5);
          continue; // no answer: the outcome is unknown, the re-read above tells
        }
        if (response.ok) {
          acknowledged.add(item);
          served.set(url, (served.get(url) ?? 0) + 1);
          if (!killed && acknowledged.size >= KILL_AFTER) {
            killed = true;
            const victim = instances[1];
            alive.delete(victim.url);
            victim.child.kill('SIGKILL');
          }
          return;
        }
        assert.ok([412, 503, 500].includes(response.status) || response.status >= 500, `HTTP ${response.status}`);
        await sleep(Math.random() * Math.min(50, 2 ** attempt));
      }
    }

    await Promise.all(
      Array.from({ length: WRITERS }, async (_, writer) => {
        for (let n = 0; n < APPENDS; n++) await append(`doc-${writer % DOCUMENTS}`, `w${writer}-${n}`);
      }),
    );

    assert.ok(killed, 'an instance was killed mid-burst');
    const stored = [];
    for (let doc = 0; doc < DOCUMENTS; doc++) stored.push(...(await read(`doc-${doc}`)).items);
    const missing = [...acknowledged].filter((item) => !stored.includes(item));
    assert.deepEqual(missing, [], 'every acknowledged append is stored');
    assert.equal(new Set(stored).size, stored.length, 'no append is stored twice');
    assert.equal(stored.length, WRITERS * APPENDS, 'every append is stored exactly once');
    assert.equal(acknowledged.size + landed.size, WRITERS * APPENDS);
    assert.ok(served.size >= 2, 'writes went through several instances');
    console.log(
      `# ${acknowledged.size} acknowledged, ${landed.size} stored with the answer lost to SIGKILL, ` +
        `served by ${[...served.values()].join(' / ')}`,
    );
  });
});
