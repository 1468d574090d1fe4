import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../server/app.js';
import { openSqliteStore } from '../../server/store/sqlite.js';
import type { ConsentStore } from '../../server/store/types.js';
import { launchBrowser, newPage } from '../support/browser.js';
import { startTestServer, type TestServer } from '../support/static-server.js';

const TOKEN = 'telemetry-test-token';
let site: TestServer;
let browser: Browser;
let context: BrowserContext;
let collector: FastifyInstance;
let collectorOrigin: string;
let store: ConsentStore;
let dir: string;

beforeAll(async () => {
  site = await startTestServer();
  dir = await mkdtemp(join(tmpdir(), 'samtykke-telemetry-'));
  store = await openSqliteStore(join(dir, 'collector.db'));
  collector = await buildApp({ store, adminToken: TOKEN, allowedOrigins: [site.origin, insecureOrigin()], rateLimit: false });
  collectorOrigin = await collector.listen({ port: 0, host: '127.0.0.1' });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await collector?.close();
  await store?.close();
  await site?.close();
  await rm(dir, { recursive: true, force: true });
});
beforeEach(async () => {
  context = await browser.newContext();
});
afterEach(async () => {
  await context?.close();
});

async function admin(path: string): Promise<{ status: number; body: any }> {
  const response = await fetch(collectorOrigin + path, { headers: { authorization: `Bearer ${TOKEN}` } });
  return { status: response.status, body: await response.json() };
}

async function history(consentId: string, count: number): Promise<any[]> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const { status, body } = await admin(`/api/v1/consents/${consentId}`);
    if (status === 200 && body.records.length >= count) return body.records;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the collector never got ${count} record(s) for ${consentId}`);
}

/** The test site under a name that is not a secure context: no WebCrypto, so hashing fetches the SHA-256 chunk. */
const insecureOrigin = () => `http://site.example.test:${site.port}`;

const today = () => new Date().toISOString().slice(0, 10);

describe('records and impressions reach the real collector', () => {
  it('counts an impression when the banner shows, and records a Reject all with exactly the contract fields', async () => {
    const before = (await admin(`/api/v1/stats?from=${today()}&to=${today()}`)).body.impressions as number;
    const page = await newPage(context, { config: { endpoint: collectorOrigin } });
    await page.goto(`${site.origin}/test/fixtures/gate.html?utm_source=newsletter&email=someone@example.com#top`);
    await page.locator('samtykke-banner [part~="reject-all"]').click();
    const state = await page.evaluate(() => window.samtykke!.getConsent()!);
    const [record] = await history(state.id, 1);
    expect(Object.keys(record).sort()).toEqual(
      ['action', 'bannerVersion', 'categories', 'consentId', 'device', 'gpc', 'locale', 'pageUrl', 'receivedAt', 'revision', 'source', 'textHash', 'timestamp', 'variant'].sort(),
    );
    expect(record).toMatchObject({
      consentId: state.id,
      action: 'reject_all',
      categories: { technical: true, statistical: false, marketing: false, personalised: false },
      source: 'banner',
      gpc: false,
      locale: 'en',
      device: 'desktop',
      variant: null,
      revision: 0,
      pageUrl: `${site.origin}/test/fixtures/gate.html`,
    });
    expect(record.textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(record.textHash).not.toBe('0'.repeat(64));
    const after = (await admin(`/api/v1/stats?from=${today()}&to=${today()}`)).body.impressions as number;
    expect(after).toBe(before + 1);
  });

  it('appends every later decision to the same history, withdrawal included', async () => {
    const page = await newPage(context, { config: { endpoint: collectorOrigin, reloadOnWithdraw: false } });
    await page.goto(`${site.origin}/test/fixtures/gate.html`);
    await page.evaluate(() => window.samtykke!.ready);
    const accepted = await page.evaluate(() => window.samtykke!.acceptAll());
    await page.evaluate(() => window.samtykke!.setConsent({ marketing: false }));
    await page.evaluate(() => window.samtykke!.withdraw());
    const records = await history(accepted.id, 3);
    expect(records.map((record) => [record.action, record.source])).toEqual([
      ['accept_all', 'api'],
      ['custom', 'api'],
      ['withdraw', 'api'],
    ]);
    // API decisions showed no text, and say so.
    expect(records[0].textHash).toBe('0'.repeat(64));
  });

  it('a revocation that reloads the page is recorded first, even when hashing the texts must fetch a slow chunk', async () => {
    // Named as the UI module imports it (an older build's chunk may still lie next to it in dist/).
    const sha256Chunk = `/dist/${/chunks\/sha256-[\w-]+\.js/.exec(readFileSync(new URL('../../dist/samtykke-ui.js', import.meta.url), 'utf8'))![0]}`;
    const page = await newPage(context, { config: { endpoint: collectorOrigin } });
    await page.goto(`${insecureOrigin()}/test/fixtures/gate.html`);
    expect(await page.evaluate(() => typeof crypto.subtle)).toBe('undefined');
    const accepted = await page.evaluate(() => window.samtykke!.acceptAll());
    await page.reload();
    await page.evaluate(() => window.samtykke!.ready);
    // The returning visitor revokes in the preferences: the record needs the hash of the texts shown,
    // which needs the SHA-256 chunk, held back far longer than the 50 ms before the reload.
    site.slow.set(sha256Chunk, 600);
    try {
      await page.evaluate(() => window.samtykke!.showPreferences());
      const reloaded = page.waitForEvent('load');
      await page.locator('samtykke-preferences [part~="reject-all"]').click();
      await reloaded;
    } finally {
      site.slow.delete(sha256Chunk);
    }
    const records = await history(accepted.id, 2);
    expect(records.map((record) => [record.action, record.source])).toEqual([
      ['accept_all', 'api'],
      ['reject_all', 'preferences'],
    ]);
    expect(records[1].textHash).toMatch(/^[0-9a-f]{64}$/);
    expect(records[1].textHash).not.toBe('0'.repeat(64));
  });

  it('records a GPC override as its own decision with source gpc', async () => {
    const first = await newPage(context, { config: { endpoint: collectorOrigin } });
    await first.goto(`${site.origin}/test/fixtures/gate.html`);
    const accepted = await first.evaluate(() => window.samtykke!.acceptAll());
    const second = await newPage(context, { config: { endpoint: collectorOrigin }, gpc: true });
    await second.goto(`${site.origin}/test/fixtures/policy.html`);
    const records = await history(accepted.id, 2);
    expect(records[1]).toMatchObject({ action: 'gpc', source: 'gpc', gpc: true, categories: { marketing: false, statistical: true } });
  });
});
