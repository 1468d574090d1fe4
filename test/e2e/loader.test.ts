import { brotliCompressSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import { createConsentState, serializeConsentState, type ConsentState } from '../../src/core/consent-state.js';
import { newPage, ran } from '../support/browser.js';
import { useBrowserHarness } from '../support/harness.js';

const harness = useBrowserHarness();

const FIXTURE = '/test/fixtures/gate.html';
const trackerRequests = (): string[] => harness.server.requests.filter((path) => path.startsWith('/tracker/') || path.startsWith('/pixel/') || path.startsWith('/embed/'));

async function open(page: Page, path = FIXTURE, origin = harness.server.origin): Promise<void> {
  await page.goto(origin + path);
  await page.evaluate(() => window.samtykke!.ready);
}

async function nonTechnicalCookies(): Promise<string[]> {
  return (await harness.context.cookies()).map((cookie) => cookie.name).filter((name) => name !== 'samtykke');
}

function storedCookie(state: ConsentState, domain = '127.0.0.1') {
  return { name: 'samtykke', value: encodeURIComponent(serializeConsentState(state)), domain, path: '/' };
}

function stateFor(categories: Partial<ConsentState['categories']>, overrides: { now?: number; revision?: number; maxAgeDays?: number } = {}): ConsentState {
  return createConsentState({
    id: '0b6f1a3e-8c1d-4b7a-9f3e-2a5c6d7e8f90',
    action: 'custom',
    categories,
    now: overrides.now ?? Date.now(),
    maxAgeDays: overrides.maxAgeDays ?? 182,
    revision: overrides.revision ?? 0,
  });
}

const bannerShown = (page: Page) => page.locator('samtykke-banner').count();

describe('first visit', () => {
  it('runs no tracker, sets no cookie, and shows the banner', async () => {
    const page = await newPage(harness.context);
    await open(page);
    await page.locator('samtykke-banner [part~="reject-all"]').waitFor();
    await page.waitForTimeout(300);
    expect(trackerRequests()).toEqual([]);
    expect(await ran(page)).toEqual({});
    expect(await harness.context.cookies()).toEqual([]);
    expect(await page.evaluate(() => window.samtykke!.getConsent())).toBeNull();
  });

  it('shows the banner while a slow page is still being parsed, not only at DOMContentLoaded', async () => {
    const page = await newPage(harness.context);
    await page.goto(`${harness.server.origin}/test/fixtures/slow-parse.html`, { waitUntil: 'commit' });
    await page.locator('samtykke-banner [part~="accept-all"]').waitFor({ timeout: 2500 });
    expect(await page.evaluate(() => [document.readyState, document.getElementById('after-widget')])).toEqual(['loading', null]);
    // Focus moves to the banner once it has been painted, as on any other page.
    await page.waitForFunction(() => document.activeElement?.localName === 'samtykke-banner');
  });

  it('pushes the Consent Mode default before anything else', async () => {
    const page = await newPage(harness.context);
    await open(page);
    const first = await page.evaluate(() => Array.from((window as unknown as { dataLayer: IArguments[] }).dataLayer[0]!));
    expect(first[0]).toBe('consent');
    expect(first[1]).toBe('default');
    expect(first[2]).toMatchObject({ analytics_storage: 'denied', ad_storage: 'denied', security_storage: 'granted', wait_for_update: 500 });
  });
});

describe('decisions', () => {
  it('Accept all runs every blocked script in document order, then the media', async () => {
    const page = await newPage(harness.context);
    await open(page);
    await page.locator('samtykke-banner [part~="accept-all"]').click();
    await page.waitForFunction(() => (window as unknown as { __order?: string[] }).__order?.length === 6);
    expect(await page.evaluate(() => (window as unknown as { __order: string[] }).__order)).toEqual(['ga', 'ga-config', 'meta', 'cookiebot-stat', 'personal', 'both']);
    await page.waitForFunction(() => document.querySelector('iframe')?.getAttribute('src') === '/embed/video');
    expect(await page.locator('img').getAttribute('src')).toBe('/pixel/meta');
    expect(await page.locator('samtykke-banner').count()).toBe(0);
  });

  it('Reject all keeps everything blocked, also after a reload and on another page', async () => {
    const page = await newPage(harness.context);
    await open(page);
    await page.locator('samtykke-banner [part~="reject-all"]').click();
    await page.waitForFunction(() => window.samtykke!.getConsent()?.action === 'reject_all');
    expect((await harness.context.cookies()).map((cookie) => cookie.name)).toEqual(['samtykke']);
    await open(page);
    await page.locator('samtykke-floating-button').waitFor({ state: 'attached' });
    expect(await bannerShown(page)).toBe(0);
    await open(page, '/test/fixtures/policy.html');
    expect(await bannerShown(page)).toBe(0);
    expect(trackerRequests()).toEqual([]);
    expect(await nonTechnicalCookies()).toEqual([]);
  });

  it('statistical only runs only statistical scripts (requirement R5)', async () => {
    const page = await newPage(harness.context);
    await open(page);
    await page.evaluate(() => window.samtykke!.setConsent({ statistical: true }));
    await page.waitForFunction(() => (window as unknown as { __ran?: Record<string, boolean> }).__ran?.['cookiebot-stat'] === true);
    await page.waitForTimeout(200);
    expect(Object.keys(await ran(page)).sort()).toEqual(['cookiebot-stat', 'ga', 'ga-config']);
    expect(trackerRequests().some((path) => path.startsWith('/tracker/meta') || path.startsWith('/pixel/'))).toBe(false);
  });

  it('a returning visitor fetches only the loader, and the update follows the default before any tag', async () => {
    await harness.context.addCookies([storedCookie(stateFor({ statistical: true, marketing: true, personalised: true }))]);
    const page = await newPage(harness.context);
    await open(page);
    await page.waitForFunction(() => (window as unknown as { __order?: string[] }).__order?.length === 6);
    const samtykkeFiles = harness.server.requests.filter((path) => path.startsWith('/dist/'));
    expect(samtykkeFiles).toEqual(['/dist/samtykke.js']);
    const entries = await page.evaluate(() =>
      (window as unknown as { dataLayer: Array<IArguments | { event: string }> }).dataLayer.map((entry) => ('event' in entry ? entry.event : `${entry[0]}:${entry[1] instanceof Date ? 'date' : entry[1]}`)),
    );
    expect(entries.slice(0, 3)).toEqual(['consent:default', 'consent:update', 'samtykke_consent']);
    expect(entries.indexOf('js:date')).toBeGreaterThan(1);
    expect(entries.indexOf('config:G-TEST')).toBeGreaterThan(1);
  });

  it('fires samtykke:consent at load for a stored decision, and samtykke:change on a first decision', async () => {
    await harness.context.addCookies([storedCookie(stateFor({ statistical: true }))]);
    const page = await newPage(harness.context);
    await page.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __events: string[] }).__events = []);
      for (const name of ['samtykke:consent', 'samtykke:change', 'samtykke:ready']) document.addEventListener(name, () => seen.push(name));
    });
    await open(page);
    expect(await page.evaluate(() => (window as unknown as { __events: string[] }).__events)).toEqual(['samtykke:consent', 'samtykke:ready']);
    await harness.context.clearCookies();
    const fresh = await newPage(harness.context);
    await fresh.addInitScript(() => {
      const seen: string[] = ((window as unknown as { __events: string[] }).__events = []);
      for (const name of ['samtykke:consent', 'samtykke:change']) document.addEventListener(name, (event) => seen.push(`${name}:${(event as CustomEvent).detail.action}`));
    });
    await open(fresh);
    await fresh.evaluate(() => window.samtykke!.rejectAll());
    expect(await fresh.evaluate(() => (window as unknown as { __events: string[] }).__events)).toEqual(['samtykke:consent:reject_all', 'samtykke:change:reject_all']);
  });
});

