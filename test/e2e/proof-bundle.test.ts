import type { Page } from 'playwright-core';
import { beforeEach, describe, expect, it } from 'vitest';
import en from '../../locales/en.json';
import { createConsentState, serializeConsentState } from '../../src/core/consent-state.js';
import { computeTextHash, type ProofBundle } from '../../src/index.js';
import { newPage } from '../support/browser.js';
import { useBrowserHarness } from '../support/harness.js';

// R28: getProofBundle() returns the config, the string table shown and the text hash that this page
// view's records carry, and computeTextHash() (the package's export) recomputes that hash from it.
// The collector is a stand-in: a route on its origin that keeps what the banner posts.

const COLLECTOR = 'https://collector.example.test';
const POLICY = '/test/fixtures/policy.html';

const harness = useBrowserHarness();
let posted: Array<{ path: string; body: Record<string, unknown> }>;

beforeEach(async () => {
  posted = [];
  await harness.context.route(`${COLLECTOR}/**`, async (route) => {
    const url = new URL(route.request().url());
    posted.push({ path: url.pathname, body: JSON.parse(route.request().postData() ?? '{}') });
    await route.fulfill({ status: url.pathname.endsWith('/consents') ? 201 : 204, headers: { 'access-control-allow-origin': '*' } });
  });
});

async function open(config: Record<string, unknown> = {}): Promise<Page> {
  const page = await newPage(harness.context, { config: { endpoint: COLLECTOR, ...config } });
  await page.goto(harness.server.origin + POLICY);
  await page.evaluate(() => window.samtykke!.ready);
  return page;
}

