import { describe, expect, it } from 'vitest';
import { newPage } from '../support/browser.js';
import { useBrowserHarness } from '../support/harness.js';

const harness = useBrowserHarness();

describe('on a crowded page', () => {
  it('two loaders, the page’s own Lit and i18next, and a late dataLayer: no error, one banner, one decision', async () => {
    const page = await newPage(harness.context);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && !message.text().startsWith('Failed to load resource') && errors.push(message.text()));
    page.on('response', (response) => response.status() >= 400 && !response.url().endsWith('/favicon.ico') && errors.push(`${response.status()} ${response.url()}`));
    await page.goto(`${harness.server.origin}/test/fixtures/coexistence.html`);
    await page.waitForFunction(() => (window as unknown as { __pageReady?: boolean }).__pageReady === true);
    await page.locator('samtykke-banner [part~="accept-all"]').waitFor();
    expect(await page.locator('samtykke-banner').count()).toBe(1);
    // The banner speaks the page's language; the page's i18next keeps its own language and texts.
    expect(await page.locator('samtykke-banner [part~="reject-all"]').textContent()).toContain('Alle ablehnen');
    expect(await page.locator('page-widget').evaluate((element) => element.shadowRoot!.textContent)).toContain('Hallo Welt');
    await page.locator('samtykke-banner [part~="accept-all"]').click();
    expect(await page.evaluate(() => (window as unknown as { __pageI18next: { language: string; t: (key: string) => string } }).__pageI18next.language)).toBe('de');
    expect(await page.evaluate(() => (window as unknown as { __pageI18next: { t: (key: string) => string } }).__pageI18next.t('hello'))).toBe('Hallo Welt');
    // One decision, and its Consent Mode update reached the page's replacement dataLayer.
    const updates = await page.evaluate(() => (window as unknown as { dataLayer: IArguments[] }).dataLayer.filter((entry) => entry[0] === 'consent' && entry[1] === 'update').length);
    expect(updates).toBe(1);
    expect((await harness.context.cookies()).filter((cookie) => cookie.name === 'samtykke')).toHaveLength(1);
    expect(errors).toEqual([]);
  });
});
