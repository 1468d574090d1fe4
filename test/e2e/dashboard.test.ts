import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { StatsResponse } from '../../src/dashboard/stats-response.js';
import { compareVariants, variantFigures } from '../../src/dashboard/variant-verdict.js';
import type { ExportCursor, ReceivedRecord } from '../../server/store/types.js';
import { launchBrowser } from '../support/browser.js';
import { DASHBOARD_TOKEN, seedKnownDifference, seedNoDifference, startCollector, type RunningCollector } from './dashboard-collector.js';
import { axeViolations, dashboard, parseShown, shownFigures, signIn, tableRows, waitUntilReady } from './dashboard-page.js';
import { HOSTILE_DEVICE, HOSTILE_LOCALE, HOSTILE_PROOF, HOSTILE_RECEIVED_AT, HOSTILE_VARIANTS, storeHostileStrings } from './hostile-records.js';

// A real collector (buildApp, SQLite in a temp file, seeded with server/seed.ts) serving dist/dashboard,
// driven in Debian's Chromium. dist/ must be built first (`npm test` does: `npx rollup -c`).

let seeded: RunningCollector;
let noDifference: RunningCollector;
let browser: Browser;
let context: BrowserContext;
let page: Page;

const DAY_MS = 86_400_000;
const today = (): string => new Date().toISOString().slice(0, 10);
const daysAgo = (days: number): string => new Date(Date.now() - days * DAY_MS).toISOString().slice(0, 10);
const lastDays = (days: number) => ({ from: daysAgo(days - 1), to: today() });
const query = (range: { from: string; to: string }, groupBy?: string) => `from=${range.from}&to=${range.to}${groupBy ? `&groupBy=${groupBy}` : ''}`;
const percentText = (rate: number): string => `${(rate * 100).toFixed(1)}%`;

beforeAll(async () => {
  [seeded, noDifference, browser] = await Promise.all([startCollector(seedKnownDifference()), startCollector(seedNoDifference()), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await seeded?.close();
  await noDifference?.close();
});
beforeEach(async () => {
  context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
  page = await context.newPage();
});
afterEach(async () => {
  await context?.close();
});

async function choosePreset(days: 7 | 30 | 90): Promise<void> {
  await page.locator('samtykke-dashboard-range-picker label', { hasText: `Last ${days} days` }).click();
  await waitUntilReady(page, lastDays(days));
}

describe('sign-in', () => {
  it('refuses a wrong token with the collector’s 401 message and stores nothing', async () => {
    await signIn(page, seeded.origin, 'not-the-token');
    const alert = page.locator('samtykke-dashboard-sign-in [role="alert"]');
    await expect.poll(() => alert.textContent()).toBe('The collector refused this token (401 Unauthorized): the bearer token is not the admin token');
    expect(await page.locator('samtykke-dashboard-sign-in #token').getAttribute('aria-invalid')).toBe('true');
    expect(await dashboard(page).getAttribute('state')).toBe('signed-out');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.locator('samtykke-dashboard-key-figures').count()).toBe(0);
  });

  it('keeps the accepted token in sessionStorage, never in a cookie, and across a reload', async () => {
    await signIn(page, seeded.origin);
    await waitUntilReady(page, lastDays(30));
    expect(await page.evaluate(() => Object.entries(sessionStorage))).toEqual([[`samtykke-dashboard:token:${seeded.origin}`, DASHBOARD_TOKEN]]);
    expect(await context.cookies()).toEqual([]);
    await page.reload();
    await waitUntilReady(page, lastDays(30));
    expect(await page.locator('samtykke-dashboard-sign-in').count()).toBe(0);
  });

  it('returns to the sign-in form, saying why, when the stored token stops working', async () => {
    await signIn(page, seeded.origin);
    await waitUntilReady(page);
    await page.evaluate((key) => sessionStorage.setItem(key, 'rotated-away'), `samtykke-dashboard:token:${seeded.origin}`);
    await page.reload();
    await page.locator('samtykke-dashboard[state="signed-out"]').waitFor();
    expect(await page.locator('samtykke-dashboard-sign-in .error').first().textContent()).toBe('The collector no longer accepts the token (401 Unauthorized). Sign in again.');
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
  });

  it('signs out', async () => {
    await signIn(page, seeded.origin);
    await waitUntilReady(page);
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.locator('samtykke-dashboard[state="signed-out"]').waitFor();
    expect(await page.evaluate(() => sessionStorage.length)).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.shadowRoot?.activeElement?.id)).toBe('token');
  });
});