async function posts(path: string, count = 1): Promise<Array<Record<string, unknown>>> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const found = posted.filter((post) => post.path === path);
    if (found.length >= count) return found.map((post) => post.body);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the collector stand-in never got ${count} ${path}`);
}

const proofBundle = (page: Page): Promise<ProofBundle> => page.evaluate(() => window.samtykke!.getProofBundle());

async function storeDecision(): Promise<void> {
  const state = createConsentState({ id: '0b6f1a3e-8c1d-4b7a-9f3e-2a5c6d7e8f90', action: 'reject_all', categories: {}, now: Date.now(), maxAgeDays: 182, revision: 0 });
  await harness.context.addCookies([{ name: 'samtykke', value: encodeURIComponent(serializeConsentState(state)), domain: '127.0.0.1', path: '/' }]);
}

describe('getProofBundle()', () => {
  it('on a first visit: the banner\'s texts, and the hash its impression and its decision carry', async () => {
    const page = await open();
    const reject = page.locator('samtykke-banner [part~="reject-all"]');
    await reject.waitFor();
    const bundle = await proofBundle(page);

    expect(Object.keys(bundle).sort()).toEqual(['config', 'language', 'strings', 'textHash', 'variant']);
    expect(bundle).toMatchObject({ language: 'en', variant: null, config: { controller: 'Testfirma ApS', policyUrl: POLICY, revision: 0, endpoint: COLLECTOR } });
    expect(bundle.strings['banner.rejectAll']).toBe(en.banner.rejectAll);
    expect(bundle.strings['banner.intro']).toBe(en.banner.intro);
    expect(bundle.textHash).toMatch(/^[0-9a-f]{64}$/);
    // Nothing else was shown.
    expect(await page.locator('samtykke-banner').count()).toBe(1);
    expect(await page.locator('samtykke-preferences').count()).toBe(0);

    const [impression] = await posts('/api/v1/impressions');
    expect(impression!.textHash).toBe(bundle.textHash);
    await reject.click();
    const [record] = await posts('/api/v1/consents');
    expect(record).toMatchObject({ action: 'reject_all', source: 'banner', textHash: bundle.textHash, revision: bundle.config.revision });
    expect(await computeTextHash(bundle)).toBe(bundle.textHash);
  });

  it('on a returning visit: loads the UI tier, shows nothing, changes nothing, and gives the hash a later decision carries', async () => {
    await storeDecision();
    const page = await open();
    await page.locator('samtykke-floating-button').waitFor({ state: 'attached' });
    expect(harness.server.requests.filter((path) => path.startsWith('/dist/'))).toEqual(['/dist/samtykke.js']);
    const before = { html: await page.evaluate(() => document.body.innerHTML), screenshot: await page.screenshot(), cookies: await harness.context.cookies() };

    const bundle = await proofBundle(page);
    expect(harness.server.requests).toContain('/dist/samtykke-ui.js');
    expect(bundle.strings['banner.acceptAll']).toBe(en.banner.acceptAll);
    expect(await page.evaluate(() => document.body.innerHTML)).toBe(before.html);
    expect(await page.screenshot()).toEqual(before.screenshot);
    expect(await harness.context.cookies()).toEqual(before.cookies);
    expect(await page.locator('samtykke-banner').count()).toBe(0);
    expect(posted).toEqual([]);

    await page.evaluate(() => window.samtykke!.showPreferences());
    await page.locator('samtykke-preferences [part~="save"]').click();
    const [record] = await posts('/api/v1/consents');
    expect(record).toMatchObject({ source: 'preferences', textHash: bundle.textHash });
    expect(await computeTextHash(bundle)).toBe(bundle.textHash);
  });

  it('a changed label changes textHash, not the revision', async () => {
    const base = await proofBundle(await open({ revision: 2 }));
    const changed = await proofBundle(await open({ revision: 2, texts: { en: { 'banner.settings': 'Choose cookies' } } }));
    expect(changed.strings['banner.settings']).toBe('Choose cookies');
    expect(changed.config.revision).toBe(2);
    expect(base.config.revision).toBe(2);
    expect(changed.textHash).not.toBe(base.textHash);
    expect(await computeTextHash(changed)).toBe(changed.textHash);
    expect(await computeTextHash(base)).toBe(base.textHash);
  });

  it('covers the variant of the page view, with its overrides', async () => {
    const page = await open({ variants: [{ id: 'question', texts: { en: { 'banner.title': 'May we use cookies?' } } }] });
    await page.locator('samtykke-banner [part~="accept-all"]').click();
    const [record] = await posts('/api/v1/consents');
    const bundle = await proofBundle(page);
    expect(bundle.variant).toBe('question');
    expect(bundle.strings['banner.title']).toBe('May we use cookies?');
    expect(record).toMatchObject({ variant: 'question', textHash: bundle.textHash });
    expect(await computeTextHash(bundle)).toBe(bundle.textHash);
  });

  it('returns copies: changing them changes neither the banner, nor the next bundle, nor the records', async () => {
    const page = await open({ texts: { en: { 'banner.title': 'Cookies here' } } });
    const reject = page.locator('samtykke-banner [part~="reject-all"]');
    await reject.waitFor();
    const [first, second] = await page.evaluate(async () => {
      const changed = await window.samtykke!.getProofBundle();
      changed.strings['banner.rejectAll'] = 'Changed';
      changed.config.revision = 99;
      changed.config.texts.en!['banner.title'] = 'Changed';
      changed.config.categories.marketing = { cookies: [{ name: 'x', provider: 'y', purpose: 'z', expiry: '1 day' }] };
      return [changed, await window.samtykke!.getProofBundle()];
    });
    expect(first.textHash).toBe(second.textHash);
    expect(second.strings['banner.rejectAll']).toBe(en.banner.rejectAll);
    expect(second.config).toMatchObject({ revision: 0, texts: { en: { 'banner.title': 'Cookies here' } }, categories: {} });
    expect((await reject.textContent())!.trim()).toBe(en.banner.rejectAll);
    await reject.click();
    const [record] = await posts('/api/v1/consents');
    expect(record).toMatchObject({ revision: 0, textHash: second.textHash });
  });
});
