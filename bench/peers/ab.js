#!/usr/bin/env node
// A/B of Samtykke builds on the bench page: first-visit banner time, script time and Accept all →
// held-back script, for several dist/ directories side by side (and optionally peers), pages
// interleaved, CPU 4× on localhost and on the emulated mobile network. For checking a change to
// src/ before and after, e.g. against a build of the previous commit:
//
//   node bench/peers/ab.js --build before=/tmp/dist-before --build after=dist [--peer osano] [--samples 10]
//                          [--html-preload after]   (also: that build with modulepreload links in the HTML)
//
// Each --build is a directory laid out like dist/ (samtykke.js, samtykke-ui.js, locales/, chunks/).
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { brotliCompressSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../test/chromium.mjs';
import { firstVisit } from './measure.js';
import { PAGES } from './pages.js';
import { startServer } from './server.js';
import { fmtRange, table } from './stats.js';

const argv = process.argv.slice(2);
const values = (name) => argv.flatMap((arg, i) => (arg === `--${name}` ? [argv[i + 1]] : []));
const SAMPLES = Number(values('samples')[0] ?? 10);
const builds = values('build').map((spec) => {
  const [name, dir] = spec.split('=');
  return { name, dir: resolve(dir) };
});
if (builds.length === 0) {
  console.error('usage: node bench/peers/ab.js --build name=dir [--build name=dir …] [--peer id] [--samples N]');
  process.exit(1);
}
const samtykke = PAGES.find((p) => p.id === 'samtykke');
// The builds are swapped in by rewriting the loader's tag: if pages.js stops writing it this way, a
// silent no-op replace would measure dist/ under every build's name.
const LOADER_TAG = '<script src="/samtykke/samtykke.js"';
if (!samtykke?.html.includes(LOADER_TAG)) {
  console.error(`bench/peers/ab.js: the samtykke page in pages.js no longer has ${LOADER_TAG}; update the rewrites below.`);
  process.exit(1);
}
const pages = [
  ...builds.map((build, i) => ({
    ...samtykke,
    id: `build-${i}`,
    name: `Samtykke: ${build.name}`,
    html: samtykke.html.replace(LOADER_TAG, `<script src="/build-${i}/samtykke.js"`),
  })),
  // --html-preload NAME: the same build again, with <link rel="modulepreload"> for the UI and the
  // locale in the HTML, as a server could add for requests that carry no decision cookie.
  ...builds.flatMap((build, i) =>
    values('html-preload').includes(build.name)
      ? [{
          ...samtykke,
          id: `build-${i}-preload`,
          name: `Samtykke: ${build.name} + preload in HTML`,
          html: samtykke.html.replace(LOADER_TAG, `<link rel="modulepreload" href="/build-${i}/samtykke-ui.js"><link rel="modulepreload" href="/build-${i}/locales/en.js">\n<script src="/build-${i}/samtykke.js"`),
        }]
      : [],
  ),
  ...PAGES.filter((p) => values('peer').includes(p.id)),
];
const server = await startServer(new Map(pages.map((p) => [`/p/${p.id}.html`, p.html])), builds.map((build, i) => [`/build-${i}/`, build.dir]));
const browser = await chromium.launch({ executablePath: chromiumPath(), args: [...chromiumArgs, '--disable-blink-features=AutomationControlled'] });
const cells = [
  { id: '4x-local', cpu: 4, network: 'local', label: 'CPU 4×, localhost' },
  { id: '4x-mobile', cpu: 4, network: 'mobile', label: 'CPU 4×, mobile network' },
];
for (const pageDef of pages) await firstVisit(browser, server, pageDef, { cpu: 1, network: 'local' }).catch(() => undefined);
const results = new Map();
for (let round = 0; round < SAMPLES; round++) {
  for (const cell of cells) {
    for (const pageDef of pages.map((_, i) => pages[(i + round) % pages.length])) {
      const key = `${cell.id}/${pageDef.id}`;
      if (!results.has(key)) results.set(key, []);
      results.get(key).push(await firstVisit(browser, server, pageDef, cell).catch((error) => ({ failed: String(error.message) })));
    }
  }
  process.stderr.write(`  round ${round + 1}/${SAMPLES}\n`);
}
await browser.close();
await server.close();

const uiBr = (dir) => {
  try {
    return `${(brotliCompressSync(readFileSync(`${dir}/samtykke-ui.js`)).length / 1000).toFixed(1)} KB br UI, ${readdirSync(dir).length} entries`;
  } catch {
    return '';
  }
};
console.log(`A/B, ${SAMPLES} samples per page per cell, ${new Date().toISOString()}. Builds: ${builds.map((b) => `${b.name} = ${b.dir} (${uiBr(b.dir)})`).join('; ')}.\n`);
for (const cell of cells) {
  const rows = pages.map((p) => {
    const s = (results.get(`${cell.id}/${p.id}`) ?? []).filter((x) => !x.failed);
    return [p.name, fmtRange(s.map((x) => x.bannerMs)), fmtRange(s.map((x) => x.scriptMs)), fmtRange(s.map((x) => x.acceptMs)), (s[0]?.files.br / 1000).toFixed(1)];
  });
  console.log(`### ${cell.label}\n`);
  console.log(table(['page', 'banner visible ms', 'script ms', 'Accept all → held-back ms', 'first-visit KB br'], rows));
  console.log('');
}
