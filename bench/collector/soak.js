// Soak of the collector: a fixed request rate held for minutes against the compiled collector in its
// own process, to show that nothing degrades or accumulates over time. Not a test: run it on purpose
// after `npm run build` (or `npx tsc -p server/tsconfig.json`):
//
//   npm run bench:soak                                  5 minutes at 2,000 requests/s (after 30 s of warm-up), SQLite
//   npm run bench:soak -- --duration 20                 a short run while developing
//   npm run bench:soak -- --store postgres              the local PostgreSQL (DATABASE_URL), fresh schema
//
// The load is open loop: request i leaves at start + i / rate whatever the collector answers, and its
// latency counts from that moment, so a stall shows up as latency instead of as fewer requests.
// Writes SOAK.md next to this file and exits 1 when a criterion fails.
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import http from 'node:http';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import Database from 'better-sqlite3';
import pg from 'pg';
import { SAMPLE_TEXT_HASH, sampleRecord, startCollector } from './shared.js';

const HERE = new URL('.', import.meta.url);
if (!existsSync(new URL('../../dist/server/app.js', HERE))) {
  console.error('bench/collector: dist/server/ is missing. Run `npm run build` (or `npx tsc -p server/tsconfig.json`) first.');
  process.exit(1);
}

const { values: args } = parseArgs({
  options: {
    duration: { type: 'string', default: '300' },
    rate: { type: 'string', default: '2000' },
    store: { type: 'string', default: 'sqlite' },
    warmup: { type: 'string' },
    'max-p99': { type: 'string', default: '50' },
  },
});
const DURATION_S = Number(args.duration);
const RATE = Number(args.rate);
// Short development runs get a shorter warm-up, half their length.
const WARMUP_S = args.warmup === undefined ? Math.min(30, DURATION_S / 2) : Number(args.warmup);
const STORE = args.store;
const MAX_P99_MS = Number(args['max-p99']);
if (!(DURATION_S > 0) || !(RATE > 0) || !(WARMUP_S >= 0) || !(MAX_P99_MS > 0) || !['sqlite', 'postgres'].includes(STORE)) {
  console.error(
    'usage: node bench/collector/soak.js [--duration s=300] [--rate requests/s=2000] [--store sqlite|postgres] [--warmup s=30, or half a shorter run] [--max-p99 ms=50]',
  );
  process.exit(2);
}

const POSTGRES_URL = process.env.DATABASE_URL ?? 'postgres://root@127.0.0.1:5432/test';
const ORIGIN = 'https://www.example.dk';
const ADMIN_TOKEN = randomBytes(24).toString('hex');
const REQUEST_TIMEOUT_MS = 10_000;
// Memory every 10 s over a long run; short development runs still get about 20 samples.
const SAMPLE_EVERY_S = Math.min(10, Math.max(1, DURATION_S / 20));
// "First minute" and "last minute", shrunk to a third of the run when it is shorter than three.
const WINDOW_S = Math.min(60, DURATION_S / 3);
// Shorter measured parts give windows of a few seconds, in which garbage collection alone moves memory
// more than a leak would; memory is then shown but not judged.
const MIN_JUDGED_MEMORY_S = 120;
const MIN_RATE_SHARE = 0.99;
// The collector's memory grows during its first several tens of thousands of requests (V8 heaps of
// both threads, malloc arenas, prepared statements) and then levels off; hence a 30 s warm-up.
// After that, a leak of 20 bytes per request at 2,000 requests/s would already be 2.3 MB/min.
const MAX_RSS_GROWTH = 0.1;
const MAX_RSS_SLOPE_MB_PER_MIN = 2;

// Out of every 100 requests: 80 records, 15 impressions, 4 health checks, 1 stats query.
const ROUTES = ['consents', 'impressions', 'healthz', 'stats'];
const routeOf = (index) => {
  const slot = index % 20;
  if (slot < 16) return 0;
  if (slot < 19) return 1;
  return index % 100 === 99 ? 3 : 2;
};

const pick = (items) => items[Math.floor(Math.random() * items.length)];

