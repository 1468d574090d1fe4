#!/usr/bin/env node
// Side-by-side benchmark of Samtykke against peer consent tools (vanilla-cookieconsent 3, Klaro,
// tarteaucitron, Osano cookieconsent, Porsche's cookie-consent-banner) and a floor page (a static
// HTML banner, no script), plus Samtykke with its README's server-side preload hints, all served from
// this repository (dist/ and node_modules) on 127.0.0.1 and loaded in headless Debian Chromium. Not a
// test. See bench/RESULTS.md for the method and results.
//
//   node bench/peers/run.js             full run: 15 samples per page per cell (~15–20 min), writes bench/RESULTS.md
//   node bench/peers/run.js --quick     5 samples per page per cell, prints only (add --write to write)
//   options: --samples N  --cells 4x-local,4x-mobile  --pages samtykke,osano  --no-profile  --write / --no-write
//            --from /tmp/samtykke-bench-peers-….json   (re-render the report from a run's raw samples)
//
// Needs dist/ (`npx rollup -c`) and Chromium (/usr/bin/chromium or CHROMIUM_PATH).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem, type } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../test/chromium.mjs';
import { firstVisit, rejectDecision, returningVisit } from './measure.js';
import { isPeer, PAGES } from './pages.js';
import { whereTheTimeGoes } from './profile.js';
import { buildReport } from './report.js';
import { startServer } from './server.js';

const ROOT = new URL('../../', import.meta.url);
const argv = process.argv.slice(2);
const flag = (name) => argv.includes(`--${name}`);
const option = (name) => {
  const index = argv.indexOf(`--${name}`);
  return index >= 0 ? argv[index + 1] : undefined;
};
const quick = flag('quick');
const SAMPLES = Number(option('samples') ?? (quick ? 5 : 15));
const write = flag('write') || (!quick && !flag('no-write') && !option('samples') && !option('cells') && !option('pages'));
// --from FILE: no measuring, the report from the raw samples a run left in FILE (and findings.md).

export const CELLS = [
  { id: '1x-local', cpu: 1, network: 'local', label: 'CPU 1×, network unthrottled (localhost)' },
  { id: '4x-local', cpu: 4, network: 'local', label: 'CPU 4×, network unthrottled (localhost)' },
  { id: '1x-mobile', cpu: 1, network: 'mobile', label: 'CPU 1×, emulated mobile network (150 ms RTT, 1.6 Mbit/s down)' },
  { id: '4x-mobile', cpu: 4, network: 'mobile', label: 'CPU 4×, emulated mobile network (150 ms RTT, 1.6 Mbit/s down)' },
];
const cells = option('cells') ? CELLS.filter((c) => option('cells').split(',').includes(c.id)) : CELLS;
const pages = option('pages') ? PAGES.filter((p) => option('pages').split(',').includes(p.id)) : PAGES;

for (const file of ['dist/samtykke.js', 'dist/samtykke-ui.js']) {
  if (!existsSync(new URL(file, ROOT))) {
    console.error(`bench/peers: ${file} is missing. Run \`npx rollup -c\` (or \`npm run build\`) first.`);
    process.exit(1);
  }
}

const pkg = (name) => JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, ROOT), 'utf8')).version;
const samtykkeVersion = JSON.parse(readFileSync(new URL('package.json', ROOT), 'utf8')).version;
let commit = 'unknown';
try {
  commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
} catch {}
// dist/ is built from the working tree, which others may be changing: name the exact files measured.
const distFile = (file) => {
  const body = readFileSync(new URL(`dist/${file}`, ROOT));
  return `${file} ${createHash('sha256').update(body).digest('hex').slice(0, 10)} built ${statSync(new URL(`dist/${file}`, ROOT)).mtime.toISOString().slice(0, 16)}Z`;
};
const isSamtykke = (p) => p.id === 'samtykke' || p.variantOf === 'samtykke';
for (const p of PAGES) p.version = isSamtykke(p) ? `${samtykkeVersion} (HEAD ${commit}; dist/${distFile('samtykke.js')}, ${distFile('samtykke-ui.js')})` : p.packageName ? pkg(p.packageName) : '-';

const log = (message) => process.stderr.write(`${message}\n`);

