#!/usr/bin/env node
// Main-thread time of the loader on a page with 20 blocked elements, in headless Debian Chromium.
// Each sample is a fresh context with a CPU profile (20 µs sampling); the loader's time is every
// sample whose nearest JavaScript frame is samtykke.js (its own code and the DOM calls it makes). Prints a Markdown table;
// not a test. Usage: node bench/loader.js [samples]
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/chromium.mjs';

const SAMPLES = Number(process.argv[2] ?? 25);
const loader = readFileSync(new URL('../dist/samtykke.js', import.meta.url));

// 20 blocked elements of the kinds a real page has: inline and external scripts, iframes, pixels.
const blocked = Array.from({ length: 20 }, (_, index) => {
  const category = ['statistical', 'marketing', 'personalised'][index % 3];
  if (index % 5 === 0) return `<iframe data-samtykke="${category}" data-src="/embed/${index}" title="Embed ${index}"></iframe>`;
  if (index % 5 === 1) return `<img data-samtykke="${category}" data-src="/pixel/${index}" alt="">`;
  if (index % 5 === 2) return `<script type="text/plain" data-samtykke="${category}" data-src="/tag/${index}.js"></script>`;
  return `<script type="text/plain" data-samtykke="${category}">window.__n = (window.__n || 0) + 1;</script>`;
}).join('\n');

const page = `<!doctype html><html lang="en"><head>
<script src="/samtykke.js" data-controller="Bench ApS" data-policy-url="/policy"></script>
</head><body><h1>Bench</h1>${blocked}</body></html>`;

const server = createServer((request, response) => {
  if (request.url === '/') response.writeHead(200, { 'content-type': 'text/html' }).end(page);
  else if (request.url === '/samtykke.js') response.writeHead(200, { 'content-type': 'text/javascript' }).end(loader);
  else response.writeHead(204).end();
});
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });

/** A valid stored decision granting everything, serialised as the SDK does (the heaviest returning path). */
function storedDecision() {
  const now = Date.now();
  const body = JSON.stringify({ v: 1, id: '3f0c1b2a-4d5e-4f60-8a7b-9c0d1e2f3a4b', ts: new Date(now).toISOString(), exp: new Date(now + 180 * 864e5).toISOString(), rev: 0, act: 'accept_all', cats: { statistical: true, marketing: true, personalised: true } });
  let hash = 0x811c9dc5;
  for (let index = 0; index < body.length; index++) {
    hash ^= body.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return `${body.slice(0, -1)},"sum":"${(hash >>> 0).toString(36)}"}`;
}

/**
 * Milliseconds of profile samples spent in samtykke.js: samples whose nearest JavaScript frame is the
 * loader's, including the DOM calls it makes, but not the page's own scripts it runs once unblocked
 * (their frames sit nearer the leaf), nor compiling.
 */
function loaderTime(profile) {
  const nodes = new Map(profile.nodes.map((node) => [node.id, node]));
  const parents = new Map();
  for (const node of profile.nodes) for (const child of node.children ?? []) parents.set(child, node.id);
  const owner = new Map();
  const isLoaders = (id) => {
    if (!owner.has(id)) {
      let url = '';
      for (let current = id; current !== undefined && !url; current = parents.get(current)) url = nodes.get(current).callFrame.url;
      owner.set(id, url.endsWith('/samtykke.js'));
    }
    return owner.get(id);
  };
  let total = 0;
  profile.samples.forEach((id, index) => {
    if (isLoaders(id)) total += (profile.timeDeltas[index] ?? 0) / 1000;
  });
  return total;
}

async function sample(returning) {
  const context = await browser.newContext();
  if (returning) await context.addCookies([{ name: 'samtykke', value: encodeURIComponent(storedDecision()), url: origin }]);
  const tab = await context.newPage();
  await tab.route('**/samtykke-ui.js', (route) => route.abort()); // the lazy tier is measured elsewhere
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 20 });
  await cdp.send('Profiler.start');
  await tab.goto(origin, { waitUntil: 'load' });
  const { profile } = await cdp.send('Profiler.stop');
  const marks = await tab.evaluate(() => performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd - performance.getEntriesByType('navigation')[0].domContentLoadedEventStart);
  await context.close();
  return { loader: loaderTime(profile), domContentLoadedHandlers: marks };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const format = (values) => `${median(values).toFixed(2)} ms (${Math.min(...values).toFixed(2)}–${Math.max(...values).toFixed(2)})`;

const rows = [];
for (const [label, returning] of [['first visit (nothing granted)', false], ['returning, all granted (20 unblocked)', true]]) {
  const results = [];
  for (let index = 0; index < SAMPLES; index++) results.push(await sample(returning));
  rows.push(`| ${label} | ${format(results.map((result) => result.loader))} | ${format(results.map((result) => result.domContentLoadedHandlers))} |`);
}
await browser.close();
server.close();

console.log(`\nLoader main-thread time, page with 20 blocked elements, ${SAMPLES} samples, median (min–max), CPU unthrottled, ${process.platform} ${process.arch}\n`);
console.log('| visit | script time in samtykke.js (CPU profile) | all DOMContentLoaded handlers |');
console.log('|---|---|---|');
for (const row of rows) console.log(row);