const IMPRESSIONS = Array.from({ length: 200 }, () =>
  JSON.stringify({
    timestamp: new Date().toISOString(),
    locale: pick(['da', 'nb', 'sv', 'en']),
    revision: 3,
    variant: pick(['a', 'b', null]),
    device: pick(['mobile', 'desktop', 'tablet']),
    bannerVersion: '0.1.0',
    textHash: SAMPLE_TEXT_HASH,
    pageUrl: 'https://www.example.dk/',
  }),
);

const day = (offset) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
// A window around today, so a run across UTC midnight is still counted whole.
const statsPath = () => `/api/v1/stats?from=${day(-1)}&to=${day(1)}`;

/** Latencies in ms, with the route of each, in preallocated arrays grown by doubling. */
class Latencies {
  values = new Float64Array(1 << 16);
  routes = new Uint8Array(1 << 16);
  length = 0;

  add(ms, route) {
    if (this.length === this.values.length) {
      const values = new Float64Array(this.length * 2);
      values.set(this.values);
      const routes = new Uint8Array(this.length * 2);
      routes.set(this.routes);
      this.values = values;
      this.routes = routes;
    }
    this.values[this.length] = ms;
    this.routes[this.length] = route;
    this.length++;
  }

  percentiles(route = null, from = 0) {
    const picked = [];
    for (let index = from; index < this.length; index++) if (route === null || this.routes[index] === route) picked.push(this.values[index]);
    const sorted = Float64Array.from(picked).sort();
    const at = (q) => (sorted.length === 0 ? NaN : sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]);
    return { count: sorted.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), max: at(1) };
  }
}

/** Least-squares slope of y over x. */
function slope(points) {
  const n = points.length;
  if (n < 2) return NaN;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const covariance = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const variance = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  return covariance / variance;
}

const mean = (values) => values.reduce((sum, value) => sum + value, 0) / values.length;
const MB = 1024 * 1024;

/**
 * Sends the load, samples the collector and returns everything measured. Answers to warm-up
 * requests count toward statuses, errors and the records to find afterwards, but not toward latency,
 * rate or memory, which describe the collector once it is warm.
 */
