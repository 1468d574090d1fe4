#!/usr/bin/env node
// First render of the dashboard on 90 days of seeded data, in headless Debian Chromium: the time from
// navigation (with the admin token already in sessionStorage, as on a reload) until the key figures,
// both charts and every table are rendered (the dashboard's `samtykke-dashboard:ready` mark). Fresh
// browser context per run (cold HTTP cache), the collector in this process on a temp SQLite file
// seeded with server/seed.ts. Also prints the bundle's size. Prints Markdown tables; not a test.
//
// Usage: npm run build && node bench/dashboard.js [runs=15] [impressions=200000]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { buildApp } from '../dist/server/app.js';
import { seed } from '../dist/server/seed.js';
import { openSqliteStore } from '../dist/server/store/sqlite.js';
import { chromiumArgs, chromiumPath } from '../test/chromium.mjs';

const RUNS = Number(process.argv[2] ?? 15);
const IMPRESSIONS = Number(process.argv[3] ?? 200_000);
const TOKEN = 'bench-dashboard-token';
const DIST = new URL('../dist/dashboard/', import.meta.url);

// --- Bundle size -------------------------------------------------------------------------------
function sizes(file) {
  const body = readFileSync(new URL(file, DIST));
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}
const kB = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const files = ['index.html', 'page.js', 'samtykke-dashboard.js', 'locales/en.js', 'locales/da.js', 'locales/nb.js', 'locales/sv.js'];
const bundle = Object.fromEntries(files.map((file) => [file, sizes(file)]));
const firstLoad = ['index.html', 'page.js', 'samtykke-dashboard.js', 'locales/en.js'].reduce(
  (sum, file) => ({ raw: sum.raw + bundle[file].raw, gzip: sum.gzip + bundle[file].gzip, brotli: sum.brotli + bundle[file].brotli }),
  { raw: 0, gzip: 0, brotli: 0 },
);

// --- Collector with 90 days of seeded data --------------------------------------------------------
const dir = mkdtempSync(join(tmpdir(), 'samtykke-bench-dashboard-'));
const store = await openSqliteStore(join(dir, 'collector.db'));
const seedStart = performance.now();
const seeded = await seed(store, { days: 90, impressions: IMPRESSIONS, variants: ['a', 'b'], seed: 1 });
const seedMs = performance.now() - seedStart;
const app = await buildApp({ store, adminToken: TOKEN, dashboardDir: new URL(DIST).pathname, rateLimit: false });
await app.listen({ host: '127.0.0.1', port: 0 });
const origin = `http://127.0.0.1:${app.server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

/** One cold first render; times in ms from navigation start. */
async function sample(days) {
  const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  await context.addInitScript(([key, token]) => sessionStorage.setItem(key, token), [`samtykke-dashboard:token:${origin}`, TOKEN]);
  const page = await context.newPage();
  await page.goto(`${origin}/dashboard/?days=${days}`);
  await page.locator('samtykke-dashboard[state="ready"]').waitFor({ timeout: 30_000 });
  const times = await page.evaluate(() => {
    const resources = performance.getEntriesByType('resource');
    const end = (test) => Math.max(0, ...resources.filter((entry) => test(entry.name)).map((entry) => entry.responseEnd));
    return {
      ready: performance.getEntriesByName('samtykke-dashboard:ready')[0].startTime,
      script: end((name) => name.endsWith('/samtykke-dashboard.js')),
      data: end((name) => name.includes('/api/v1/stats')),
    };
  });
  await context.close();
  return times;
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};
const cell = (values) => `${median(values).toFixed(0)} ms (${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)})`;

const rows = [];
try {
  await sample(90); // warm-up: Chromium's own start-up, the collector's first queries
  for (const days of [90, 30]) {
    const results = [];
    for (let run = 0; run < RUNS; run++) results.push(await sample(days));
    rows.push({ days, results });
  }
} finally {
  await browser.close();
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}

console.log(`\nDashboard first render, ${RUNS} cold runs each, median (min–max), headless Chromium, ${process.platform} ${process.arch}`);
console.log(`Data: ${seeded.impressions.toLocaleString('en')} impressions and ${seeded.records.toLocaleString('en')} records over 90 days (seeded in ${(seedMs / 1000).toFixed(1)} s). Target: ready < 1000 ms.\n`);
console.log('| period shown | module loaded | 5 stats answers in | figures + charts rendered (ready) | < 1 s |');
console.log('|---|---|---|---|---|');
for (const { days, results } of rows) {
  const ready = median(results.map((result) => result.ready));
  console.log(`| last ${days} days | ${cell(results.map((result) => result.script))} | ${cell(results.map((result) => result.data))} | ${cell(results.map((result) => result.ready))} | ${ready < 1000 ? 'yes' : 'no'} |`);
}
console.log('\nBundle (dist/dashboard), minified; gzip -9 and brotli -q 11\n');
console.log('| file | raw | gzip | brotli |');
console.log('|---|---|---|---|');
for (const file of files) console.log(`| ${file} | ${kB(bundle[file].raw)} | ${kB(bundle[file].gzip)} | ${kB(bundle[file].brotli)} |`);
console.log(`| **first load** (html + page.js + samtykke-dashboard.js + one locale) | ${kB(firstLoad.raw)} | ${kB(firstLoad.gzip)} | ${kB(firstLoad.brotli)} |`);
