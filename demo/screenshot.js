#!/usr/bin/env node
// The README's picture of the demo: docs/screenshots/demo.png, the Danish front page on a first visit
// with the banner (variant a, the box) and the demo panel, 1280×800, headless Debian Chromium.
//
// Usage: npm run build && node demo/screenshot.js [language=da] [file=docs/screenshots/demo.png]
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/chromium.mjs';
import { startDemoServer } from './server.js';

const language = process.argv[2] ?? 'da';
const out = resolve(fileURLToPath(new URL('..', import.meta.url)), process.argv[3] ?? 'docs/screenshots/demo.png');

const site = await startDemoServer({ port: 0 });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
try {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 });
  // Nothing may leave the machine, even by mistake.
  await context.route((url) => url.hostname !== '127.0.0.1', (route) => route.abort());
  const page = await context.newPage();
  // The first variant (a: the box): the page view's variant is picked with Math.random.
  await page.addInitScript(() => (Math.random = () => 0.1));
  await page.emulateMedia({ reducedMotion: 'reduce', colorScheme: 'light' });
  await page.goto(`${site.origin}/${language}/`);
  await page.locator('samtykke-banner [part~="accept-all"]').waitFor();
  await page.waitForTimeout(500);
  mkdirSync(dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
  await site.close();
}