async function soak(collector, port) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 512 });
  const latencies = new Latencies();
  const warmUpLatencies = new Latencies();
  const statuses = ROUTES.map(() => new Map());
  const failures = ROUTES.map(() => ({ errors: 0, timeouts: 0 }));
  const acknowledged = new Set();
  let measuredAnswers = 0;
  let inFlight = 0;
  let sent = 0;
  let maxLagMs = 0;
  let interrupted = false;
  const onSigint = () => {
    interrupted = true;
    process.stderr.write('soak: interrupted, checking what was written and cleaning up…\n');
  };
  process.once('SIGINT', onSigint);

  const consentHeaders = { 'content-type': 'application/json', origin: ORIGIN };
  const adminHeaders = { authorization: `Bearer ${ADMIN_TOKEN}` };

  const intervalMs = 1000 / RATE;
  const total = Math.floor((WARMUP_S + DURATION_S) * RATE);
  const startedAt = performance.now();
  const measuredFrom = startedAt + WARMUP_S * 1000;

  let settleAll;
  const allSettled = new Promise((resolve) => (settleAll = resolve));
  let sending = true;

  const send = (index, scheduledAt) => {
    const route = routeOf(index);
    const measured = scheduledAt >= measuredFrom;
    let body = null;
    let consentId = null;
    let options;
    if (route === 0) {
      const item = sampleRecord();
      consentId = item.consentId;
      body = JSON.stringify(item);
      options = { method: 'POST', path: '/api/v1/consents', headers: consentHeaders };
    } else if (route === 1) {
      body = IMPRESSIONS[index % IMPRESSIONS.length];
      options = { method: 'POST', path: '/api/v1/impressions', headers: consentHeaders };
    } else if (route === 2) {
      options = { method: 'GET', path: '/healthz' };
    } else {
      options = { method: 'GET', path: statsPath(), headers: adminHeaders };
    }
    let settled = false;
    const settle = (status, error) => {
      if (settled) return;
      settled = true;
      inFlight--;
      if (status !== null) {
        (measured ? latencies : warmUpLatencies).add(performance.now() - scheduledAt, route);
        if (measured) measuredAnswers++;
        statuses[route].set(status, (statuses[route].get(status) ?? 0) + 1);
        if (status === 201 && consentId) acknowledged.add(consentId);
      } else if (error?.message === 'timeout') failures[route].timeouts++;
      else failures[route].errors++;
      if (!sending && inFlight === 0) settleAll();
    };
    inFlight++;
    const request = http.request({ host: '127.0.0.1', port, agent, ...options }, (response) => {
      response.resume();
      response.once('end', () => settle(response.statusCode, null));
      response.once('error', (error) => settle(null, error));
    });
    request.setTimeout(REQUEST_TIMEOUT_MS, () => request.destroy(new Error('timeout')));
    request.once('error', (error) => settle(null, error));
    request.end(body ?? undefined);
  };

  const memoryNow = async () => {
    collector.child.send({ type: 'memory' });
    return collector.next('memory');
  };
  const idle = await memoryNow();

  // Sample times count from the end of the warm-up; the one at 0 is only a baseline for the next.
  const samples = [];
  let lastSample = null;
  let warmedUp = null;
  const sample = async (at) => {
    const memory = await memoryNow();
    if (!lastSample) warmedUp = memory;
    else {
      const seconds = at - lastSample.at;
      samples.push({
        at,
        rate: (measuredAnswers - lastSample.answers) / seconds,
        p99: latencies.percentiles(null, lastSample.latencyIndex).p99,
        rss: memory.rss,
        heapUsed: memory.heapUsed,
        cpu: (memory.cpuMicros - lastSample.cpuMicros) / 1e6 / seconds,
        eventLoopUtilization: memory.eventLoopUtilization,
      });
    }
    lastSample = { at, answers: measuredAnswers, latencyIndex: latencies.length, cpuMicros: memory.cpuMicros };
  };
  let nextSampleAt = 0;
  const sampling = [];
  const samplingErrors = [];
  const sampleLater = (at) => sampling.push(sample(at).catch((error) => samplingErrors.push(`memory sample at ${at} s: ${error.message}`)));
  const benchCpu = process.cpuUsage();

  await new Promise((resolve) => {
    const pump = () => {
      const now = performance.now();
      while (sent < total && startedAt + sent * intervalMs <= now && !interrupted) {
        const scheduledAt = startedAt + sent * intervalMs;
        maxLagMs = Math.max(maxLagMs, now - scheduledAt);
        send(sent, scheduledAt);
        sent++;
      }
      if ((now - measuredFrom) / 1000 >= nextSampleAt) {
        sampleLater(nextSampleAt);
        nextSampleAt += SAMPLE_EVERY_S;
      }
      if (sent < total && !interrupted) setTimeout(pump, 1);
      else resolve();
    };
    pump();
  });
  const measuredSeconds = Math.max(0, Math.min(DURATION_S, (performance.now() - measuredFrom) / 1000));
  sending = false;
  if (inFlight === 0) settleAll();
  await allSettled;
  // The last request leaves one interval before the end; the sample due at the end is still taken.
  if (!interrupted && nextSampleAt <= DURATION_S + 1e-6) {
    const wait = measuredFrom + nextSampleAt * 1000 - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    sampleLater(nextSampleAt);
  }
  await Promise.all(sampling);
  const { user, system } = process.cpuUsage(benchCpu);
  process.off('SIGINT', onSigint);
  agent.destroy();
  return {
    latencies,
    warmUpLatencies,
    statuses,
    failures,
    acknowledged,
    sent,
    measuredSeconds,
    maxLagMs,
    interrupted,
    samples,
    samplingErrors,
    rssIdle: idle.rss,
    rssWarmedUp: warmedUp?.rss ?? NaN,
    benchCores: (user + system) / 1e6 / ((performance.now() - startedAt) / 1000),
  };
}

async function statsTotals(port) {
  const response = await fetch(`http://127.0.0.1:${port}${statsPath()}`, { headers: { authorization: `Bearer ${ADMIN_TOKEN}` } });
  if (response.status !== 200) throw new Error(`stats answered ${response.status}`);
  const body = await response.json();
  return { decisions: body.decisions, impressions: body.impressions };
}

/** Every consent id in the store, read straight from the database. */
async function storedIds(config) {
  const ids = new Set();
  if (config.kind === 'sqlite') {
    const db = new Database(config.file, { readonly: true });
    try {
      for (const row of db.prepare('select consent_id from consent_records').iterate()) ids.add(row.consent_id);
    } finally {
      db.close();
    }
    return ids;
  }
  const client = new pg.Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    const result = await client.query({ text: `select consent_id from ${config.schema}.consent_records`, rowMode: 'array' });
    for (const [id] of result.rows) ids.add(id);
  } finally {
    await client.end();
  }
  return ids;
}

