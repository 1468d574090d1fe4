// The three page loads behind one sample, each in a fresh browser context (fresh profile, cold cache).
//
//  A. firstVisit, throttled as the cell says: banner visible, then (once the network has been idle
//     for IDLE_MS) script time, heap, long tasks, CLS, the files fetched and any request for the
//     held-back tracker (a leak before consent); then a click on Accept all and the time until the
//     held-back script runs.
//  B. rejectDecision, unthrottled (it only has to be made; run.js makes it once per round and every
//     cell's returning visit starts from it): banner, Reject all, then REJECT_WATCH_MS watching for
//     the tracker (a leak after Reject all); the cookies and localStorage the tool wrote are kept.
//  C. returningVisit, throttled as the cell says, in a new context holding B's storage: the same
//     figures as A (minus the banner), and any tracker request (a leak: the decision was Reject all).
import { probeSource } from './probe.js';
import { TRACKER_PATH } from './server.js';

const IDLE_MS = 300;
const REJECT_WATCH_MS = 500;
const BANNER_TIMEOUT_MS = 20_000;
const HELD_BACK_TIMEOUT_MS = 10_000;
const CLICK_RETRY_MS = 1000;

/** Emulated mobile network: 150 ms RTT, 1.6 Mbit/s down, 750 kbit/s up (Lighthouse's mobile profile). */
export const MOBILE_NETWORK = { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 };

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Tracks the page's requests: how many are in flight, and which ones asked for the tracker. */
function watchRequests(page) {
  const watch = { inflight: 0, lastChange: Date.now(), tracker: [], trackerDone: 0, all: [] };
  const change = (delta) => {
    watch.inflight += delta;
    watch.lastChange = Date.now();
  };
  page.on('request', (request) => {
    change(1);
    watch.all.push(request.url());
    if (new URL(request.url()).pathname === TRACKER_PATH) watch.tracker.push(Date.now());
  });
  page.on('requestfinished', (request) => {
    change(-1);
    if (new URL(request.url()).pathname === TRACKER_PATH) watch.trackerDone++;
  });
  page.on('requestfailed', () => change(-1));
  return watch;
}

async function networkIdle(watch, quietMs = IDLE_MS, timeoutMs = 30_000) {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    if (watch.inflight <= 0 && Date.now() - watch.lastChange >= quietMs) return true;
    await sleep(50);
  }
  return false;
}

async function throttle(cdp, cell) {
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cell.cpu });
  await cdp.send('Network.enable');
  if (cell.network === 'mobile') await cdp.send('Network.emulateNetworkConditions', MOBILE_NETWORK);
}

/** ScriptDuration (ms) now, then JSHeapUsedSize (bytes) after a full garbage collection. */
async function metrics(cdp) {
  const before = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  await cdp.send('HeapProfiler.collectGarbage');
  const after = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  return { scriptMs: before.ScriptDuration * 1000, taskMs: before.TaskDuration * 1000, heap: after.JSHeapUsedSize };
}

/** The tool's files in a request log: everything but the page itself, the tracker and the policy. */
function toolFiles(log, server, pagePath) {
  const files = log.filter((entry) => entry.path !== pagePath && entry.path !== TRACKER_PATH && entry.path !== '/policy');
  const sizes = files.map((entry) => server.sizes(entry.path) ?? { raw: 0, gzip: 0, br: 0 });
  const sum = (key) => sizes.reduce((total, size) => total + size[key], 0);
  return { count: files.length, raw: sum('raw'), gzip: sum('gzip'), br: sum('br'), paths: files.map((entry) => entry.path), notFound: files.filter((e) => e.status !== 200).length };
}

/** Resolves when the probe reports `kind` ('rendered' or 'inView'); false after timeoutMs. */
function notices(context) {
  const seen = new Set();
  const waiting = [];
  const ready = context.exposeBinding('__benchNotify', (_source, kind) => {
    seen.add(kind);
    for (const w of waiting.filter((w) => w.kind === kind)) w.resolve(true);
  });
  return {
    ready,
    wait(kind, timeoutMs) {
      if (seen.has(kind)) return Promise.resolve(true);
      return new Promise((resolve) => {
        const timer = setTimeout(() => resolve(false), timeoutMs);
        waiting.push({ kind, resolve: (value) => (clearTimeout(timer), resolve(value)) });
      });
    },
  };
}

export async function open(browser, pageDef, cell, storageState) {
  const context = await browser.newContext(storageState ? { storageState } : {});
  const probe = notices(context);
  await probe.ready;
  await context.addInitScript(probeSource(pageDef.banner));
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(error.message));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  if (cell) await throttle(cdp, cell);
  const watch = watchRequests(page);
  return { context, page, cdp, watch, errors, probe };
}

/**
 * Clicks a first-layer button once the page's animations have finished (a banner sliding in moves
 * under the pointer). Playwright's actionability checks are skipped (force): they cost 100+ ms of
 * polling and the button is known to be there.
 */
async function clickButton(page, selector) {
  const button = page.locator(selector).first();
  const viewport = page.viewportSize();
  let previous = null;
  for (const start = Date.now(); Date.now() - start < 5000; await sleep(50)) {
    const box = await button.boundingBox();
    const settled = box && previous && box.x === previous.x && box.y === previous.y && box.y >= 0 && box.y + box.height <= viewport.height;
    if (settled) break;
    previous = box;
  }
  await button.click({ force: true, timeout: 10_000 });
}