describe('stored decisions that no longer count', () => {
  it.each([
    ['expired', () => stateFor({ statistical: true, marketing: true }, { now: Date.now() - 183 * 86_400_000 })],
    ['older revision', () => stateFor({ statistical: true, marketing: true }, { revision: 0 })],
  ])('%s: banner again, nothing runs', async (label, make) => {
    const config = label === 'older revision' ? { revision: 2 } : {};
    await harness.context.addCookies([storedCookie(make())]);
    const page = await newPage(harness.context, { config });
    await open(page);
    await page.locator('samtykke-banner').waitFor({ state: 'attached' });
    await page.waitForTimeout(200);
    expect(trackerRequests()).toEqual([]);
    expect(await page.evaluate(() => window.samtykke!.getConsent())).toBeNull();
  });

  it('a tampered cookie is no decision', async () => {
    const cookie = storedCookie(stateFor({ statistical: false }));
    cookie.value = cookie.value.replace('%22statistical%22%3Afalse', '%22statistical%22%3Atrue');
    await harness.context.addCookies([cookie]);
    const page = await newPage(harness.context);
    await open(page);
    await page.locator('samtykke-banner').waitFor({ state: 'attached' });
    expect(trackerRequests()).toEqual([]);
  });
});

describe('Global Privacy Control', () => {
  it('turns a stored marketing grant into a denial at load, and records it as a gpc decision', async () => {
    await harness.context.addCookies([storedCookie(stateFor({ statistical: true, marketing: true, personalised: true }))]);
    const page = await newPage(harness.context, { gpc: true });
    await open(page);
    await page.waitForFunction(() => window.samtykke!.getConsent()?.action === 'gpc');
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => window.samtykke!.hasConsent('marketing'))).toBe(false);
    expect(Object.keys(await ran(page))).not.toContain('meta');
    expect(Object.keys(await ran(page))).toContain('ga');
    const stored = (await harness.context.cookies()).find((cookie) => cookie.name === 'samtykke')!;
    expect(decodeURIComponent(stored.value)).toContain('"act":"gpc"');
  });

  it('reads the signal once per page load (requirement R41)', async () => {
    const page = await harness.context.newPage();
    await page.addInitScript(() => {
      const counter = window as unknown as { gpcReads: number };
      counter.gpcReads = 0;
      Object.defineProperty(Navigator.prototype, 'globalPrivacyControl', { get: () => (counter.gpcReads++, true) });
    });
    await open(page);
    await page.locator('samtykke-banner [part~="preferences"]').click();
    await page.locator('samtykke-preferences [part~="dialog"]').waitFor();
    await page.evaluate(() => window.samtykke!.acceptAll());
    expect(await page.evaluate(() => (window as unknown as { gpcReads: number }).gpcReads)).toBe(1);
  });

  it('Accept all does not grant marketing under GPC, and the banner is still shown (requirement R38)', async () => {
    const page = await newPage(harness.context, { gpc: true });
    await open(page);
    // GPC is never consent, and it is not a refusal of everything either: the visitor is still asked.
    await page.locator('samtykke-banner [part~="accept-all"]').click();
    await page.waitForFunction(() => window.samtykke!.getConsent() !== null);
    const state = await page.evaluate(() => window.samtykke!.getConsent()!);
    expect(state.categories).toEqual({ technical: true, statistical: true, marketing: false, personalised: true });
    await page.waitForFunction(() => (window as unknown as { __ran?: Record<string, boolean> }).__ran?.ga === true);
    expect(await ran(page)).not.toHaveProperty('meta');
    expect(trackerRequests().filter((path) => path.startsWith('/pixel/') || path.startsWith('/tracker/meta'))).toEqual([]);
  });
});