async function measureAll() {
  const started = Date.now();
  const loadBefore = loadavg()[0].toFixed(2);
  // The page definitions themselves: the server picks `html` or `htmlWithDecision` per request.
  const server = await startServer(new Map(PAGES.map((p) => [`/p/${p.id}.html`, p])));
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    // navigator.webdriver would be true under automation, and vanilla-cookieconsent hides itself from
    // bots by default (hideFromBots): turned off for every page alike, so no tool's config is changed.
    args: [...chromiumArgs, '--disable-blink-features=AutomationControlled'],
  });
  const chromiumVersion = `Chromium ${browser.version()}`;
  log(`bench/peers: ${pages.length} pages × ${cells.length} cells × ${SAMPLES} samples, ${chromiumVersion}, ${server.origin}`);

  // One unmeasured load of each page first: Chromium's own first-use costs land on no page.
  for (const pageDef of pages) await firstVisit(browser, server, pageDef, { cpu: 1, network: 'local' }).catch(() => undefined);

  // Each round: every page's Reject all decision (unthrottled, so the same for every cell), then for
  // each cell every page's first and returning visit. Pages go round-robin, the first page and the
  // first cell rotating from round to round, so no page or cell always runs first or after the same
  // neighbour, and slow drifts of the shared machine spread over all of them.
  const results = new Map(); // `${cell}/${page}` → samples
  const loadDuring = [];
  const samplesIn = (cellId, pageId) => results.get(`${cellId}/${pageId}`) ?? [];
  const rotate = (list, by) => list.map((_, i) => list[(i + by) % list.length]);
  for (let round = 0; round < SAMPLES; round++) {
    const decisions = new Map();
    for (const pageDef of rotate(pages, round)) {
      if (!pageDef.reject) continue;
      try {
        decisions.set(pageDef.id, await rejectDecision(browser, server, pageDef));
      } catch (error) {
        decisions.set(pageDef.id, { failed: true, error: String(error.message ?? error).split('\n')[0] });
      }
    }
    for (const cell of rotate(cells, round)) {
      for (const pageDef of rotate(pages, round)) {
        let result;
        const decision = decisions.get(pageDef.id) ?? null;
        try {
          if (decision?.failed) throw new Error(`Reject all: ${decision.error}`);
          const first = await firstVisit(browser, server, pageDef, cell);
          // The floor stores nothing: its returning visit is its first visit.
          const returning = pageDef.reject
            ? await returningVisit(browser, server, pageDef, cell, decision?.storageState)
            : { scriptMs: first.scriptMs, heap: first.heap, cls: first.cls, longTasks: first.longTasks, files: first.files, bannerShown: true, leaks: 0, errors: [] };
          result = { first, reject: decision && { leaksBeforeConsent: decision.leaksBeforeConsent, leaksAfterReject: decision.leaksAfterReject, errors: decision.errors, clicks: decision.clicks, wallMs: decision.wallMs }, returning };
        } catch (error) {
          result = { failed: true, error: String(error.message ?? error).split('\n')[0] };
        }
        const key = `${cell.id}/${pageDef.id}`;
        if (!results.has(key)) results.set(key, []);
        results.get(key).push(result);
      }
    }
    loadDuring.push(loadavg()[0]);
    log(`  round ${round + 1}/${SAMPLES} done (${((Date.now() - started) / 1000).toFixed(0)} s, load average ${loadavg()[0].toFixed(2)})`);
  }

  let profileSection = '';
  if (!flag('no-profile') && pages.some((p) => p.id === 'samtykke')) {
    log('  profiling the banner path …');
    profileSection = await whereTheTimeGoes({ browser, server, pages, samplesIn, cells, quick });
  }

  await browser.close();
  await server.close();

  const htmlBr = Object.fromEntries(PAGES.map((p) => [p.id, brotliCompressSync(Buffer.from(p.html), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length]));
  const meta = {
    date: new Date(started).toISOString(),
    argv: argv.join(' '),
    samples: SAMPLES,
    minutes: ((Date.now() - started) / 60000).toFixed(1),
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memGiB: (totalmem() / 2 ** 30).toFixed(1),
    os: `${type()} ${release()}`,
    node: process.version,
    chromium: chromiumVersion,
    loadBefore,
    loadAfter: loadavg()[0].toFixed(2),
    loadDuring: `${Math.min(...loadDuring).toFixed(2)}–${Math.max(...loadDuring).toFixed(2)}`,
    // A variant runs the same files as its page: named once.
    versions: [...PAGES.filter((p) => p.id === 'samtykke' || isPeer(p)).map((p) => `${p.name} ${p.version}`), `playwright-core ${pkg('playwright-core')}`].join(', '),
    htmlBr,
    method: [
      '- **Pages**: one article page, the same for every tool, with the four categories (technical, statistical, marketing, personalised), one held-back analytics script (`/tracker/analytics.js`, statistical; it sets `window.__heldBackRan = performance.now()`) and Samtykke\'s English banner texts as far as each tool takes them. Each tool is set up as its README or docs show for a minimal banner (bench/peers/pages.js says which page of the docs); configs are inline in the HTML. The floor is a static HTML banner with the same texts and no script.',
      '- **Serving**: a Node server on 127.0.0.1 serves each file from memory, brotli when the browser accepts it (as here), precompressed at quality 11, else gzip level 9. Byte figures are the server\'s own sizes of the bodies it served, per page view. For *Samtykke + preload hints* it answers as a server that renders per request: the HTML with the two hints when the request carries no `samtykke` cookie, without them when it does.',
      '- **Browser**: Debian Chromium, headless, the flags of test/chromium.mjs plus `--disable-blink-features=AutomationControlled` (so `navigator.webdriver` is false: vanilla-cookieconsent does not run for bots by default). 1280×720 viewport. A new browser context (fresh profile, cold cache) for every page load. CPU throttling by CDP `Emulation.setCPUThrottlingRate`; the mobile network by CDP `Network.emulateNetworkConditions` (150 ms latency per request, 1.6 Mbit/s down, 750 kbit/s up), for every request including the document.',
      '- **Banner visible**: an init script (bench/peers/probe.js), the same for every page, checks on every animation frame whether the banner box is rendered: connected, non-zero size, visibility visible, display not none and opacity above 0 on it and every ancestor; the time is `performance.now()` in that frame, i.e. ms since navigation start. *In view* also needs the box to overlap the viewport (Porsche\'s banner slides in from below the fold for 1 s).',
      '- **Script time**: CDP `Performance.getMetrics` ScriptDuration once the page is loaded, the banner is visible and the network has been idle for 300 ms (the tool\'s lazy follow-up requests included). It counts all script on the main thread, the probe\'s per-frame check included (the floor shows that baseline). **JS heap**: JSHeapUsedSize after `HeapProfiler.collectGarbage` at the same point. **Long tasks** and **CLS** (layout-shift entries without recent input): PerformanceObservers with `buffered: true`, up to the same point.',
      '- **Accept all → held-back script**: after those figures, Playwright clicks the first layer\'s Accept all; the time from the trusted click event\'s timeStamp (captured on window before any handler) to `window.__heldBackRan`. The page runs nothing else meanwhile (the harness waits for the tracker request from outside the page). On the mobile network this includes the script\'s own 150 ms round trip.',
      '- **Returning visit**: once per round, a separate context makes the Reject all decision on the first layer (unthrottled, so the decision is the same for every cell), watching 0.5 s and until the network is idle for the tracker; for each cell a new context starts with the cookies and localStorage that the tool itself wrote (Playwright storageState) and loads the page throttled as the cell says. Its figures are taken the same way, after load and 300 ms of network idle.',
      '- **Leaks**: every browser request for `/tracker/analytics.js` before the Accept all click, after the Reject all click, and on the returning visit (the decision was Reject all).',
    ].join('\n'),
  };
  return { meta, results: Object.fromEntries(results), profileSection, cells: cells.map((c) => c.id), pages: pages.map((p) => p.id) };
}

