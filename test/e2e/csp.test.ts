import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, ran } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/static-server.js';

// The policy a careful site sends: no inline script or style without a nonce.
const POLICY = "default-src 'self'; script-src 'self' 'nonce-r4nd0m'; style-src 'self'; frame-src 'self'; img-src 'self' data:";

let server: TestServer;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  server = await startTestServer();
  server.headers.set('/test/fixtures/csp.html', { 'content-security-policy': POLICY });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});
beforeEach(async () => {
  context = await browser.newContext();
});
afterEach(async () => {
  await context?.close();
});

/** Records every CSP violation the page reports, with what was blocked. */
async function openWithViolationLog(): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await newPage(context);
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  await page.goto(`${server.origin}/test/fixtures/csp.html`);
  await page.evaluate(() => window.samtykke!.ready);
  return { page, violations: () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations) };
}

describe('under a strict Content Security Policy', () => {
  it('shows the banner and the preferences, styled, with no violation', async () => {
    const { page, violations } = await openWithViolationLog();
    const reject = page.locator('samtykke-banner [part~="reject-all"]');
    await reject.waitFor();
    // Styled means the constructable style sheets applied: the banner is a fixed overlay.
    expect(await page.locator('samtykke-banner').evaluate((element) => getComputedStyle(element).position)).toBe('fixed');
    await page.locator('samtykke-banner [part~="preferences"]').click();
    await page.locator('samtykke-preferences [part~="dialog"]').waitFor();
    await page.locator('samtykke-placeholder').first().waitFor({ state: 'attached' });
    expect(await violations()).toEqual([]);
  });

  it('runs the unblocked scripts with the nonce, and reports no violation', async () => {
    const { page, violations } = await openWithViolationLog();
    await page.evaluate(() => window.samtykke!.acceptAll());
    await page.waitForFunction(() => Object.keys((window as unknown as { __ran?: object }).__ran ?? {}).length === 3);
    expect(Object.keys(await ran(page)).sort()).toEqual(['csp-external', 'csp-inline-loader-nonce', 'csp-inline-own-nonce']);
    const nonces = await page.evaluate(() => Array.from(document.querySelectorAll('script')).filter((script) => !script.hasAttribute('data-samtykke') && script.src.includes('/tracker/') || script.text.includes('__ran')).map((script) => script.nonce));
    expect(nonces.every((nonce) => nonce === 'r4nd0m')).toBe(true);
    await page.evaluate(() => window.samtykke!.showPreferences());
    await page.locator('samtykke-floating-button').waitFor({ state: 'attached' });
    expect(await violations()).toEqual([]);
  });
});
