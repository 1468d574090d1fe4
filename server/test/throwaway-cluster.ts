import { execFile } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { appendFile, chown, mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

// PostgreSQL refuses to run as root; as root, its programs are run as this account instead.
const SERVER_ACCOUNT = 'postgres';
const DEBIAN_ROOT = '/usr/lib/postgresql';

export type StopMode = 'fast' | 'immediate';

export interface ThrowawayCluster {
  /** Superuser connection over TCP on 127.0.0.1 (trust authentication), to the `postgres` database. */
  readonly url: string;
  readonly isRunning: boolean;
  start(): Promise<void>;
  /** `fast` ends sessions cleanly, as an operator's restart does; `immediate` is a crash. */
  stop(mode: StopMode): Promise<void>;
  /** Stops the server if it runs and deletes every file; safe to call after a failed start. */
  remove(): Promise<void>;
}

/**
 * The directory holding initdb and pg_ctl: `PG_BINDIR`, else the newest version installed in
 * Debian's layout. null when there is none.
 */
export function findPostgresBinaries(): string | null {
  const fromEnv = process.env['PG_BINDIR'];
  const versions = existsSync(DEBIAN_ROOT)
    ? readdirSync(DEBIAN_ROOT).sort((a, b) => Number.parseFloat(b) - Number.parseFloat(a)).map((version) => join(DEBIAN_ROOT, version, 'bin'))
    : [];
  const candidates = fromEnv ? [fromEnv] : versions;
  return candidates.find((dir) => existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) ?? null;
}

/**
 * A private PostgreSQL cluster in a temporary directory, on its own port and socket directory, so a
 * test can stop and crash it without disturbing the shared server other test files use.
 */
export async function createThrowawayCluster(binDir: string): Promise<ThrowawayCluster> {
  const asRoot = process.getuid?.() === 0;
  const dir = await mkdtemp(join(tmpdir(), 'samtykke-pg-'));
  const dataDir = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const port = await freePort();
  let running = false;

  const pgProgram = async (program: string, args: string[]): Promise<void> => {
    const file = join(binDir, program);
    try {
      if (asRoot) await run('runuser', ['-u', SERVER_ACCOUNT, '--', file, ...args]);
      else await run(file, args);
    } catch (error) {
      const log = await readFile(logFile, 'utf8').catch(() => '');
      throw new Error(`${program} ${args.join(' ')} failed: ${messageOf(error)}\n${log.slice(-2000)}`, { cause: error });
    }
  };

  if (asRoot) {
    const { stdout } = await run('id', ['-u', SERVER_ACCOUNT]);
    const { stdout: group } = await run('id', ['-g', SERVER_ACCOUNT]);
    await chown(dir, Number(stdout), Number(group));
  }
  try {
    // --no-sync only skips flushing the fresh files at creation; the running server still fsyncs
    // every commit, and neither stop mode is a power cut anyway.
    await pgProgram('initdb', ['-D', dataDir, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync']);
    await appendFile(
      join(dataDir, 'postgresql.conf'),
      [`port = ${port}`, "listen_addresses = '127.0.0.1'", `unix_socket_directories = '${dir}'`, 'max_connections = 30', ''].join('\n'),
    );
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    throw error;
  }

  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    get isRunning() {
      return running;
    },
    async start() {
      await pgProgram('pg_ctl', ['-D', dataDir, '-l', logFile, '-w', '-t', '30', 'start']);
      running = true;
    },
    async stop(mode) {
      await pgProgram('pg_ctl', ['-D', dataDir, '-m', mode, '-w', '-t', '30', 'stop']);
      running = false;
    },
    async remove() {
      // Asked even when we think it is stopped: a start that timed out may have left a server behind.
      if (existsSync(join(dataDir, 'postmaster.pid'))) {
        await pgProgram('pg_ctl', ['-D', dataDir, '-m', 'immediate', '-w', 'stop']).catch(() => undefined);
      }
      running = false;
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
