import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { newPage, ran } from '../support/browser.js';
import { useBrowserHarness } from '../support/harness.js';

// The policy a careful site sends: no inline script or style without a nonce.
const POLICY = "default-src 'self'; script-src 'self' 'nonce-r4nd0m'; style-src 'self'; frame-src 'self'; img-src 'self' data:";

const harness = useBrowserHarness();
beforeAll(() => {
  harness.server.headers.set('/test/fixtures/csp.html', { 'content-security-policy': POLICY });
});

/** Records every CSP violation the page reports, with what was blocked. */
async function openWithViolationLog(): Promise<{ page: Page; violations: () => Promise<string[]> }> {
  const page = await newPage(harness.context);
  await page.addInitScript(() => {
    const seen: string[] = ((window as unknown as { __violations: string[] }).__violations = []);
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`));
  });
  await page.goto(`${harness.server.origin}/test/fixtures/csp.html`);
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
