#!/usr/bin/env node
// `npm start`: builds Samtykke, starts the collector (SQLite in demo/data/, 90 days of demo data on
// first start) and the demo site, and prints where to look. One process: Ctrl+C stops both.
//
//   npm start                      build, then run (site on 8080, collector on 8787)
//   npm start -- --no-build        run what dist/ holds
//   npm start -- --reset           forget demo/data (records, admin token) and seed afresh
//   DEMO_PORT=8081 COLLECTOR_PORT=8788 npm start
import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startDemoServer } from './server.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const dataDir = fileURLToPath(new URL('./data/', import.meta.url));
const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const HOST = '127.0.0.1';
const args = new Set(process.argv.slice(2));

function fail(message) {
  console.error(`\n  ${message.split('\n').join('\n  ')}\n`);
  process.exit(1);
}

function portFrom(name, fallback) {
  const value = process.env[name];
  if (value === undefined || value === '') return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`${name}=${value} is not a port number (1–65535).`);
  return port;
}

const SITE_PORT = portFrom('DEMO_PORT', 8080);
const COLLECTOR_PORT = portFrom('COLLECTOR_PORT', 8787);
if (SITE_PORT === COLLECTOR_PORT) fail(`DEMO_PORT and COLLECTOR_PORT are both ${SITE_PORT}; they need one port each.`);

const portTaken = (port, what, variable) =>
  `Port ${port} on ${HOST} is already in use, so the ${what} cannot start.\n` +
  'Is the demo already running in another terminal? Stop it with Ctrl+C there, or use other ports:\n' +
  `  ${variable}=${port + 1} npm start`;

/** Fails early (before a minute of building) when a port is taken; listening later checks again. */
function checkPortFree(port, what, variable) {
  return new Promise((resolve) => {
    const probe = createServer();
    probe.once('error', (error) => {
      if (error.code === 'EADDRINUSE') fail(portTaken(port, what, variable));
      if (error.code === 'EACCES') fail(`Port ${port} needs privileges this user does not have; choose another with ${variable}.`);
      fail(`Cannot listen on ${HOST}:${port}: ${error.message}`);
    });
    probe.listen(port, HOST, () => probe.close(resolve));
  });
}

await checkPortFree(SITE_PORT, 'demo site', 'DEMO_PORT');
await checkPortFree(COLLECTOR_PORT, 'collector', 'COLLECTOR_PORT');

if (!args.has('--no-build')) {
  console.log('Building Samtykke (npm run build)…');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const build = spawnSync(npm, ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) fail(`The build failed${build.error ? ` (${build.error.message})` : ''}; see the messages above.`);
}
for (const file of ['samtykke.js', 'samtykke-ui.js', 'dashboard/index.html', 'server/index.js']) {
  if (!existsSync(`${dist}${file}`)) fail(`dist/${file} is missing: run "npm run build" first (or start without --no-build).`);
}

// --- Data: admin token and database, made on first start and kept in demo/data/ ---------------
if (args.has('--reset')) rmSync(dataDir, { recursive: true, force: true });
mkdirSync(dataDir, { recursive: true });
const tokenFile = `${dataDir}admin-token`;
if (!existsSync(tokenFile)) writeFileSync(tokenFile, `${randomBytes(24).toString('hex')}\n`, { mode: 0o600 });
const adminToken = readFileSync(tokenFile, 'utf8').trim();
const db = `${dataDir}samtykke.db`;

const collectorLibrary = await import(pathToFileURL(`${dist}server/index.js`).href);
const { buildApp, openSqliteStore, seed } = collectorLibrary;

if (!existsSync(db)) {
  // Seeded into a file of its own and renamed when complete: an interrupted first start leaves no
  // half-seeded database behind, and the next start simply seeds again.
  const seeding = `${db}.seeding`;
  for (const suffix of ['', '-wal', '-shm']) rmSync(seeding + suffix, { force: true });
  console.log('First start: seeding 90 days of demo consent data (takes a few seconds)…');
  const seedStore = await openSqliteStore(seeding);
  try {
    const result = await seed(seedStore, { days: 90, variants: ['a', 'b'] });
    console.log(`  ${result.impressions} banner impressions and ${result.records} decisions.`);
  } finally {
    await seedStore.close();
  }
  for (const suffix of ['-wal', '-shm']) if (existsSync(seeding + suffix)) renameSync(seeding + suffix, db + suffix);
  renameSync(seeding, db);
}

// --- The collector and the site, in this process ------------------------------------------------
const siteOrigins = [`http://${HOST}:${SITE_PORT}`, `http://localhost:${SITE_PORT}`];
const collectorOrigin = `http://${HOST}:${COLLECTOR_PORT}`;
const store = await openSqliteStore(db);
const collector = await buildApp({
  store,
  adminToken,
  allowedOrigins: siteOrigins,
  dashboardDir: `${dist}dashboard`,
  logger: { level: 'warn' },
});

let site = null;
let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  // Never hang on the way out: a second Ctrl+C, or ten seconds, ends it regardless.
  setTimeout(() => process.exit(code || 1), 10_000).unref();
  await site?.close().catch(() => undefined);
  await collector.close().catch(() => undefined);
  await store.close().catch(() => undefined);
  process.exit(code);
}
process.on('SIGINT', () => (stopping ? process.exit(130) : (console.log('\nStopping the demo site and the collector…'), void stop(0))));
process.on('SIGTERM', () => void stop(0));

try {
  await collector.listen({ port: COLLECTOR_PORT, host: HOST });
} catch (error) {
  await store.close().catch(() => undefined);
  fail(error.code === 'EADDRINUSE' ? portTaken(COLLECTOR_PORT, 'collector', 'COLLECTOR_PORT') : `The collector could not start: ${error.message}`);
}
try {
  site = await startDemoServer({ port: SITE_PORT, host: HOST, collector: collectorOrigin });
} catch (error) {
  await collector.close().catch(() => undefined);
  await store.close().catch(() => undefined);
  fail(error.code === 'EADDRINUSE' ? portTaken(SITE_PORT, 'demo site', 'DEMO_PORT') : `The demo site could not start: ${error.message}`);
}

console.log(`
  Samtykke demo: Brygge Coworking (a fictional coworking operator)
  ────────────────────────────────────────────────────────────────
  Demo site:    ${site.origin}/          (Danish, Norwegian, Swedish, English)
  Dashboard:    ${collectorOrigin}/dashboard/
  Admin token:  ${adminToken}
                (paste it into the dashboard's sign-in; kept in demo/data/admin-token)
  Collector:    ${collectorOrigin}   (SQLite: demo/data/samtykke.db)

  Every tracker on the demo is a local stand-in: nothing leaves this machine.
  Ctrl+C stops both. "npm start -- --reset" starts over with fresh demo data.
`);
