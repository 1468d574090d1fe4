#!/usr/bin/env node
// `npm start`: builds Samtykke, starts the collector (SQLite in demo/data/) and serves the demo site,
// then prints where to look. The admin token is made on first start and kept in demo/data/.
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { startDemoServer } from './server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = fileURLToPath(new URL('./data/', import.meta.url));
const SITE_PORT = Number(process.env.DEMO_PORT ?? 8080);
const COLLECTOR_PORT = Number(process.env.COLLECTOR_PORT ?? 8787);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!process.argv.includes('--no-build')) run('npm', ['run', 'build', '--silent']);

mkdirSync(dataDir, { recursive: true });
const tokenFile = `${dataDir}admin-token`;
if (!existsSync(tokenFile)) writeFileSync(tokenFile, randomBytes(24).toString('hex') + '\n', { mode: 0o600 });
const adminToken = readFileSync(tokenFile, 'utf8').trim();
const db = `${dataDir}samtykke.db`;
const origins = [`http://127.0.0.1:${SITE_PORT}`, `http://localhost:${SITE_PORT}`].join(',');
const env = { ...process.env, SAMTYKKE_ADMIN_TOKEN: adminToken };
delete env.DATABASE_URL; // the demo always uses its own SQLite file

if (!existsSync(db)) {
  console.log('Seeding 90 days of demo data (first start only)…');
  run('node', ['bin/samtykke-server.js', 'seed', '--db', db]);
}

const collector = spawn('node', ['bin/samtykke-server.js', '--port', String(COLLECTOR_PORT), '--db', db, '--allowed-origins', origins, '--dashboard-dir', 'dist/dashboard'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
const site = await startDemoServer({ port: SITE_PORT, collector: `http://127.0.0.1:${COLLECTOR_PORT}` });

console.log(`
  Samtykke demo
  ─────────────
  Demo site:   ${site.origin}/
  Dashboard:   http://127.0.0.1:${COLLECTOR_PORT}/dashboard/
  Admin token: ${adminToken}
  Collector:   http://127.0.0.1:${COLLECTOR_PORT}  (SQLite: demo/data/samtykke.db)

  Ctrl+C stops both.
`);

const stop = () => {
  collector.kill('SIGTERM');
  void site.close().then(() => process.exit(0));
};
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
collector.on('exit', (code) => {
  if (code !== null && code !== 0) {
    console.error(`The collector stopped (exit ${code}).`);
    process.exit(code);
  }
});