describe('the stored decision (requirement R29)', () => {
  const stored = async () => (await harness.context.cookies()).find((cookie) => cookie.name === 'samtykke')!;

  it('is a first-party cookie with Path=/, SameSite=Lax, no Secure on http, and its own expiry', async () => {
    const page = await newPage(harness.context);
    await open(page);
    const state = await page.evaluate(() => window.samtykke!.rejectAll());
    const cookie = await stored();
    expect(cookie).toMatchObject({ domain: '127.0.0.1', path: '/', sameSite: 'Lax', secure: false, httpOnly: false });
    expect(cookie.expires * 1000).toBeCloseTo(Date.parse(state.expires), -4); // within ~10 s
    expect(encodeURIComponent(decodeURIComponent(cookie.value)).length).toBeLessThanOrEqual(4096);
  });

  it('is shared with the parent domain named in cookie.domain', async () => {
    const page = await newPage(harness.context, { config: { cookie: { domain: 'example.test' } } });
    await open(page, FIXTURE, `http://shop.example.test:${harness.server.port}`);
    await page.evaluate(() => window.samtykke!.acceptAll());
    const cookie = (await harness.context.cookies(`http://www.example.test:${harness.server.port}`)).find((candidate) => candidate.name === 'samtykke');
    expect(cookie).toMatchObject({ domain: '.example.test', path: '/', sameSite: 'Lax' });
  });

  it('is Secure when configured (Chromium keeps Secure cookies of http://127.0.0.1, a secure context)', async () => {
    const page = await newPage(harness.context, { config: { cookie: { secure: true } } });
    await open(page);
    await page.evaluate(() => window.samtykke!.acceptAll());
    expect(await stored()).toMatchObject({ path: '/', sameSite: 'Lax', secure: true });
  });
});

