import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import { newPage, ran } from '../support/browser.js';
import { useBrowserHarness } from '../support/harness.js';

// Requirements R1, R10, R13, R14 and R33 (reference/requirements.md §3), each by its own test recipe,
// against the built files and the gate fixture.

const harness = useBrowserHarness();

const FIXTURE = '/test/fixtures/gate.html';
const POLICY = '/test/fixtures/policy.html';
const trackerRequests = (): string[] => harness.server.requests.filter((path) => path.startsWith('/tracker/') || path.startsWith('/pixel/') || path.startsWith('/embed/'));

type Choices = { statistical: boolean; marketing: boolean; personalised: boolean };

async function open(page: Page, path = FIXTURE, origin = harness.server.origin): Promise<void> {
  await page.goto(origin + path);
  await page.evaluate(() => window.samtykke!.ready);
}

const bannerShown = (page: Page) => page.locator('samtykke-banner [part~="reject-all"]').waitFor();

/** Opens Settings from the banner, turns on the switches of `choices`, and saves. */
async function saveInPreferences(page: Page, choices: Choices): Promise<void> {
  await page.locator('samtykke-banner [part~="preferences"]').click();
  await page.locator('samtykke-preferences [part~="save"]').waitFor();
  for (const [category, on] of Object.entries(choices)) if (on) await page.locator(`samtykke-preferences [part~="switch-${category}"]`).check();
  await page.locator('samtykke-preferences [part~="save"]').click();
  await page.waitForFunction(() => window.samtykke!.getConsent() !== null);
}

/** The stand-ins of gate.html that may run under `choices`: its blocked scripts, by category. */
function expectedStandIns(choices: Choices): string[] {
  return [
    ...(choices.statistical ? ['ga', 'ga-config', 'cookiebot-stat'] : []),
    ...(choices.marketing ? ['meta'] : []),
    ...(choices.personalised ? ['personal'] : []),
    ...(choices.statistical && choices.marketing ? ['both'] : []),
  ].sort();
}

/** Waits for the expected stand-ins, then a little longer for any that should not run at all. */
async function standInsAfterSettling(page: Page, expected: string[]): Promise<string[]> {
  await page.waitForFunction((names) => names.every((name) => (window as unknown as { __ran?: Record<string, boolean> }).__ran?.[name]), expected);
  await page.waitForTimeout(300);
  return Object.keys(await ran(page)).sort();
}

describe('R1: no non-technical storage before a decision', () => {
  it('a first visit left alone writes no cookie, storage key or IndexedDB database, not even the consent cookie', async () => {
    const page = await newPage(harness.context);
    await page.addInitScript(() => {
      const writes: string[] = ((window as unknown as { __writes: string[] }).__writes = []);
      const setItem = Storage.prototype.setItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        writes.push(`${this === window.localStorage ? 'localStorage' : 'sessionStorage'}:${key}`);
        return setItem.call(this, key, value);
      };
      const openDatabase = IDBFactory.prototype.open;
      IDBFactory.prototype.open = function (name: string, version?: number) {
        writes.push(`indexedDB:${name}`);
        return openDatabase.call(this, name, version);
      };
      const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
      Object.defineProperty(Document.prototype, 'cookie', {
        configurable: true,
        get() {
          return cookie.get!.call(this);
        },
        set(value: string) {
          writes.push(`cookie:${String(value).split('=')[0]!.trim()}`);
          cookie.set!.call(this, value);
        },
      });
    });
    await open(page);
    await bannerShown(page);
    // Idle: load, then two seconds of doing nothing.
    await page.waitForLoadState('load');
    await page.waitForTimeout(2000);
    const writes = () => page.evaluate(() => (window as unknown as { __writes: string[] }).__writes);
    expect(await writes()).toEqual([]);
    expect(await harness.context.cookies()).toEqual([]);
    expect(await page.evaluate(() => [localStorage.length, sessionStorage.length])).toEqual([0, 0]);
    expect(await page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name))).toEqual([]);
    expect(trackerRequests()).toEqual([]);
    // The instrumentation sees the SDK's own writes: the consent cookie appears once a decision is made.
    await page.locator('samtykke-banner [part~="reject-all"]').click();
    await page.waitForFunction(() => window.samtykke!.getConsent() !== null);
    expect(await writes()).toContain('cookie:samtykke');
    expect((await harness.context.cookies()).map((cookie) => cookie.name)).toEqual(['samtykke']);
  });
});

describe('R10: the first layer links to the cookie policy', () => {
  it('the policy link resolves with HTTP 200, is not the banner itself, and is reachable by keyboard with the banner open', async () => {
    const page = await newPage(harness.context);
    await open(page);
    await bannerShown(page);
    const link = page.locator('samtykke-banner a[href]', { hasText: en.banner.policyLink });
    expect(await link.count()).toBe(1);
    const href = (await link.getAttribute('href'))!;
    const resolved = new URL(href, page.url());
    expect(resolved.protocol).toMatch(/^https?:$/);
    expect(resolved.pathname).not.toBe(new URL(page.url()).pathname);
    const answer = await page.evaluate(async (url) => {
      const response = await fetch(url);
      return { status: response.status, body: await response.text() };
    }, resolved.href);
    expect(answer.status).toBe(200);
    expect(answer.body).toContain('<h1>Cookie policy</h1>');

    // The banner takes focus when it is shown; Tab reaches the link while it is open.
    await page.waitForFunction(() => document.activeElement?.localName === 'samtykke-banner');
    const focusedHref = () => page.evaluate(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active instanceof HTMLAnchorElement ? active.getAttribute('href') : null;
    });
    let reached = false;
    for (let presses = 0; presses < 20 && !reached; presses++) {
      await page.keyboard.press('Tab');
      reached = (await focusedHref()) === href;
    }
    expect(reached).toBe(true);
    expect(await page.locator('samtykke-banner').count()).toBe(1);
    await page.keyboard.press('Enter');
    await page.waitForURL(resolved.href);
    await page.evaluate(() => window.samtykke!.ready);
    await bannerShown(page);
  });
});

