// Several endpoint processes (`node server/index.mjs`) on free loopback ports, sharing one database:
// stateless instances as a deployment runs them behind one address.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const entry = fileURLToPath(new URL('../../index.mjs', import.meta.url));

/**
 * @param {number} count
 * @param {Record<string, string>} env e.g. { DATABASE_URL } or { DATABASE: file }
 * @returns {Promise<{ url: string, child: import('node:child_process').ChildProcess }[]>}
 */
export function startInstances(count, env) {
  return Promise.all(
    Array.from({ length: count }, () => {
      const child = spawn(process.execPath, [entry], {
        env: { ...process.env, HOST: '127.0.0.1', PORT: '0', ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      return new Promise((resolve, reject) => {
        child.stdout.on('data', (chunk) => {
          output += chunk;
          const match = /listening on (http:\/\/\S+)/.exec(output);
          if (match) resolve({ url: match[1], child });
        });
        child.stderr.on('data', (chunk) => (output += chunk));
        child.on('exit', () => reject(new Error(`an instance exited before listening:\n${output}`)));
      });
    }),
  );
}

/** Stops instances that are still running (SIGTERM, a clean close) and waits for them. */
export async function stopInstances(instances) {
  await Promise.all(
    instances.map(({ child }) =>
      child.exitCode !== null || child.signalCode !== null
        ? undefined
        : new Promise((resolve) => {
            child.once('exit', resolve);
            child.kill('SIGTERM');
          }),
    ),
  );
}