describe('key figures', () => {
  it.each([7, 30, 90] as const)('equal GET /api/v1/stats for the last %d days', async (days) => {
    await signIn(page, seeded.origin);
    await waitUntilReady(page, lastDays(30));
    if (days !== 30) await choosePreset(days);
    const stats = await seeded.admin<StatsResponse>(`/api/v1/stats?${query(lastDays(days))}`);
    const shown = await shownFigures(page);

    expect(stats.decisions).toBeGreaterThan(1000);
    expect(shown['impressions']).toEqual({ value: stats.impressions, text: expect.any(String) });
    expect(parseShown(shown['impressions']!.text)).toBe(stats.impressions);
    expect(parseShown(shown['decisions']!.text)).toBe(stats.decisions);
    expect(shown['interactionRate']!.value).toBe(stats.interactionRate);
    expect(shown['interactionRate']!.text).toBe(percentText(stats.interactionRate));
    for (const action of ['accept_all', 'reject_all', 'custom'] as const) {
      expect(shown[action]!.value).toBeCloseTo(stats.actions[action] / stats.decisions, 12);
      expect(shown[action]!.text).toBe(percentText(stats.actions[action] / stats.decisions));
    }
    for (const category of ['statistical', 'marketing', 'personalised'] as const) {
      expect(shown[`optIn.${category}`]!.value).toBe(stats.categories[category].rate);
      expect(shown[`optIn.${category}`]!.text).toBe(percentText(stats.categories[category].rate));
    }
  });

  it('equal GET /api/v1/stats for a custom period typed into the date inputs', async () => {
    const range = { from: daysAgo(40), to: daysAgo(20) };
    await signIn(page, seeded.origin);
    await waitUntilReady(page);
    await page.locator('samtykke-dashboard-range-picker label', { hasText: 'Custom period' }).click();
    await page.locator('samtykke-dashboard-range-picker #from').fill(range.from);
    await page.locator('samtykke-dashboard-range-picker #to').fill(range.to);
    await page.getByRole('button', { name: 'Show period' }).click();
    await waitUntilReady(page, range);
    const stats = await seeded.admin<StatsResponse>(`/api/v1/stats?${query(range)}`);
    const shown = await shownFigures(page);
    expect(shown['impressions']!.value).toBe(stats.impressions);
    expect(shown['decisions']!.value).toBe(stats.decisions);
    expect(shown['optIn.statistical']!.value).toBe(stats.categories.statistical.rate);
  });

  it('refuses a custom period that ends before it starts', async () => {
    await signIn(page, seeded.origin);
    await waitUntilReady(page);
    await page.locator('samtykke-dashboard-range-picker label', { hasText: 'Custom period' }).click();
    await page.locator('samtykke-dashboard-range-picker #from').fill(daysAgo(2));
    await page.locator('samtykke-dashboard-range-picker #to').fill(daysAgo(5));
    await page.getByRole('button', { name: 'Show period' }).click();
    expect(await page.locator('samtykke-dashboard-range-picker [role="alert"]').textContent()).toBe('The start date must not be after the end date.');
    expect(await page.locator('samtykke-dashboard-key-figures section').getAttribute('data-from')).toBe(lastDays(30).from);
  });
});