const COMBINATIONS: Choices[] = [false, true].flatMap((statistical) => [false, true].flatMap((marketing) => [false, true].map((personalised) => ({ statistical, marketing, personalised }))));

describe('R13: granular choice', () => {
  it.each(COMBINATIONS)('statistical $statistical, marketing $marketing, personalised $personalised: saved as chosen, and only the matching stand-ins run', async (choices) => {
    const page = await newPage(harness.context);
    await open(page);
    await bannerShown(page);
    await saveInPreferences(page, choices);
    expect(await page.evaluate(() => window.samtykke!.getConsent()!.categories)).toEqual({ technical: true, ...choices });
    const expected = expectedStandIns(choices);
    expect(await standInsAfterSettling(page, expected)).toEqual(expected);
    // The Consent Mode update of this decision follows the mapping of §4.3.
    const update = await page.evaluate(() =>
      (window as unknown as { dataLayer: IArguments[] }).dataLayer
        .filter((entry) => entry[0] === 'consent' && entry[1] === 'update')
        .map((entry) => entry[2] as Record<string, string>)
        .at(-1),
    );
    const signal = (granted: boolean) => (granted ? 'granted' : 'denied');
    expect(update).toMatchObject({
      analytics_storage: signal(choices.statistical),
      ad_storage: signal(choices.marketing),
      ad_user_data: signal(choices.marketing),
      ad_personalization: signal(choices.marketing),
      functionality_storage: signal(choices.personalised),
      personalization_storage: signal(choices.personalised),
      security_storage: 'granted',
    });
  });
});

describe('R14: no implicit consent', () => {
  it('scrolling, clicking outside the banner, Escape and going to another page grant nothing, and the banner is back there', async () => {
    const page = await newPage(harness.context);
    await open(page);
    await bannerShown(page);
    // Make the page long enough to scroll, then scroll it with the wheel and from script.
    await page.evaluate(() => (document.body.style.minHeight = '3000px'));
    await page.mouse.move(200, 200);
    await page.mouse.wheel(0, 1500);
    await page.waitForFunction(() => window.scrollY > 0);
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator('h1').click();
    await page.locator('#page-button').click();
    await page.mouse.click(5, 5);
    await page.keyboard.press('Escape');
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.samtykke!.getConsent())).toBeNull();
    expect(await page.locator('samtykke-banner').count()).toBe(1);
    expect(await ran(page)).toEqual({});

    await page.goto(harness.server.origin + POLICY);
    await page.evaluate(() => window.samtykke!.ready);
    await bannerShown(page);
    expect(await page.evaluate(() => window.samtykke!.getConsent())).toBeNull();
    expect(await harness.context.cookies()).toEqual([]);
    expect(trackerRequests()).toEqual([]);
  });
});

describe('R33: the scope of the consent cookie', () => {
  const shop = () => `http://shop.example.test:${harness.server.port}`;
  const www = () => `http://www.example.test:${harness.server.port}`;
  const statisticalOnly: Choices = { statistical: true, marketing: false, personalised: false };

  it('with cookie.domain, a decision made on one subdomain applies on another', async () => {
    const config = { cookie: { domain: 'example.test' } };
    const first = await newPage(harness.context, { config });
    await open(first, FIXTURE, shop());
    await bannerShown(first);
    await saveInPreferences(first, statisticalOnly);

    const second = await newPage(harness.context, { config });
    await open(second, FIXTURE, www());
    expect(await second.evaluate(() => window.samtykke!.getConsent()?.categories)).toEqual({ technical: true, ...statisticalOnly });
    expect(await standInsAfterSettling(second, expectedStandIns(statisticalOnly))).toEqual(expectedStandIns(statisticalOnly));
    expect(await second.locator('samtykke-banner').count()).toBe(0);
  });

  it('without cookie.domain, the decision stays on its own host: the other subdomain asks again', async () => {
    const first = await newPage(harness.context);
    await open(first, FIXTURE, shop());
    await bannerShown(first);
    await first.locator('samtykke-banner [part~="accept-all"]').click();
    await first.waitForFunction(() => window.samtykke!.getConsent()?.action === 'accept_all');

    const second = await newPage(harness.context);
    await open(second, FIXTURE, www());
    await bannerShown(second);
    expect(await second.evaluate(() => window.samtykke!.getConsent())).toBeNull();
    await second.waitForTimeout(300);
    expect(await ran(second)).toEqual({});
    expect((await harness.context.cookies(www())).map((cookie) => cookie.name)).toEqual([]);
  });
});