describe('revocation', () => {
  it('deletes the category cookies on the host and every parent domain, and storage keys, then reloads', async () => {
    const origin = `http://shop.example.test:${harness.server.port}`;
    const page = await newPage(harness.context);
    await open(page, FIXTURE, origin);
    await page.evaluate(() => window.samtykke!.acceptAll());
    // Let every granted script run first (one is served late), as on a real page before a change of mind.
    await page.waitForFunction(() => (window as unknown as { __order?: string[] }).__order?.length === 6);
    await page.evaluate(() => {
      document.cookie = '_ga=GA1.1.1; path=/; domain=example.test';
      document.cookie = '_ga_ABC123=GS1; path=/; domain=example.test';
      document.cookie = '_gcl_au=1; path=/; domain=shop.example.test';
      document.cookie = '_fbp=fb.1; path=/';
      document.cookie = 'session=keep; path=/';
      localStorage.setItem('_hjSession_1', 'x');
      localStorage.setItem('app-state', 'keep');
    });
    const reloaded = page.waitForEvent('load');
    await page.evaluate(() => window.samtykke!.rejectAll());
    await reloaded;
    const names = (await harness.context.cookies()).map((cookie) => cookie.name).sort();
    expect(names).toEqual(['samtykke', 'session']);
    expect(await page.evaluate(() => [localStorage.getItem('_hjSession_1'), localStorage.getItem('app-state')])).toEqual([null, 'keep']);
    await page.evaluate(() => window.samtykke!.ready);
    expect(await ran(page)).toEqual({});
  });

  it('withdraw() forgets the decision and asks again', async () => {
    await harness.context.addCookies([storedCookie(stateFor({ statistical: false }))]);
    const page = await newPage(harness.context);
    await open(page);
    await page.evaluate(() => window.samtykke!.withdraw());
    expect(await page.evaluate(() => window.samtykke!.getConsent())).toBeNull();
    expect((await harness.context.cookies()).map((cookie) => cookie.name)).toEqual([]);
    await page.locator('samtykke-banner').waitFor({ state: 'attached' });
  });
});

describe('inserted elements', () => {
  it('are held back until their category is granted, then run', async () => {
    const page = await newPage(harness.context);
    await open(page);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.setAttribute('data-samtykke', 'statistical');
      script.setAttribute('data-src', '/tracker/late.js');
      document.body.append(script);
    });
    await page.waitForTimeout(200);
    expect(trackerRequests()).toEqual([]);
    await page.evaluate(() => window.samtykke!.setConsent({ statistical: true }));
    await page.waitForFunction(() => (window as unknown as { __ran?: Record<string, boolean> }).__ran?.late === true);
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.type = 'text/plain';
      script.setAttribute('data-samtykke', 'statistical');
      script.textContent = '(window.__ran = window.__ran || {}).later = true;';
      document.body.append(script);
    });
    await page.waitForFunction(() => (window as unknown as { __ran?: Record<string, boolean> }).__ran?.later === true);
  });
});