describe('charts and breakdowns', () => {
  it('draw the daily decision split, with a data table equal to groupBy=day', async () => {
    await signIn(page, seeded.origin);
    await waitUntilReady(page);
    await choosePreset(7);
    const stats = await seeded.admin<StatsResponse>(`/api/v1/stats?${query(lastDays(7), 'day')}`);
    const chart = page.locator('samtykke-dashboard-trend-chart[data-chart="decisions"]');
    const box = await chart.locator('canvas').boundingBox();
    expect(box!.width).toBeGreaterThan(200);
    expect(box!.height).toBeGreaterThan(150);
    expect(await chart.locator('canvas').getAttribute('role')).toBe('img');
    await chart.getByText('Show the data as a table').click();
    const headers = await tableRows(page, 'samtykke-dashboard-trend-chart[data-chart="decisions"] thead tr');
    const rows = await tableRows(page, 'samtykke-dashboard-trend-chart[data-chart="decisions"] tbody tr');
    expect(rows).toHaveLength(7);
    const column = (label: string) => headers[0]!.indexOf(label);
    rows.forEach((row, index) => {
      const day = stats.groups![index]!;
      expect(parseShown(row[column('Accept all')]!)).toBe(day.actions.accept_all);
      expect(parseShown(row[column('Reject all')]!)).toBe(day.actions.reject_all);
      expect(parseShown(row[column('Custom choice')]!)).toBe(day.actions.custom);
    });
  });

  it('show the opt-in lines with a summary in words', async () => {
    await signIn(page, seeded.origin);
    await waitUntilReady(page);
    const summary = await page.locator('samtykke-dashboard-trend-chart[data-chart="opt-in"] #chart-summary').textContent();
    const stats = await seeded.admin<StatsResponse>(`/api/v1/stats?${query(lastDays(30))}`);
    expect(summary).toContain(`${percentText(stats.categories.statistical.rate)} over the period`);
  });

  it.each(['locale', 'device', 'revision', 'variant'] as const)('list the %s breakdown as groupBy returns it', async (breakdown) => {
    await signIn(page, seeded.origin);
    await waitUntilReady(page);
    const stats = await seeded.admin<StatsResponse>(`/api/v1/stats?${query(lastDays(30), breakdown)}`);
    const rows = await tableRows(page, `samtykke-dashboard-breakdown-table[breakdown="${breakdown}"] tbody tr`);
    expect(rows.map((row) => [parseShown(row[1]!), parseShown(row[2]!)])).toEqual(stats.groups!.map((group) => [group.impressions, group.decisions]));
  });
});

describe('banner variants', () => {
  it('finds the seeded difference: variant b raises statistics opt-in', async () => {
    await signIn(page, seeded.origin);
    await waitUntilReady(page);
    await choosePreset(90);
    const stats = await seeded.admin<StatsResponse>(`/api/v1/stats?${query(lastDays(90), 'variant')}`);
    const [expected] = compareVariants(variantFigures(stats.groups!));
    expect(expected!.summary).toBe('difference');

    const verdict = page.locator('samtykke-dashboard-variant-comparison section.verdict[data-variant="b"]');
    expect(await verdict.getAttribute('data-summary')).toBe('difference');
    const statistical = expected!.measures.find((result) => result.measure === 'statistical')!;
    expect(statistical.outcome).toBe('raises');
    expect((await verdict.locator('li[data-measure="statistical"]').textContent())!.replace(/\u00a0/g, ' ')).toContain(
      `Variant b raises statistics opt-in from ${percentText(statistical.control!)} to ${percentText(statistical.challenger!)}, p < 0.001.`,
    );
    // Every measure on screen says what the z-test on the API's numbers says.
    for (const result of expected!.measures) {
      expect(await verdict.locator(`li[data-measure="${result.measure}"]`).getAttribute('data-outcome')).toBe(result.outcome);
    }
  });

  it('claims nothing for A/A data seeded with no difference', async () => {
    await signIn(page, noDifference.origin);
    await waitUntilReady(page);
    await choosePreset(90);
    const verdict = page.locator('samtykke-dashboard-variant-comparison section.verdict[data-variant="b"]');
    expect(await verdict.getAttribute('data-summary')).toBe('noClearDifference');
    expect(await verdict.locator('p.summary').textContent()).toBe('No clear difference between variant b and variant a yet.');
    expect(await verdict.locator('li').evaluateAll((items) => items.map((item) => item.getAttribute('data-outcome')))).toEqual(Array(5).fill('noClearDifference'));
  });

  it('says "not enough data yet" below 100 decisions per variant', async () => {
    // 200 impressions over 90 days: about 70 decisions per variant.
    const tiny = await startCollector(seedKnownDifference({ impressions: 200 }));
    try {
      await signIn(page, tiny.origin);
      await waitUntilReady(page);
      await choosePreset(90);
      const stats = await tiny.admin<StatsResponse>(`/api/v1/stats?${query(lastDays(90), 'variant')}`);
      const [a, b] = variantFigures(stats.groups!);
      expect(b!.decisions).toBeLessThan(100);
      const verdict = page.locator('samtykke-dashboard-variant-comparison section.verdict[data-variant="b"]');
      expect(await verdict.getAttribute('data-summary')).toBe('notEnoughData');
      expect(await verdict.locator('p.summary').textContent()).toBe(
        `Not enough data yet: variant b has ${b!.decisions} decisions and variant a has ${a!.decisions}. At least 100 per variant are needed.`,
      );
      expect(await verdict.locator('li').count()).toBe(0);
    } finally {
      await tiny.close();
    }
  });
});

