import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_TOKEN, validRecord } from './test/fixtures.js';

const ROOT = resolve(import.meta.dirname, '..');
const RECORDS = 500;

/**
 * Compiles the collector into a temporary directory (not dist/, which a parallel build may be
 * writing) so the test runs the real CLI as a separate process, the only way to SIGKILL it.
 */
async function compileCollector(workDir: string): Promise<string> {
  const outDir = join(workDir, 'server');
  const tsc = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
  await promisify(execFile)(process.execPath, [tsc, '-p', join(ROOT, 'server', 'tsconfig.json'), '--outDir', outDir]);
  // ESM scope and package resolution for the compiled files.
  await writeFile(join(workDir, 'package.json'), '{ "type": "module" }');
  await symlink(join(ROOT, 'node_modules'), join(workDir, 'node_modules'), 'dir');
  return join(outDir, 'cli.js');
}

/** Starts the CLI on a free port and resolves with its URL once it says it is listening. */
function startCollector(cli: string, db: string): Promise<{ child: ChildProcess; url: string }> {
  const child = spawn(process.execPath, [cli, '--port', '0', '--db', db, '--rate-limit', '0'], {
    env: { PATH: process.env['PATH'], SAMTYKKE_ADMIN_TOKEN: ADMIN_TOKEN },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening on (http:\/\/\S+)/.exec(output);
      if (match?.[1]) resolvePromise({ child, url: match[1] });
    });
    child.once('exit', (code) => reject(new Error(`collector exited with ${code}: ${output}`)));
  });
}

function kill(child: ChildProcess, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolvePromise) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolvePromise();
    child.once('exit', () => resolvePromise());
    child.kill(signal);
  });
}

describe('durability of acknowledged records (real CLI, SQLite)', () => {
  let workDir: string;
  let cli: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    workDir = await mkdtemp(join(tmpdir(), 'samtykke-durability-'));
    cli = await compileCollector(workDir);
  });

  afterAll(async () => {
    for (const child of children) await kill(child, 'SIGKILL');
    await rm(workDir, { recursive: true, force: true });
  });

  it('keeps every record answered 201 when the process is killed with SIGKILL', async () => {
    const db = join(workDir, 'collector.db');
    const first = await startCollector(cli, db);
    children.push(first.child);

    const records = Array.from({ length: RECORDS }, () => validRecord());
    // 50 in flight at a time, so group commit batches several requests per transaction.
    const statuses: number[] = [];
    for (let start = 0; start < RECORDS; start += 50) {
      const responses = await Promise.all(
        records.slice(start, start + 50).map((record) =>
          fetch(`${first.url}/api/v1/consents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record) }),
        ),
      );
      statuses.push(...responses.map((response) => response.status));
    }
    expect(statuses).toEqual(Array(RECORDS).fill(201));

    // No graceful shutdown: whatever was acknowledged must already be on disk.
    await kill(first.child, 'SIGKILL');
    expect(first.child.signalCode).toBe('SIGKILL');

    const second = await startCollector(cli, db);
    children.push(second.child);
    // A window around today, so a run across UTC midnight still finds everything.
    const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
    const range = `from=${day(-1)}&to=${day(1)}`;
    const headers = { authorization: `Bearer ${ADMIN_TOKEN}` };
    const csv = await (await fetch(`${second.url}/api/v1/export.csv?${range}`, { headers })).text();
    const exportedIds = csv.trimEnd().split('\r\n').slice(1).map((line) => line.split(',')[1]);
    expect(new Set(exportedIds)).toEqual(new Set(records.map((record) => record.consentId)));
    expect(exportedIds).toHaveLength(RECORDS);

    const stats = (await (await fetch(`${second.url}/api/v1/stats?${range}`, { headers })).json()) as { decisions: number };
    expect(stats.decisions).toBe(RECORDS);
    const proof = await fetch(`${second.url}/api/v1/consents/${records[RECORDS - 1]!.consentId}`, { headers });
    expect(proof.status).toBe(200);
    await kill(second.child, 'SIGTERM');
  });

  it('stops cleanly on SIGTERM while a browser holds a connection that never sent a request', async () => {
    const { child, url } = await startCollector(cli, join(workDir, 'shutdown.db'));
    children.push(child);
    // What Chromium's preconnect leaves open: a TCP connection with no request on it.
    const { port } = new URL(url);
    const socket = connect(Number(port), '127.0.0.1');
    socket.on('error', () => undefined);
    await new Promise((resolvePromise) => socket.once('connect', resolvePromise));
    const accepted = await fetch(`${url}/api/v1/consents`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(validRecord()) });
    expect(accepted.status).toBe(201);

    const started = Date.now();
    const exited = new Promise<number | null>((resolvePromise) => child.once('exit', (code) => resolvePromise(code)));
    child.kill('SIGTERM');
    // Exit code 0: the store was closed properly, not cut off by the 10 s safety exit (code 1).
    expect(await exited).toBe(0);
    expect(Date.now() - started).toBeLessThan(8_000);
    socket.destroy();
  });
});
