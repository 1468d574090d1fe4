import { readFileSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { pagePath, TECHNICAL_COOKIES, type DemoLanguage, type DemoPage } from '../../demo/site-config.js';
import { launchBrowser } from '../support/browser.js';
import { eventually, guardNetwork, ranInPage, startDemoEnvironment, type DemoEnvironment } from './demo-harness.js';

// The demo site (demo/server.js) as a visitor meets it, with its real collector: nothing from a
// tracker before consent or after a refusal, everything after Accept all, and the decision counted.

const LANGUAGES: DemoLanguage[] = ['da', 'nb', 'sv', 'en'];
/** Everything on the demo that records a run: the six tracker stand-ins and the site's own personalisation. */
const EVERYTHING = ['ga4', 'gtm', 'hotjar', 'linkedin', 'meta', 'personalise', 'youtube'].sort();
/** The tracker scripts and embeds the demo loads once allowed, by stand-in path. */
const STAND_IN_LOADS = [
  '/stand-ins/www.googletagmanager.com/gtag/js?id=G-DEMO',
  '/stand-ins/www.googletagmanager.com/gtm.js?id=GTM-DEMO',
  '/stand-ins/connect.facebook.net/en_US/fbevents.js',
  '/stand-ins/snap.licdn.com/li.lms-analytics/insight.min.js',
  '/stand-ins/static.hotjar.com/c/hotjar-1.js?sv=6',
  '/stand-ins/www.youtube-nocookie.com/embed/bryggeTour01',
];
/** First-party cookies the stand-ins set once allowed. */
const TRACKING_COOKIES = ['_ga', '_ga_DEMO', '_fbp', 'li_fat_id', '_hjSessionUser_1', '_hjSession_1'];

const locale = (language: string) => JSON.parse(readFileSync(new URL(`../../locales/${language}.json`, import.meta.url), 'utf8'));
const today = () => new Date().toISOString().slice(0, 10);

let demo: DemoEnvironment;
let browser: Browser;
let context: BrowserContext;
let outside: string[];

beforeAll(async () => {
  demo = await startDemoEnvironment();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await demo?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  outside = await guardNetwork(context);
  demo.site.standInRequests.length = 0;
});
afterEach(async () => {
  await context?.close();
  // Whatever a test did, nothing may have tried to leave the machine.
  expect(outside).toEqual([]);
});

async function open(page: Page, language: DemoLanguage, target: DemoPage): Promise<void> {
  await page.goto(demo.site.origin + pagePath(language, target));
  await page.evaluate(() => window.samtykke!.ready);
}

/** Waits for the banner, then gives anything that was wrongly let through time to show itself. */
async function openFirstVisit(page: Page, language: DemoLanguage, target: DemoPage): Promise<void> {
  await open(page, language, target);
  await page.locator('samtykke-banner [part~="reject-all"]').waitFor();
  await page.waitForTimeout(300);
}

async function cookieNames(): Promise<string[]> {
  return (await context.cookies()).map((cookie) => cookie.name).sort();
}

async function nonTechnicalCookies(): Promise<string[]> {
  return (await cookieNames()).filter((name) => !TECHNICAL_COOKIES.includes(name));
}

async function decisions(): Promise<number> {
  return (await demo.admin(`/api/v1/stats?from=${today()}&to=${today()}`)).decisions as number;
}

describe('the demo site before any decision', () => {
  for (const target of ['home', 'booking', 'policy'] as const) {
    it(`runs no tracker stand-in and sets no non-technical cookie (${target} page)`, async () => {
      const page = await context.newPage();
      await openFirstVisit(page, 'da', target);
      expect(demo.site.standInRequests).toEqual([]);
      expect(await ranInPage(page)).toEqual([]);
      expect(await nonTechnicalCookies()).toEqual([]);
    });
  }

  it('shows a placeholder in place of the YouTube video', async () => {
    const page = await context.newPage();
    await openFirstVisit(page, 'en', 'home');
    await expect(page.locator('samtykke-placeholder [part~="placeholder"]').isVisible()).resolves.toBe(true);
    // The stand-in is served from the demo's own host; data-samtykke-provider keeps the brand.
    expect(await page.locator('samtykke-placeholder [part~="placeholder"]').textContent()).toContain('YouTube');
    expect(await page.locator('.video iframe').getAttribute('src')).toBeNull();
  });

  for (const language of LANGUAGES) {
    it(`shows the banner in the page's language (${language})`, async () => {
      const page = await context.newPage();
      await openFirstVisit(page, language, 'home');
      const texts = locale(language);
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      const banner = page.locator('samtykke-banner');
      expect((await banner.locator('[part~="accept-all"]').textContent())?.trim()).toBe(texts.banner.acceptAll);
      expect((await banner.locator('[part~="reject-all"]').textContent())?.trim()).toBe(texts.banner.rejectAll);
      expect((await banner.locator('[part~="preferences"]').textContent())?.trim()).toBe(texts.banner.settings);
      // Variant b overrides the title; either way it is in the page's language.
      const title = (await banner.locator('h2').textContent())?.trim();
      expect([texts.banner.title, { da: 'Må vi bruge cookies?', nb: 'Får vi bruke cookies?', sv: 'Får vi använda cookies?', en: 'May we use cookies?' }[language]]).toContain(title);
    });
  }

  it('sends the preload hints (README "Faster first visits") only to a request without the decision cookie', async () => {
    const first = await fetch(`${demo.site.origin}/sv/`);
    expect(first.headers.get('link')).toBe('</samtykke/samtykke-ui.js>; rel=modulepreload, </samtykke/locales/sv.js>; rel=modulepreload');
    const returning = await fetch(`${demo.site.origin}/sv/`, { headers: { cookie: 'bc_session=1; samtykke=%7B%7D' } });
    expect(returning.headers.get('link')).toBeNull();
  });

  it('sends a visitor to the language of their browser from /', async () => {
    const response = await fetch(`${demo.site.origin}/`, { redirect: 'manual', headers: { 'accept-language': 'nb-NO,nb;q=0.9,en;q=0.5' } });
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/nb/');
  });
});

describe('Reject all', () => {
  it('keeps every tracker out: now, after a reload, and on other pages', async () => {
    const page = await context.newPage();
    await openFirstVisit(page, 'sv', 'home');
    await page.locator('samtykke-banner [part~="reject-all"]').click();
    await page.waitForTimeout(300);
    expect(demo.site.standInRequests).toEqual([]);
    expect(await ranInPage(page)).toEqual([]);
    expect(await nonTechnicalCookies()).toEqual([]);
    expect(await cookieNames()).toContain('samtykke');

    await page.reload();
    await page.evaluate(() => window.samtykke!.ready);
    await page.waitForTimeout(300);
    expect(await page.locator('samtykke-banner').count()).toBe(0);
    for (const target of ['booking', 'policy'] as const) {
      await open(page, 'sv', target);
      await page.waitForTimeout(300);
      expect(await page.locator('samtykke-banner').count()).toBe(0);
    }
    expect(demo.site.standInRequests).toEqual([]);
    expect(await ranInPage(page)).toEqual([]);
    expect(await nonTechnicalCookies()).toEqual([]);
  });

  it('is counted by the collector', async () => {
    const before = await decisions();
    const page = await context.newPage();
    await openFirstVisit(page, 'nb', 'booking');
    await page.locator('samtykke-banner [part~="reject-all"]').click();
    expect(await eventually(async () => (await decisions()) === before + 1)).toBe(true);
    const id = await page.evaluate(() => window.samtykke!.getConsent()!.id);
    const proof = await demo.admin(`/api/v1/consents/${id}`);
    expect(proof.records[0]).toMatchObject({ action: 'reject_all', source: 'banner', locale: 'nb', revision: 2, pageUrl: `${demo.site.origin}/nb/bestill` });
    expect(['a', 'b']).toContain(proof.records[0].variant);
  });
});

describe('Accept all', () => {
  it('runs every stand-in, which set their cookies, and the collector counts the decision', async () => {
    const before = await decisions();
    const page = await context.newPage();
    await openFirstVisit(page, 'da', 'home');
    await page.locator('samtykke-banner [part~="accept-all"]').click();
    expect(await eventually(async () => (await ranInPage(page)).length === EVERYTHING.length)).toBe(true);
    expect(await ranInPage(page)).toEqual(EVERYTHING);
    for (const load of STAND_IN_LOADS) expect(demo.site.standInRequests).toContain(load);
    expect(await eventually(async () => {
      const names = await cookieNames();
      return TRACKING_COOKIES.every((name) => names.includes(name));
    })).toBe(true);
    expect(await eventually(async () => (await decisions()) === before + 1)).toBe(true);
    // Google Analytics saw consent granted (Consent Mode update before the tag ran).
    expect(demo.site.standInRequests.some((path) => path.startsWith('/stand-ins/www.google-analytics.com/g/collect') && path.includes('gcs=G111'))).toBe(true);
    // GTM saw Samtykke's dataLayer event.
    const gtm = await page.evaluate(() => (window as any).__demoRan.gtm.samtykke);
    expect(gtm).toEqual({ statistical: true, marketing: true, personalised: true });
  });

  it('runs everything again on the next page, with no banner', async () => {
    const page = await context.newPage();
    await openFirstVisit(page, 'en', 'home');
    await page.locator('samtykke-banner [part~="accept-all"]').click();
    await open(page, 'en', 'booking');
    expect(await page.locator('samtykke-banner').count()).toBe(0);
    // The booking page has no video; everything else runs.
    const expected = EVERYTHING.filter((name) => name !== 'youtube');
    expect(await eventually(async () => (await ranInPage(page)).length === expected.length)).toBe(true);
    expect(await ranInPage(page)).toEqual(expected);
  });

  it('sends the conversions of a booking, and remembers the house (personalised)', async () => {
    const page = await context.newPage();
    await openFirstVisit(page, 'en', 'booking');
    await page.locator('samtykke-banner [part~="accept-all"]').click();
    await page.selectOption('#location', 'bergen');
    await page.fill('#name', 'Kari Nordmann');
    await page.fill('#email', 'kari@example.com');
    await page.click('form.booking button[type="submit"]');
    await page.locator('.thanks').waitFor();
    expect(await eventually(() => demo.site.standInRequests.some((path) => path.includes('conversionId=7654321')))).toBe(true);
    expect(await eventually(async () => ((await page.evaluate(() => (window as any).__demoRan.meta?.events)) ?? []).includes('Lead'))).toBe(true);
    expect(await cookieNames()).toContain('bc_location');
    await open(page, 'en', 'home');
    await page.locator('.location.is-yours[data-location="bergen"]').waitFor();
  });
});

describe('changing one\'s mind', () => {
  it('withdrawing from the footer link deletes the trackers\' cookies and reloads', async () => {
    const page = await context.newPage();
    await openFirstVisit(page, 'da', 'home');
    await page.locator('samtykke-banner [part~="accept-all"]').click();
    expect(await eventually(async () => (await nonTechnicalCookies()).length >= TRACKING_COOKIES.length)).toBe(true);
    await page.locator('footer [data-samtykke-open]').click();
    await page.locator('samtykke-preferences dialog[open]').waitFor();
    demo.site.standInRequests.length = 0;
    const reloaded = page.waitForEvent('load');
    await page.locator('samtykke-preferences [part~="reject-all"]').click();
    await reloaded;
    await page.evaluate(() => window.samtykke!.ready);
    await page.waitForTimeout(300);
    expect(await nonTechnicalCookies()).toEqual([]);
    expect(await ranInPage(page)).toEqual([]);
    expect(demo.site.standInRequests).toEqual([]);
  });
});

describe('<samtykke-declaration> on the policy page', () => {
  it("shows the cookies and the returning visitor's choice in the page's language, and follows a change", async () => {
    const page = await context.newPage();
    await openFirstVisit(page, 'nb', 'home');
    await page.locator('samtykke-banner [part~="reject-all"]').click();
    await open(page, 'nb', 'policy');
    const texts = locale('nb');
    const declaration = page.locator('samtykke-declaration');
    await declaration.locator('[part~="declaration"]').waitFor();
    expect(await declaration.locator('#heading').textContent()).toBe(texts.declaration.heading);
    const choices = await declaration.locator('[part~="choice"]').allTextContents();
    const off = texts.declaration.yourChoice.replace('{{choice}}', texts.common.off);
    expect(choices.slice(1)).toEqual([off, off, off]);
    expect(await declaration.locator('[part~="category-statistical"] table').textContent()).toContain('_hjSessionUser_1');
    // No tracker ran to render it.
    expect(demo.site.standInRequests).toEqual([]);

    await declaration.locator('[part~="preferences"]').click();
    await page.locator('samtykke-preferences [part~="accept-all"]').click();
    const on = texts.declaration.yourChoice.replace('{{choice}}', texts.common.on);
    expect(await eventually(async () => (await declaration.locator('[part~="choice"]').allTextContents()).slice(1).every((text) => text === on))).toBe(true);
  });
});