// The reading of the figures is written by hand (bench/peers/findings.md) and goes after them.
const findingsPath = new URL('bench/peers/findings.md', ROOT);
const findings = existsSync(findingsPath) ? readFileSync(findingsPath, 'utf8') : '';
const from = option('from');
const run = from ? JSON.parse(readFileSync(from, 'utf8')) : await measureAll();
const results = new Map(Object.entries(run.results));
const samplesIn = (cellId, pageId) => results.get(`${cellId}/${pageId}`) ?? [];
const report = buildReport({
  meta: run.meta,
  pages: PAGES.filter((p) => run.pages.includes(p.id)),
  cells: CELLS.filter((c) => run.cells.includes(c.id)),
  samplesIn,
  profileSection: [run.profileSection, findings].filter(Boolean).join('\n'),
});
console.log(report);
if (write) {
  writeFileSync(new URL('bench/RESULTS.md', ROOT), `${report}\n`);
  log('bench/peers: wrote bench/RESULTS.md');
}
if (!from) {
  const rawPath = join(tmpdir(), `samtykke-bench-peers-${Date.parse(run.meta.date)}.json`);
  writeFileSync(rawPath, JSON.stringify(run));
  log(`bench/peers: raw samples in ${rawPath} (re-render with --from ${rawPath})`);
}