describe('fail closed', () => {
  it('a UI tier that fails to load shows nothing and unblocks nothing', async () => {
    harness.server.failing.add('/dist/samtykke-ui.js');
    const page = await newPage(harness.context);
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await open(page);
    await page.waitForTimeout(500);
    expect(await bannerShown(page)).toBe(0);
    expect(trackerRequests()).toEqual([]);
    expect(errors.some((text) => text.includes('samtykke'))).toBe(true);
    await expect(page.evaluate(() => window.samtykke!.acceptAll())).rejects.toThrow();
    expect(trackerRequests()).toEqual([]);
  });

  it('a decision maker that fails to load grants nothing, and the next click tries again', async () => {
    // Named as the UI module imports it (an older build's chunk may still lie next to it in dist/).
    const maker = `/dist/${/chunks\/decision-maker-[\w-]+\.js/.exec(readFileSync(new URL('../../dist/samtykke-ui.js', import.meta.url), 'utf8'))![0]}`;
    harness.server.failing.add(maker);
    const page = await newPage(harness.context);
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await open(page);
    const accept = page.locator('samtykke-banner [part~="accept-all"]');
    await accept.waitFor();
    await expect.poll(() => harness.server.requests.filter((path) => path === maker).length).toBe(1); // fetched after the paint, failed
    await accept.click();
    await expect.poll(() => harness.server.requests.filter((path) => path === maker).length).toBe(2); // the click asked again
    await page.waitForTimeout(200);
    expect(await page.evaluate(() => window.samtykke!.getConsent())).toBeNull();
    expect(await bannerShown(page)).toBe(1);
    expect(trackerRequests()).toEqual([]);
    expect(await nonTechnicalCookies()).toEqual([]);
    expect(errors.some((text) => text.includes('samtykke: the code that stores decisions could not be loaded'))).toBe(true);
    harness.server.failing.delete(maker);
    await accept.click();
    await page.waitForFunction(() => window.samtykke!.getConsent()?.action === 'accept_all');
    expect(await bannerShown(page)).toBe(0);
  });

  it('a locale that fails to load falls back to English, and the banner still works', async () => {
    harness.server.failing.add('/dist/locales/da.js');
    const page = await newPage(harness.context, { config: { language: 'da' } });
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await open(page);
    const reject = page.locator('samtykke-banner [part~="reject-all"]');
    await reject.waitFor();
    expect((await reject.textContent())!.trim()).toBe(en.banner.rejectAll);
    expect(errors.some((text) => text.includes('"da" texts could not be loaded'))).toBe(true);
    await reject.click();
    await page.waitForFunction(() => window.samtykke!.getConsent()?.action === 'reject_all');
    expect(trackerRequests()).toEqual([]);
  });

  it('a missing loader leaves every blocked element inert', async () => {
    harness.server.failing.add('/dist/samtykke.js');
    const page = await newPage(harness.context);
    await page.goto(harness.server.origin + FIXTURE);
    await page.waitForTimeout(300);
    expect(trackerRequests()).toEqual([]);
  });

  it('an invalid config names the field and still blocks', async () => {
    const page = await newPage(harness.context, { config: { maxAgeDays: 900, consentMode: 'sometimes', categories: { marketing: { legalBasis: 'legitimate_interest' } } } });
    const errors: string[] = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    await open(page);
    await page.locator('samtykke-banner').waitFor({ state: 'attached' });
    expect(errors.join('\n')).toContain('"maxAgeDays"');
    expect(errors.join('\n')).toContain('"consentMode"');
    expect(errors.join('\n')).toContain('"categories.marketing.legalBasis"');
    expect(trackerRequests()).toEqual([]);
  });
});

describe('reopening', () => {
  it('a data-samtykke-open link and the floating button open the preferences', async () => {
    await harness.context.addCookies([storedCookie(stateFor({ statistical: false }))]);
    const page = await newPage(harness.context);
    await open(page);
    await page.click('#footer-link');
    await page.locator('samtykke-preferences [part~="dialog"]').waitFor();
    expect(await page.locator('samtykke-preferences [part~="dialog"]').evaluate((dialog) => (dialog as HTMLDialogElement).open)).toBe(true);
    await page.keyboard.press('Escape');
    await page.locator('samtykke-floating-button [part~="floating-button"]').click();
    await page.waitForFunction(() => (document.querySelector('samtykke-preferences')?.shadowRoot?.querySelector('dialog') as HTMLDialogElement | null)?.open === true);
  });

  it('draws the floating button in the configured theme on a returning visit, which loads nothing else', async () => {
    await harness.context.addCookies([storedCookie(stateFor({ statistical: true }))]);
    const page = await newPage(harness.context, { config: { theme: 'dark' } });
    await open(page, '/test/fixtures/policy.html'); // no blocked iframe: no placeholder, so no UI tier
    const button = page.locator('samtykke-floating-button [part~="floating-button"]');
    expect(await button.evaluate((element) => getComputedStyle(element).backgroundColor)).toBe('rgb(22, 27, 34)');
    expect(harness.server.requests.filter((path) => path.startsWith('/dist/'))).toEqual(['/dist/samtykke.js']);
  });
});

const brotliSize = (path: string): number => brotliCompressSync(readFileSync(new URL(`../../dist/${path}`, import.meta.url))).length;