describe('CSV export', () => {
  it('downloads the range’s records, as the collector exports them', async () => {
    await signIn(page, seeded.origin);
    await waitUntilReady(page);
    await choosePreset(7);
    const range = lastDays(7);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toBe(`samtykke-consents-${range.from}-${range.to}.csv`);
    const csv = await readFile((await download.path())!, 'utf8');
    const expected = await (await fetch(`${seeded.origin}/api/v1/export.csv?${query(range)}`, { headers: { authorization: `Bearer ${DASHBOARD_TOKEN}` } })).text();
    expect(csv).toBe(expected);
    expect(csv.split('\n')[0]).toMatch(/^receivedAt,consentId,timestamp,action,/);
    expect(csv.trim().split('\n').length).toBeGreaterThan(1000);
    await expect.poll(() => page.locator('samtykke-dashboard .export [role="status"]').textContent()).toBe(`Downloaded samtykke-consents-${range.from}-${range.to}.csv.`);
  });
});

describe('consent id look-up', () => {
  /** A consent id whose visitor changed their mind, so its history has two records. */
  async function changedDecision(): Promise<ReceivedRecord[]> {
    const range = { from: daysAgo(89), to: today() };
    const seen = new Map<string, ReceivedRecord[]>();
    let cursor: ExportCursor | null = null;
    do {
      const exportPage = await seeded.store.exportPage(range, cursor, 5000);
      for (const row of exportPage.rows) {
        const history = seen.get(row.record.consentId) ?? [];
        history.push(row);
        seen.set(row.record.consentId, history);
        if (history.length === 2) return history;
      }
      cursor = exportPage.cursor;
    } while (cursor);
    throw new Error('no changed decision in the seeded data');
  }

  it('shows every record of the id, oldest first', async () => {
    const history = await changedDecision();
    const consentId = history[0]!.record.consentId;
    await signIn(page, seeded.origin);
    await waitUntilReady(page);
    await page.locator('samtykke-dashboard-proof-lookup #consent-id').fill(consentId);
    await page.getByRole('button', { name: 'Look up' }).click();
    const result = page.locator(`samtykke-dashboard-proof-lookup .result[data-consent-id="${consentId}"]`);
    await result.waitFor();
    expect(await result.locator('h3').textContent()).toBe(`History of ${consentId}`);
    expect(await result.locator('li.record').evaluateAll((items) => items.map((item) => item.getAttribute('data-action')))).toEqual(history.map((row) => row.record.action));
    const first = await result.locator('li.record').first().textContent();
    expect(first).toContain(history[0]!.record.textHash);
    expect(first).toContain(history[0]!.record.pageUrl);
    expect(await page.locator('samtykke-dashboard-proof-lookup [role="status"]').textContent()).toBe('2 records, oldest first.');
  });

  it('says "not found" for an unknown id', async () => {
    await signIn(page, seeded.origin);
    await waitUntilReady(page);
    const unknown = '0b6f1a3e-8c1d-4b7a-9f3e-2a5c6d7e8f90';
    await page.locator('samtykke-dashboard-proof-lookup #consent-id').fill(unknown);
    await page.getByRole('button', { name: 'Look up' }).click();
    await expect.poll(() => page.locator('samtykke-dashboard-proof-lookup [role="alert"]').textContent()).toBe(`Not found: the collector has no records for ${unknown}.`);
  });

  it('explains what a consent id looks like when given something else', async () => {
    await signIn(page, seeded.origin);
    await waitUntilReady(page);
    await page.locator('samtykke-dashboard-proof-lookup #consent-id').fill('<script>alert(1)</script>');
    await page.getByRole('button', { name: 'Look up' }).click();
    expect(await page.locator('samtykke-dashboard-proof-lookup [role="alert"]').textContent()).toMatch(/^This is not a consent id\./);
  });
});