function pageState(page) {
  return page.evaluate(() => ({ ...window.__bench, longTasks: window.__bench.longTasks.slice(), clicks: window.__bench.clicks.slice(), heldBackRan: window.__heldBackRan ?? null }));
}

function summariseLongTasks(longTasks) {
  return { count: longTasks.length, totalMs: longTasks.reduce((t, [, d]) => t + d, 0), blockingMs: longTasks.reduce((t, [, d]) => t + Math.max(0, d - 50), 0) };
}

/** A: first visit, then Accept all. */
export async function firstVisit(browser, server, pageDef, cell) {
  const path = `/p/${pageDef.id}.html`;
  const began = Date.now();
  const { context, page, cdp, watch, errors, probe } = await open(browser, pageDef, cell);
  try {
    server.clearLog();
    await page.goto(server.origin + path, { waitUntil: 'load', timeout: 60_000 });
    const bannerOk = await probe.wait('rendered', BANNER_TIMEOUT_MS);
    await networkIdle(watch);
    // Slide-in banners: give the in-view time a chance (the probe keeps looking).
    if (bannerOk) await probe.wait('inView', 3000);
    const m = await metrics(cdp);
    const state = await pageState(page);
    const files = toolFiles(server.takeLog(), server, path);
    const leaksBeforeConsent = watch.tracker.length;
    const result = {
      bannerMs: state.rendered,
      inViewMs: state.inView,
      scriptMs: m.scriptMs,
      heap: m.heap,
      cls: state.cls,
      longTasks: summariseLongTasks(state.longTasks),
      files,
      leaksBeforeConsent,
      acceptMs: null,
      errors,
    };
    if (pageDef.accept && bannerOk) {
      // Click Accept all; a tool that shows its banner before its buttons work may ignore the click,
      // so when no tracker request follows within CLICK_RETRY_MS, click again (counted, at most 3).
      // The latency is taken from the click that worked. Nothing runs in the page meanwhile: the
      // harness waits for the tracker request and its end from outside.
      const trackerBefore = watch.tracker.length;
      let clicks = 0;
      while (clicks < 3 && watch.tracker.length === trackerBefore) {
        await clickButton(page, pageDef.accept);
        clicks++;
        for (const start = Date.now(); watch.tracker.length === trackerBefore && Date.now() - start < CLICK_RETRY_MS; ) await sleep(10);
      }
      for (const start = Date.now(); watch.trackerDone === 0 && watch.tracker.length > trackerBefore && Date.now() - start < HELD_BACK_TIMEOUT_MS; ) await sleep(10);
      await sleep(50);
      let after = await pageState(page);
      for (let i = 0; after.heldBackRan === null && watch.tracker.length > trackerBefore && i < 40; i++) {
        await sleep(50);
        after = await pageState(page);
      }
      const click = after.heldBackRan === null ? undefined : after.clicks.filter((at) => at <= after.heldBackRan).at(-1);
      result.acceptMs = click === undefined ? null : after.heldBackRan - click;
      result.acceptClicks = clicks;
    }
    result.wallMs = Date.now() - began;
    return result;
  } finally {
    await context.close();
  }
}

/** B: make the Reject all decision (unthrottled), watch for leaks, keep the storage. */
export async function rejectDecision(browser, server, pageDef) {
  const path = `/p/${pageDef.id}.html`;
  const began = Date.now();
  const { context, page, watch, errors, probe } = await open(browser, pageDef, null);
  try {
    await page.goto(server.origin + path, { waitUntil: 'load', timeout: 60_000 });
    if (!(await probe.wait('rendered', BANNER_TIMEOUT_MS))) throw new Error('no banner');
    const before = watch.tracker.length;
    // As with Accept all: a click the tool ignores (the banner stays) is repeated, at most 3 times.
    let clicks = 0;
    const bannerShown = () => page.evaluate(() => window.__benchBannerShown());
    let shown = true;
    while (clicks < 3 && shown) {
      await clickButton(page, pageDef.reject);
      clicks++;
      const start = Date.now();
      // Banners may fade out: wait up to CLICK_RETRY_MS for it to go, and at least REJECT_WATCH_MS.
      while (((shown = await bannerShown()) && Date.now() - start < CLICK_RETRY_MS) || Date.now() - start < REJECT_WATCH_MS) await sleep(100);
    }
    await networkIdle(watch, 200, 5000);
    server.clearLog();
    return { storageState: await context.storageState(), leaksBeforeConsent: before, leaksAfterReject: watch.tracker.length - before, clicks, errors, wallMs: Date.now() - began };
  } finally {
    await context.close();
  }
}

/** C: returning visit with the stored Reject all. */
export async function returningVisit(browser, server, pageDef, cell, storageState) {
  const path = `/p/${pageDef.id}.html`;
  const began = Date.now();
  const { context, page, cdp, watch, errors } = await open(browser, pageDef, cell, storageState);
  try {
    server.clearLog();
    await page.goto(server.origin + path, { waitUntil: 'load', timeout: 60_000 });
    await networkIdle(watch);
    const m = await metrics(cdp);
    const state = await page.evaluate(() => {
      window.__bench.stop = true;
      return { ...window.__bench, longTasks: window.__bench.longTasks.slice() };
    });
    return {
      scriptMs: m.scriptMs,
      heap: m.heap,
      cls: state.cls,
      longTasks: summariseLongTasks(state.longTasks),
      files: toolFiles(server.takeLog(), server, path),
      bannerShown: state.rendered !== null,
      leaks: watch.tracker.length,
      errors,
      wallMs: Date.now() - began,
    };
  } finally {
    await context.close();
  }
}
