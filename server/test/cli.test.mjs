// `npm run server` (server/index.mjs): environment, data directory, clean shutdown.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../index.mjs', import.meta.url));

/**
 * Starts the CLI and resolves with its URL once it logs one.
 * @param {Record<string, string>} env
 */
function startCli(env) {
  const child = spawn(process.execPath, [entry], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve({ code, signal })));
  const url = new Promise((resolve, reject) => {
    child.stdout.on('data', (chunk) => {
      output += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match) resolve(match[1]);
    });
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('exit', () => reject(new Error(`exited before listening:\n${output}`)));
  });
  return { child, url, exited, output: () => output };
}

describe('server/index.mjs', () => {
  it('listens on HOST/PORT, creates the data directory, keeps data across restarts and stops on SIGTERM and SIGINT', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tk-prefs-cli-'));
    const database = join(dir, 'data', 'prefs.sqlite');
    try {
      const first = startCli({ HOST: '127.0.0.1', PORT: '0', DATABASE: database });
      const url = await first.url;
      assert.match(url, /^http:\/\/127\.0\.0\.1:\d+$/);
      assert.ok(existsSync(database));
      const put = await fetch(`${url}/documents/doc`, {
        method: 'PUT',
        headers: { Authorization: 'Bearer erin', 'Content-Type': 'application/json' },
        body: JSON.stringify({ version: 1, user: { kept: true }, updatedAt: 1 }),
      });
      assert.equal(put.status, 201);
      first.child.kill('SIGTERM');
      assert.deepEqual(await first.exited, { code: 0, signal: null });

      const second = startCli({ PORT: '0', DATABASE: database });
      const again = await second.url;
      const read = await fetch(`${again}/documents/doc`, { headers: { Authorization: 'Bearer erin' } });
      assert.deepEqual((await read.json()).user, { kept: true });
      second.child.kill('SIGINT');
      assert.deepEqual(await second.exited, { code: 0, signal: null });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses an invalid PORT with a one-line message and a non-zero exit', async () => {
    const cli = startCli({ PORT: 'eighty', DATABASE: ':memory:' });
    cli.url.catch(() => undefined);
    const { code } = await cli.exited;
    assert.equal(code, 1);
    assert.match(cli.output(), /PORT must be an integer/);
  });

  it('refuses a HOST beyond loopback with the development authenticator, unless ALLOW_DEV_AUTH=1', async () => {
    const cli = startCli({ HOST: '0.0.0.0', PORT: '0', DATABASE: ':memory:' });
    cli.url.catch(() => undefined);
    const { code } = await cli.exited;
    assert.equal(code, 1);
    assert.match(cli.output(), /Refusing to listen on 0\.0\.0\.0 with the development authenticator/);

    const forced = startCli({ HOST: '0.0.0.0', PORT: '0', DATABASE: ':memory:', ALLOW_DEV_AUTH: '1' });
    assert.match(await forced.url, /^http:\/\/0\.0\.0\.0:\d+$/);
    forced.child.kill('SIGTERM');
    assert.deepEqual(await forced.exited, { code: 0, signal: null });
  });
});