describe('stored strings', () => {
  /** Elements that markup in the data could have created, and inline event handlers, in every shadow root. */
  async function injectedElements(): Promise<string[]> {
    return page.evaluate(() => {
      const found: string[] = [];
      const walk = (root: ParentNode): void => {
        for (const element of root.querySelectorAll('*')) {
          const isForeign = ['img', 'svg', 'script', 'iframe', 'style', 'a', 'b'].includes(element.localName);
          if (isForeign || [...element.attributes].some((attribute) => attribute.name.startsWith('on'))) found.push(element.outerHTML.slice(0, 120));
          if (element.shadowRoot) walk(element.shadowRoot);
        }
      };
      walk(document.body);
      return found;
    });
  }

  /** The look-up's record as label → shown text, from its definition list. */
  async function shownRecord(index: number): Promise<Record<string, string>> {
    return page.locator('samtykke-dashboard-proof-lookup li.record dl').nth(index).evaluate((list) => {
      const fields: Record<string, string> = {};
      for (const term of list.querySelectorAll('dt')) fields[term.textContent ?? ''] = (term.nextElementSibling?.textContent ?? '').trim();
      return fields;
    });
  }

  it('shows markup from the store as literal text and runs none of it', async () => {
    const consentId = randomUUID();
    const hostile = await startCollector(storeHostileStrings(consentId));
    try {
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      const requests: string[] = [];
      page.on('request', (request) => requests.push(request.url()));
      await signIn(page, hostile.origin);
      await waitUntilReady(page, lastDays(30));

      // Breakdowns: the keys as text, in the collector's order.
      const variantRows = await tableRows(page, 'samtykke-dashboard-breakdown-table[breakdown="variant"] tbody tr');
      expect(variantRows.map((row) => row[0])).toEqual([...HOSTILE_VARIANTS]);
      const localeRows = await tableRows(page, 'samtykke-dashboard-breakdown-table[breakdown="locale"] tbody tr');
      expect(localeRows.map((row) => row[0])).toContain(`${HOSTILE_LOCALE} (${HOSTILE_LOCALE})`);
      const deviceRows = await tableRows(page, 'samtykke-dashboard-breakdown-table[breakdown="device"] tbody tr');
      expect(deviceRows.map((row) => row[0])).toContain(HOSTILE_DEVICE);

      // The variant comparison: column headers, verdict headings and sentences, ids in attributes.
      const [control, ...challengers] = HOSTILE_VARIANTS;
      const [headers] = await tableRows(page, 'samtykke-dashboard-variant-comparison thead tr');
      expect(headers!.slice(1)).toEqual([`Variant ${control} (control)`, ...challengers.map((variant) => `Variant ${variant}`)]);
      const verdicts = page.locator('samtykke-dashboard-variant-comparison section.verdict');
      expect(await verdicts.evaluateAll((sections) => sections.map((section) => section.getAttribute('data-variant')))).toEqual(challengers);
      expect(await verdicts.locator('h3').allTextContents()).toEqual(challengers.map((variant) => `Variant ${variant} against variant ${control}`));
      expect(await verdicts.locator('p.summary').first().textContent()).toBe(
        `Not enough data yet: variant ${challengers[0]} has 1 decisions and variant ${control} has 2. At least 100 per variant are needed.`,
      );

      // The proof look-up: every stored field as text, the unknown action and source included.
      await page.locator('samtykke-dashboard-proof-lookup #consent-id').fill(consentId);
      await page.getByRole('button', { name: 'Look up' }).click();
      const result = page.locator(`samtykke-dashboard-proof-lookup .result[data-consent-id="${consentId}"]`);
      await result.waitFor();
      expect(await result.locator('li.record').evaluateAll((items) => items.map((item) => item.getAttribute('data-action')))).toEqual([HOSTILE_PROOF.action, 'reject_all']);
      expect(await result.locator('h4').first().textContent()).toBe(`1. ${HOSTILE_PROOF.action}, ${HOSTILE_PROOF.timestamp}`);
      expect(await shownRecord(0)).toMatchObject({
        Action: HOSTILE_PROOF.action,
        "Decided (visitor's clock)": `${HOSTILE_PROOF.timestamp} ${HOSTILE_PROOF.timestamp}`,
        'Where the decision was made': HOSTILE_PROOF.source,
        'Banner language': `${HOSTILE_LOCALE} (${HOSTILE_LOCALE})`,
        'Banner variant': HOSTILE_PROOF.variant,
        Device: HOSTILE_DEVICE,
        Page: HOSTILE_PROOF.pageUrl,
        'Banner version': HOSTILE_PROOF.bannerVersion,
        'Text hash (SHA-256 of the texts shown)': HOSTILE_PROOF.textHash,
      });
      expect((await shownRecord(1))['Received by the collector']).toBe(`${HOSTILE_RECEIVED_AT} ${HOSTILE_RECEIVED_AT}`);

      // Nothing of it became markup or ran: no element, no handler, no dialog, no request for "x".
      expect(await injectedElements()).toEqual([]);
      expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
      expect(dialogs).toEqual([]);
      expect(requests.filter((url) => !url.startsWith(`${hostile.origin}/dashboard/`) && !url.startsWith(`${hostile.origin}/api/v1/`))).toEqual([]);
      expect(requests.filter((url) => /\/x$/.test(url))).toEqual([]);
    } finally {
      await hostile.close();
    }
  });
});