describe('size budget', () => {
  // The exact size after the loader was trimmed from 4,933 bytes (terser settings, a closure for the
  // script queue, two attribute selectors instead of six, a simpler floating button, tighter checks).
  // Every page view runs this file, so growing it should be a decision that raises this number: the
  // last was handing the fetched strings to the UI (+17 B), which lets the banner make an earlier frame;
  // then the dev-mode hook (+26 B): one guarded import() of samtykke-dev.js, handing it the config it
  // needs (without the `.then()` it cost 17 B, but dev mode would have had to read the config again and
  // find the loader's tag by guessing); then getProofBundle() (R28: one method handing over to the UI
  // tier, +16 B), and reading `window` when gtag is first needed rather than at import, so the package
  // entry, and with it computeTextHash(), can be imported in Node (+1 B); then the floating button in the
  // configured theme (+115 B): on a dark site its light default focus ring was below 3:1 (R47).
  it('the loader is at most 4,801 bytes brotli', () => {
    expect(brotliSize('samtykke.js')).toBeLessThanOrEqual(4_801);
  });

  // 30 KB with i18next; the UI's own string table took it to ~17 KB, a banner without Lit to ~11 KB,
  // and the decision maker's own chunk (fetched after the banner's paint) to ~9.1 KB (bench/RESULTS.md).
  // The budget follows, so that weight does not creep back unnoticed.
  it('the UI tier a first visit fetches before the banner, with its largest locale, is at most 9.5 KB brotli', () => {
    const largestLocale = Math.max(...['da', 'nb', 'nn', 'sv', 'fi', 'is', 'en', 'de'].map((language) => brotliSize(`locales/${language}.js`)));
    expect(brotliSize('samtykke-ui.js') + largestLocale).toBeLessThanOrEqual(9.5 * 1024);
  });

  it('a Link header with modulepreload (README "Faster first visits") fetches the UI and the locale while the loader is on its way, each once', async () => {
    const page = await newPage(harness.context);
    harness.server.headers.set('/test/fixtures/policy.html', { link: '</dist/samtykke-ui.js>; rel=modulepreload, </dist/locales/en.js>; rel=modulepreload' });
    harness.server.slow.set('/dist/samtykke.js', 300);
    try {
      await open(page, '/test/fixtures/policy.html');
      await page.locator('samtykke-banner [part~="accept-all"]').waitFor();
    } finally {
      harness.server.headers.delete('/test/fixtures/policy.html');
    }
    const timing = await page.evaluate(() =>
      Object.fromEntries(performance.getEntriesByType('resource').map((entry) => [new URL(entry.name).pathname, { start: entry.startTime, end: (entry as PerformanceResourceTiming).responseEnd }])),
    );
    // Both preloads were asked for long before the held-back loader arrived, and not asked for again.
    expect(timing['/dist/samtykke-ui.js']!.start).toBeLessThan(timing['/dist/samtykke.js']!.end - 200);
    expect(timing['/dist/locales/en.js']!.start).toBeLessThan(timing['/dist/samtykke.js']!.end - 200);
    for (const path of ['/dist/samtykke.js', '/dist/samtykke-ui.js', '/dist/locales/en.js']) expect(harness.server.requests.filter((request) => request === path)).toHaveLength(1);
  });

  it('a first visit fetches the loader, the UI module and one locale; the decision maker after the banner; the preferences only on Settings', async () => {
    const page = await newPage(harness.context);
    // When the banner joins the page, by the page's own clock (Resource Timing uses the same one).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('samtykke-banner')) return;
        (window as unknown as { bannerAt: number }).bannerAt = performance.now();
        observer.disconnect();
      }).observe(document, { childList: true, subtree: true });
    });
    await open(page, '/test/fixtures/policy.html'); // no blocked iframe, so no placeholder chunk either
    await page.locator('samtykke-banner [part~="preferences"]').waitFor();
    const fetched = () => harness.server.requests.filter((path) => path.startsWith('/dist/'));
    await expect.poll(() => fetched().length).toBe(4);
    const [maker] = fetched().filter((path) => /^\/dist\/chunks\/decision-maker-[\w-]+\.js$/.test(path));
    expect([...fetched()].filter((path) => path !== maker).sort()).toEqual(['/dist/locales/en.js', '/dist/samtykke-ui.js', '/dist/samtykke.js']);
    // The banner did not wait for it: it was asked for once the banner was on the page.
    const timing = await page.evaluate((name) => ({
      bannerAt: (window as unknown as { bannerAt: number }).bannerAt,
      requestedAt: performance.getEntriesByType('resource').find((entry) => entry.name.endsWith(name))!.startTime,
    }), maker!);
    expect(timing.requestedAt).toBeGreaterThan(timing.bannerAt);
    await page.locator('samtykke-banner [part~="preferences"]').click();
    await page.locator('samtykke-preferences [part~="dialog"]').waitFor();
    // The preferences are a Lit element: Lit comes with them, asked for at the same time, not on the first visit.
    expect(fetched().some((path) => /^\/dist\/chunks\/preferences-/.test(path))).toBe(true);
    expect(fetched().some((path) => /^\/dist\/chunks\/lit-/.test(path))).toBe(true);
  });
});