const fmt = (value, digits = 0) =>
  Number.isFinite(value) ? value.toLocaleString('en', { minimumFractionDigits: digits, maximumFractionDigits: digits }) : '–';
const ms = (value) => `${fmt(value, value < 10 ? 1 : 0)} ms`;

async function main() {
  const scratch = await mkdtemp(join(tmpdir(), 'samtykke-soak-'));
  const schema = `samtykke_soak_${randomBytes(4).toString('hex')}`;
  const config =
    STORE === 'sqlite'
      ? { kind: 'sqlite', file: join(scratch, 'soak.db'), origin: ORIGIN, adminToken: ADMIN_TOKEN }
      : { kind: 'postgres', url: POSTGRES_URL, schema, origin: ORIGIN, adminToken: ADMIN_TOKEN };
  const loadBefore = loadavg()[0];
  const started = new Date();
  const collector = startCollector(config);
  let result;
  let totals = null;
  let stored = null;
  const problems = [];
  try {
    const { port } = await collector.ready;
    process.stderr.write(`soak: ${STORE}, ${fmt(RATE)} requests/s for ${fmt(WARMUP_S)} s of warm-up and ${fmt(DURATION_S)} s measured…\n`);
    result = await soak(collector, port);
    totals = await statsTotals(port).catch((error) => (problems.push(`stats after the run: ${error.message}`), null));
    collector.child.send({ type: 'close' });
    await collector.next('closed');
    stored = await storedIds(config);
  } catch (error) {
    problems.push(error.message);
  } finally {
    if (collector.child.exitCode === null) collector.child.kill('SIGKILL');
    await rm(scratch, { recursive: true, force: true });
    if (STORE === 'postgres') {
      const pool = new pg.Pool({ connectionString: POSTGRES_URL, max: 1 });
      await pool.query(`drop schema if exists ${schema} cascade`).catch((error) => problems.push(`dropping ${schema}: ${error.message}`));
      await pool.end();
    }
  }
  if (!result) {
    console.error(`soak: failed before any result: ${problems.join('; ')}`);
    process.exit(1);
  }

  const { latencies, statuses, failures, acknowledged, samples } = result;
  const overall = latencies.percentiles();
  const count = (route, predicate) => [...statuses[route]].reduce((sum, [status, n]) => sum + (predicate(status) ? n : 0), 0);
  const sum = (fn) => ROUTES.reduce((total, _, route) => total + fn(route), 0);
  const serverErrors = sum((route) => count(route, (status) => status >= 500));
  const expected = [201, 204, 200, 200];
  const unexpected = sum((route) => count(route, (status) => status < 500 && status !== expected[route]));
  const errors = sum((route) => failures[route].errors);
  const timeouts = sum((route) => failures[route].timeouts);
  const achievedRate = overall.count / result.measuredSeconds;
  const warmUp = result.warmUpLatencies.percentiles();
  const lost = stored ? [...acknowledged].filter((id) => !stored.has(id)).length : NaN;
  const impressions204 = count(1, (status) => status === 204);

  const contextRss = `RSS ${fmt(result.rssIdle / MB)} MB idle, ${fmt(result.rssWarmedUp / MB)} MB at the end of the warm-up`;
  const first = samples.filter((item) => item.at <= WINDOW_S + 1e-9);
  const last = samples.filter((item) => item.at > DURATION_S - WINDOW_S + 1e-9);
  const afterWarmUp = samples.filter((item) => item.at > WINDOW_S + 1e-9);
  const rssFirst = mean(first.map((item) => item.rss)) / MB;
  const rssLast = mean(last.map((item) => item.rss)) / MB;
  const heapFirst = mean(first.map((item) => item.heapUsed)) / MB;
  const heapLast = mean(last.map((item) => item.heapUsed)) / MB;
  // RSS moves in steps (the allocator hands pages back, then takes them again), so a line fitted from
  // the first minute on can tilt on one step; its trend is judged over the second half of the run,
  // and the JavaScript heap, where a leak of objects would show, over everything after the first minute.
  const secondHalf = samples.filter((item) => item.at > DURATION_S / 2);
  const rssSlope = slope((secondHalf.length >= 3 ? secondHalf : samples).map((item) => [item.at / 60, item.rss / MB]));
  const heapSlope = slope((afterWarmUp.length >= 3 ? afterWarmUp : samples).map((item) => [item.at / 60, item.heapUsed / MB]));
  const windowName = WINDOW_S === 60 ? 'minute' : `${fmt(WINDOW_S)} s`;
  const judgeMemory = DURATION_S >= MIN_JUDGED_MEMORY_S;
  const memoryVerdict = (ok) => (judgeMemory ? ok : null);
  const memoryTarget = (target) => (judgeMemory ? target : `${target} (not judged under ${MIN_JUDGED_MEMORY_S} s)`);
  const signed = (value, digits) => `${value >= 0 ? '+' : ''}${fmt(value, digits)}`;

  const criteria = [
    [
      'achieved rate (measured part)',
      `${fmt(achievedRate)} requests/s (${fmt(overall.count)} answered in ${fmt(result.measuredSeconds)} s)`,
      `≥ ${fmt(RATE * MIN_RATE_SHARE)}`,
      achievedRate >= RATE * MIN_RATE_SHARE && !result.interrupted,
    ],
    ['5xx answers (whole run)', fmt(serverErrors), '0', serverErrors === 0],
    ['connection errors / timeouts (whole run)', `${fmt(errors)} / ${fmt(timeouts)}`, '0 / 0', errors === 0 && timeouts === 0],
    ['other unexpected statuses (whole run)', fmt(unexpected), '0', unexpected === 0],
    ['latency p50 / p95 / p99 / max', `${ms(overall.p50)} / ${ms(overall.p95)} / ${ms(overall.p99)} / ${ms(overall.max)}`, `p99 ≤ ${fmt(MAX_P99_MS)} ms`, overall.p99 <= MAX_P99_MS],
    [
      `collector RSS, first ${windowName} → last ${windowName}`,
      `${fmt(rssFirst)} → ${fmt(rssLast)} MB (${signed(((rssLast - rssFirst) / rssFirst) * 100, 1)} %)`,
      memoryTarget(`≤ +${fmt(MAX_RSS_GROWTH * 100)} %`),
      memoryVerdict(rssLast <= rssFirst * (1 + MAX_RSS_GROWTH)),
    ],
    [
      'collector RSS slope over the second half',
      `${signed(rssSlope, 2)} MB/min`,
      memoryTarget(`≤ ${fmt(MAX_RSS_SLOPE_MB_PER_MIN)} MB/min`),
      memoryVerdict(rssSlope <= MAX_RSS_SLOPE_MB_PER_MIN),
    ],
    [
      `collector heap used, first → last ${windowName} (slope after the first ${windowName})`,
      `${fmt(heapFirst)} → ${fmt(heapLast)} MB (${signed(heapSlope, 2)} MB/min)`,
      memoryTarget(`≤ ${fmt(MAX_RSS_SLOPE_MB_PER_MIN)} MB/min`),
      memoryVerdict(heapSlope <= MAX_RSS_SLOPE_MB_PER_MIN),
    ],
    ['acknowledged records missing from the store (whole run)', `${fmt(lost)} of ${fmt(acknowledged.size)}`, '0', lost === 0],
    [
      'stats agree with the answers',
      totals ? `decisions ${fmt(totals.decisions)} vs ${fmt(acknowledged.size)} × 201; impressions ${fmt(totals.impressions)} vs ${fmt(impressions204)} × 204` : 'stats unavailable',
      'equal',
      totals !== null && totals.decisions === acknowledged.size && totals.impressions === impressions204,
    ],
  ];
  const failed = criteria.filter(([, , , ok]) => ok === false).map(([name]) => name);
  if (result.interrupted) problems.push('interrupted before the end');
  problems.push(...result.samplingErrors);

  const routePaths = ['POST /api/v1/consents', 'POST /api/v1/impressions', 'GET /healthz', 'GET /api/v1/stats'];
  const cpu = cpus();
  const lines = [
    '# Collector soak',
    '',
    `Run ${started.toISOString()} on ${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${fmt(totalmem() / 1024 ** 3, 1)} GiB RAM, Node ${process.version};`,
    `load average ${fmt(loadBefore, 2)} before and ${fmt(loadavg()[0], 2)} after (other work on the machine shares the cores).`,
    '',
    `Settings: \`node bench/collector/soak.js --duration ${DURATION_S} --rate ${RATE} --store ${STORE} --warmup ${WARMUP_S}\`. The collector (compiled, dist/server) runs in its own`,
    `process (bench/collector/collector-process.js) on ${STORE === 'sqlite' ? 'an SQLite file (WAL, synchronous=FULL)' : 'the local PostgreSQL, in a fresh schema dropped afterwards'}, with an allowed origin, the admin token and no rate limit.`,
    `The load is open loop from this process over loopback (node:http, keep-alive agent): request i leaves at start + i / ${fmt(RATE)} s`,
    'whatever the collector answers, and its latency counts from that moment, so a stall shows as latency rather than as fewer requests.',
    `Mix: 80 % POST /api/v1/consents (a fresh consent id each), 15 % POST /api/v1/impressions, 4 % GET /healthz, 1 % GET /api/v1/stats.`,
    `The first ${fmt(WARMUP_S)} s at the same rate are a warm-up: their answers count toward statuses, errors and the records looked up afterwards,`,
    `not toward rate, latency or memory (warm-up p50 / p99 / max: ${ms(warmUp.p50)} / ${ms(warmUp.p99)} / ${ms(warmUp.max)}; ${contextRss}).`,
    `Memory is judged only on measured parts of ${MIN_JUDGED_MEMORY_S} s or more.`,
    `Request timeout ${fmt(REQUEST_TIMEOUT_MS / 1000)} s. Collector memory sampled every ${fmt(SAMPLE_EVERY_S, 1)} s over IPC; the load generator used ${fmt(result.benchCores, 2)} cores`,
    `and was at most ${ms(result.maxLagMs)} late sending a request. Afterwards every consent id answered 201 is looked up in the database itself.`,
    '',
    '| criterion | result | target | |',
    '|---|---|---|---|',
    ...criteria.map(([name, value, target, ok]) => `| ${name} | ${value} | ${target} | ${ok === null ? '' : ok ? 'pass' : '**FAIL**'} |`),
    '',
    `Result: ${failed.length === 0 && problems.length === 0 ? 'pass' : `**FAIL** (${[...failed, ...problems].join('; ')})`}.`,
    '',
    '## Answers by route',
    '',
    'Statuses and errors over the whole run; latency over the measured part.',
    '',
    '| route | statuses | errors / timeouts | p50 | p95 | p99 | max |',
    '|---|---|---:|---:|---:|---:|---:|',
    ...ROUTES.map((_, route) => {
      const p = latencies.percentiles(route);
      const codes = [...statuses[route]].sort(([a], [b]) => a - b).map(([status, n]) => `${status}: ${fmt(n)}`).join(', ') || '–';
      return `| ${routePaths[route]} | ${codes} | ${failures[route].errors} / ${failures[route].timeouts} | ${ms(p.p50)} | ${ms(p.p95)} | ${ms(p.p99)} | ${ms(p.max)} |`;
    }),
    '',
    '## Samples',
    '',
    'Requests/s and p99 over the interval ending at each sample; CPU is the collector process, all threads (1 = one core).',
    '',
    '| t | requests/s | p99 | RSS | heap used | collector CPU | event loop busy |',
    '|---:|---:|---:|---:|---:|---:|---:|',
    ...samples.map(
      (item) =>
        `| ${fmt(item.at, SAMPLE_EVERY_S < 10 ? 1 : 0)} s | ${fmt(item.rate)} | ${ms(item.p99)} | ${fmt(item.rss / MB)} MB | ${fmt(item.heapUsed / MB)} MB | ${fmt(item.cpu, 2)} | ${fmt(item.eventLoopUtilization * 100)} % |`,
    ),
  ];
  const markdown = lines.join('\n') + '\n';
  process.stdout.write(markdown);
  // An interrupted run is printed but does not replace the last complete one.
  if (!result.interrupted) await writeFile(new URL('SOAK.md', HERE), markdown);
  process.exitCode = failed.length === 0 && problems.length === 0 ? 0 : 1;
}

await main();
