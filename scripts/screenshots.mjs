#!/usr/bin/env node
// Screenshots of the consent UI for review by eye (requirements §9: equal button weight, the same
// layout on every width) and for the docs: the banner and the preferences in da, nb, sv and en, light
// and dark, at 320 and 1280 px, through the real script tag (dist/samtykke.js; run `npm run build`
// first). Serves the repository on 127.0.0.1 only; nothing leaves the machine.
//
//   node scripts/screenshots.mjs            → docs/screenshots/<surface>-<lang>-<theme>-<width>.png
import { createServer } from 'node:http';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../test/chromium.mjs';

const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const outDir = join(root, 'docs', 'screenshots');
const LANGUAGES = ['da', 'nb', 'sv', 'en'];
const THEMES = ['light', 'dark'];
const VIEWPORTS = [
  { width: 320, height: 640 },
  { width: 1280, height: 800 },
];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.json': 'application/json', '.css': 'text/css' };

/** A static file server for the repository root; anything outside it, or missing, is a 404. */
function serve() {
  const server = createServer(async (request, response) => {
    const path = normalize(join(root, decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)));
    try {
      if (!path.startsWith(root + '/') || !(await stat(path)).isFile()) throw new Error('not a file');
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
      response.end(await readFile(path));
    } catch {
      // The policy link and the page's own links lead nowhere here; that is fine for pictures.
      response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    }
  });
  return new Promise((resolvePort) => server.listen(0, '127.0.0.1', () => resolvePort(server)));
}

async function main() {
  await stat(join(root, 'dist', 'samtykke.js')).catch(() => {
    throw new Error('dist/samtykke.js is missing: run `npm run build` first');
  });
  await mkdir(outDir, { recursive: true });
  const server = await serve();
  const { port } = server.address();
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
  let count = 0;
  try {
    for (const language of LANGUAGES) {
      for (const theme of THEMES) {
        for (const viewport of VIEWPORTS) {
          // A fresh context each time: no stored decision, so the banner shows.
          const context = await browser.newContext({ viewport, reducedMotion: 'reduce', colorScheme: theme, locale: language });
          const page = await context.newPage();
          page.on('pageerror', (error) => console.error(`page error (${language} ${theme} ${viewport.width}):`, error.message));
          await page.goto(`http://127.0.0.1:${port}/test/fixtures/ui-screenshot.html?lang=${language}&theme=${theme}`);
          // Playwright's CSS locators pierce open shadow roots.
          const settings = page.locator('samtykke-banner [part~="preferences"]');
          await settings.waitFor({ state: 'visible' });
          const name = (surface) => join(outDir, `${surface}-${language}-${theme}-${viewport.width}.png`);
          await page.screenshot({ path: name('banner') });
          await settings.click();
          await page.locator('samtykke-preferences dialog[open]').waitFor({ state: 'visible' });
          // Off the dialog: a hover on the button under the pointer would make it look different.
          await page.mouse.move(0, 0);
          await page.screenshot({ path: name('preferences') });
          count += 2;
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    server.close();
  }
  console.log(`wrote ${count} screenshots to ${outDir}`);
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
