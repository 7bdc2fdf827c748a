// A throwaway PostgreSQL server for tests and benchmarks: Debian's `postgresql` package, a cluster in
// a temp directory on a free loopback port, stopped and deleted afterwards. PostgreSQL refuses to run
// as root, so as root the cluster belongs to the package's `postgres` user.
import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/** The directory of initdb and pg_ctl: PG_BIN, Debian's /usr/lib/postgresql/<newest>/bin, or PATH. */
export function postgresBin() {
  if (process.env.PG_BIN) return existsSync(join(process.env.PG_BIN, 'initdb')) ? process.env.PG_BIN : undefined;
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root)
      .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length > 0) return join(root, versions[0], 'bin');
  }
  const found = spawnSync('sh', ['-c', 'command -v initdb'], { encoding: 'utf8' }).stdout.trim();
  return found ? found.replace(/\/initdb$/, '') : undefined;
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a cluster. Resolves with its connection string and `stop`, or with `skip` (why not) when
 * PostgreSQL is not installed.
 * @returns {Promise<{ connectionString: string, stop: () => void } | { skip: string }>}
 */
export async function startPostgres() {
  const bin = postgresBin();
  if (!bin) return { skip: 'PostgreSQL is not installed (apt-get install -y postgresql)' };
  const dir = mkdtempSync(join(tmpdir(), 'tk-pg-'));
  const root = userInfo().uid === 0;
  const owner = root ? 'postgres' : undefined;
  if (owner) {
    const uid = Number(execFileSync('id', ['-u', owner], { encoding: 'utf8' }));
    const gid = Number(execFileSync('id', ['-g', owner], { encoding: 'utf8' }));
    chownSync(dir, uid, gid);
  }
  /** @param {string} tool @param {string[]} args */
  const run = (tool, args) => {
    const command = join(bin, tool);
    const [file, argv] = owner ? ['runuser', ['-u', owner, '--', command, ...args]] : [command, args];
    return execFileSync(file, argv, { cwd: dir, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  };
  const data = join(dir, 'data');
  const port = await freePort();
  run('initdb', ['-D', data, '-U', 'tk', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
  const settings = `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c max_connections=200`;
  run('pg_ctl', ['-D', data, '-l', join(dir, 'log'), '-o', settings, '-w', '-t', '60', 'start']);
  let stopped = false;
  return {
    connectionString: `postgresql://tk@127.0.0.1:${port}/postgres`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