describe('accessibility (axe-core, WCAG 2.2 A and AA)', () => {
  it.each([1280, 375])('has no violations at %d px: sign-in with an error, then the whole dashboard', async (width) => {
    await page.setViewportSize({ width, height: 900 });
    await signIn(page, seeded.origin, 'wrong');
    await page.locator('samtykke-dashboard-sign-in #token[aria-invalid="true"]').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.locator('samtykke-dashboard-sign-in #token').fill(DASHBOARD_TOKEN);
    await page.locator('samtykke-dashboard-sign-in button[type="submit"]').click();
    await waitUntilReady(page);
    // Open what is closed, so axe sees it too: the chart tables, the custom dates, a proof.
    for (const summary of await page.locator('samtykke-dashboard-trend-chart summary').all()) await summary.click();
    await page.locator('samtykke-dashboard-range-picker label', { hasText: 'Custom period' }).click();
    const history = await seeded.admin<{ consentId: string }>(`/api/v1/consents/${(await seeded.store.exportPage(lastDays(7), null, 1)).rows[0]!.record.consentId}`);
    await page.locator('samtykke-dashboard-proof-lookup #consent-id').fill(history.consentId);
    await page.getByRole('button', { name: 'Look up' }).click();
    await page.locator('samtykke-dashboard-proof-lookup .result').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // Nothing wider than the viewport except inside the scrollable table regions.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
  });
});

describe('languages', () => {
  it('follows the browser’s language (Danish) and declares it', async () => {
    const danish = await browser.newContext({ locale: 'da-DK' });
    try {
      const tab = await danish.newPage();
      await signIn(tab, seeded.origin);
      await waitUntilReady(tab);
      expect(await tab.evaluate(() => document.documentElement.lang)).toBe('da');
      expect(await tab.locator('samtykke-dashboard h1').textContent()).toBe('Samtykkeoversigt');
      expect(await tab.locator('samtykke-dashboard-key-figures h2').textContent()).toBe('Nøgletal');
    } finally {
      await danish.close();
    }
  });

  it.each([
    ['sv', 'Samtyckesöversikt'],
    ['nb', 'Samtykkeoversikt'],
    ['no', 'Samtykkeoversikt'],
  ])('shows ?lang=%s', async (lang, title) => {
    await page.goto(`${seeded.origin}/dashboard/?lang=${lang}`);
    await expect.poll(() => page.locator('samtykke-dashboard h1').textContent()).toBe(title);
  });
});

describe('embedded in another admin page', () => {
  it('talks to the collector named by `endpoint`, across origins', async () => {
    // The admin page lives on its own origin (another port); the module and the data come from the collector.
    const html = `<!doctype html><html lang="sv"><head><title>Admin</title><script type="module" src="${seeded.origin}/dashboard/samtykke-dashboard.js"></script></head>
<body><main><h1>Admin</h1><samtykke-dashboard endpoint="${seeded.origin}"></samtykke-dashboard></main></body></html>`;
    const admin = createServer((_request, response) => response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html));
    await new Promise<void>((resolve) => admin.listen(0, '127.0.0.1', resolve));
    try {
      const address = admin.address();
      await page.goto(`http://localhost:${typeof address === 'object' && address ? address.port : 0}/`);
      await page.locator('samtykke-dashboard-sign-in #token').fill(DASHBOARD_TOKEN);
      await page.locator('samtykke-dashboard-sign-in button[type="submit"]').click();
      await waitUntilReady(page, lastDays(30));
      expect(await page.locator('samtykke-dashboard h1').textContent()).toBe('Samtyckesöversikt');
      const stats = await seeded.admin<StatsResponse>(`/api/v1/stats?${query(lastDays(30))}`);
      expect((await shownFigures(page))['decisions']!.value).toBe(stats.decisions);
    } finally {
      await new Promise((resolve) => admin.close(resolve));
    }
  });
});
