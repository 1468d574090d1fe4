// Memory of the write path when group-commit batches come in every size, as they do after a stall.
// Writes batches of a random size straight to the store (no HTTP, one batch at a time, as the group
// commit does) and prints the process's memory as it goes. Not a test: run it on purpose after
// `npm run build` (or `npx tsc -p server/tsconfig.json`):
//
//   node bench/collector/statement-shapes.js                    1,500 batches of 1–500 records, SQLite
//   node bench/collector/statement-shapes.js --max 16           batch sizes 1–16 only, for comparison
//   node bench/collector/statement-shapes.js --store postgres   the local PostgreSQL (DATABASE_URL), fresh schema
//   node bench/collector/statement-shapes.js --server DIR       another build of dist/server, e.g. a copy of an older one
//
// Batch sizes come from a seeded generator, so two runs (or two builds) see the same sequence.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { sampleRecord } from './shared.js';

const { values: args } = parseArgs({
  options: {
    store: { type: 'string', default: 'sqlite' },
    batches: { type: 'string', default: '1500' },
    max: { type: 'string', default: '500' },
    every: { type: 'string', default: '250' },
    seed: { type: 'string', default: '1' },
    server: { type: 'string', default: new URL('../../dist/server', import.meta.url).pathname },
  },
});
const STORE = args.store;
const BATCHES = Number(args.batches);
const MAX = Number(args.max);
const EVERY = Number(args.every);
const SERVER = resolve(args.server);
if (!['sqlite', 'postgres'].includes(STORE) || !(BATCHES > 0) || !(MAX >= 1) || !(EVERY > 0)) {
  console.error('usage: node bench/collector/statement-shapes.js [--store sqlite|postgres] [--batches 1500] [--max 500] [--every 250] [--seed 1] [--server dist/server]');
  process.exit(2);
}
if (!existsSync(join(SERVER, 'store/kysely-store.js'))) {
  console.error(`bench/collector: ${SERVER} has no compiled store. Run \`npm run build\` (or \`npx tsc -p server/tsconfig.json\`) first.`);
  process.exit(1);
}
const POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';

// The seed's generator, from the build under test (server/seed.ts).
const { mulberry32 } = await import(pathToFileURL(join(SERVER, 'seed.js')).href);
const random = mulberry32(Number(args.seed));

const scratch = await mkdtemp(join(tmpdir(), 'samtykke-shapes-'));
const schema = `samtykke_shapes_${randomBytes(4).toString('hex')}`;
const store =
  STORE === 'sqlite'
    ? await (await import(pathToFileURL(join(SERVER, 'store/sqlite.js')).href)).openSqliteStore(join(scratch, 'shapes.db'))
    : await (await import(pathToFileURL(join(SERVER, 'store/postgres.js')).href)).openPostgresStore({ connectionString: POSTGRES_URL, schema });

const MB = 1024 * 1024;
const fmt = (value, digits = 0) => value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits });
// Builds without the accessor (older ones) show a dash.
const shapes = () => (typeof store.writeShapes === 'number' ? fmt(store.writeShapes) : '—');
const rows = [];
const sample = (batches, records, ms) => {
  const memory = process.memoryUsage();
  rows.push(`| ${fmt(batches)} | ${fmt(records)} | ${fmt(memory.rss / MB)} MB | ${fmt(memory.heapUsed / MB)} MB | ${shapes()} | ${batches === 0 ? '' : fmt((records / ms) * 1000)} |`);
  return memory.rss;
};

let records = 0;
let writingMs = 0;
let rssBefore;
let rssAfter;
try {
  rssBefore = sample(0, 0, 0);
  for (let batch = 1; batch <= BATCHES; batch++) {
    const size = 1 + Math.floor(random() * MAX);
    const receivedAt = new Date().toISOString();
    const items = Array.from({ length: size }, () => ({ receivedAt, record: sampleRecord(random, receivedAt) }));
    const started = performance.now();
    await store.write({ records: items, impressions: [] });
    writingMs += performance.now() - started;
    records += size;
    if (batch % EVERY === 0 || batch === BATCHES) rssAfter = sample(batch, records, writingMs);
  }
} finally {
  await store.close();
  await rm(scratch, { recursive: true, force: true });
  if (STORE === 'postgres') {
    const pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
    await pool.query(`drop schema if exists ${schema} cascade`);
    await pool.end();
  }
}

process.stdout.write(
  [
    `Write path memory: ${fmt(BATCHES)} batches of 1–${fmt(MAX)} records (seed ${args.seed}) on ${STORE}, build ${SERVER}, Node ${process.version}.`,
    'RSS is this whole process: the store, its SQLite worker thread (if any) and the generated records.',
    '',
    '| batches | records | RSS | heap used | write statement shapes | records/s while writing |',
    '|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    `RSS ${fmt(rssBefore / MB)} → ${fmt(rssAfter / MB)} MB.`,
    '',
  ].join('\n'),
);
