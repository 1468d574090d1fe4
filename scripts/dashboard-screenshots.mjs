#!/usr/bin/env node
// Screenshots of the dashboard with seeded data, for the README: docs/screenshots/dashboard-1280.png
// (desktop) and dashboard-375.png (phone), full page, headless Debian Chromium, the collector running
// in this process on a temp SQLite file seeded with server/seed.ts (90 days, variants a and b).
//
// Usage: npm run build && node scripts/dashboard-screenshots.mjs [lang=en]
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { buildApp } from '../dist/server/app.js';
import { seed } from '../dist/server/seed.js';
import { openSqliteStore } from '../dist/server/store/sqlite.js';
import { chromiumArgs, chromiumPath } from '../test/chromium.mjs';

const LANG = process.argv[2] ?? 'en';
const TOKEN = 'screenshot-token';
const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const suffix = LANG === 'en' ? '' : `-${LANG}`;

const dir = mkdtempSync(join(tmpdir(), 'samtykke-screenshots-'));
const store = await openSqliteStore(join(dir, 'collector.db'));
await seed(store, { days: 90, impressions: 200_000, variants: ['a', 'b'], seed: 1 });
const app = await buildApp({ store, adminToken: TOKEN, dashboardDir: fileURLToPath(new URL('../dist/dashboard/', import.meta.url)), rateLimit: false });
await app.listen({ host: '127.0.0.1', port: 0 });
const origin = `http://127.0.0.1:${app.server.address().port}`;
const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
mkdirSync(OUT, { recursive: true });

try {
  for (const width of [1280, 375]) {
    const context = await browser.newContext({ viewport: { width, height: 900 }, deviceScaleFactor: 1, locale: LANG });
    const page = await context.newPage();
    await page.goto(`${origin}/dashboard/?lang=${LANG}&days=90`);
    await page.locator('samtykke-dashboard-sign-in #token').fill(TOKEN);
    await page.locator('samtykke-dashboard-sign-in button[type="submit"]').click();
    await page.locator('samtykke-dashboard[state="ready"]').waitFor();
    // Blur the heading that sign-in focused, so no focus ring shows in the picture.
    await page.evaluate(() => document.activeElement instanceof HTMLElement && document.activeElement.blur());
    const file = join(OUT, `dashboard-${width}${suffix}.png`);
    await page.screenshot({ path: file, fullPage: true });
    console.log(`wrote ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
}
